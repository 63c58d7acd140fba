import { createBrowserRouter, Navigate } from 'react-router';
import { PageAVenir } from '../components/ui/page-a-venir';
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
import { CorbeillesPage } from '../features/instruction/pages/corbeilles-page';
import { InstructionDemandePage } from '../features/instruction/pages/instruction-demande-page';
import { EtablissementPage } from '../features/entreprise/pages/etablissement-page';
import { MonEntreprisePage } from '../features/entreprise/pages/mon-entreprise-page';
import { PageIntrouvable } from '../features/portail/page-introuvable';
import { LandingPage } from '../features/portail/landing-page';
import { ConnexionPage } from '../features/identite/pages/connexion-page';
import { BoiteMailPage } from '../features/portail/boite-mail-page';
import { AdresseEmailPage } from '../features/compte/adresse-email-page';
import { CoordonneesPage } from '../features/compte/coordonnees-page';
import { MotDePassePage } from '../features/compte/mot-de-passe-page';
import { ConfirmerJetonPage } from '../features/identite/pages/confirmer-jeton-page';
import { InscriptionPage } from '../features/identite/pages/inscription-page';
import { MotDePasseOubliePage } from '../features/identite/pages/mot-de-passe-oublie-page';
import { ReinitialiserPage } from '../features/identite/pages/reinitialiser-page';
import { BackOfficePage } from '../features/opco/back-office-page';
import { ConnexionOpcoPage } from '../features/opco/connexion-opco-page';
import { ReferentielPage } from '../features/referentiel/pages/referentiel-page';
import { RequireSession } from './require-session';

const aVenir = (titre: string, issue: string) => <PageAVenir titre={titre} issue={issue} />;

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
  { path: '/opco/demandes', element: <CorbeillesPage /> },
  { path: '/opco/demandes/:numero', element: <InstructionDemandePage /> },
  { path: '/dev/emails', element: <BoiteMailPage /> },
  {
    element: <RequireSession />,
    children: [
      { path: '/accueil', element: <AccueilPage /> },
      { path: '/actualites/:id', element: <ActualitePage /> },
      { path: '/mon-compte/coordonnees', element: <CoordonneesPage /> },
      { path: '/mon-compte/adresse-email', element: <AdresseEmailPage /> },
      { path: '/mon-compte/mot-de-passe', element: <MotDePassePage /> },
      { path: '/mon-entreprise', element: <MonEntreprisePage /> },
      { path: '/mon-entreprise/:siret', element: <EtablissementPage /> },
      { path: '/demander-un-financement', element: aVenir('Demander un financement', 'demandes de financement') },
      { path: '/demander-un-financement/action-individuelle', element: aVenir('Action individuelle', 'demandes de financement') },
      { path: '/demander-un-financement/contrat-apprentissage', element: aVenir('Contrat d’apprentissage', 'demandes de financement') },
      { path: '/demander-un-financement/contrat-professionnalisation', element: aVenir('Contrat de professionnalisation', 'demandes de financement') },
      { path: '/demander-un-financement/promotion-alternance', element: aVenir('Promotion par l’alternance', 'demandes de financement') },
      { path: '/mes-financements', element: <Navigate to="/mes-financements/en-cours" replace /> },
      { path: '/mes-financements/:onglet', element: aVenir('Mes financements', 'suivi des financements') },
      { path: '/mes-remboursements', element: <Navigate to="/mes-remboursements/a-venir" replace /> },
      { path: '/mes-remboursements/:onglet', element: aVenir('Mes remboursements', 'suivi des remboursements') },
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
