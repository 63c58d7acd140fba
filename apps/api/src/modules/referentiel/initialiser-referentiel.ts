import { referentielParDefaut } from '@mse/shared/referentiel/referentiel-par-defaut';
import { RUBRIQUES } from '@mse/shared/referentiel/rubriques';
import type { Database } from '../../db/database';
import { referentielEntrees } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { chargerNpecDeDemonstration } from './npec/charger-npec-demonstration';
import { verrouillerReferentiel } from './referentiel.repository';

type NouvelleLigne = typeof referentielEntrees.$inferInsert;

/** An entry of the shared referential as a row: dates and source in columns, the rest in `valeur`. */
export function ligneDEntree(rubrique: string, entree: { debut: string; fin?: string | undefined; source: string }): NouvelleLigne {
  const { debut, fin, source, ...valeur } = entree;
  return { rubrique, debut, fin: fin ?? null, source, valeur };
}

/**
 * Puts the portal's starting values (`referentielParDefaut`) in the database for every rubrique that has
 * no entry yet, at every start: a new rubrique arrives with its values, and a rubrique an administrator
 * has edited is never touched again. Idempotent, and safe with several processes starting at once.
 */
export async function initialiserReferentiel(database: Database): Promise<number> {
  return transaction(database, undefined, async ({ db }) => {
    await verrouillerReferentiel(db);
    const presentes = new Set((await db.selectDistinct({ rubrique: referentielEntrees.rubrique }).from(referentielEntrees)).map((r) => r.rubrique));
    const lignes = RUBRIQUES.filter((r) => !presentes.has(r)).flatMap((r) => referentielParDefaut[r].map((entree) => ligneDEntree(r, entree)));
    if (lignes.length) await db.insert(referentielEntrees).values(lignes);
    return lignes.length;
  });
}

/** At every start: the rules' dated values, and for the demo the NPEC referential shipped with the code. */
export async function initialiserReferentiels(database: Database, options: { demo: boolean; log: (ligne: string) => void }): Promise<void> {
  await initialiserReferentiel(database);
  if (options.demo) await chargerNpecDeDemonstration(database, options.log);
}
