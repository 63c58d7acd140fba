import type { DateIso } from '../commun/dates';
import { formaterDate } from '../commun/dates';
import { formaterEuros } from '../commun/montant';
import { classeEntreprise, LIBELLES_CLASSE } from '../entreprise/classe-entreprise';
import type { Referentiel } from '../referentiel/referentiel.schema';
import { exigerValeurEnVigueur } from '../referentiel/valeur-en-vigueur';
import { criteresApplicables } from './criteres-action-individuelle';
import type { DemandeFinancementActionIndividuelle } from './demande-financement.schema';
import { estimationIneligible, ordonnerEcheancier, totaliser } from './estimation';
import type { Estimation } from './estimation';

export const AUTRES_VOIES_50_SALARIES_ET_PLUS = [
  'À partir de 50 salariés, l’entreprise finance son plan de développement des compétences sur son propre budget : l’OPCO ne prend pas en charge les actions individuelles.',
  'Autres voies possibles : le compte personnel de formation du salarié (que l’entreprise peut abonder), la Pro-A, le contrat d’apprentissage ou de professionnalisation, ou des versements volontaires confiés à l’OPCO.',
];

/**
 * Action individuelle of the plan de développement des compétences: only for companies under 50
 * employees, filed before the training starts, within the branch's hourly ceilings, per-action cap and
 * yearly cap per company ("dans la limite des fonds disponibles").
 */
