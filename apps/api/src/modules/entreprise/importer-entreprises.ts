import type { Database } from '../../db/database';
import { transaction } from '../../db/transaction';
import { ecrireLot, idccDesBranches } from './annuaire.repository';
import { lireCsv } from './lire-csv';
import { lireEntetes, verificateurDeLigne, type EtablissementAnnuaire } from './ligne-annuaire';

export type RejetImport = { ligne: number; siret: string | null; motifs: string[] };
export type RapportImport = { lignes: number; creees: number; modifiees: number; inchangees: number; rejets: RejetImport[] };

/** The file as a whole cannot be imported (no header, missing columns): nothing is written. */
export class ImportImpossible extends Error {}

export const TAILLE_LOT = 5_000;

/**
 * Loads the directory of member companies from the OPCO's CSV export: one line per establishment, upserted
 * by SIRET in batches. Good lines load, bad ones are reported with their line number and reasons, and a
 * second run of the same file changes nothing. Establishments absent from the file are left as they are:
 * an export may be partial, and an establishment may have dossiers.
 * One transaction for the whole file: a failure half-way leaves the directory as it was.
 */
export async function importerEntreprises(database: Database, source: AsyncIterable<Buffer | string>): Promise<RapportImport> {
  return transaction(database, undefined, async ({ client }) => {
    const idccConnus = await idccDesBranches(client);
    const rapport: RapportImport = { lignes: 0, creees: 0, modifiees: 0, inchangees: 0, rejets: [] };
    const premiereLigneDuSiret = new Map<string, number>();
    let verifier: ReturnType<typeof verificateurDeLigne> | undefined;
    let colonneSiret: number | undefined;
    let lot: EtablissementAnnuaire[] = [];

    // The database writes one batch while the next one is read and checked: the import takes about
    // the longer of the two, not their sum. One batch in flight at most keeps the memory bounded.
    let ecriture: Promise<void> = Promise.resolve();
    const ecrire = async () => {
      const aEcrire = lot;
      lot = [];
      await ecriture;
      ecriture = ecrireLot(client, aEcrire).then(({ creees, modifiees }) => {
        rapport.creees += creees;
        rapport.modifiees += modifiees;
        rapport.inchangees += aEcrire.length - creees - modifiees;
      });
      // Handled when awaited; until then a failure must not count as an unhandled rejection.
      ecriture.catch(() => undefined);
    };

    for await (const enregistrement of lireCsv(source)) {
      if (!verifier) {
        if ('illisible' in enregistrement) throw new ImportImpossible(`Ligne d'en-tête illisible (ligne ${enregistrement.ligne}).`);
        const { entetes, manquantes } = lireEntetes(enregistrement.champs);
        if (manquantes.length) {
          throw new ImportImpossible(`Colonne${manquantes.length > 1 ? 's' : ''} absente${manquantes.length > 1 ? 's' : ''} de la ligne d'en-tête : ${manquantes.join(', ')}.`);
        }
        verifier = verificateurDeLigne(entetes, enregistrement.champs.length, idccConnus);
        colonneSiret = entetes.siret;
        continue;
      }
      rapport.lignes += 1;
      const { ligne } = enregistrement;
      if ('illisible' in enregistrement) {
        rapport.rejets.push({ ligne, siret: null, motifs: [enregistrement.illisible] });
        continue;
      }
      const siretLu = colonneSiret === undefined ? null : enregistrement.champs[colonneSiret] || null;
      const verification = verifier(enregistrement.champs);
      if (!verification.ok) {
        rapport.rejets.push({ ligne, siret: siretLu, motifs: verification.motifs });
        continue;
      }
      const { siret } = verification.etablissement;
      const dejaVu = premiereLigneDuSiret.get(siret);
      if (dejaVu !== undefined) {
        rapport.rejets.push({ ligne, siret: siretLu, motifs: [`Ce SIRET figure déjà ligne ${dejaVu} : seule la première ligne est importée`] });
        continue;
      }
      premiereLigneDuSiret.set(siret, ligne);
      lot.push(verification.etablissement);
      if (lot.length === TAILLE_LOT) await ecrire();
    }
    if (!verifier) throw new ImportImpossible("Le fichier est vide : il faut une ligne d'en-tête puis une ligne par établissement.");
    if (lot.length) await ecrire();
    await ecriture;
    return rapport;
  });
}
