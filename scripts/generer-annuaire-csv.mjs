// Writes a realistic export of the directory of member companies, to try or measure
// `npm run import:entreprises`: valid SIRETs (Luhn), branches and NAF codes of the model OPCO,
// French dates, and one line in a thousand with a wrong SIRET key, which the import must reject.
// Usage: node scripts/generer-annuaire-csv.mjs 100000 > /tmp/annuaire.csv
const n = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(n) || n < 1) {
  console.error('Usage : node scripts/generer-annuaire-csv.mjs <nombre de lignes>');
  process.exit(1);
}

function avecCle(chiffres) {
  for (let k = 0; k <= 9; k++) {
    const c = chiffres + k;
    let somme = 0;
    for (let i = 0; i < c.length; i++) {
      let d = Number(c[c.length - 1 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      somme += d;
    }
    if (somme % 10 === 0) return c;
  }
  throw new Error('impossible');
}

let graine = 2026;
const hasard = () => ((graine = (graine * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const parmi = (liste) => liste[Math.floor(hasard() * liste.length)];

const METIERS = [
  ['0843', '10.71C', 'Boulangerie'], ['0992', '47.22Z', 'Boucherie'], ['1000', '69.10Z', 'Cabinet d’avocats'],
  ['1147', '86.21Z', 'Cabinet médical'], ['1527', '68.31Z', 'Agence immobilière'], ['1619', '86.23Z', 'Cabinet dentaire'],
  ['1978', '47.76Z', 'Fleurs'], ['1996', '47.73Z', 'Pharmacie'], ['2205', '69.10Z', 'Office notarial'], ['2219', '49.32Z', 'Taxis'],
  ['2332', '71.11Z', 'Atelier d’architecture'], ['2596', '96.02A', 'Salon de coiffure'], ['3013', '47.61Z', 'Librairie'],
  ['3032', '96.02B', 'Institut de beauté'], ['3127', '88.10A', 'Aide à domicile'],
];
const NOMS = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'Étienne'];
const VILLES = [['13002', 'MARSEILLE'], ['69003', 'LYON'], ['59000', 'LILLE'], ['44000', 'NANTES'], ['33000', 'BORDEAUX'], ['31000', 'TOULOUSE'], ['30000', 'NÎMES'], ['06000', 'NICE'], ['97400', 'SAINT-DENIS'], ['20000', 'AJACCIO']];
const RUES = ['rue de la République', 'avenue Jean Jaurès', 'place de l’Église', 'boulevard Victor Hugo', 'rue Nationale'];

const lignes = ["SIRET;SIREN;Raison sociale;Adresse;Code postal;Ville;NAF;IDCC;Effectif;Date d'adhésion;Numéro d'adhérent"];
for (let i = 1; i <= n; i++) {
  const siren = avecCle(String(100_000_000 + i * 37).slice(0, 8));
  let siret = avecCle(`${siren}${String(1 + (i % 7)).padStart(4, '0')}`);
  if (i % 1000 === 0) siret = siret.slice(0, 13) + ((Number(siret[13]) + 1) % 10);
  const [idcc, naf, metier] = parmi(METIERS);
  const [cp, ville] = parmi(VILLES);
  const bande = hasard();
  const effectif = bande < 0.77 ? 1 + Math.floor(hasard() * 10) : bande < 0.95 ? 11 + Math.floor(hasard() * 39) : 50 + Math.floor(hasard() * 400);
  const date = `${String(1 + Math.floor(hasard() * 28)).padStart(2, '0')}/${String(1 + Math.floor(hasard() * 12)).padStart(2, '0')}/${2005 + Math.floor(hasard() * 20)}`;
  lignes.push([siret, siren, `${metier} ${parmi(NOMS)}`, `${1 + Math.floor(hasard() * 150)} ${parmi(RUES)}`, cp, ville, naf, idcc, effectif, date, `EP${String(i).padStart(7, '0')}`].join(';'));
  if (lignes.length >= 10_000) {
    process.stdout.write(`${lignes.join('\n')}\n`);
    lignes.length = 0;
  }
}
if (lignes.length) process.stdout.write(`${lignes.join('\n')}\n`);
