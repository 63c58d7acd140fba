import { actionsDemandeAssistance } from '../../policies/aide';
import type {
  DemandeAssistanceDetail, DemandeAssistanceOpco, DemandeAssistanceResume,
} from '@mse/shared/aide/demande-assistance.schema';
import type { DemandeAssistanceTrouvee, LigneAssistance } from './assistance.repository';

export function presenterResume(l: LigneAssistance): DemandeAssistanceResume {
  return {
    numero: l.numero,
    objet: l.objet,
    statut: l.statut,
    numeroDossier: l.numeroDossier,
    extrait: l.extrait.length >= 160 ? `${l.extrait.slice(0, 157).trimEnd()}…` : l.extrait,
    creeLe: l.creeLe.toISOString(),
    modifieLe: l.modifieLe.toISOString(),
  };
}

/** The thread as the employer reads it: the OPCO's replies signed with the first name of who wrote them. */
export function presenterDetail(t: DemandeAssistanceTrouvee, cote: 'opco' | 'entreprise', opco: string): DemandeAssistanceDetail {
  return {
    ...presenterResume(t.demande),
    messages: t.messages.map((m) => ({
      auteur: m.auteur,
      signature: m.auteur === 'opco' ? `${m.prenomAuteur ?? 'L’équipe assistance'} – ${opco}` : t.demande.nomContact,
      texte: m.texte,
      envoyeLe: m.creeLe.toISOString(),
      piecesJointes: t.pieces.filter((p) => p.messageId === m.id).map(({ id, nom, type, taille }) => ({ id, nom, type, taille })),
    })),
    actions: actionsDemandeAssistance(t.demande.statut, cote),
  };
}

export function presenterPourOpco(t: DemandeAssistanceTrouvee, opco: string): DemandeAssistanceOpco {
  return {
    ...presenterDetail(t, 'opco', opco),
    contact: {
      nom: t.demande.nomContact,
      email: t.demande.emailContact,
      nonConnecte: t.demande.utilisateurId === null,
      raisonSociale: t.demande.raisonSociale,
    },
  };
}
