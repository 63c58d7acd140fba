import { sql, type SQL } from 'drizzle-orm';
import type { ACTIONS_ACCUEIL } from '@mse/shared/accueil/accueil.schema';
import type { ActionBrouillonSchema } from '@mse/shared/demande/demande.schema';
import type { ActionLigneFinancement } from '@mse/shared/demande/liste.schema';
import type { ActionDossier } from '@mse/shared/dossier/dossier.schema';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import type { z } from 'zod';
import { demandes } from '../db/schema';
import { Conflit, Interdit } from '../errors';
import type { Employeur } from './espaces';
import { idsEtablissementsVisibles } from './etablissements';

/**
 * Which funding requests an employer sees: those of its account on the establishments it sees
 * (policies/etablissements.ts). For the owner that is the whole account, read through the
 * (compte_id, statut) index without looking at establishments.
 */
export function demandeVisiblePar(employeur: Employeur): SQL {
  if (employeur.role === 'proprietaire') return sql`${demandes.compteId} = ${employeur.compteId}`;
  return sql`${demandes.compteId} = ${employeur.compteId} and ${demandes.etablissementId} in (${idsEtablissementsVisibles(employeur)})`;
}

/** A read-only colleague looks; the owner and the collaborateurs fill in and send requests. */
export function peutDemanderUnFinancement(employeur: Employeur): boolean {
  return employeur.role === 'proprietaire' || employeur.role === 'collaborateur';
}

export function actionsAccueil(employeur: Employeur): (typeof ACTIONS_ACCUEIL)[number][] {
  return peutDemanderUnFinancement(employeur) ? ['demanderFinancement'] : [];
}

export const MESSAGE_LECTURE_SEULE = 'Votre accès est en lecture seule : vous pouvez consulter les demandes, pas les remplir ni les envoyer. Le propriétaire du compte peut changer votre accès.';

/** 403 rather than 404: the colleague sees the request, and may know why the buttons are missing. */
export function exigerDemandeurDeFinancement(employeur: Employeur): void {
  if (!peutDemanderUnFinancement(employeur)) throw new Interdit(MESSAGE_LECTURE_SEULE);
}

type ActionBrouillon = z.infer<typeof ActionBrouillonSchema>;

/**
 * The buttons of a request: a draft is saved, sent, deleted and completed with pieces by those who may
 * ask for funding; any request, sent or not, may be copied into a new draft.
 */
export function actionsSurLaDemande(employeur: Employeur, demande: { statut: StatutDemande }): ActionBrouillon[] {
  if (!peutDemanderUnFinancement(employeur)) return [];
  if (demande.statut === 'brouillon') return ['enregistrer', 'envoyer', 'supprimer', 'dupliquer', 'deposerPiece'];
  return ['dupliquer'];
}

/** A row of "Mes financements": a draft is taken up, duplicated or deleted by those who fill in requests; anything else is looked at. */
export function actionsLigneFinancement(employeur: Employeur, statut: StatutDemande): ActionLigneFinancement[] {
  if (statut === 'brouillon' && peutDemanderUnFinancement(employeur)) return ['reprendre', 'dupliquer', 'supprimer'];
  return ['consulter'];
}

/** Statuses in which the employer may claim a reimbursement: funding agreed, or invoicing already under way. */
export const STATUTS_REMBOURSABLES: readonly StatutDemande[] = ['pris_en_charge', 'facturation_en_cours'];

/** « Demander un remboursement »: by those who fill in requests, on a dossier whose funding is agreed. */
export function peutDemanderUnRemboursement(employeur: Employeur, demande: { statut: StatutDemande }): boolean {
  return peutDemanderUnFinancement(employeur) && STATUTS_REMBOURSABLES.includes(demande.statut);
}

/** Sent and not yet decided: the employer may still withdraw the request (« Annuler la demande »). */
export const STATUTS_ANNULABLES_PAR_L_EMPLOYEUR: readonly StatutDemande[] = ['envoye', 'en_cours_de_traitement', 'a_completer'];

/**
 * The buttons of the dossier page: cancel while not yet decided, answer « À compléter » (pieces, fields,
 * sending back), claim a reimbursement once the funding is agreed, copy, write to the OPCO. A read-only
 * colleague looks and downloads, nothing more. A draft has its form instead: nothing here.
 */
export function actionsDossier(employeur: Employeur, demande: { statut: StatutDemande }): ActionDossier[] {
  if (!peutDemanderUnFinancement(employeur) || demande.statut === 'brouillon') return [];
  const actions: ActionDossier[] = [];
  if (STATUTS_ANNULABLES_PAR_L_EMPLOYEUR.includes(demande.statut)) actions.push('annuler');
  if (demande.statut === 'a_completer') actions.push('deposerPiece', 'corrigerChamps', 'envoyerComplements');
  if (peutDemanderUnRemboursement(employeur, demande)) actions.push('demanderRemboursement');
  actions.push('dupliquer', 'ecrireMessage');
  return actions;
}

const REFUS_DOSSIER: Partial<Record<ActionDossier, string>> = {
  annuler: 'Cette demande ne peut plus être annulée : elle est déjà décidée ou retirée.',
  deposerPiece: 'Des pièces ne se déposent sur une demande envoyée que lorsque l’OPCO les demande (statut « À compléter »).',
  corrigerChamps: 'Les informations d’une demande envoyée ne se corrigent que lorsque l’OPCO le demande (statut « À compléter »).',
  envoyerComplements: 'Cette demande n’attend pas de compléments : elle n’est pas « À compléter ».',
};

/**
 * What a dossier command asks on the locked row: the person's access first (403 for a read-only
 * colleague), then the status (409: the request moved since the page was shown).
 */
export function exigerActionDossier(employeur: Employeur, demande: { statut: StatutDemande }, action: ActionDossier): void {
  exigerDemandeurDeFinancement(employeur);
  if (!actionsDossier(employeur, demande).includes(action)) throw new Conflit('TRANSITION_INTERDITE', REFUS_DOSSIER[action] ?? 'Cette action n’est pas possible sur la demande dans son état actuel.');
}
