/**
 * France's 18 regions and their départements (INSEE, 2016 map), to filter the back office's queues by the
 * establishment's region. The département comes from the postal code: the first two digits, three
 * overseas (971…976), 20 for both Corsican départements (one region) — good enough for a filter, though a
 * few communes near a border carry a neighbouring département's code.
 */
export const REGIONS = [
  { code: '84', nom: 'Auvergne-Rhône-Alpes', departements: ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'] },
  { code: '27', nom: 'Bourgogne-Franche-Comté', departements: ['21', '25', '39', '58', '70', '71', '89', '90'] },
  { code: '53', nom: 'Bretagne', departements: ['22', '29', '35', '56'] },
  { code: '24', nom: 'Centre-Val de Loire', departements: ['18', '28', '36', '37', '41', '45'] },
  { code: '94', nom: 'Corse', departements: ['2A', '2B'] },
  { code: '44', nom: 'Grand Est', departements: ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'] },
  { code: '32', nom: 'Hauts-de-France', departements: ['02', '59', '60', '62', '80'] },
  { code: '11', nom: 'Île-de-France', departements: ['75', '77', '78', '91', '92', '93', '94', '95'] },
  { code: '28', nom: 'Normandie', departements: ['14', '27', '50', '61', '76'] },
  { code: '75', nom: 'Nouvelle-Aquitaine', departements: ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'] },
  { code: '76', nom: 'Occitanie', departements: ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'] },
  { code: '52', nom: 'Pays de la Loire', departements: ['44', '49', '53', '72', '85'] },
  { code: '93', nom: 'Provence-Alpes-Côte d’Azur', departements: ['04', '05', '06', '13', '83', '84'] },
  { code: '01', nom: 'Guadeloupe', departements: ['971'] },
  { code: '02', nom: 'Martinique', departements: ['972'] },
  { code: '03', nom: 'Guyane', departements: ['973'] },
  { code: '04', nom: 'La Réunion', departements: ['974'] },
  { code: '06', nom: 'Mayotte', departements: ['976'] },
] as const;

export type CodeRegion = (typeof REGIONS)[number]['code'];
export const CODES_REGIONS = REGIONS.map((r) => r.code) as [CodeRegion, ...CodeRegion[]];

/** The département of a postal code: « 13001 » → 13, « 97411 » → 974, « 20000 » → 2A, « 20200 » → 2B. */
export function departementDuCodePostal(codePostal: string): string | null {
  if (!/^\d{5}$/.test(codePostal)) return null;
  if (codePostal.startsWith('97') || codePostal.startsWith('98')) return codePostal.slice(0, 3);
  if (codePostal.startsWith('20')) return Number(codePostal) < 20200 ? '2A' : '2B';
  return codePostal.slice(0, 2);
}

export function regionDuCodePostal(codePostal: string): (typeof REGIONS)[number] | null {
  const departement = departementDuCodePostal(codePostal);
  return REGIONS.find((r) => (r.departements as readonly string[]).includes(departement ?? '')) ?? null;
}

/** The postal-code prefixes of a region, for a `left(code_postal, n) in (…)` filter. */
export function prefixesCodePostal(region: CodeRegion): string[] {
  const r = REGIONS.find((x) => x.code === region)!;
  return [...new Set(r.departements.map((d) => (d.startsWith('2A') || d.startsWith('2B') ? '20' : d)))];
}
