// node --import tsx apps/api/src/modules/referentiel/npec/generer-npec-xlsx.cli.ts 237000 /tmp/npec.xlsx [45658]
// A synthetic file with the official layout and as many rows as the real referential, to measure the import.
import fs from 'node:fs';
import { fabriquerXlsx } from './fabriquer-xlsx';
import type { ValeurCellule } from './xlsx';

const [nombreTexte = '237000', sortie = '/tmp/npec-synthetique.xlsx', dateTexte = '45488'] = process.argv.slice(2);
const nombre = Number(nombreTexte);
const date = Number(dateTexte);
const CPNE_PAR_CERTIFICATION = 60;
const lignes: ValeurCellule[][] = [];
for (let i = 0; i < nombre; i++) {
  const certification = 1000 + Math.floor(i / CPNE_PAR_CERTIFICATION);
  const cpne = 1 + (i % CPNE_PAR_CERTIFICATION);
  lignes.push([
    `RNCP${certification}`,
    `Certification professionnelle n° ${certification} — intitulé de démonstration`,
    'MINISTERE DU TRAVAIL',
    'TP',
    cpne,
    `CPNE de la branche ${cpne}`,
    5000 + ((certification * 7 + cpne * 13) % 5000),
    i % 3 === 0 ? 'R' : 'CPNE',
    date,
  ]);
}
const correspondances: ValeurCellule[][] = Array.from({ length: CPNE_PAR_CERTIFICATION }, (_, i) => [i + 1, `CPNE de la branche ${i + 1}`, 3000 + i]);
fs.writeFileSync(
  sortie,
  fabriquerXlsx([
    { nom: 'Onglet 3 - référentiel NPEC', lignes: [['RNCP', 'Libellé de la formation', 'Certificateur', 'Type de diplôme', 'Code CPNE', 'CPNE', 'NPEC final', 'Statut', "Date d'applicabilité des NPEC"], ...lignes] },
    { nom: 'Onglet 4 - CPNE-IDCC', lignes: [['Code CPNE', 'CPNE', 'IDCC'], ...correspondances] },
  ]),
);
process.stdout.write(`${sortie} : ${nombre} lignes, ${Math.round(fs.statSync(sortie).size / 1024)} Ko\n`);
