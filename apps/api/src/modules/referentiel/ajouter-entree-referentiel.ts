import { formaterDate } from '@mse/shared/commun/dates';
import type { NouvelleEntreeReferentiel } from '@mse/shared/referentiel/referentiel-admin.schema';
import { schemaEntree, serieDeLEntree, type Rubrique } from '@mse/shared/referentiel/rubriques';
import { asc, eq } from 'drizzle-orm';
import { audit, referentielEntrees } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { DonneesInvalides, type ChampEnErreur } from '../../errors';
import type { Utilisateur } from '../../plugins/session';
import type { Contexte } from '../identite/contexte';
import { ligneDEntree } from './initialiser-referentiel';
import { verrouillerReferentiel, type LigneReferentiel } from './referentiel.repository';

const CHAMPS_DE_L_ENTREE = new Set(['debut', 'fin', 'source']);
const MESSAGE_FIN_AVANT_DEBUT = 'La fin de validité ne peut pas précéder le début';

/** Field paths as the form names them: dates and source at the top, the rest under `valeur`. */
function champs(issues: { path: PropertyKey[]; message: string }[]): ChampEnErreur[] {
  return issues.map((issue) => {
    const [premier] = issue.path;
    const chemin = typeof premier === 'string' && CHAMPS_DE_L_ENTREE.has(premier) ? premier : ['valeur', ...issue.path].join('.');
    return { chemin, message: issue.message };
  });
}

/**
 * An administrator adds a dated value to a rubrique (a new SMIC from 1 January, a branch's criteria for
 * next year): a new row, never an update, so every computation already made can be made again with the
 * version it used. The value passes the rubrique's shared schema, the same the engine relies on. Two
 * values of one series may not start the same day — unless the new one is declared as correcting the
 * other, which it then replaces from the next version on. Each addition leaves an audit row.
 */
export async function ajouterEntreeReferentiel(
  ctx: Pick<Contexte, 'database' | 'now' | 'ip'>,
  acteur: Utilisateur,
  rubrique: Rubrique,
  saisie: NouvelleEntreeReferentiel,
): Promise<LigneReferentiel> {
  const { debut, fin, source, valeur, remplaceId } = saisie;
  const verification = schemaEntree(rubrique).safeParse({ ...valeur, debut, ...(fin ? { fin } : {}), source });
  if (!verification.success) {
    // The schema checks the dates' order only once every field is valid: said now, all at once.
    const ordre = fin !== undefined && fin < debut && !verification.error.issues.some((i) => i.path[0] === 'fin');
    throw new DonneesInvalides([...champs(verification.error.issues), ...(ordre ? [{ chemin: 'fin', message: MESSAGE_FIN_AVANT_DEBUT }] : [])]);
  }
  const nouvelle = ligneDEntree(rubrique, verification.data);
  const serie = serieDeLEntree(rubrique, nouvelle.valeur);

  return transaction(ctx.database, undefined, async ({ db }) => {
    await verrouillerReferentiel(db);
    const existantes = await db.select().from(referentielEntrees).where(eq(referentielEntrees.rubrique, rubrique)).orderBy(asc(referentielEntrees.id));
    const remplacees = new Set(existantes.flatMap((e) => (e.remplaceId === null ? [] : [e.remplaceId])));
    if (remplaceId !== undefined) {
      const corrigee = existantes.find((e) => e.id === remplaceId);
      if (!corrigee) throw new DonneesInvalides([{ chemin: 'remplaceId', message: `La valeur n° ${remplaceId} n'appartient pas à cette rubrique.` }]);
      if (remplacees.has(remplaceId)) throw new DonneesInvalides([{ chemin: 'remplaceId', message: `La valeur n° ${remplaceId} a déjà été corrigée : corrigez sa correction.` }]);
    } else {
      const memeDebut = existantes.find((e) => !remplacees.has(e.id) && e.debut === debut && serieDeLEntree(rubrique, e.valeur) === serie);
      if (memeDebut) {
        throw new DonneesInvalides([
          {
            chemin: 'debut',
            message: `Une valeur de cette rubrique s'applique déjà à partir du ${formaterDate(debut)} (n° ${memeDebut.id}) : pour la rectifier, indiquez que la nouvelle valeur la remplace.`,
          },
        ]);
      }
    }
    const [ligne] = await db
      .insert(referentielEntrees)
      .values({ ...nouvelle, remplaceId: remplaceId ?? null, creePar: acteur.id, creeLe: ctx.now })
      .returning();
    await db.insert(audit).values({
      evenement: 'referentiel_valeur_ajoutee',
      utilisateurId: acteur.id,
      ip: ctx.ip,
      details: { rubrique, entreeId: ligne!.id, debut, fin: fin ?? null, remplaceId: remplaceId ?? null, source },
    });
    return ligne!;
  });
}
