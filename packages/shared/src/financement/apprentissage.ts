import { appliquerTaux, proratiser } from '../commun/arrondi';
import type { ModeArrondi } from '../commun/arrondi.schema';
import { ajouterAnnees, ajouterJours, ajouterMois, formaterDate, moisEntames, nombreDeJoursInclus, plusTot } from '../commun/dates';
import type { DateIso } from '../commun/dates';
import { formaterEuros } from '../commun/montant';
import type { Referentiel, ReglesFinancementApprentissage } from '../referentiel/referentiel.schema';
import { exigerValeurEnVigueur } from '../referentiel/valeur-en-vigueur';
import type { DemandeFinancementApprentissage } from './demande-financement.schema';
import { estimationIneligible, ordonnerEcheancier, repartir, totaliser } from './estimation';
import type { Echeance, Estimation } from './estimation';

interface AnneeContrat {
  rang: number;
  debut: DateIso;
  fin: DateIso;
}

/** Contract years up to the last day actually funded (end of contract or rupture). */
function anneesDuContrat(debut: DateIso, finEffective: DateIso): AnneeContrat[] {
  const annees: AnneeContrat[] = [];
  for (let rang = 1; ajouterAnnees(debut, rang - 1) <= finEffective; rang += 1) {
    annees.push({
      rang,
      debut: ajouterAnnees(debut, rang - 1),
      fin: plusTot(ajouterJours(ajouterAnnees(debut, rang), -1), finEffective),
    });
  }
  return annees;
}

function unites(regles: ReglesFinancementApprentissage, debut: DateIso, fin: DateIso): number {
  return regles.proratisation === 'jour' ? nombreDeJoursInclus(debut, fin) : moisEntames(debut, fin);
}

function unitesParAn(regles: ReglesFinancementApprentissage): number {
  return regles.proratisation === 'jour' ? regles.joursParAn : 12;
}

function libelleUnites(regles: ReglesFinancementApprentissage, nombre: number): string {
  return regles.proratisation === 'jour' ? `${nombre}/${regles.joursParAn} jours` : `${nombre}/12 mois entamés`;
}

/**
 * The yearly amount prorated over the whole funded period, then shared out by contract year; the
 * last year takes the remainder so the years add up to the prorated total exactly.
 */
function proratiserParAnnee(
  annuel: number,
  annees: AnneeContrat[],
  regles: ReglesFinancementApprentissage,
  arrondi: ModeArrondi,
): { total: number; parAnnee: number[]; unitesTotales: number } {
  const unitesTotales = annees.reduce((s, a) => s + unites(regles, a.debut, a.fin), 0);
  const total = proratiser(annuel, unitesTotales, unitesParAn(regles), arrondi);
  let reparti = 0;
  const parAnnee = annees.map((annee, index) => {
    if (index === annees.length - 1) return total - reparti;
    const montant = proratiser(annuel, unites(regles, annee.debut, annee.fin), unitesParAn(regles), arrondi);
    reparti += montant;
    return montant;
  });
  return { total, parAnnee, unitesTotales };
}

function ordinal(rang: number): string {
  return rang === 1 ? '1re année' : `${rang}e année`;
}

/**
 * Apprenticeship contract cost (NPEC or valeur d'amorçage), paid by the OPCO to the CFA, with the rules
 * in force at the date the contract was concluded: before 1 July 2025 every started month is due and
 * paid 50/25/25; from then on the cost is prorated to the day, paid 40/30/20/10, reduced for distance
 * learning, and the employer pays a share for level 6+ certifications, deducted from the first payment.
 */
