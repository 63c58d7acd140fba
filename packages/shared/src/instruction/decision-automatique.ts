import { z } from 'zod';
import { DispositifSchema } from '../demande/demande.schema';
import type { Controle } from '../controles/controle.schema';
import type { Dispositif } from '../financement/demande-financement.schema';

/**
 * The automatic decision at sending (issue 8): a request whose every control passes, with an amount the
 * engine computes, is accepted at once — where an administrator switched it on for its scheme and
 * branch. Pure rules, so that the admin screen, the queue and the command agree.
 */

/** One switch: `idcc` null is the scheme's default, a branch's row overrides it. */
export type RegleDecisionAutomatique = { dispositif: Dispositif; idcc: string | null; active: boolean };

/** A branch's row wins over the scheme's default; no row at all means off. */
export function decisionAutomatiqueActive(regles: readonly RegleDecisionAutomatique[], dispositif: Dispositif, idcc: string | null): boolean {
  const branche = idcc === null ? undefined : regles.find((r) => r.dispositif === dispositif && r.idcc === idcc);
  if (branche) return branche.active;
  return regles.find((r) => r.dispositif === dispositif && r.idcc === null)?.active ?? false;
}

/** What the engine said about the amount at sending. */
export type EstimationALEnvoi = { eligible: boolean; motifs: string[]; montantCentimes: number } | { indisponible: string };

/** A control that did not pass at sending, as the queue « Contrôles en échec » lists it. */
export type ControleEnEchec = { code: string; message: string; champ: string };

/**
 * Warnings that the sending itself answers: « the contract has started, send it by the Nth » is met by
 * sending it (in time, or `DEPOT_HORS_DELAI` would have been raised instead).
 */
const SATISFAITS_PAR_L_ENVOI = new Set(['DEPOT_A_TRANSMETTRE']);

/**
 * Everything that keeps a request from the automatic decision: every control short of `ok` (a blocking
 * one never reaches here: it stops the sending), and an amount the engine could not give or refused.
 */
export function controlesEnEchec(controles: readonly Controle[], estimation: EstimationALEnvoi): ControleEnEchec[] {
  const echecs: ControleEnEchec[] = controles
    .filter((c) => c.niveau !== 'ok' && !SATISFAITS_PAR_L_ENVOI.has(c.code))
    .map((c) => ({ code: c.code, message: c.message, champ: c.champ }));
  if ('indisponible' in estimation) {
    echecs.push({ code: 'estimation_indisponible', message: estimation.indisponible, champ: '' });
  } else if (!estimation.eligible) {
    const motifs = estimation.motifs.length ? estimation.motifs : ['Le moteur de calcul juge la demande non finançable.'];
    for (const m of motifs) echecs.push({ code: 'estimation_ineligible', message: m, champ: '' });
  } else if (estimation.montantCentimes <= 0) {
    echecs.push({ code: 'estimation_nulle', message: 'Le moteur de calcul ne donne aucun montant à engager.', champ: '' });
  }
  return echecs;
}

/** The history's words for an automatic acceptance. */
export const MOTIF_DECISION_AUTOMATIQUE =
  'Décision automatique : tous les contrôles du moteur de règles sont satisfaits, la prise en charge est accordée au montant calculé.';

/** GET /api/opco/parametres/decision-automatique: the schemes' defaults, and the branches' overrides. */
export const ParametresDecisionAutomatiqueSchema = z.object({
  dispositifs: z.array(z.object({ dispositif: DispositifSchema, active: z.boolean() })),
  branches: z.array(z.object({ idcc: z.string(), libelle: z.string() })),
  exceptions: z.array(z.object({ dispositif: DispositifSchema, idcc: z.string(), libelle: z.string(), active: z.boolean() })),
  modifieLe: z.iso.datetime().nullable(),
});
export type ParametresDecisionAutomatique = z.infer<typeof ParametresDecisionAutomatiqueSchema>;

/**
 * PUT: one switch. Without `idcc`, the scheme's default; with it, the branch's override — `active`
 * null removes the override (the branch follows the scheme again).
 */
export const ModifierDecisionAutomatiqueSchema = z
  .object({
    dispositif: DispositifSchema,
    idcc: z.string().regex(/^\d{4}$/, { error: 'Choisissez une branche (code IDCC sur 4 chiffres).' }).nullable().default(null),
    active: z.boolean({ error: 'Indiquez si la décision automatique est activée.' }).nullable(),
  })
  .refine((m) => m.active !== null || m.idcc !== null, { error: 'Indiquez si la décision automatique est activée.', path: ['active'] });
export type ModifierDecisionAutomatique = z.input<typeof ModifierDecisionAutomatiqueSchema>;
