import { formaterEuros } from '../commun/montant';
import type { Referentiel } from '../referentiel/referentiel.schema';
import { exigerValeurEnVigueur } from '../referentiel/valeur-en-vigueur';
import type { DemandeFinancementProA } from './demande-financement.schema';
import { estimationIneligible, ordonnerEcheancier, totaliser } from './estimation';
import type { Estimation } from './estimation';

/** Pro-A: the branch forfait per training hour, capped per action, for CDI employees below licence level. */
export function estimerProA(demande: DemandeFinancementProA, referentiel: Referentiel): Estimation {
  const regles = exigerValeurEnVigueur(referentiel.financementProA, demande.dateDebut, 'financement de la Pro-A');
  const limites = exigerValeurEnVigueur(referentiel.limitesProfessionnalisation, demande.dateDebut, 'limites de l’alternance');
  const motifs: string[] = [];
  if (demande.dateFin < demande.dateDebut) motifs.push('La date de fin précède la date de début.');
  if (!demande.salarieEnCdi) motifs.push('La Pro-A est réservée aux salariés en CDI (ou CUI-CDI).');
  if (demande.niveauQualificationSalarie >= regles.niveauQualificationMaximumExclu) {
    motifs.push(
      `La Pro-A est réservée aux salariés dont la qualification est inférieure au niveau ${regles.niveauQualificationMaximumExclu} (licence) ; niveau déclaré : ${demande.niveauQualificationSalarie}.`,
    );
  }
  if (!demande.certificationCleaOuVae && demande.heuresFormation < limites.heuresFormationMinimum) {
    motifs.push(`La formation doit durer au moins ${limites.heuresFormationMinimum} heures, sauf CléA ou VAE (${demande.heuresFormation} h prévues).`);
  }
  if (motifs.length > 0) return estimationIneligible(motifs);

  const forfaitTotal = regles.forfaitHoraireCentimes * demande.heuresFormation;
  const cout = demande.coutPedagogiqueCentimes;
  const pedagogie = Math.min(forfaitTotal, regles.plafondCentimes, cout ?? forfaitTotal);
  const explications = [
    `Forfait de branche : ${formaterEuros(regles.forfaitHoraireCentimes)} de l'heure × ${demande.heuresFormation} h = ${formaterEuros(forfaitTotal)}, plafonné à ${formaterEuros(regles.plafondCentimes)}.`,
  ];
  if (cout !== undefined && cout < Math.min(forfaitTotal, regles.plafondCentimes)) {
    explications.push(`Pris en charge dans la limite du coût réel : ${formaterEuros(cout)}.`);
  }
  const montants = totaliser({
    pedagogie,
    salaires: 0,
    fraisAnnexes: 0,
    aides: 0,
    participationEmployeur: 0,
    resteACharge: cout === undefined ? 0 : cout - pedagogie,
  });
  explications.push(`Total pris en charge par l'OPCO : ${formaterEuros(montants.total)}.`, `Source : ${regles.source}`);
  const echeancier = ordonnerEcheancier([
    { date: demande.dateFin, libelle: 'Formation (sur facture et certificat de réalisation)', montantCentimes: pedagogie },
  ]);
  return { eligible: true, motifs: [], montants, echeancier, explications };
}