export function estimerApprentissage(demande: DemandeFinancementApprentissage, referentiel: Referentiel): Estimation {
  const { dateConclusion, dateDebutContrat, dateFinContrat, dateRupture } = demande;
  if (dateFinContrat < dateDebutContrat) {
    return estimationIneligible(['La date de fin du contrat précède sa date de début.']);
  }
  if (dateRupture !== undefined && (dateRupture < dateDebutContrat || dateRupture > dateFinContrat)) {
    return estimationIneligible(['La date de rupture doit être comprise entre le début et la fin du contrat.']);
  }

  const regles = exigerValeurEnVigueur(referentiel.financementApprentissage, dateConclusion, 'règles de financement de l’apprentissage');
  const { arrondiFinancement: arrondi } = exigerValeurEnVigueur(referentiel.arrondis, dateConclusion, 'règles d’arrondi');
  const explications: string[] = [];

  let annuel: number;
  let libelleNiveau: string;
  if (demande.npec !== null) {
    annuel = demande.npec.montantAnnuelCentimes;
    libelleNiveau = `NPEC ${demande.npec.rncp} × CPNE ${demande.npec.libelleCpne ?? demande.npec.cpne}`;
    explications.push(
      `${libelleNiveau} (référentiel applicable au ${formaterDate(demande.npec.dateApplicabilite)}) : ${formaterEuros(annuel)} par an.`,
    );
  } else {
    const amorcage = exigerValeurEnVigueur(referentiel.valeursAmorcage, dateConclusion, 'valeurs d’amorçage');
    const valeur = amorcage.montants.find((m) => m.niveau === demande.niveauCertification);
    if (valeur === undefined) {
      return estimationIneligible([
        `Aucun niveau de prise en charge : la certification n'a pas de NPEC et le niveau ${demande.niveauCertification} n'a pas de valeur d'amorçage.`,
      ]);
    }
    annuel = valeur.montantAnnuelCentimes;
    libelleNiveau = `Valeur d'amorçage du niveau ${demande.niveauCertification}`;
    explications.push(
      `Certification sans NPEC publié : valeur d'amorçage du niveau ${demande.niveauCertification} = ${formaterEuros(annuel)} par an (${amorcage.source}).`,
    );
  }

  const minoration = regles.minorationDistance;
  const heuresADistance = demande.heuresADistance ?? 0;
  if (minoration !== null && demande.dureeFormationHeures > 0 && heuresADistance * 100 >= minoration.seuilPourcent * demande.dureeFormationHeures) {
    const minore = Math.max(appliquerTaux(annuel, 100 - minoration.minorationPourcent, arrondi), minoration.plancherCentimes);
    if (minore < annuel) {
      explications.push(
        `Formation suivie à ${Math.floor((heuresADistance * 100) / demande.dureeFormationHeures)} % à distance (${minoration.seuilPourcent} % ou plus) : montant annuel minoré de ${minoration.minorationPourcent} % sans descendre sous ${formaterEuros(minoration.plancherCentimes)}, soit ${formaterEuros(minore)}.`,
      );
      annuel = minore;
    }
  }

  const finEffective = dateRupture ?? dateFinContrat;
  const annees = anneesDuContrat(dateDebutContrat, finEffective);
  if (dateRupture !== undefined) {
    explications.push(`Contrat rompu : prise en charge jusqu'au ${formaterDate(dateRupture)} inclus.`);
  }
  const npec = proratiserParAnnee(annuel, annees, regles, arrondi);
  explications.push(
    `${libelleNiveau} = ${formaterEuros(annuel)} × ${libelleUnites(regles, npec.unitesTotales)} = ${formaterEuros(npec.total)}${arrondi === 'inferieur' ? ' (arrondi au centime inférieur)' : ''}.`,
  );

  let rqth = { total: 0, parAnnee: annees.map(() => 0), unitesTotales: npec.unitesTotales };
  const majorationDemandee = demande.majorationRqthAnnuelleDemandeeCentimes ?? 0;
  if (demande.rqth && majorationDemandee > 0) {
    const { plafondAnnuelCentimes, source } = exigerValeurEnVigueur(referentiel.majorationRqth, dateConclusion, 'majoration RQTH');
    const majorationAnnuelle = Math.min(majorationDemandee, plafondAnnuelCentimes);
    rqth = proratiserParAnnee(majorationAnnuelle, annees, regles, arrondi);
    explications.push(
      `Majoration pour un apprenti RQTH : ${formaterEuros(majorationAnnuelle)} par an (plafond ${formaterEuros(plafondAnnuelCentimes)}) × ${libelleUnites(regles, rqth.unitesTotales)} = ${formaterEuros(rqth.total)} (${source}).`,
    );
  }

  let participationEmployeur = 0;
  const participation = regles.participationEmployeur;
  if (participation !== null && demande.niveauCertification >= participation.niveauMinimum) {
    if (dateRupture !== undefined && demande.ruptureEnPeriodeProbatoire) {
      const moitie = appliquerTaux(npec.total, participation.ruptureProbatoire.pourcent, arrondi);
      participationEmployeur = Math.min(moitie, participation.ruptureProbatoire.plafondCentimes);
      explications.push(
        `Rupture pendant les 45 premiers jours de formation pratique : participation de l'employeur = ${participation.ruptureProbatoire.pourcent} % de ${formaterEuros(npec.total)} = ${formaterEuros(moitie)}, plafonnée à ${formaterEuros(participation.ruptureProbatoire.plafondCentimes)}.`,
      );
    } else if (demande.nouveauContratApresRupture) {
      participationEmployeur = participation.nouveauContratApresRuptureCentimes;
      explications.push(
        `Nouveau contrat après une rupture : participation de l'employeur réduite à ${formaterEuros(participationEmployeur)}.`,
      );
    } else {
      participationEmployeur = participation.montantCentimes;
      explications.push(
        `Certification de niveau ${demande.niveauCertification} (niveau ${participation.niveauMinimum} ou plus) : participation de l'employeur de ${formaterEuros(participationEmployeur)}, déduite du premier versement et facturée par le CFA.`,
      );
    }
    participationEmployeur = Math.min(participationEmployeur, npec.total);
  }

  let fraisAnnexes = 0;
  if (demande.fraisAnnexes !== undefined) {
    const plafonds = exigerValeurEnVigueur(referentiel.fraisAnnexesApprentissage, dateConclusion, 'frais annexes de l’apprentissage');
    const { nuitees, coutNuiteeCentimes, repas, coutRepasCentimes, premierEquipementCentimes } = demande.fraisAnnexes;
    const hebergement = nuitees * Math.min(coutNuiteeCentimes, plafonds.hebergementParNuitCentimes);
    const restauration = repas * Math.min(coutRepasCentimes, plafonds.restaurationParRepasCentimes);
    const equipement = Math.min(premierEquipementCentimes, plafonds.premierEquipementCentimes);
    fraisAnnexes = hebergement + restauration + equipement;
    if (hebergement > 0) explications.push(`Hébergement : ${nuitees} nuitées × ${formaterEuros(Math.min(coutNuiteeCentimes, plafonds.hebergementParNuitCentimes))} (plafond ${formaterEuros(plafonds.hebergementParNuitCentimes)}) = ${formaterEuros(hebergement)}.`);
    if (restauration > 0) explications.push(`Restauration : ${repas} repas × ${formaterEuros(Math.min(coutRepasCentimes, plafonds.restaurationParRepasCentimes))} (plafond ${formaterEuros(plafonds.restaurationParRepasCentimes)}) = ${formaterEuros(restauration)}.`);
    if (equipement > 0) explications.push(`Premier équipement : ${formaterEuros(equipement)} (plafond ${formaterEuros(plafonds.premierEquipementCentimes)}).`);
  }

  const finPremiereAnnee = plusTot(ajouterJours(ajouterAnnees(dateDebutContrat, 1), -1), finEffective);
  let aideFonction = 0;
  if (demande.aideMaitreApprentissageDemandee) {
    const aide = exigerValeurEnVigueur(referentiel.aideMaitreApprentissage, dateConclusion, 'aide au maître d’apprentissage');
    const mois = Math.min(aide.nombreMoisMaximum, moisEntames(dateDebutContrat, finEffective));
    aideFonction = mois * aide.mensuelCentimes;
    explications.push(`Aide à la fonction de maître d'apprentissage : ${mois} mois × ${formaterEuros(aide.mensuelCentimes)} = ${formaterEuros(aideFonction)}.`);
  }
  let formationMaitre = 0;
  const heuresMaitre = demande.heuresFormationMaitreApprentissage ?? 0;
  if (heuresMaitre > 0) {
    const formation = exigerValeurEnVigueur(referentiel.formationMaitreApprentissage, dateConclusion, 'formation du maître d’apprentissage');
    const heures = Math.min(heuresMaitre, formation.heuresMaximum);
    formationMaitre = heures * formation.horaireCentimes;
    explications.push(`Formation du maître d'apprentissage : ${heures} h × ${formaterEuros(formation.horaireCentimes)} = ${formaterEuros(formationMaitre)} (${formation.heuresMaximum} h au plus).`);
  }

  const echeances: Echeance[] = [];
  annees.forEach((annee, index) => {
    const montantAnnee = (npec.parAnnee[index] ?? 0) + (rqth.parAnnee[index] ?? 0);
    const parts = repartir(montantAnnee, regles.echeancier.map((e) => e.pourcent));
    regles.echeancier.forEach((regle, rang) => {
      const prevue = regle.moisDuContrat === null ? annee.fin : ajouterMois(annee.debut, regle.moisDuContrat - 1);
      echeances.push({
        date: plusTot(prevue, annee.fin),
        libelle: annees.length > 1 ? `${regle.libelle} — ${ordinal(annee.rang)}` : regle.libelle,
        montantCentimes: parts[rang] ?? 0,
      });
    });
  });
  let aDeduire = participationEmployeur;
  for (const echeance of echeances) {
    if (aDeduire === 0) break;
    const deduit = Math.min(aDeduire, echeance.montantCentimes);
    echeance.montantCentimes -= deduit;
    echeance.libelle += ` (participation de l'employeur de ${formaterEuros(deduit)} déduite)`;
    aDeduire -= deduit;
  }
  echeances.push({ date: finEffective, libelle: 'Frais annexes (sur justificatifs)', montantCentimes: fraisAnnexes });
  echeances.push({ date: finPremiereAnnee, libelle: "Aide à la fonction de maître d'apprentissage", montantCentimes: aideFonction });
  echeances.push({ date: finPremiereAnnee, libelle: "Formation du maître d'apprentissage", montantCentimes: formationMaitre });

  const montants = totaliser({
    pedagogie: npec.total + rqth.total,
    salaires: 0,
    fraisAnnexes,
    aides: aideFonction + formationMaitre,
    participationEmployeur,
    resteACharge: participationEmployeur,
  });
  explications.push(`Total pris en charge par l'OPCO : ${formaterEuros(montants.total)}.`);
  explications.push(`Règles appliquées au contrat conclu le ${formaterDate(dateConclusion)} : ${regles.source}`);
  return { eligible: true, motifs: [], montants, echeancier: ordonnerEcheancier(echeances), explications };
}
