import type { DateIso } from '../commun/dates';
import { formaterEuros } from '../commun/montant';
import { LIBELLES_NATURE } from '../remboursement/demande-remboursement.schema';

/**
 * Reading a reimbursement claim against its dossier for the gestionnaire: the amounts by nature, the
 * hours done against those agreed, the deadline. Pure: the claim's `donnees` as the employer sent them.
 */

const nombre = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The agreed hours, read where the employer's claim form reads them. */
export { heuresConvenues } from '../remboursement/regles';

/** The natures of the employer's claim form, with their labels; an unknown one keeps its code. */
export const LIBELLES_NATURES: Record<string, string> = { ...LIBELLES_NATURE };

const ORDRE_NATURES = Object.keys(LIBELLES_NATURES);
/** Natures in the order of the labels above (a jsonb object does not keep the employer's order), unknown ones last. */
const rangNature = (nature: string) => (ORDRE_NATURES.includes(nature) ? ORDRE_NATURES.indexOf(nature) : ORDRE_NATURES.length);

export type DonneesRemboursementLues = {
  montants: { nature: string; libelle: string; centimes: number }[];
  heuresRealisees: number | null;
  stagiaires: { nom: string; heuresRealisees: number | null }[];
  derniereDemande: boolean;
  commentaire: string | null;
};

/**
 * The claim's content, read leniently (an unknown nature keeps its code as label): amounts by nature
 * as `{ nature: centimes }` or `[{ nature, montantCentimes }]`, hours done as one number or per trainee.
 */
export function lireDonneesRemboursement(donnees: Record<string, unknown>): DonneesRemboursementLues {
  const brut = donnees.montants;
  const paires: [string, unknown][] = Array.isArray(brut)
    ? brut.map((m: unknown) => {
        const o = (m ?? {}) as Record<string, unknown>;
        return [String(o.nature ?? 'autre'), o.montantCentimes ?? o.centimes] as [string, unknown];
      })
    : brut && typeof brut === 'object'
      ? Object.entries(brut as Record<string, unknown>)
      : [];
  const montants = paires
    .map(([nature, c]) => ({ nature, libelle: LIBELLES_NATURES[nature] ?? nature, centimes: nombre(c) }))
    .filter((m): m is { nature: string; libelle: string; centimes: number } => m.centimes !== null && m.centimes > 0)
    .sort((a, b) => rangNature(a.nature) - rangNature(b.nature));
  const stagiaires = (Array.isArray(donnees.stagiaires) ? donnees.stagiaires : []).map((s: unknown) => {
    const o = (s ?? {}) as Record<string, unknown>;
    return { nom: typeof o.nom === 'string' ? o.nom : '', heuresRealisees: nombre(o.heuresRealisees) };
  });
  let heures = nombre(donnees.heuresRealisees);
  if (heures === null && stagiaires.length > 0 && stagiaires.every((s) => s.heuresRealisees !== null)) heures = stagiaires.reduce((a, s) => a + s.heuresRealisees!, 0);
  const commentaire = typeof donnees.commentaire === 'string' && donnees.commentaire.trim() ? donnees.commentaire : null;
  return { montants, heuresRealisees: heures, stagiaires, derniereDemande: donnees.derniereDemande === true, commentaire };
}

export type Alerte = { code: string; message: string };

/** What the gestionnaire must look at before accepting: computed now, beside those found at claim time. */
export function alertesExamen(a: {
  heuresConvenues: number | null;
  heuresRealisees: number | null;
  montantDemandeCentimes: number;
  resteDuCentimes: number;
  /** The Paris day the claim was sent. */
  jourDemande: DateIso;
  dateLimiteForclusion: DateIso | null;
}): Alerte[] {
  const alertes: Alerte[] = [];
  if (a.heuresConvenues !== null && a.heuresRealisees !== null && a.heuresRealisees > a.heuresConvenues) {
    alertes.push({ code: 'heures_depassees', message: `Heures réalisées (${a.heuresRealisees} h) supérieures aux heures convenues (${a.heuresConvenues} h).` });
  }
  if (a.heuresConvenues !== null && a.heuresRealisees !== null && a.heuresRealisees < a.heuresConvenues) {
    alertes.push({ code: 'heures_incompletes', message: `Heures réalisées (${a.heuresRealisees} h) inférieures aux heures convenues (${a.heuresConvenues} h) : vérifiez le certificat de réalisation.` });
  }
  if (a.montantDemandeCentimes > a.resteDuCentimes) {
    alertes.push({ code: 'montant_superieur_reste', message: `Montant demandé (${formaterEuros(a.montantDemandeCentimes)}) supérieur au reste dû sur le dossier (${formaterEuros(a.resteDuCentimes)}).` });
  }
  if (a.dateLimiteForclusion !== null && a.jourDemande > a.dateLimiteForclusion) {
    alertes.push({ code: 'forclusion', message: `Demande envoyée après la date limite du ${a.dateLimiteForclusion.split('-').reverse().join('/')} (forclusion).` });
  }
  return alertes;
}
