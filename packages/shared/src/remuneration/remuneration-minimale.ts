import { appliquerTaux } from '../commun/arrondi';
import {
  ageRevolu,
  ajouterAnnees,
  ajouterJours,
  formaterDate,
  plusTot,
  premierJourDuMoisSuivant,
} from '../commun/dates';
import type { DateIso } from '../commun/dates';
import { formaterEuros } from '../commun/montant';
import type { Referentiel, TrancheAge } from '../referentiel/referentiel.schema';
import { exigerValeurEnVigueur } from '../referentiel/valeur-en-vigueur';
import type { DemandeRemunerationMinimale } from './remuneration-minimale.schema';

export const LIBELLES_TRANCHE_AGE: Record<TrancheAge, string> = {
  moins_de_18: 'moins de 18 ans',
  de_18_a_20: '18 à 20 ans',
  de_21_a_25: '21 à 25 ans',
  plus_de_26: '26 ans et plus',
};

export interface PeriodeRemuneration {
  debut: DateIso;
  fin: DateIso;
  anneeContrat: number;
  trancheAge: TrancheAge;
  tauxPourcent: number;
  base: 'smic' | 'smc';
  baseMensuelleCentimes: number;
  montantMensuelMinimumCentimes: number;
  explication: string;
}

export interface RemunerationMinimale {
  periodes: PeriodeRemuneration[];
  explications: string[];
}

export type ParametresRemunerationMinimale = DemandeRemunerationMinimale & { referentiel: Referentiel };

function ordinalAnnee(annee: number): string {
  return annee === 1 ? '1re année' : `${annee}e année`;
}

/** Contract year of a day: year 2 starts on the first anniversary of the start. */
function anneeDuContrat(debutContrat: DateIso, date: DateIso): number {
  let annee = 1;
  while (ajouterAnnees(debutContrat, annee) <= date) annee += 1;
  return annee;
}

/**
 * Minimum monthly pay of an apprentice, period by period as the CERFA FA13 lists them: a new period
 * at each contract anniversary and on the 1st of the month after a birthday that changes the age band.
 * The band at the start follows the age on that day; later bands only from those 1sts of the month.
 * Each period uses the SMIC in force on its first day (later raises apply by law without a new period).
 */
export function calculerRemunerationMinimale(parametres: ParametresRemunerationMinimale): RemunerationMinimale {
  const { dateNaissance, dateDebutContrat, dateFinContrat, smcMensuelCentimes, majoration15Points, referentiel } = parametres;
  if (dateFinContrat < dateDebutContrat) {
    throw new RangeError('La date de fin du contrat ne peut pas précéder sa date de début');
  }
  const grille = exigerValeurEnVigueur(referentiel.grilleRemunerationApprenti, dateDebutContrat, 'grille de rémunération des apprentis');
  const { arrondiRemuneration } = exigerValeurEnVigueur(referentiel.arrondis, dateDebutContrat, 'règles d’arrondi');
  const tranches = [...grille.tranches].sort((a, b) => a.ageMinimum - b.ageMinimum);
  const ageAuDebut = ageRevolu(dateNaissance, dateDebutContrat);

  const changementsDeTranche = tranches
    .filter((t) => t.ageMinimum > ageAuDebut)
    .map((t) => ({ age: t.ageMinimum, date: premierJourDuMoisSuivant(ajouterAnnees(dateNaissance, t.ageMinimum)) }));

  const coupures = new Set<DateIso>();
  for (let annee = 1; ajouterAnnees(dateDebutContrat, annee) <= dateFinContrat; annee += 1) {
    coupures.add(ajouterAnnees(dateDebutContrat, annee));
  }
  for (const changement of changementsDeTranche) {
    if (changement.date > dateDebutContrat && changement.date <= dateFinContrat) coupures.add(changement.date);
  }
  const debuts = [dateDebutContrat, ...[...coupures].sort()];

  const explications = [
    `Âge de l'apprenti(e) au début du contrat : ${ageAuDebut} ans ; la tranche d'âge change le 1er du mois qui suit l'anniversaire.`,
  ];
  const periodes = debuts.map((debut, index): PeriodeRemuneration => {
    const suivant = debuts[index + 1];
    const fin = suivant === undefined ? dateFinContrat : plusTot(ajouterJours(suivant, -1), dateFinContrat);
    const anneeContrat = anneeDuContrat(dateDebutContrat, debut);
    const ageEffectif = changementsDeTranche.filter((c) => c.date <= debut).reduce((age, c) => Math.max(age, c.age), ageAuDebut);
    const tranche = tranches.filter((t) => t.ageMinimum <= ageEffectif).at(-1) ?? tranches[0];
    if (tranche === undefined) throw new RangeError('La grille de rémunération des apprentis est vide');
    const tauxGrille = tranche.tauxParAnnee[Math.min(anneeContrat, tranche.tauxParAnnee.length) - 1] ?? 100;
    const tauxPourcent = majoration15Points ? Math.min(100, tauxGrille + grille.majorationPoints) : tauxGrille;

    const smic = exigerValeurEnVigueur(referentiel.smic, debut, 'SMIC').mensuelCentimes;
    const smcRetenu = ageEffectif >= grille.smcAPartirDeAge && smcMensuelCentimes !== undefined && smcMensuelCentimes > smic;
    const baseMensuelleCentimes = smcRetenu ? smcMensuelCentimes : smic;
    const montantMensuelMinimumCentimes = appliquerTaux(baseMensuelleCentimes, tauxPourcent, arrondiRemuneration);

    const libelleTaux = majoration15Points ? `${tauxPourcent} % (${tauxGrille} % + ${grille.majorationPoints} points)` : `${tauxPourcent} %`;
    const libelleBase = smcRetenu ? 'du salaire minimum conventionnel' : 'du SMIC';
    return {
      debut,
      fin,
      anneeContrat,
      trancheAge: tranche.tranche,
      tauxPourcent,
      base: smcRetenu ? 'smc' : 'smic',
      baseMensuelleCentimes,
      montantMensuelMinimumCentimes,
      explication: `Du ${formaterDate(debut)} au ${formaterDate(fin)} — ${ordinalAnnee(anneeContrat)}, ${LIBELLES_TRANCHE_AGE[tranche.tranche]} : ${libelleTaux} ${libelleBase} (${formaterEuros(baseMensuelleCentimes)}) = ${formaterEuros(montantMensuelMinimumCentimes)} par mois`,
    };
  });

  explications.push(...periodes.map((p) => p.explication));
  if (periodes.some((p) => p.base === 'smc')) {
    explications.push(`À partir de ${grille.smcAPartirDeAge} ans, le salaire minimum conventionnel est retenu quand il est supérieur au SMIC.`);
  }
  if (arrondiRemuneration === 'superieur') {
    explications.push('Montants arrondis au centime supérieur : la rémunération ne peut pas être inférieure au minimum légal.');
  }
  explications.push(`Source : ${grille.source}`);
  return { periodes, explications };
}
