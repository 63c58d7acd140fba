import path from 'node:path';
import { formaterDate } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import type pg from 'pg';
import type { Database } from '../../../db/database';
import { transaction } from '../../../db/transaction';
import {
  enTetesCpneIdcc,
  enTetesNpec,
  LIGNES_AVANT_ENTETES,
  ligneVide,
  normaliserTexte,
  verifierLigneCpneIdcc,
  verifierLigneNpec,
  type LigneCpneIdcc,
  type LigneNpec,
} from './lignes-npec';
import { ClasseurIllisible, ouvrirClasseur, type Classeur, type LigneFeuille } from './xlsx';

export type RejetNpec = { onglet: string; ligne: number; motifs: string[] };
export type RapportImportNpec = {
  /** The latest date d'applicabilité of the file: the CPNE ↔ IDCC rows are dated with it. */
  dateApplicabilite: string | null;
  npec: { lignes: number; ajoutees: number; modifiees: number; inchangees: number; horsPerimetre: number };
  cpneIdcc: { lignes: number; ajoutees: number; inchangees: number };
  rejets: RejetNpec[];
};

/** The file as a whole cannot be imported (not an xlsx, a sheet or a column missing): nothing is written. */
export class ImportNpecImpossible extends Error {}

export const TAILLE_LOT_NPEC = 5_000;

function trouverOnglet(classeur: Classeur, reconnait: (nom: string) => boolean, libelle: string): string {
  const nom = classeur.feuilles.find((f) => reconnait(normaliserTexte(f)));
  if (!nom) throw new ImportNpecImpossible(`Onglet « ${libelle} » introuvable (onglets du fichier : ${classeur.feuilles.join(', ')}).`);
  return nom;
}

/** Reads a sheet's rows after its header row, which is looked for among the first rows. */
async function* lignesApresEntetes<E>(
  lignes: AsyncGenerator<LigneFeuille>,
  onglet: string,
  lireEntetes: (cellules: LigneFeuille['cellules']) => { entetes: E } | { manquantes: string[] },
): AsyncGenerator<{ entetes: E; ligne: LigneFeuille }> {
  let entetes: E | undefined;
  let manquantes: string[] = [];
  for await (const ligne of lignes) {
    if (entetes === undefined) {
      if (ligneVide(ligne.cellules)) continue;
      const trouvees = lireEntetes(ligne.cellules);
      if ('entetes' in trouvees) entetes = trouvees.entetes;
      else if (ligne.numero > LIGNES_AVANT_ENTETES) break;
      else if (trouvees.manquantes.length < manquantes.length || manquantes.length === 0) manquantes = trouvees.manquantes;
      continue;
    }
    if (!ligneVide(ligne.cellules)) yield { entetes, ligne };
  }
  if (entetes === undefined) {
    throw new ImportNpecImpossible(`Onglet « ${onglet} » : ligne d'en-tête introuvable (colonnes attendues absentes : ${manquantes.join(', ')}).`);
  }
}

type ResultatLot = { ajoutees: number; modifiees: number; inchangees: number; conflits: { ligne: number; montant: number }[] };

/**
 * One statement per batch: each row is compared with the row in force at its date for the same
 * certification and CPNE. New pair: added. Same amount and status: unchanged (re-importing a file adds
 * nothing). Another amount from a later date: added beside the older one, which keeps its dates. Another
 * amount at the same date: refused, since the past is never rewritten.
 */
async function ecrireLotNpec(client: pg.PoolClient, lot: { numero: number; ligne: LigneNpec }[], source: string): Promise<ResultatLot> {
  const { rows } = await client.query<{ resultat: string; nombre: number; conflits: { ligne: number; montant: number }[] }>(
    `with lot as (
       select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::date[])
         as l(numero, rncp, cpne, libelle, montant, statut, date_applicabilite)
     ),
     classe as (
       select l.*, c.montant_centimes as montant_existant,
         case
           when c.montant_centimes is null then 'ajoutee'
           when c.montant_centimes = l.montant and c.statut = l.statut then 'inchangee'
           when c.date_applicabilite = l.date_applicabilite then 'conflit'
           else 'modifiee'
         end as resultat
       from lot l
       left join lateral (
         select n.montant_centimes, n.statut, n.date_applicabilite from npec n
         where n.rncp = l.rncp and n.cpne = l.cpne and n.date_applicabilite <= l.date_applicabilite
         order by n.date_applicabilite desc limit 1
       ) c on true
     ),
     ajout as (
       insert into npec (rncp, cpne, libelle_certification, montant_centimes, statut, date_applicabilite, source)
       select rncp, cpne, libelle, montant, statut, date_applicabilite, $8 from classe where resultat in ('ajoutee', 'modifiee')
       on conflict do nothing
     )
     select resultat, count(*)::int as nombre,
       coalesce(json_agg(json_build_object('ligne', numero, 'montant', montant_existant)) filter (where resultat = 'conflit'), '[]'::json) as conflits
     from classe group by resultat`,
    [
      lot.map((l) => l.numero),
      lot.map((l) => l.ligne.rncp),
      lot.map((l) => l.ligne.cpne),
      lot.map((l) => l.ligne.libelleCertification),
      lot.map((l) => l.ligne.montantCentimes),
      lot.map((l) => l.ligne.statut),
      lot.map((l) => l.ligne.dateApplicabilite),
      source,
    ],
  );
  const nombre = (resultat: string) => rows.find((r) => r.resultat === resultat)?.nombre ?? 0;
  return {
    ajoutees: nombre('ajoutee'),
    modifiees: nombre('modifiee'),
    inchangees: nombre('inchangee'),
    conflits: rows.find((r) => r.resultat === 'conflit')?.conflits ?? [],
  };
}

