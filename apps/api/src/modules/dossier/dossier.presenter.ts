import type { MessageFilSchema } from '@mse/shared/aide/demande-assistance.schema';
import { formaterEuros } from '@mse/shared/commun/montant';
import type { ComplementsAttendus, Dossier, Engagement, EvenementDossier, FilDossier, QuiDossier } from '@mse/shared/dossier/dossier.schema';
import type { DemandeDetail } from '@mse/shared/demande/demande.schema';
import { libelleHistorique } from '@mse/shared/instruction/historique';
import type { z } from 'zod';
import type { ComplementsDemandes, FilTrouve, LigneHistorique, SuiviDemande } from './dossier.repository';

type Message = z.infer<typeof MessageFilSchema>;

const QUI: Record<LigneHistorique['acteur'], { qui: QuiDossier; libelle: string }> = {
  entreprise: { qui: 'vous', libelle: 'Vous' },
  opco: { qui: 'opco', libelle: 'Opco' },
  automatique: { qui: 'automatique', libelle: 'Automatique' },
};

/** The timeline as the employer reads it: the OPCO's staff are « Opco », the deadline timer « Automatique ». */
export function presenterHistorique(lignes: readonly LigneHistorique[]): EvenementDossier[] {
  return lignes.map((h) => ({
    action: h.action,
    libelle: libelleHistorique(h.action),
    qui: QUI[h.acteur].qui,
    libelleQui: QUI[h.acteur].libelle,
    de: h.de,
    vers: h.vers,
    motif: h.motif,
    le: h.creeLe.toISOString(),
  }));
}

/** Each named piece, given again (deposited since the request for complements) or not yet. */
export function presenterComplements(c: ComplementsDemandes, pieces: readonly { type: string; deposeLe: Date }[]): ComplementsAttendus {
  return {
    demandesLe: c.le.toISOString(),
    message: c.message,
    pieces: c.pieces.map((type, i) => ({ type, libelle: c.libellesPieces[i] ?? type, fournie: pieces.some((p) => p.type === type && p.deposeLe >= c.le) })),
    champs: c.champs.map((chemin, i) => ({ chemin, libelle: c.libellesChamps[i] ?? chemin })),
  };
}

const nombre = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
const chaine = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** The schedule stored at the decision, read tolerantly: each line its label, date and amount when known. */
function echeancier(brut: unknown[] | null): Engagement['echeancier'] {
  return (brut ?? []).flatMap((e, i) => {
    if (!e || typeof e !== 'object') return [];
    const x = e as Record<string, unknown>;
    return [{ libelle: chaine(x.libelle) ?? `Échéance ${i + 1}`, date: chaine(x.date), montantCentimes: nombre(x.montantCentimes) }];
  });
}

/** The committed amount, and in plain words where it comes from (the decision's history row). */
export function presenterEngagement(d: SuiviDemande, historique: readonly LigneHistorique[]): Engagement | null {
  if (d.montantEngageCentimes === null) return null;
  const decision = historique.findLast((h) => h.action === 'accepter');
  const calcule = nombre(decision?.details.montantCalculeCentimes);
  const automatique = d.decisionAutomatique || decision?.acteur === 'automatique';
  let explication: string;
  if (automatique) explication = 'Montant calculé par le barème de l’OPCO à partir de votre demande ; la prise en charge a été accordée automatiquement.';
  else if (calcule === null || calcule === d.montantEngageCentimes) explication = 'Montant calculé par le barème de l’OPCO à partir de votre demande (dispositif, durée et coûts déclarés), retenu par le gestionnaire.';
  else explication = `Montant fixé par le gestionnaire ; le barème calculait ${formaterEuros(calcule)}.`;
  return {
    montantEngageCentimes: d.montantEngageCentimes,
    montantCalculeCentimes: calcule,
    explication,
    motif: decision?.motif ?? null,
    decideLe: d.decideLe?.toISOString() ?? null,
    echeancier: echeancier(d.echeancier),
  };
}

type Elements = {
  demande: DemandeDetail;
  suivi: SuiviDemande;
  historique: readonly LigneHistorique[];
  complements: ComplementsAttendus | null;
  paiements: Dossier['paiements'];
  actionsDossier: Dossier['actionsDossier'];
};

export function presenterDossier(x: Elements): Dossier {
  return {
    demande: x.demande,
    historique: presenterHistorique(x.historique),
    complements: x.complements,
    engagement: presenterEngagement(x.suivi, x.historique),
    paiements: x.paiements,
    lettreDecision: aUneLettreDeDecision(x.suivi),
    actionsDossier: x.actionsDossier,
  };
}

/** Accepted (then invoiced, paid) or refused: a decision was taken and written. */
export function aUneLettreDeDecision(d: Pick<SuiviDemande, 'statut' | 'decideLe'>): boolean {
  return ['pris_en_charge', 'facturation_en_cours', 'solde', 'refuse'].includes(d.statut);
}

/**
 * The thread in the support thread's shape (so that the same component shows both): the employer is the
 * « demandeur » side; a staff reply is signed « Thomas L. – Opco EP », an employer's message with the name.
 */
export function presenterFil(fil: FilTrouve, opco: string, peutEcrire: boolean): FilDossier {
  const messages: Message[] = fil.messages.map((m) => ({
    auteur: m.auteur === 'opco' ? 'opco' : 'demandeur',
    signature: m.auteur === 'opco' ? `${m.prenom ? `${m.prenom} ${(m.nom ?? '').slice(0, 1)}. – ` : ''}${opco}` : m.prenom ? `${m.prenom} ${(m.nom ?? '').toUpperCase()}` : 'Entreprise',
    texte: m.texte,
    envoyeLe: m.creeLe.toISOString(),
    piecesJointes: fil.pieces.filter((p) => p.messageId === m.id).map((p) => ({ id: p.id, nom: p.nom, type: p.type, taille: p.taille })),
  }));
  return { messages, peutEcrire };
}
