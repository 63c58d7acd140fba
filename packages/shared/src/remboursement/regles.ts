import { ajouterMois, formaterDate, type DateIso } from '../commun/dates';
import { formaterEuros } from '../commun/montant';
import type { Dispositif } from '../financement/demande-financement.schema';
import { LIBELLES_NATURE, NATURES_PAR_DISPOSITIF, type AlerteRemboursement, type DemandeRemboursement, type NatureMontant, type TypePieceRemboursement } from './demande-remboursement.schema';
import type { StatutRemboursement } from './statut.schema';

/**
 * The checks of a reimbursement claim against the dossier's commitment (DOMAIN.md §3): it cannot ask
 * more than what remains, it must come before the forclusion, and hours above those agreed are flagged
 * for the gestionnaire (a warning, not a refusal: the certificate may be right and the agreement short).
 */

/**
 * Forclusion: a claim is refused when sent more than this many months after the end of the training
 * (« environ 6 mois après la fin », DOMAIN.md §3 — the OPCO's general conditions of payment).
 */
export const DELAI_FORCLUSION_MOIS = 6;

export type ChampEnErreur = { chemin: string; message: string };

/** The last day a claim is accepted: end of training + the forclusion delay. */
export function dateLimiteDeDemande(dateFin: DateIso): DateIso {
  return ajouterMois(dateFin, DELAI_FORCLUSION_MOIS);
}

export type RemboursementExistant = { statut: StatutRemboursement; montantDemandeCentimes: number; montantAccepteCentimes: number | null; montantPayeCentimes: number | null };

/**
 * What the dossier's other claims already take from the commitment: those « À venir » (at their accepted
 * amount once examined, else the amount claimed) and those paid (the amount paid). Refused ones take nothing.
 */
export function consommationDuDossier(existants: readonly RemboursementExistant[]): { enCoursCentimes: number; payeCentimes: number } {
  let enCoursCentimes = 0;
  let payeCentimes = 0;
  for (const r of existants) {
    if (r.statut === 'a_venir') enCoursCentimes += r.montantAccepteCentimes ?? r.montantDemandeCentimes;
    if (r.statut === 'paye') payeCentimes += r.montantPayeCentimes ?? r.montantAccepteCentimes ?? r.montantDemandeCentimes;
  }
  return { enCoursCentimes, payeCentimes };
}

/** What may still be claimed: the committed amount less what the other claims take; never negative. */
export function resteARembourser(montantEngageCentimes: number | null, existants: readonly RemboursementExistant[]): number {
  if (montantEngageCentimes === null) return 0;
  const { enCoursCentimes, payeCentimes } = consommationDuDossier(existants);
  return Math.max(0, montantEngageCentimes - enCoursCentimes - payeCentimes);
}

export function totalDemande(montants: DemandeRemboursement['montants']): number {
  return Object.values(montants).reduce<number>((s, m) => s + (m ?? 0), 0);
}

/** The hours the agreement counts for the training, read from the dossier's content. */
export const CHEMIN_HEURES_CONVENUES: Record<Dispositif, string> = {
  apprentissage: 'formation.dureeHeures',
  professionnalisation: 'formation.heures',
  pro_a: 'action.heures',
  action_individuelle: 'action.heures',
};

export function heuresConvenues(dispositif: Dispositif, donnees: Record<string, unknown>): number | null {
  let v: unknown = donnees;
  for (const cle of CHEMIN_HEURES_CONVENUES[dispositif].split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[cle] : undefined;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
}

const heures = (h: number) => `${String(h).replace('.', ',')} h`;

export type ContexteVerification = {
  dispositif: Dispositif;
  montantEngageCentimes: number | null;
  resteCentimes: number;
  heuresConvenues: number | null;
  dateFin: DateIso | null;
  aujourdhui: DateIso;
  /** How many files of each type come with the claim. */
  pieces: Partial<Record<TypePieceRemboursement, number>>;
};

export type ResultatVerification = { champs: ChampEnErreur[]; alertes: AlerteRemboursement[]; totalCentimes: number };

export const MESSAGES_PIECES: Record<TypePieceRemboursement, string> = {
  facture: 'Joignez la facture de l’organisme de formation (au moins une).',
  certificat_realisation: 'Joignez le certificat de réalisation signé par l’organisme de formation.',
  justificatif_salaire: 'Des salaires sont demandés : joignez le justificatif de salaire (bulletin ou état des salaires).',
};

/** Every problem of the claim, each on its field, and the warnings; an empty `champs` means it may be recorded. */
export function verifierDemandeRemboursement(d: DemandeRemboursement, c: ContexteVerification): ResultatVerification {
  const champs: ChampEnErreur[] = [];
  const alertes: AlerteRemboursement[] = [];
  const permises = NATURES_PAR_DISPOSITIF[c.dispositif];
  for (const [nature, montant] of Object.entries(d.montants) as [NatureMontant, number | undefined][]) {
    if (montant && !permises.includes(nature)) champs.push({ chemin: `montants.${nature}`, message: `Ce dispositif ne rembourse pas les ${LIBELLES_NATURE[nature].toLowerCase()}.` });
  }
  const totalCentimes = totalDemande(d.montants);

  if (c.dateFin && c.aujourdhui > dateLimiteDeDemande(c.dateFin)) {
    champs.push({
      chemin: 'demande',
      message: `La demande est forclose : elle devait être envoyée au plus tard le ${formaterDate(dateLimiteDeDemande(c.dateFin))}, ${DELAI_FORCLUSION_MOIS} mois après la fin de la formation (${formaterDate(c.dateFin)}).`,
    });
  }
  if (c.montantEngageCentimes === null) {
    champs.push({ chemin: 'montants', message: 'Aucun montant n’est engagé sur ce dossier : il n’y a rien à rembourser.' });
  } else if (totalCentimes === 0) {
    champs.push({ chemin: 'montants', message: 'Indiquez au moins un montant demandé.' });
  } else if (totalCentimes > c.resteCentimes) {
    champs.push({
      chemin: 'montants',
      message: `Le total demandé (${formaterEuros(totalCentimes)}) dépasse ce qui reste à rembourser sur ce dossier (${formaterEuros(c.resteCentimes)}).`,
    });
  }

  if ((c.pieces.facture ?? 0) === 0) champs.push({ chemin: 'facture', message: MESSAGES_PIECES.facture });
  if ((c.pieces.certificat_realisation ?? 0) === 0) champs.push({ chemin: 'certificat_realisation', message: MESSAGES_PIECES.certificat_realisation });
  if ((d.montants.salaires ?? 0) > 0 && (c.pieces.justificatif_salaire ?? 0) === 0) champs.push({ chemin: 'justificatif_salaire', message: MESSAGES_PIECES.justificatif_salaire });

  if (c.heuresConvenues !== null) {
    d.stagiaires.forEach((s, i) => {
      if (s.heuresRealisees > c.heuresConvenues!) {
        alertes.push({
          code: 'heures_superieures',
          message: `${s.nom} : ${heures(s.heuresRealisees)} réalisées pour ${heures(c.heuresConvenues!)} convenues (stagiaire n° ${i + 1}).`,
        });
      }
    });
  }
  return { champs, alertes, totalCentimes };
}