export function estimerActionIndividuelle(
  demande: DemandeFinancementActionIndividuelle,
  referentiel: Referentiel,
  date: DateIso,
): Estimation {
  const regle = exigerValeurEnVigueur(referentiel.actionIndividuelle, demande.dateDebut, 'règles de l’action individuelle');
  if (demande.effectif >= regle.effectifMaximumExclu) {
    return estimationIneligible(
      [`L'entreprise compte ${demande.effectif} salariés : l'action individuelle est réservée aux entreprises de moins de ${regle.effectifMaximumExclu} salariés.`],
      [...AUTRES_VOIES_50_SALARIES_ET_PLUS],
    );
  }
  const dateDepot = demande.dateDepot ?? date;
  const motifs: string[] = [];
  if (dateDepot >= demande.dateDebut) {
    motifs.push(
      `La demande doit être déposée avant le début de la formation : déposée le ${formaterDate(dateDepot)} pour une formation commençant le ${formaterDate(demande.dateDebut)}.`,
    );
  }
  if (demande.dateFin < demande.dateDebut) motifs.push('La date de fin précède la date de début.');
  const criteres = criteresApplicables(referentiel, demande.idcc, demande.dateDebut);
  const categorie = criteres.categories.find((c) => c.categorie === demande.categorie);
  if (categorie === undefined) motifs.push(`Les critères « ${criteres.libelle} » ne prennent pas en charge ce type d'action.`);
  if (criteres.heuresMinimum !== null && demande.heures < criteres.heuresMinimum) {
    motifs.push(`Les critères « ${criteres.libelle} » exigent au moins ${criteres.heuresMinimum} heures de formation (${demande.heures} h prévues).`);
  }
  const classe = classeEntreprise(demande.effectif);
  const plafondAnnuel = classe === 'plus_de_50' ? null : (criteres.plafondAnnuelEntreprise?.[classe] ?? null);
  const disponible = plafondAnnuel === null ? null : Math.max(0, plafondAnnuel - demande.dejaEngageAnneeCentimes);
  if (disponible === 0) {
    motifs.push(
      `Le plafond annuel de ${formaterEuros(plafondAnnuel ?? 0)} pour la classe « ${LIBELLES_CLASSE[classe]} » est déjà atteint cette année.`,
    );
  }
  if (motifs.length > 0 || categorie === undefined) return estimationIneligible(motifs);

  const explications = [`Critères appliqués : ${criteres.libelle} (${criteres.source}).`];
  const { heures, coutPedagogiqueCentimes: cout } = demande;
  let pedagogie = cout;
  if (categorie.plafondHorairePedagogieCentimes !== null) {
    const plafond = categorie.plafondHorairePedagogieCentimes * heures;
    pedagogie = Math.min(cout, plafond);
    explications.push(
      `${categorie.libelle} : coût pédagogique ${formaterEuros(cout)}, pris en charge dans la limite de ${formaterEuros(categorie.plafondHorairePedagogieCentimes)} HT de l'heure × ${heures} h = ${formaterEuros(plafond)}, soit ${formaterEuros(pedagogie)}.`,
    );
  } else {
    explications.push(`${categorie.libelle} : coût pédagogique ${formaterEuros(cout)} (pas de plafond horaire).`);
  }

  let salaires = 0;
  if (demande.salairesDemandes) {
    if (categorie.forfaitHoraireSalaireCentimes === null) {
      explications.push('Les salaires ne sont pas pris en charge par ces critères.');
    } else {
      salaires = categorie.forfaitHoraireSalaireCentimes * heures;
      explications.push(`Salaires : ${formaterEuros(categorie.forfaitHoraireSalaireCentimes)} de l'heure × ${heures} h = ${formaterEuros(salaires)}.`);
    }
  }

  let fraisAnnexes = 0;
  const frais = demande.fraisAnnexes;
  if (frais !== undefined) {
    if (criteres.fraisAnnexes === null) {
      explications.push('Les frais annexes ne sont pas pris en charge par ces critères.');
    } else {
      const t = criteres.fraisAnnexes;
      const forfaits =
        frais.kilometres * t.kilometreCentimes +
        frais.nuiteesGrandeVille * t.nuiteeGrandeVilleCentimes +
        frais.nuiteesAutres * t.nuiteeAutreCentimes +
        frais.repas * t.repasCentimes;
      fraisAnnexes = Math.min(frais.montantReelCentimes, forfaits);
      explications.push(
        `Frais annexes : ${formaterEuros(frais.montantReelCentimes)} engagés, dans la limite des forfaits (${frais.kilometres} km, ${frais.nuiteesGrandeVille + frais.nuiteesAutres} nuitées, ${frais.repas} repas) = ${formaterEuros(forfaits)}, soit ${formaterEuros(fraisAnnexes)}.`,
      );
    }
  }

  const plafonds: { montant: number; libelle: string }[] = [];
  if (criteres.plafondParActionNonDiplomanteCentimes !== null && !demande.diplomante) {
    plafonds.push({ montant: criteres.plafondParActionNonDiplomanteCentimes, libelle: 'plafond par action non diplômante' });
  }
  if (disponible !== null && plafondAnnuel !== null) {
    plafonds.push({
      montant: disponible,
      libelle: `plafond annuel de ${formaterEuros(plafondAnnuel)} pour la classe « ${LIBELLES_CLASSE[classe]} », dont ${formaterEuros(demande.dejaEngageAnneeCentimes)} déjà engagés`,
    });
  }
  for (const plafond of plafonds) {
    let depassement = pedagogie + salaires + fraisAnnexes - plafond.montant;
    if (depassement <= 0) continue;
    explications.push(`Montant ramené à ${formaterEuros(plafond.montant)} (${plafond.libelle}).`);
    const reductionFrais = Math.min(depassement, fraisAnnexes);
    fraisAnnexes -= reductionFrais;
    depassement -= reductionFrais;
    const reductionSalaires = Math.min(depassement, salaires);
    salaires -= reductionSalaires;
    depassement -= reductionSalaires;
    pedagogie -= depassement;
  }

  const fraisEngages = frais?.montantReelCentimes ?? 0;
  const montants = totaliser({
    pedagogie,
    salaires,
    fraisAnnexes,
    aides: 0,
    participationEmployeur: 0,
    resteACharge: cout + fraisEngages - pedagogie - fraisAnnexes,
  });
  explications.push(`Total pris en charge par l'OPCO : ${formaterEuros(montants.total)}, dans la limite des fonds disponibles.`);
  const echeancier = ordonnerEcheancier([
    { date: demande.dateFin, libelle: 'Coût pédagogique (sur facture et certificat de réalisation)', montantCentimes: pedagogie },
    { date: demande.dateFin, libelle: 'Salaires (sur état de présence et justificatif de salaire)', montantCentimes: salaires },
    { date: demande.dateFin, libelle: 'Frais annexes (sur justificatifs)', montantCentimes: fraisAnnexes },
  ]);
  return { eligible: true, motifs: [], montants, echeancier, explications };
}
