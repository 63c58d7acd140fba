import { formaterDate, type DateIso } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import type { Donnees } from '@mse/shared/demande/formulaire/champs';
import { FORMULAIRES, verifierFormulaire } from '@mse/shared/demande/formulaire/formulaires';
import { champsDemandables, contenuParEtape } from '@mse/shared/instruction/contenu-demande';
import { delaiLegal, type DelaisDecision } from '@mse/shared/instruction/delai-legal';
import { libelleHistorique, quiHistorique } from '@mse/shared/instruction/historique';
import type { DemandeOpco, LigneDemandeOpco } from '@mse/shared/instruction/instruction.schema';
import type { Referentiel } from '@mse/shared/referentiel/referentiel.schema';
import { ReferentielIncomplet } from '@mse/shared/referentiel/valeur-en-vigueur';
import type { EstimationServeur } from './estimation-serveur';
import type { DemandeOpcoTrouvee, LigneCorbeille } from './instruction.repository';
import { dateDuJour } from '../referentiel/date-du-jour';

const jour = (d: Date | null): DateIso | null => (d ? dateDuJour(d) : null);
const personne = (id: string | null, nom: string | null) => (id && nom ? { id, nom } : null);

export function presenterLigne(l: LigneCorbeille, aujourdhui: DateIso, delais: DelaisDecision): LigneDemandeOpco {
  return {
    numero: l.numero!,
    dispositif: l.dispositif,
    statut: l.statut,
    etablissement: { siret: l.siret, raisonSociale: l.raisonSociale },
    beneficiaire: l.beneficiaire,
    intituleFormation: l.intituleFormation,
    montantEstimeCentimes: l.montantEstimeCentimes,
    envoyeLe: l.envoyeLe!.toISOString(),
    delai: delaiLegal({ dossierCompletLe: jour(l.dossierCompletLe), statut: l.statut, now: aujourdhui }, delais),
    gestionnaire: personne(l.gestionnaireId, l.nomGestionnaire),
    controlesEnEchec: messagesEnEchec(l.controlesEnEchec),
  };
}

const messagesEnEchec = (echecs: { message: string }[] | null) => (echecs ?? []).map((e) => e.message);

type Historique = { action: string; acteur: 'entreprise' | 'opco' | 'automatique'; motif: string | null; details: Record<string, unknown>; creeLe: Date; prenom: string | null; nom: string | null };

/** The details a history row carries, as sentences: what was asked for, how much, to whom. */
function precisions(h: Historique): string[] {
  const d = h.details;
  const liste = (cle: string) => (Array.isArray(d[cle]) ? (d[cle] as unknown[]).map(String) : []);
  return [
    ...liste('libellesPieces').map((p) => `Pièce à fournir : ${p}`),
    ...liste('libellesChamps').map((c) => `Information à compléter : ${c}`),
    ...(typeof d.montantCentimes === 'number' ? [`Montant engagé : ${formaterEuros(d.montantCentimes)}`] : []),
    ...(h.action === 'attribuer' && typeof d.gestionnaire === 'string' ? [`Attribuée à ${d.gestionnaire}`] : []),
    ...(Array.isArray(d.controlesEnEchec) ? (d.controlesEnEchec as { message?: unknown }[]).map((c) => `Contrôle en échec : ${String(c.message)}`) : []),
    ...(h.action === 'enregistrerRupture' && typeof d.dateRupture === 'string' ? [`Date de rupture : ${formaterDate(d.dateRupture as DateIso)}`] : []),
    ...(h.action === 'enregistrerRupture' && typeof d.montantPrecedentCentimes === 'number' ? [`Montant engagé auparavant : ${formaterEuros(d.montantPrecedentCentimes)}`] : []),
  ];
}

