import { createRequire } from 'node:module';
import type { Commune } from '@mse/shared/adresse/communes.schema';

interface LigneCodesPostaux {
  codePostal: string;
  codeCommune: string;
  nomCommune: string;
}

let index: Map<string, Commune[]> | undefined;

/**
 * The communes of La Poste's postal codes (npm package `codes-postaux`, Base Adresse Nationale), read
 * once on the first look-up and indexed by postal code. A commune listed twice under the same code (two
 * "libellés d'acheminement") comes once; the list is in alphabetical order.
 */
function communesParCodePostal(): Map<string, Commune[]> {
  if (index) return index;
  const lignes = createRequire(import.meta.url)('codes-postaux/codes-postaux.json') as LigneCodesPostaux[];
  const construit = new Map<string, Commune[]>();
  for (const ligne of lignes) {
    const communes = construit.get(ligne.codePostal) ?? [];
    if (!communes.some((c) => c.codeInsee === ligne.codeCommune)) communes.push({ nom: ligne.nomCommune, codeInsee: ligne.codeCommune });
    construit.set(ligne.codePostal, communes);
  }
  for (const communes of construit.values()) communes.sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
  index = construit;
  return index;
}

export function communesDuCodePostal(codePostal: string): Commune[] {
  return communesParCodePostal().get(codePostal) ?? [];
}
