export interface DefinitionTransition<Statut extends string> {
  /** What the action does, as an infinitive phrase that fits "Impossible de … ". */
  libelle: string;
  depuis: readonly Statut[];
  vers: Statut;
}

export type ResultatTransition<Statut extends string> =
  | { ok: true; statut: Statut }
  | { ok: false; code: 'STATUT_FINAL' | 'TRANSITION_INTERDITE'; message: string };

/** "de soumettre", but "d'annuler": French elides before a vowel. */
function impossibleDe(libelle: string): string {
  return /^[aeiouyàâéèêîôû]/i.test(libelle) ? `Impossible d'${libelle}` : `Impossible de ${libelle}`;
}

/**
 * Applies a named business action to a status. A refusal is a value, not an exception: the caller
 * turns it into a 409/422 with the French message, and the browser can grey out the button with it.
 */
export function appliquerTransition<Statut extends string, Action extends string>(
  statut: Statut,
  action: Action,
  transitions: Record<Action, DefinitionTransition<Statut>>,
  libelleStatut: (statut: Statut) => string,
  statutsFinals: readonly Statut[],
): ResultatTransition<Statut> {
  const definition = transitions[action];
  if (definition.depuis.includes(statut)) return { ok: true, statut: definition.vers };
  const attendus = definition.depuis.map((s) => `« ${libelleStatut(s)} »`).join(' ou ');
  if (statutsFinals.includes(statut)) {
    return {
      ok: false,
      code: 'STATUT_FINAL',
      message: `${impossibleDe(definition.libelle)} : la demande est au statut « ${libelleStatut(statut)} », qui est définitif.`,
    };
  }
  return {
    ok: false,
    code: 'TRANSITION_INTERDITE',
    message: `${impossibleDe(definition.libelle)} : la demande est au statut « ${libelleStatut(statut)} » (statut attendu : ${attendus}).`,
  };
}

export function actionsDepuis<Statut extends string, Action extends string>(
  statut: Statut,
  transitions: Record<Action, DefinitionTransition<Statut>>,
): Action[] {
  return (Object.keys(transitions) as Action[]).filter((action) => transitions[action].depuis.includes(statut));
}
