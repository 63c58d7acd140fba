import { createBrowserRouter, Navigate } from 'react-router';
import { AccueilPage } from '../features/accueil/accueil-page';
import { AssistancePubliquePage } from '../features/aide/pages/assistance-publique-page';
import { CommentCaMarchePage } from '../features/aide/pages/comment-ca-marche-page';
import { ContacterAssistancePage } from '../features/aide/pages/contacter-assistance-page';
import { DemandeAssistancePage } from '../features/aide/pages/demande-assistance-page';
import { FoireAuxQuestionsPage } from '../features/aide/pages/foire-aux-questions-page';
import { GuidePage } from '../features/aide/pages/guide-page';
import { MesDemandesAssistancePage } from '../features/aide/pages/mes-demandes-assistance-page';
import { OpcoAidePage } from '../features/aide/opco/opco-aide-page';
import { OpcoAssistancePage } from '../features/aide/opco/opco-assistance-page';
import { OpcoDemandeAssistancePage } from '../features/aide/opco/opco-demande-assistance-page';
import { ActualitePage } from '../features/actualites/pages/actualite-page';
import { InvitationPage } from '../features/collegues/pages/invitation-page';
import { FormulaireDemandePage } from '../features/demandes/pages/formulaire-demande-page';
import { EtablissementPage } from '../features/entreprise/pages/etablissement-page';
import { MonEntreprisePage } from '../features/entreprise/pages/mon-entreprise-page';
import { PageIntrouvable } from '../features/portail/page-introuvable';
import { LandingPage } from '../features/portail/landing-page';
import { ConnexionPage } from '../features/identite/pages/connexion-page';
import { BoiteMailPage } from '../features/portail/boite-mail-page';
import { AdresseEmailPage } from '../features/compte/adresse-email-page';
import { CoordonneesPage } from '../features/compte/coordonnees-page';
import { MotDePassePage } from '../features/compte/mot-de-passe-page';
import { MesDonneesPage } from '../features/rgpd/pages/mes-donnees-page';
import { ConfirmerJetonPage } from '../features/identite/pages/confirmer-jeton-page';
import { InscriptionPage } from '../features/identite/pages/inscription-page';
import { MotDePasseOubliePage } from '../features/identite/pages/mot-de-passe-oublie-page';
import { ReinitialiserPage } from '../features/identite/pages/reinitialiser-page';
import { BackOfficePage } from '../features/opco/back-office-page';
import { ConnexionOpcoPage } from '../features/opco/connexion-opco-page';
import { RequireSession } from './require-session';
import { pageDifferee } from '../components/ui/page-differee';

// Heavy pages (forms and rules engine, back office) load when opened.
const DemandeEnvoyeePage = pageDifferee(() => import('../features/demandes/pages/demande-envoyee-page').then((m) => m.DemandeEnvoyeePage));
const DossierPage = pageDifferee(() => import('../features/dossier/pages/dossier-page').then((m) => m.DossierPage));
const DemanderUnFinancementPage = pageDifferee(() => import('../features/demandes/pages/demander-un-financement-page').then((m) => m.DemanderUnFinancementPage));
const MesFinancementsPage = pageDifferee(() => import('../features/financements/pages/mes-financements-page').then((m) => m.MesFinancementsPage));
const MesRemboursementsPage = pageDifferee(() => import('../features/remboursements/pages/mes-remboursements-page').then((m) => m.MesRemboursementsPage));
const DemanderRemboursementPage = pageDifferee(() => import('../features/remboursements/pages/demander-remboursement-page').then((m) => m.DemanderRemboursementPage));
const CorbeillesPage = pageDifferee(() => import('../features/instruction/pages/corbeilles-page').then((m) => m.CorbeillesPage));
const InstructionDemandePage = pageDifferee(() => import('../features/instruction/pages/instruction-demande-page').then((m) => m.InstructionDemandePage));
const DecisionAutomatiquePage = pageDifferee(() => import('../features/instruction/pages/decision-automatique-page').then((m) => m.DecisionAutomatiquePage));
const StatistiquesPage = pageDifferee(() => import('../features/statistiques/pages/statistiques-page').then((m) => m.StatistiquesPage));
const ReferentielPage = pageDifferee(() => import('../features/referentiel/pages/referentiel-page').then((m) => m.ReferentielPage));
const ActualitesAdminPage = pageDifferee(() => import('../features/administration/pages/actualites-page').then((m) => m.ActualitesAdminPage));
const FaqAdminPage = pageDifferee(() => import('../features/administration/pages/faq-admin-page').then((m) => m.FaqAdminPage));
const GuidesAdminPage = pageDifferee(() => import('../features/administration/pages/guides-admin-page').then((m) => m.GuidesAdminPage));
const ParametresPage = pageDifferee(() => import('../features/administration/pages/parametres-page').then((m) => m.ParametresPage));
const PersonnelPage = pageDifferee(() => import('../features/administration/pages/personnel-page').then((m) => m.PersonnelPage));
const JournalPage = pageDifferee(() => import('../features/administration/pages/journal-page').then((m) => m.JournalPage));
const ActivationPage = pageDifferee(() => import('../features/administration/pages/activation-page').then((m) => m.ActivationPage));
const FacturationPage = pageDifferee(() => import('../features/facturation/pages/facturation-page').then((m) => m.FacturationPage));
const ExamenRemboursementPage = pageDifferee(() => import('../features/facturation/pages/examen-remboursement-page').then((m) => m.ExamenRemboursementPage));
const LotsPaiementPage = pageDifferee(() => import('../features/facturation/pages/lots-paiement-page').then((m) => m.LotsPaiementPage));

