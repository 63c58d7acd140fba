import { ajouterJours, ajouterMois, moisEntames, plusTot } from '../commun/dates';
import { formaterEuros } from '../commun/montant';
import type { Referentiel } from '../referentiel/referentiel.schema';
import { exigerValeurEnVigueur } from '../referentiel/valeur-en-vigueur';
import type { DemandeFinancementProfessionnalisation } from './demande-financement.schema';
import { estimationIneligible, ordonnerEcheancier, totaliser } from './estimation';
import type { Estimation } from './estimation';

/**
 * Contrat de professionnalisation: the branch's hourly forfait (legal default when it has none) times
 * the training hours, within the real cost; plus the tutor aid and the tutor's training.
 */
export function estimerProfessionnalisation(demande: DemandeFinancementProfessionnalisation, referentiel: Referentiel): Estimation {
  const { dateDebutContrat, dateFinContrat, heuresFormation } = demande;
  if (dateFinContrat < dateDebutContrat) return estimationIneligible(['La date de fin du contrat précède sa date de début.']);
  const regles = exigerValeurEnVigueur(referentiel.financementProfessionnalisation, dateDebutContrat, 'financement du contrat de professionnalisation');
  const limites = exigerValeurEnVigueur(referentiel.limitesProfessionnalisation, dateDebutContrat, 'limites du contrat de professionnalisation');
  if (heuresFormation < limites.heuresFormationMinimum) {
    return estimationIneligible([
      `La formation doit durer au moins ${limites.heuresFormationMinimum} heures (${heuresFormation} h prévues).`,
    ]);
  }

  const explications: string[] = [];
  const forfait = demande.forfaitHoraireBrancheCentimes ?? regles.forfaitHoraireParDefautCentimes;
  const plafondPedagogie = forfait * heuresFormation;
  explications.push(
    demande.forfaitHoraireBrancheCentimes === undefined
      ? `Forfait légal à défaut de forfait de branche : ${formaterEuros(forfait)} de l'heure × ${heuresFormation} h = ${formaterEuros(plafondPedagogie)}.`
      : `Forfait de la branche : ${formaterEuros(forfait)} de l'heure × ${heuresFormation} h = ${formaterEuros(plafondPedagogie)}.`,
  );
  const cout = demande.coutPedagogiqueCentimes;
  const pedagogie = cout === undefined ? plafondPedagogie : Math.min(cout, plafondPedagogie);
  if (cout !== undefined && cout < plafondPedagogie) {
    explications.push(`Pris en charge dans la limite du coût réel : ${formaterEuros(cout)}.`);
  }

  const dateAides = plusTot(ajouterJours(ajouterMois(dateDebutContrat, regles.tutorat.nombreMoisMaximum), -1), dateFinContrat);
  let tutorat = 0;
  if (demande.tutorat !== undefined) {
    const majore = demande.tutorat.tuteurAgeDe45AnsOuPlus || demande.tutorat.publicPrioritaire;
    const mensuel = majore ? regles.tutorat.mensuelMajoreCentimes : regles.tutorat.mensuelCentimes;
    const mois = Math.min(regles.tutorat.nombreMoisMaximum, moisEntames(dateDebutContrat, dateFinContrat));
    tutorat = mois * mensuel;
    explications.push(
      `Aide à la fonction tutorale : ${mois} mois × ${formaterEuros(mensuel)}${majore ? ` (tuteur de ${regles.tutorat.ageTuteurMajoration} ans ou plus, ou public prioritaire)` : ''} = ${formaterEuros(tutorat)}.`,
    );
  }
  let formationTuteur = 0;
  const heuresTuteur = demande.heuresFormationTuteur ?? 0;
  if (heuresTuteur > 0) {
    const heures = Math.min(heuresTuteur, regles.formationTuteur.heuresMaximum);
    formationTuteur = heures * regles.formationTuteur.horaireCentimes;
    explications.push(
      `Formation du tuteur : ${heures} h × ${formaterEuros(regles.formationTuteur.horaireCentimes)} = ${formaterEuros(formationTuteur)} (${regles.formationTuteur.heuresMaximum} h au plus).`,
    );
  }

  const montants = totaliser({
    pedagogie,
    salaires: 0,
    fraisAnnexes: 0,
    aides: tutorat + formationTuteur,
    participationEmployeur: 0,
    resteACharge: cout === undefined ? 0 : cout - pedagogie,
  });
  explications.push(`Total pris en charge par l'OPCO : ${formaterEuros(montants.total)}.`, `Source : ${regles.source}`);
  const echeancier = ordonnerEcheancier([
    { date: demande.dateFinFormation ?? dateFinContrat, libelle: 'Formation (sur facture et certificat de réalisation)', montantCentimes: pedagogie },
    { date: dateAides, libelle: 'Aide à la fonction tutorale', montantCentimes: tutorat },
    { date: dateAides, libelle: 'Formation du tuteur', montantCentimes: formationTuteur },
  ]);
  return { eligible: true, motifs: [], montants, echeancier, explications };
}
