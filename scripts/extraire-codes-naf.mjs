// Regenerates apps/api/src/referentiels/codes-naf.json: the labels of the 732 sub-classes of INSEE's
// nomenclature NAF rév. 2, as published in the npm package @socialgouv/codes-naf (a copy of INSEE's
// list, https://www.insee.fr/fr/information/2120875). The package is small but is not a dependency of
// the portal: a label is looked up at run time from the committed JSON.
// Usage: npm pack @socialgouv/codes-naf@VERSION && tar xzf socialgouv-codes-naf-VERSION.tgz
//        node scripts/extraire-codes-naf.mjs package/index.json VERSION
import fs from 'node:fs';

const [fichier, version] = process.argv.slice(2);
if (!fichier || !version) {
  console.error('Usage : node scripts/extraire-codes-naf.mjs <index.json de @socialgouv/codes-naf> <version>');
  process.exit(1);
}
const codes = {};
for (const { id, label } of JSON.parse(fs.readFileSync(fichier, 'utf8'))) {
  // Only sub-classes ("10.71C") are the code of an establishment; sections, divisions and groups are not.
  const m = /^(\d{2})\.(\d{2}[A-Z])$/.exec(id);
  if (m) codes[`${m[1]}${m[2]}`] = label;
}
const sorted = Object.fromEntries(Object.entries(codes).sort(([a], [b]) => a.localeCompare(b)));
const out = { source: `@socialgouv/codes-naf ${version} (INSEE, nomenclature NAF rév. 2)`, codes: sorted };
fs.writeFileSync(new URL('../apps/api/src/referentiels/codes-naf.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${Object.keys(sorted).length} sous-classes NAF écrites.`);
