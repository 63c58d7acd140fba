import type { DateIso } from '../commun/dates';

export interface EntreeDatee {
  debut: DateIso;
  fin?: DateIso | undefined;
  source: string;
}

/**
 * The entry valid on a date: started on or before it, not ended before it (fin is the last day of
 * validity), and among those the most recently started, which supersedes the older ones.
 */
export function valeurEnVigueur<T extends EntreeDatee>(entrees: readonly T[], date: DateIso): T | undefined {
  let retenue: T | undefined;
  for (const entree of entrees) {
    if (entree.debut > date) continue;
    if (entree.fin !== undefined && entree.fin < date) continue;
    if (retenue === undefined || entree.debut > retenue.debut) retenue = entree;
  }
  return retenue;
}

export class ReferentielIncomplet extends Error {
  readonly code = 'REFERENTIEL_INCOMPLET';

  constructor(
    readonly rubrique: string,
    readonly date: DateIso,
  ) {
    super(`Le référentiel ne contient aucune valeur « ${rubrique} » en vigueur au ${date}`);
    this.name = 'ReferentielIncomplet';
  }
}

/** For values a rule cannot do without: a gap in the data is an administration error, said plainly. */
export function exigerValeurEnVigueur<T extends EntreeDatee>(entrees: readonly T[], date: DateIso, rubrique: string): T {
  const entree = valeurEnVigueur(entrees, date);
  if (entree === undefined) throw new ReferentielIncomplet(rubrique, date);
  return entree;
}