async function ecrireCpneIdcc(client: pg.PoolClient, lignes: LigneCpneIdcc[], date: string): Promise<number> {
  const paires = lignes.flatMap((l) => l.idcc.map((idcc) => ({ ...l, idcc })));
  if (paires.length === 0) return 0;
  const { rowCount } = await client.query(
    `insert into cpne_idcc (cpne, libelle_cpne, idcc, date_applicabilite)
     select cpne, libelle, idcc, $4 from unnest($1::text[], $2::text[], $3::text[]) as l(cpne, libelle, idcc)
     on conflict do nothing`,
    [paires.map((p) => p.cpne), paires.map((p) => p.libelleCpne), paires.map((p) => p.idcc), date],
  );
  return rowCount ?? 0;
}

/**
 * Imports France compétences' NPEC referential (xlsx): "référentiel NPEC" rows (certification × CPNE,
 * amount, date d'applicabilité) and the CPNE ↔ IDCC sheet. The sheet is streamed and written in batches
 * of 5 000 rows, one batch being written while the next is read. A newer edition adds its rows beside
 * the older ones, which keep their dates: an amount in force on a past date never changes. One transaction
 * for the whole file. `idcc` limits the import to the CPNE covering those conventions (the demo's).
 */
export async function importerNpec(database: Database, chemin: string, options: { idcc?: readonly string[] } = {}): Promise<RapportImportNpec> {
  let classeur: Classeur;
  try {
    classeur = await ouvrirClasseur(chemin);
  } catch (error) {
    if (error instanceof ClasseurIllisible) throw new ImportNpecImpossible(error.message);
    throw error;
  }
  const ongletNpec = trouverOnglet(classeur, (n) => n.includes('referentiel npec'), 'Onglet 3 - référentiel NPEC');
  const ongletIdcc = trouverOnglet(classeur, (n) => n.includes('cpne') && n.includes('idcc'), 'Onglet 4 - CPNE-IDCC');
  const rapport: RapportImportNpec = {
    dateApplicabilite: null,
    npec: { lignes: 0, ajoutees: 0, modifiees: 0, inchangees: 0, horsPerimetre: 0 },
    cpneIdcc: { lignes: 0, ajoutees: 0, inchangees: 0 },
    rejets: [],
  };

  // The CPNE ↔ IDCC sheet is small (a few hundred rows): read first, it tells which CPNE the filter keeps.
  const correspondances: LigneCpneIdcc[] = [];
  for await (const { entetes, ligne } of lignesApresEntetes(classeur.lireFeuille(ongletIdcc), ongletIdcc, enTetesCpneIdcc)) {
    rapport.cpneIdcc.lignes += 1;
    const verification = verifierLigneCpneIdcc(entetes, ligne.cellules);
    if (!verification.ok) rapport.rejets.push({ onglet: ongletIdcc, ligne: ligne.numero, motifs: verification.motifs });
    else correspondances.push(verification.ligne);
  }
  const idccRetenus = options.idcc ? new Set(options.idcc) : null;
  const retenues = idccRetenus ? correspondances.map((c) => ({ ...c, idcc: c.idcc.filter((i) => idccRetenus.has(i)) })).filter((c) => c.idcc.length) : correspondances;
  const cpneRetenues = idccRetenus ? new Set(retenues.map((c) => c.cpne)) : null;
  const source = `France compétences, référentiel des niveaux de prise en charge des contrats d'apprentissage (${path.basename(chemin)})`;

  return transaction(database, undefined, async ({ client }) => {
    let lot: { numero: number; ligne: LigneNpec }[] = [];
    let ecriture: Promise<void> = Promise.resolve();
    const ecrire = async () => {
      const aEcrire = lot;
      lot = [];
      await ecriture;
      ecriture = ecrireLotNpec(client, aEcrire, source).then((r) => {
        rapport.npec.ajoutees += r.ajoutees;
        rapport.npec.modifiees += r.modifiees;
        rapport.npec.inchangees += r.inchangees;
        for (const conflit of r.conflits) {
          rapport.rejets.push({
            onglet: ongletNpec,
            ligne: conflit.ligne,
            motifs: [`Un autre montant (${formaterEuros(conflit.montant)}) est déjà enregistré pour cette certification, cette CPNE et cette date : le passé n'est pas réécrit, une correction doit porter une nouvelle date d'applicabilité`],
          });
        }
      });
      // Handled when awaited; until then a failure must not count as an unhandled rejection.
      ecriture.catch(() => undefined);
    };

    // Within a batch the same key twice would be compared with the database only, not with each other.
    let clesDuLot = new Map<string, number>();
    for await (const { entetes, ligne } of lignesApresEntetes(classeur.lireFeuille(ongletNpec), ongletNpec, enTetesNpec)) {
      rapport.npec.lignes += 1;
      const verification = verifierLigneNpec(entetes, ligne.cellules);
      if (!verification.ok) {
        rapport.rejets.push({ onglet: ongletNpec, ligne: ligne.numero, motifs: verification.motifs });
        continue;
      }
      const npec = verification.ligne;
      if (cpneRetenues && !cpneRetenues.has(npec.cpne)) {
        rapport.npec.horsPerimetre += 1;
        continue;
      }
      if (rapport.dateApplicabilite === null || npec.dateApplicabilite > rapport.dateApplicabilite) rapport.dateApplicabilite = npec.dateApplicabilite;
      const cle = `${npec.rncp}|${npec.cpne}|${npec.dateApplicabilite}`;
      const dejaVue = clesDuLot.get(cle);
      if (dejaVue !== undefined) {
        rapport.rejets.push({ onglet: ongletNpec, ligne: ligne.numero, motifs: [`Même certification, même CPNE et même date qu'à la ligne ${dejaVue} : seule la première est importée`] });
        continue;
      }
      clesDuLot.set(cle, ligne.numero);
      lot.push({ numero: ligne.numero, ligne: npec });
      if (lot.length === TAILLE_LOT_NPEC) {
        clesDuLot = new Map();
        await ecrire();
      }
    }
    if (lot.length) await ecrire();
    await ecriture;
    if (rapport.dateApplicabilite === null) {
      if (rapport.npec.lignes === 0) throw new ImportNpecImpossible(`Onglet « ${ongletNpec} » : aucune ligne de NPEC après la ligne d'en-tête.`);
    } else {
      const ajoutees = await ecrireCpneIdcc(client, retenues, rapport.dateApplicabilite);
      const paires = retenues.reduce((n, c) => n + c.idcc.length, 0);
      rapport.cpneIdcc.ajoutees = ajoutees;
      rapport.cpneIdcc.inchangees = paires - ajoutees;
    }
    rapport.rejets.sort((a, b) => (a.onglet === b.onglet ? a.ligne - b.ligne : a.onglet === ongletIdcc ? 1 : -1));
    return rapport;
  });
}

