import type pg from 'pg';
import type { EtablissementAnnuaire } from './ligne-annuaire';

const COLONNES = [
  ['siret', 'text'],
  ['siren', 'text'],
  ['raison_sociale', 'text'],
  ['adresse', 'text'],
  ['code_postal', 'text'],
  ['ville', 'text'],
  ['naf', 'text'],
  ['idcc', 'text'],
  ['effectif_entreprise', 'int'],
  ['date_adhesion', 'date'],
  ['numero_adherent', 'text'],
] as const;

const MODIFIABLES = COLONNES.map(([c]) => c).filter((c) => c !== 'siret');

/**
 * One statement per batch: the batch travels as eleven arrays (unnest), so thousands of rows cost one
 * round trip and one plan. An unchanged row is not rewritten (IS DISTINCT FROM), which keeps a second
 * import of the same file free of writes and lets us count what changed: a row inserted has xmax = 0.
 */
const UPSERT = `
  insert into etablissements (${COLONNES.map(([c]) => c).join(', ')})
  select * from unnest(${COLONNES.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})
  on conflict (siret) do update set ${MODIFIABLES.map((c) => `${c} = excluded.${c}`).join(', ')}
  where (${MODIFIABLES.map((c) => `etablissements.${c}`).join(', ')}) is distinct from (${MODIFIABLES.map((c) => `excluded.${c}`).join(', ')})
  returning (xmax = 0) as cree`;

export async function ecrireLot(client: pg.PoolClient, lot: EtablissementAnnuaire[]): Promise<{ creees: number; modifiees: number }> {
  const colonnes: unknown[][] = COLONNES.map(() => new Array(lot.length));
  lot.forEach((e, i) => {
    const valeurs = [e.siret, e.siren, e.raisonSociale, e.adresse, e.codePostal, e.ville, e.naf, e.idcc, e.effectifEntreprise, e.dateAdhesion, e.numeroAdherent];
    valeurs.forEach((v, c) => (colonnes[c]![i] = v));
  });
  const { rows } = await client.query<{ cree: boolean }>(UPSERT, colonnes);
  const creees = rows.filter((r) => r.cree).length;
  return { creees, modifiees: rows.length - creees };
}

export async function idccDesBranches(client: pg.PoolClient): Promise<Set<string>> {
  const { rows } = await client.query<{ idcc: string }>('select idcc from branches');
  return new Set(rows.map((r) => r.idcc));
}
