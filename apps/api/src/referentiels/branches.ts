import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { branches } from '../db/schema';
import kali from './conventions-collectives.json' with { type: 'json' };

/**
 * The branches (IDCC) of the model OPCO, Opco EP, as listed by mission-apprentissage/contrat
 * (shared/constants/opcos.ts, Nov 2024) plus 3239 which replaced 2111 and 2395. Labels come from KALI.
 */
export const IDCC_OPCO = [
  '0184', '0240', '0454', '0614', '0733', '0759', '0843', '0915', '0953', '0959', '0992', '0993', '1000', '1043', '1147',
  '1267', '1286', '1404', '1408', '1412', '1483', '1499', '1504', '1512', '1527', '1589', '1605', '1611', '1619', '1621',
  '1850', '1875', '1921', '1951', '1978', '1982', '1996', '2098', '2111', '2205', '2219', '2272', '2329', '2332', '2395',
  '2564', '2596', '2697', '2706', '2785', '2978', '3013', '3032', '3127', '3239',
];

const conventions: Record<string, { titre: string; titreCourt: string }> = kali.conventions;

export function libelleConvention(idcc: string): string | undefined {
  return conventions[idcc]?.titre;
}

/** Loads (or refreshes) the OPCO's branches with their official labels; idempotent, run at every start. */
export async function chargerBranches(db: Db): Promise<number> {
  const rows = IDCC_OPCO.flatMap((idcc) => {
    const libelle = libelleConvention(idcc);
    return libelle ? [{ idcc, libelle }] : [];
  });
  await db
    .insert(branches)
    .values(rows)
    .onConflictDoUpdate({ target: branches.idcc, set: { libelle: sql`excluded.libelle` } });
  return rows.length;
}
