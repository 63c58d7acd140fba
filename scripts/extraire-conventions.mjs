// Regenerates apps/api/src/referentiels/conventions-collectives.json from the official KALI data
// published by the French administration in the npm package @socialgouv/kali-data (≈175 MB, so it is
// not a dependency of the portal: run `npm pack @socialgouv/kali-data@VERSION && tar xzf …` first).
// Usage: node scripts/extraire-conventions.mjs path/to/package/data VERSION
import fs from 'node:fs';
import path from 'node:path';

const [dir, version] = process.argv.slice(2);
if (!dir || !version) {
  console.error('Usage : node scripts/extraire-conventions.mjs <dossier data de @socialgouv/kali-data> <version>');
  process.exit(1);
}
const conventions = {};
for (const file of fs.readdirSync(dir)) {
  if (!/^KALICONT\d+\.json$/.test(file)) continue;
  const { data } = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  if (!data?.num) continue;
  const idcc = String(data.num).padStart(4, '0');
  conventions[idcc] = { titre: data.title, titreCourt: data.shortTitle ?? data.title, kali: data.id };
}
const sorted = Object.fromEntries(Object.entries(conventions).sort(([a], [b]) => a.localeCompare(b)));
const out = { source: `@socialgouv/kali-data ${version} (base KALI, Légifrance)`, conventions: sorted };
fs.writeFileSync(new URL('../apps/api/src/referentiels/conventions-collectives.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${Object.keys(sorted).length} conventions collectives écrites.`);