/** The controls as the employer's form runs them, on the filing day; field labels from the form. */
function controlesDe(dispositif: DemandeOpcoTrouvee['demande']['dispositif'], donnees: Donnees, referentiel: Referentiel, date: DateIso) {
  const libelles = new Map(champsDemandables(dispositif, donnees).map((c) => [c.chemin, c.libelle]));
  try {
    const v = verifierFormulaire(dispositif, donnees, referentiel, date);
    const controles = v.controles.length
      ? v.controles.map((c) => ({ niveau: c.niveau, message: c.message, champ: c.champ }))
      : v.problemes.map((p) => ({ niveau: 'bloquant' as const, message: p.message, champ: p.chemin }));
    return { controles: controles.map((c) => ({ ...c, libelleChamp: libelles.get(c.champ) ?? null })), controlesIndisponibles: null };
  } catch (erreur) {
    if (erreur instanceof ReferentielIncomplet) return { controles: [], controlesIndisponibles: `${erreur.message} : les contrôles ne peuvent pas être faits.` };
    throw erreur;
  }
}

export type DetailAssemble = {
  trouvee: DemandeOpcoTrouvee;
  historique: Historique[];
  pieces: { id: string; type: string; nom: string; typeMime: string; taille: number; deposeLe: Date }[];
  autresDemandes: DemandeOpco['autresDemandes'];
  estimation: EstimationServeur;
  montantReferenceCentimes: number | null;
  referentiel: Referentiel;
  delais: DelaisDecision;
  aujourdhui: DateIso;
  actions: DemandeOpco['actions'];
  gestionnaires: DemandeOpco['gestionnaires'];
};

export function presenterDetail(x: DetailAssemble): DemandeOpco {
  const { demande: d, etablissement: e } = x.trouvee;
  const definition = FORMULAIRES[d.dispositif];
  const piecesRequises = definition.piecesRequises(d.donnees);
  const r = x.estimation.resultat;
  return {
    numero: d.numero!,
    dispositif: d.dispositif,
    titreDispositif: definition.titre,
    statut: d.statut,
    envoyeLe: d.envoyeLe!.toISOString(),
    dossierCompletLe: d.dossierCompletLe?.toISOString() ?? null,
    decideLe: d.decideLe?.toISOString() ?? null,
    etablissement: { siret: e.siret, raisonSociale: e.raisonSociale, ville: e.ville, idcc: e.idcc, effectif: e.effectif },
    beneficiaire: d.beneficiaire,
    intituleFormation: d.intituleFormation,
    organisme: d.organisme,
    montantEstimeCentimes: d.montantEstimeCentimes,
    montantEngageCentimes: d.montantEngageCentimes,
    referentielVersion: d.referentielVersion,
    decisionAutomatique: d.decisionAutomatique,
    echeancier: (d.echeancier as DemandeOpco['echeancier']) ?? null,
    rupture: d.ruptureLe ? { date: d.ruptureLe, motif: d.motifRupture } : null,
    controlesEnEchec: messagesEnEchec(x.trouvee.controlesEnEchec),
    gestionnaire: personne(d.gestionnaireId, x.trouvee.nomGestionnaire),
    delai: delaiLegal({ dossierCompletLe: jour(d.dossierCompletLe), statut: d.statut, now: x.aujourdhui }, x.delais),
    contenu: contenuParEtape(d.dispositif, d.donnees),
    pieces: x.pieces.map((p) => ({ ...p, libelle: piecesRequises.find((q) => q.type === p.type)?.libelle ?? p.type, deposeLe: p.deposeLe.toISOString() })),
    piecesDemandables: piecesRequises.map((p) => ({ type: p.type, libelle: p.libelle })),
    champsDemandables: champsDemandables(d.dispositif, d.donnees),
    ...controlesDe(d.dispositif, d.donnees, x.referentiel, dateDuJour(d.envoyeLe!)),
    estimation: r ? { date: r.date, referentielVersion: r.referentielVersion, detail: r.estimation } : null,
    estimationIndisponible: x.estimation.raison,
    montantReferenceCentimes: x.montantReferenceCentimes,
    historique: x.historique.map((h) => ({
      date: h.creeLe.toISOString(),
      acteur: h.acteur,
      qui: quiHistorique(h.acteur, h.prenom && h.nom ? `${h.prenom} ${h.nom}` : null),
      action: h.action,
      libelle: libelleHistorique(h.action),
      motif: h.motif,
      precisions: precisions(h),
    })),
    autresDemandes: x.autresDemandes,
    actions: x.actions,
    gestionnaires: x.gestionnaires,
  };
}