export function resumerRapportNpec(rapport: RapportImportNpec): string {
  const n = new Intl.NumberFormat('fr-FR');
  const accord = (nombre: number, singulier: string, pluriel: string) => `${n.format(nombre)} ${nombre > 1 ? pluriel : singulier}`;
  const date = rapport.dateApplicabilite ? ` (applicable au ${formaterDate(rapport.dateApplicabilite)})` : '';
  const { npec, cpneIdcc } = rapport;
  return (
    `NPEC${date} : ${accord(npec.lignes, 'ligne lue', 'lignes lues')}, ${accord(npec.ajoutees, 'ajoutée', 'ajoutées')}, ` +
    `${accord(npec.modifiees, 'nouveau montant', 'nouveaux montants')}, ${accord(npec.inchangees, 'inchangée', 'inchangées')}` +
    `${npec.horsPerimetre ? `, ${accord(npec.horsPerimetre, 'hors des branches retenues', 'hors des branches retenues')}` : ''} ; ` +
    `CPNE ↔ IDCC : ${accord(cpneIdcc.ajoutees, 'ajoutée', 'ajoutées')}, ${accord(cpneIdcc.inchangees, 'inchangée', 'inchangées')} ; ` +
    `${accord(rapport.rejets.length, 'ligne rejetée', 'lignes rejetées')}.`
  );
}
