import type { DateIso } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import { controler } from '@mse/shared/controles/controler';
import type { DemandeFinancement } from '@mse/shared/financement/demande-financement.schema';
import type { DemandeEstimation, ResultatEstimation, ResultatRemuneration } from '@mse/shared/financement/estimation.schema';
import { estimer } from '@mse/shared/financement/estimer';
import { ReferentielIncomplet } from '@mse/shared/referentiel/valeur-en-vigueur';
import type { DemandeRemunerationMinimale } from '@mse/shared/remuneration/remuneration-minimale.schema';
import { calculerRemunerationMinimale } from '@mse/shared/remuneration/remuneration-minimale';
import type { Db } from '../../db/database';
import { DonneesInvalides, TransitionRefusee } from '../../errors';
import type { Utilisateur } from '../../plugins/session';
import { dateDuJour } from '../referentiel/date-du-jour';
import { trouverNpec } from '../referentiel/npec.repository';
import { chargerReferentiel, versionCourante } from '../referentiel/referentiel.repository';
import { dejaEngageActionIndividuelle, etablissementPourEstimation, type EtablissementEstime } from './etablissement-estime.repository';

/** A gap in the dated values is the administrator's to fill: said as it is, with the rubrique and the date. */
function sansTrou<T>(calcul: () => T): T {
  try {
    return calcul();
  } catch (error) {
    if (error instanceof ReferentielIncomplet) throw new TransitionRefusee('referentiel_incomplet', `${error.message} : l'administrateur du référentiel doit la compléter.`);
    throw error;
  }
}

/** The current version, loaded once: the number returned is the one the figures were computed with. */
async function referentielCourant(db: Db) {
  const version = await versionCourante(db);
  return { version, referentiel: await chargerReferentiel(db, { version }) };
}

/**
 * What the server puts in place of what the client said: the NPEC row it finds itself for an
 * apprenticeship, the establishment's branch and headcount for an action individuelle.
 */
async function completerDemande(
  db: Db,
  saisie: DemandeEstimation,
  etablissement: EtablissementEstime | null,
): Promise<{ demande: DemandeFinancement; explications: string[]; npec: ResultatEstimation['npec'] }> {
  const { demande } = saisie;
  if (demande.dispositif === 'apprentissage') {
    if (saisie.rncp === undefined) {
      return { demande: { ...demande, npec: null }, npec: null, explications: ['Sans code RNCP de la certification, la valeur d’amorçage de son niveau s’applique.'] };
    }
    if (etablissement === null) {
      throw new DonneesInvalides([{ chemin: 'siret', message: 'Indiquez l’établissement : sa convention collective désigne la branche (CPNE) dont dépend le NPEC.' }]);
    }
    const trouve = await trouverNpec(db, { rncp: saisie.rncp, idcc: etablissement.idcc, date: demande.dateConclusion });
    return { demande: { ...demande, npec: trouve.npec }, npec: trouve.npec, explications: [trouve.explication] };
  }
  if (demande.dispositif === 'action_individuelle' && etablissement !== null) {
    const annee = Number(demande.dateDebut.slice(0, 4));
    const dejaEngageAnneeCentimes = await dejaEngageActionIndividuelle(db, etablissement.siret, annee);
    return {
      demande: { ...demande, idcc: etablissement.idcc, effectif: etablissement.effectif, dejaEngageAnneeCentimes },
      npec: null,
      explications: [
        `Branche (IDCC ${etablissement.idcc}) et effectif (${etablissement.effectif} salariés) de l’établissement ${etablissement.siret}, tels que l’annuaire des adhérents les connaît.`,
        `Déjà engagé en ${annee} pour l’entreprise en actions individuelles : ${formaterEuros(dejaEngageAnneeCentimes)}.`,
      ],
    };
  }
  return { demande, npec: null, explications: [] };
}

/**
 * `POST /api/estimations`: the server's authoritative estimate of a request — the same engine as the
 * form's preview, fed with the NPEC row and the referential version the server looks up itself — and,
 * when the full request is given, its controls. `now` is the day of the evaluation.
 */
export async function estimerDemande(db: Db, acteur: Utilisateur, saisie: DemandeEstimation, now: Date): Promise<ResultatEstimation> {
  const date: DateIso = dateDuJour(now);
  const etablissement = await etablissementPourEstimation(db, acteur, saisie.siret);
  const { version, referentiel } = await referentielCourant(db);
  const { demande, explications, npec } = await completerDemande(db, saisie, etablissement);
  const estimation = sansTrou(() => estimer(demande, referentiel, date));
  const controles = saisie.controle ? sansTrou(() => controler(saisie.controle!, referentiel, date)) : null;
  return {
    date,
    referentielVersion: version,
    etablissement,
    npec,
    estimation: { ...estimation, explications: [...explications, ...estimation.explications] },
    controles,
  };
}

/** The apprentice's minimum pay, period by period, with the SMIC values of the current version. */
export async function calculerRemuneration(db: Db, saisie: DemandeRemunerationMinimale, now: Date): Promise<ResultatRemuneration> {
  const { version, referentiel } = await referentielCourant(db);
  const remuneration = sansTrou(() => calculerRemunerationMinimale({ ...saisie, referentiel }));
  return { date: dateDuJour(now), referentielVersion: version, ...remuneration };
}
