import type { DateIso } from '@mse/shared/commun/dates';
import { donneesUtiles, type Donnees } from '@mse/shared/demande/formulaire/champs';
import type { DefinitionFormulaire } from '@mse/shared/demande/formulaire/definition';
import { communesHorsCodePostal, FORMULAIRES, piecesManquantes, verifierFormulaire } from '@mse/shared/demande/formulaire/formulaires';
import { transition } from '@mse/shared/demande/statut';
import type { Referentiel } from '@mse/shared/referentiel/referentiel.schema';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { audit, demandes, historiqueDemandes } from '../../db/schema';
import { transaction, type Tx } from '../../db/transaction';
import { DemandeIncomplete, TransitionRefusee } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import { exigerDemandeurDeFinancement } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import type { Controle } from '@mse/shared/controles/controle.schema';
import { communesDuCodePostal } from '../communes/communes';
import { estimerDemande } from '../estimations/estimer-demande';
import type { Contexte } from '../identite/contexte';
import { dateDuJour } from '../referentiel/date-du-jour';
import { deciderAutomatiquement, echecsALEnvoi } from '../instruction/decider-automatiquement';
import type { EstimationServeur } from '../instruction/estimation-serveur';
import { chargerReferentiel, versionCourante } from '../referentiel/referentiel.repository';
import { avecEmployeurDeLAnnuaire, colonnesResume } from './contenu';
import { etablissementParId, piecesDeLaDemande, verrouillerDemande, type EtablissementDemande, type LigneDemande } from './demandes.repository';
import { horodatageEnFrance } from './horodatage';
import { prochainNumeroDossier } from './numero-dossier';
import { exigerMemeVersion, introuvable } from './regles-brouillon';

type Jour = { date: DateIso; version: number; referentiel: Referentiel };

/**
 * Everything that blocks the sending, as the form shows it live: fields, blocking controls, missing
 * pieces. Returns the controls that ran (the automatic decision needs them all `ok`).
 */
async function verifier(tx: Tx, demande: LigneDemande, donnees: Donnees, jour: Jour): Promise<Controle[]> {
  const verification = verifierFormulaire(demande.dispositif, donnees, jour.referentiel, jour.date);
  const deposees = (await piecesDeLaDemande(tx.db, demande.id)).map((p) => p.type);
  const problemes = [...verification.problemes, ...communesHorsCodePostal(demande.dispositif, donnees, communesDuCodePostal), ...piecesManquantes(demande.dispositif, donnees, deposees)];
  if (problemes.length) throw new DemandeIncomplete(problemes, { avertissements: verification.avertissements });
  return verification.controles;
}

/**
 * The server's own estimate, stored with the request. A gap in the referential is the administrator's
 * to fill and must not stop a legal filing (the 5-day deadline runs): the request goes without a figure.
 */
async function estimationALEnvoi(db: Db, employeur: Employeur, definition: DefinitionFormulaire, etablissement: EtablissementDemande, donnees: Donnees, now: Date): Promise<EstimationServeur> {
  const saisie = definition.versEstimation(donnees);
  if (!saisie) return { resultat: null, raison: 'Le contenu de la demande ne suffit pas au calcul du montant.' };
  try {
    return { resultat: await estimerDemande(db, employeur, { ...saisie, siret: etablissement.siret }, now), raison: null };
  } catch (erreur) {
    if (erreur instanceof TransitionRefusee && erreur.code === 'referentiel_incomplet') return { resultat: null, raison: erreur.message };
    throw erreur;
  }
}

/**
 * "Envoyer la demande": in one transaction, on the locked row — checked as the form checks it, with the
 * directory's employer block and the referential of the day; given its dossier number, its estimate,
 * its history row and audit row; acknowledged by e-mail. When every control passes and the automatic
 * decision is on for its scheme and branch, it is accepted at once, in the same transaction. Sending a request already sent (a double click,
 * a retry after a lost answer) changes nothing and answers the same: one request, one number.
 */
export async function envoyerDemande(ctx: Contexte, employeur: Employeur, id: string, version: number): Promise<void> {
  exigerDemandeurDeFinancement(employeur);
  const { db } = ctx.database;
  const versionReferentiel = await versionCourante(db);
  const jour: Jour = { date: dateDuJour(ctx.now), version: versionReferentiel, referentiel: await chargerReferentiel(db, { version: versionReferentiel }) };
  await transaction(ctx.database, ctx.boss, async (tx) => {
    const demande = await verrouillerDemande(tx.db, employeur, id);
    if (!demande) throw introuvable();
    if (demande.statut !== 'brouillon' && demande.numero) return;
    exigerMemeVersion(demande, version);
    const t = transition(demande.statut, 'soumettre');
    if (!t.ok) throw new TransitionRefusee(t.code, t.message);

    const definition = FORMULAIRES[demande.dispositif];
    const etablissement = await etablissementParId(tx.db, demande.etablissementId);
    const complet = avecEmployeurDeLAnnuaire(definition, etablissement, demande.donnees);
    const controles = await verifier(tx, demande, complet, jour);
    const donnees = donneesUtiles(definition.etapes, complet);
    const numero = await prochainNumeroDossier(tx.db, demande.dispositif, Number(jour.date.slice(0, 4)));
    const estimation = await estimationALEnvoi(db, employeur, definition, etablissement, donnees, ctx.now);
    const montant = estimation.resultat?.estimation.montants.total ?? null;
    const controlesEnEchec = echecsALEnvoi(controles, estimation);

    await tx.db
      .update(demandes)
      .set({
        statut: t.statut, numero, donnees, ...colonnesResume(definition, donnees), version: demande.version + 1,
        montantEstimeCentimes: montant, referentielVersion: jour.version, envoyeLe: ctx.now, dossierCompletLe: ctx.now, modifieLe: ctx.now, modifiePar: employeur.id,
      })
      .where(eq(demandes.id, demande.id));
    await tx.db.insert(historiqueDemandes).values({ demandeId: demande.id, action: 'soumettre', de: demande.statut, vers: t.statut, acteur: 'entreprise', utilisateurId: employeur.id, details: { controlesEnEchec }, creeLe: ctx.now });
    await tx.db.insert(audit).values({ evenement: 'demande_envoyee', utilisateurId: employeur.id, ip: ctx.ip, details: { demandeId: demande.id, numero, dispositif: demande.dispositif, montantEstimeCentimes: montant, referentielVersion: jour.version } });
    await envoyerModele(tx, ctx.config, 'accuseReceptionDemande', employeur.email, { id: demande.id, numero, dispositif: definition.titre, envoyeLe: horodatageEnFrance(ctx.now) });
    await deciderAutomatiquement(tx, ctx, { demandeId: demande.id, dispositif: demande.dispositif, idcc: etablissement.idcc, echecs: controlesEnEchec, estimation });
  });
}
