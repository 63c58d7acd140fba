/** Each line of a request's history as the back office reads it (the verbs of demande/statut.ts, plus `creer`, `attribuer` and `enregistrerRupture`). */
export const LIBELLES_HISTORIQUE: Record<string, string> = {
  creer: 'Brouillon créé',
  soumettre: 'Demande envoyée',
  commencerInstruction: 'Instruction commencée',
  demanderComplements: 'Compléments demandés',
  completer: 'Compléments envoyés',
  accepter: 'Prise en charge acceptée',
  refuser: 'Demande refusée',
  annuler: 'Demande annulée',
  declarerRealisation: 'Réalisation de la formation déclarée',
  solder: 'Demande soldée',
  attribuer: 'Demande attribuée',
  enregistrerRupture: 'Rupture du contrat enregistrée',
};

export function libelleHistorique(action: string): string {
  return LIBELLES_HISTORIQUE[action] ?? action;
}

/** Who did it: « Entreprise », « Opco — Thomas LEROY », « Automatique » (the deadline timer). */
export function quiHistorique(acteur: 'entreprise' | 'opco' | 'automatique', nom: string | null): string {
  if (acteur === 'entreprise') return 'Entreprise';
  if (acteur === 'automatique') return 'Automatique';
  return nom ? `Opco — ${nom}` : 'Opco';
}