export const router = createBrowserRouter([
  { path: '/', element: <LandingPage /> },
  { path: '/connexion', element: <ConnexionPage /> },
  { path: '/mot-de-passe-oublie', element: <MotDePasseOubliePage /> },
  { path: '/reinitialiser-mot-de-passe', element: <ReinitialiserPage /> },
  { path: '/inscription', element: <InscriptionPage /> },
  { path: '/assistance', element: <AssistancePubliquePage /> },
  { path: '/invitation', element: <InvitationPage /> },
  { path: '/confirmer-email', element: <ConfirmerJetonPage titre="Confirmation de votre adresse email" chemin="/api/inscription/confirmer" /> },
  { path: '/confirmer-adresse-email', element: <ConfirmerJetonPage titre="Confirmation de votre nouvelle adresse" chemin="/api/compte/adresse-email/confirmer" /> },
  { path: '/opco/connexion', element: <ConnexionOpcoPage /> },
  { path: '/opco', element: <BackOfficePage /> },
  { path: '/opco/assistance', element: <OpcoAssistancePage /> },
  { path: '/opco/assistance/:numero', element: <OpcoDemandeAssistancePage /> },
  { path: '/opco/aide', element: <OpcoAidePage /> },
  { path: '/opco/referentiel', element: <ReferentielPage /> },
  { path: '/opco/administration', element: <Navigate to="/opco/administration/actualites" replace /> },
  { path: '/opco/administration/actualites', element: <ActualitesAdminPage /> },
  { path: '/opco/administration/foire-aux-questions', element: <FaqAdminPage /> },
  { path: '/opco/administration/guides', element: <GuidesAdminPage /> },
  { path: '/opco/administration/parametres', element: <ParametresPage /> },
  { path: '/opco/administration/personnel', element: <PersonnelPage /> },
  { path: '/opco/journal', element: <JournalPage /> },
  { path: '/opco/activation', element: <ActivationPage /> },
  { path: '/opco/demandes', element: <CorbeillesPage /> },
  { path: '/opco/demandes/:numero', element: <InstructionDemandePage /> },
  { path: '/opco/decision-automatique', element: <DecisionAutomatiquePage /> },
  { path: '/opco/statistiques', element: <StatistiquesPage /> },
  { path: '/opco/facturation', element: <FacturationPage /> },
  { path: '/opco/facturation/:numero', element: <ExamenRemboursementPage /> },
  { path: '/opco/lots-paiement', element: <LotsPaiementPage /> },
  { path: '/dev/emails', element: <BoiteMailPage /> },
  {
    element: <RequireSession />,
    children: [
      { path: '/accueil', element: <AccueilPage /> },
      { path: '/actualites/:id', element: <ActualitePage /> },
      { path: '/mon-compte/coordonnees', element: <CoordonneesPage /> },
      { path: '/mon-compte/adresse-email', element: <AdresseEmailPage /> },
      { path: '/mon-compte/mot-de-passe', element: <MotDePassePage /> },
      { path: '/mon-compte/mes-donnees', element: <MesDonneesPage /> },
      { path: '/mon-entreprise', element: <MonEntreprisePage /> },
      { path: '/mon-entreprise/:siret', element: <EtablissementPage /> },
      { path: '/demander-un-financement', element: <DemanderUnFinancementPage /> },
      { path: '/demander-un-financement/:slug', element: <FormulaireDemandePage /> },
      { path: '/demandes/:id/modifier', element: <FormulaireDemandePage /> },
      { path: '/demandes/:id/envoyee', element: <DemandeEnvoyeePage /> },
      { path: '/demandes/:id', element: <DossierPage /> },
      { path: '/demandes/:id/remboursement', element: <DemanderRemboursementPage /> },
      { path: '/mes-financements', element: <Navigate to="/mes-financements/en-cours" replace /> },
      { path: '/mes-financements/:onglet', element: <MesFinancementsPage /> },
      { path: '/mes-remboursements', element: <Navigate to="/mes-remboursements/a-venir" replace /> },
      { path: '/mes-remboursements/:onglet', element: <MesRemboursementsPage /> },
      { path: '/aide', element: <Navigate to="/aide/comment-ca-marche" replace /> },
      { path: '/aide/comment-ca-marche', element: <CommentCaMarchePage /> },
      { path: '/aide/comment-ca-marche/:slug', element: <GuidePage /> },
      { path: '/aide/foire-aux-questions', element: <FoireAuxQuestionsPage /> },
      { path: '/aide/contacter-assistance', element: <ContacterAssistancePage /> },
      { path: '/aide/mes-demandes-assistance', element: <MesDemandesAssistancePage /> },
      { path: '/aide/mes-demandes-assistance/:numero', element: <DemandeAssistancePage /> },
      { path: '*', element: <PageIntrouvable /> },
    ],
  },
]);
