/**
 * Who may call each route of the API: the authorization matrix. It describes, it does not decide
 * (the decisions are in policies/); matrice-acces.test.ts calls every route as every kind of actor
 * and checks the answer against this table, and fails for a route missing from it.
 *
 * - public: anyone, signed in or not (the answer may still be 401 for wrong credentials, never 403/404).
 * - connecte: any signed-in person, employer or staff; nobody signed in: 401.
 * - employeur: an employer (owner, collaborateur, read-only); staff: 404; nobody: 401.
 * - employeur-ecriture: an owner or a collaborateur; a read-only colleague: 403.
 * - proprietaire: the account owner only; a colleague: 403.
 * - personnel: any OPCO staff (gestionnaire, superviseur, administrateur); an employer: 404.
 * - superviseur: superviseur or administrateur; a gestionnaire: 403.
 * - administrateur: administrateur only; other staff: 403.
 * - dev: development and test only; absent in production (404).
 * - exploitation: monitoring (GET /metrics): its token or the local machine only; anyone else 404.
 *
 * `ressource`: the route names something that belongs to an account (its path parameters, or a
 * field of its body of the same name, e.g. `siret`): an employer of another account, or a colleague
 * without access to its establishment, gets 404. A staff member's own thing (a saved view) is made for
 * the gestionnaire: the other staff members get 404. On a route without parameters, `ressource` names
 * what must exist before the call (the logo that GET /api/configuration/logo serves).
 */
export type Acces = 'public' | 'connecte' | 'employeur' | 'employeur-ecriture' | 'proprietaire' | 'personnel' | 'superviseur' | 'administrateur' | 'dev' | 'exploitation';

/** The fixtures the matrix test makes for path parameters (see FIXTURES in matrice-acces.test.ts). */
export type Ressource =
  | 'demande' // :id of a draft of the account
  | 'piece' // :id + :pieceId of a piece on that draft
  | 'demande-envoyee' // :id or :numero (+ :pieceId) of a sent request
  | 'assistance' // :numero (+ :pieceId) of a support request
  | 'collegue' // :id of a colleague of the account
  | 'etablissement' // :siret of an establishment of the account
  | 'actualite' // :id of a published news item (public)
  | 'guide' // :slug of a guide (public)
  | 'faq' // :slug of a FAQ answer (public)
  | 'rubrique' // :rubrique of the referential
  | 'dossier-accepte' // :id or :numero of a request the OPCO accepted (decision letter, reimbursement)
  | 'message-dossier' // :id or :numero + :pieceId of an attachment in a dossier's thread
  | 'remboursement' // :id or :numero (+ :pieceId) of a reimbursement claim of the account
  | 'lot-paiement' // :numero of a payment batch
  | 'vue' // :id of a saved view of the gestionnaire (another staff member's view: 404)
  | 'theme-faq' // :id of a FAQ theme
  | 'question-faq' // :id of a FAQ question
  | 'membre-personnel' // :id of a staff member (not one of the actors)
  | 'logo'; // no parameter: the OPCO's logo, deposited before the call

/** `url`: the URL to call when the pattern has a wildcard (a file to serve). */
export type Regle = { acces: Acces; ressource?: Ressource; url?: string };

export const MATRICE_ACCES: Record<string, Regle> = {
  // Exploitation and documentation
  'GET /healthz': { acces: 'public' },
  'GET /readyz': { acces: 'public' },
  'GET /metrics': { acces: 'exploitation' },
  'GET /api/docs': { acces: 'public' },
  'GET /api/docs/static/index.html': { acces: 'public' },
  'GET /api/docs/static/swagger-initializer.js': { acces: 'public' },
  'GET /api/docs/static/*': { acces: 'public', url: '/api/docs/static/swagger-ui.css' },
  'GET /api/docs/json': { acces: 'public' },
  'GET /api/docs/yaml': { acces: 'public' },
  'GET /api/configuration': { acces: 'public' },
  'GET /api/dev/emails': { acces: 'dev' },

  // Identity
  'GET /api/session': { acces: 'connecte' },
  'POST /api/session': { acces: 'public' },
  'DELETE /api/session': { acces: 'public' },
  'POST /api/opco/session': { acces: 'public' },
  'POST /api/inscription': { acces: 'public' },
  'POST /api/inscription/confirmer': { acces: 'public' },
  'POST /api/mot-de-passe-oublie': { acces: 'public' },
  'GET /api/mot-de-passe/jeton': { acces: 'public' },
  'POST /api/mot-de-passe/reinitialiser': { acces: 'public' },
  'GET /api/invitation': { acces: 'public' },
  'POST /api/invitation': { acces: 'public' },

  // Mon compte
  'GET /api/compte/coordonnees': { acces: 'employeur' },
  'PUT /api/compte/coordonnees': { acces: 'employeur' },
  'POST /api/compte/adresse-email': { acces: 'connecte' },
  'POST /api/compte/adresse-email/confirmer': { acces: 'public' },
  'PUT /api/compte/mot-de-passe': { acces: 'connecte' },

  // Portal content
  'GET /api/actualites': { acces: 'public' },
  'GET /api/actualites/:id': { acces: 'public', ressource: 'actualite' },
  'GET /api/accueil': { acces: 'employeur' },
  'GET /api/aide/guides': { acces: 'public' },
  'GET /api/aide/guides/:slug': { acces: 'public', ressource: 'guide' },
  'GET /api/aide/faq': { acces: 'public' },
  'GET /api/aide/faq/recherche': { acces: 'public' },
  'PUT /api/aide/faq/:slug/vote': { acces: 'employeur', ressource: 'faq' },
  'GET /api/communes': { acces: 'connecte' },

  // Assistance
  'POST /api/assistance/demandes': { acces: 'employeur' },
  'POST /api/assistance/demandes-publiques': { acces: 'public' },
  'GET /api/assistance/demandes': { acces: 'employeur' },
  'GET /api/assistance/demandes/:numero': { acces: 'employeur', ressource: 'assistance' },
  'POST /api/assistance/demandes/:numero/messages': { acces: 'employeur', ressource: 'assistance' },
  'GET /api/assistance/demandes/:numero/pieces/:pieceId': { acces: 'employeur', ressource: 'assistance' },
  'GET /api/opco/assistance': { acces: 'personnel' },
  'GET /api/opco/assistance/:numero': { acces: 'personnel', ressource: 'assistance' },
  'POST /api/opco/assistance/:numero/reponses': { acces: 'personnel', ressource: 'assistance' },
  'GET /api/opco/assistance/:numero/pieces/:pieceId': { acces: 'personnel', ressource: 'assistance' },
  'GET /api/opco/aide/faq/statistiques': { acces: 'administrateur' },

  // Mon entreprise
  'GET /api/etablissements': { acces: 'employeur' },
  'GET /api/etablissements/:siret': { acces: 'employeur', ressource: 'etablissement' },
  'PUT /api/etablissement-courant': { acces: 'employeur', ressource: 'etablissement' },
  'GET /api/collegues': { acces: 'proprietaire' },
  'POST /api/collegues': { acces: 'proprietaire' },
  'PUT /api/collegues/:id': { acces: 'proprietaire', ressource: 'collegue' },
  'DELETE /api/collegues/:id': { acces: 'proprietaire', ressource: 'collegue' },
  'POST /api/collegues/:id/invitation': { acces: 'proprietaire', ressource: 'collegue' },

  // Financements
  'GET /api/financements': { acces: 'employeur' },
  'GET /api/financements/export': { acces: 'employeur' },
  'GET /api/demandes/dispositifs': { acces: 'employeur' },
  'POST /api/demandes': { acces: 'employeur-ecriture' },
  'GET /api/demandes/:id': { acces: 'employeur', ressource: 'demande' },
  'PUT /api/demandes/:id': { acces: 'employeur-ecriture', ressource: 'demande' },
  'DELETE /api/demandes/:id': { acces: 'employeur-ecriture', ressource: 'demande' },
  'POST /api/demandes/:id/duplication': { acces: 'employeur-ecriture', ressource: 'demande' },
  'POST /api/demandes/:id/pieces': { acces: 'employeur-ecriture', ressource: 'demande' },
  'GET /api/demandes/:id/pieces/:pieceId': { acces: 'employeur', ressource: 'piece' },
  'DELETE /api/demandes/:id/pieces/:pieceId': { acces: 'employeur-ecriture', ressource: 'piece' },
  'POST /api/demandes/:id/envoi': { acces: 'employeur-ecriture', ressource: 'demande' },
  'GET /api/demandes/:id/recepisse.pdf': { acces: 'employeur', ressource: 'demande-envoyee' },
  'POST /api/estimations': { acces: 'connecte' },
  'POST /api/estimations/remuneration-minimale': { acces: 'connecte' },

  // Back office: instruction and referential
  'GET /api/opco/demandes': { acces: 'personnel' },
  'GET /api/opco/demandes/corbeilles': { acces: 'personnel' },
  'GET /api/opco/demandes/:numero': { acces: 'personnel', ressource: 'demande-envoyee' },
  'GET /api/opco/demandes/:numero/pieces/:pieceId': { acces: 'personnel', ressource: 'demande-envoyee' },
  'POST /api/opco/demandes/:numero/commencer-instruction': { acces: 'personnel', ressource: 'demande-envoyee' },
  'POST /api/opco/demandes/:numero/demander-complements': { acces: 'personnel', ressource: 'demande-envoyee' },
  'POST /api/opco/demandes/:numero/accepter': { acces: 'personnel', ressource: 'demande-envoyee' },
  'POST /api/opco/demandes/:numero/annuler': { acces: 'personnel', ressource: 'demande-envoyee' },
  'POST /api/opco/demandes/:numero/attribuer': { acces: 'superviseur', ressource: 'demande-envoyee' },
  'POST /api/opco/demandes/:numero/refuser': { acces: 'personnel', ressource: 'demande-envoyee' },
  'GET /api/referentiel': { acces: 'personnel' },
  'GET /api/referentiel/npec': { acces: 'connecte' },
  'POST /api/referentiel/:rubrique/entrees': { acces: 'administrateur', ressource: 'rubrique' },

  // Routes of this round (dossier, remboursements, facturation, instruction, administration).
  'GET /api/demandes/:id/dossier': { acces: 'employeur', ressource: 'demande-envoyee' },
  'GET /api/demandes/:id/messages': { acces: 'employeur', ressource: 'demande-envoyee' },
  'POST /api/demandes/:id/annulation': { acces: 'employeur-ecriture', ressource: 'demande-envoyee' },
  'POST /api/demandes/:id/envoyer-complements': { acces: 'employeur-ecriture', ressource: 'demande-envoyee' },
  'GET /api/remboursements': { acces: 'employeur' },
  'GET /api/remboursements/export': { acces: 'employeur' },
  'GET /api/opco/demandes/:numero/messages': { acces: 'personnel', ressource: 'demande-envoyee' },
  'POST /api/opco/demandes/:numero/enregistrer-rupture': { acces: 'personnel', ressource: 'demande-envoyee' },
  'POST /api/opco/demandes/attribuer': { acces: 'superviseur' },
  'GET /api/opco/vues': { acces: 'personnel' },
  'POST /api/opco/vues': { acces: 'personnel' },
  'GET /api/opco/statistiques': { acces: 'superviseur' },
  'GET /api/opco/parametres/decision-automatique': { acces: 'administrateur' },
  'PUT /api/opco/parametres/decision-automatique': { acces: 'administrateur' },
  'GET /api/opco/remboursements': { acces: 'personnel' },
  'GET /api/opco/lots-paiement': { acces: 'personnel' },
  'POST /api/opco/lots-paiement': { acces: 'superviseur' },
  'GET /api/opco/activation': { acces: 'public' },
  'POST /api/opco/activation': { acces: 'public' },
  'GET /api/administration/actualites': { acces: 'administrateur' },
  'POST /api/administration/actualites': { acces: 'administrateur' },
  'PUT /api/administration/actualites/:id': { acces: 'administrateur', ressource: 'actualite' },
  'POST /api/administration/actualites/:id/retrait': { acces: 'administrateur', ressource: 'actualite' },
  'GET /api/administration/faq': { acces: 'administrateur' },
  'POST /api/administration/faq/themes': { acces: 'administrateur' },
  'POST /api/administration/faq/questions': { acces: 'administrateur' },
  'GET /api/administration/guides': { acces: 'administrateur' },
  'PUT /api/administration/guides/:slug': { acces: 'administrateur', ressource: 'guide' },
  'GET /api/administration/parametres': { acces: 'administrateur' },
  'PUT /api/administration/parametres': { acces: 'administrateur' },
  'GET /api/administration/personnel': { acces: 'administrateur' },
  'POST /api/administration/personnel': { acces: 'administrateur' },
  'GET /api/administration/journal': { acces: 'administrateur' },
  'GET /api/administration/journal/export': { acces: 'administrateur' },
  'GET /api/administration/journal/verification': { acces: 'administrateur' },

  // Dossier: « À compléter », thread with attachments, decision letter (both sides).
  'PUT /api/demandes/:id/complements/champs': { acces: 'employeur-ecriture', ressource: 'demande-envoyee' },
  'GET /api/demandes/:id/lettre-decision.pdf': { acces: 'employeur', ressource: 'dossier-accepte' },
  'POST /api/demandes/:id/messages': { acces: 'employeur-ecriture', ressource: 'demande-envoyee' },
  'GET /api/demandes/:id/messages/pieces/:pieceId': { acces: 'employeur', ressource: 'message-dossier' },
  'POST /api/opco/demandes/:numero/messages': { acces: 'personnel', ressource: 'demande-envoyee' },
  'GET /api/opco/demandes/:numero/messages/pieces/:pieceId': { acces: 'personnel', ressource: 'message-dossier' },
  'GET /api/opco/demandes/:numero/lettre-decision.pdf': { acces: 'personnel', ressource: 'dossier-accepte' },
  'DELETE /api/opco/vues/:id': { acces: 'personnel', ressource: 'vue' },

  // Remboursements (employer) and facturation (back office): a batch is prepared, exported and paid by a superviseur.
  'GET /api/demandes/:id/remboursement': { acces: 'employeur', ressource: 'dossier-accepte' },
  'POST /api/demandes/:id/remboursements': { acces: 'employeur-ecriture', ressource: 'dossier-accepte' },
  'GET /api/remboursements/:id': { acces: 'employeur', ressource: 'remboursement' },
  'GET /api/remboursements/:id/pieces/:pieceId': { acces: 'employeur', ressource: 'remboursement' },
  'GET /api/opco/remboursements/:numero': { acces: 'personnel', ressource: 'remboursement' },
  'GET /api/opco/remboursements/:numero/pieces/:pieceId': { acces: 'personnel', ressource: 'remboursement' },
  'POST /api/opco/remboursements/:numero/accepter': { acces: 'personnel', ressource: 'remboursement' },
  'POST /api/opco/remboursements/:numero/refuser': { acces: 'personnel', ressource: 'remboursement' },
  'GET /api/opco/lots-paiement/:numero/export.csv': { acces: 'superviseur', ressource: 'lot-paiement' },
  'POST /api/opco/lots-paiement/:numero/payer': { acces: 'superviseur', ressource: 'lot-paiement' },

  // Administration: FAQ, logo, staff accounts.
  'PUT /api/administration/faq/themes/:id': { acces: 'administrateur', ressource: 'theme-faq' },
  'DELETE /api/administration/faq/themes/:id': { acces: 'administrateur', ressource: 'theme-faq' },
  'PUT /api/administration/faq/questions/:id': { acces: 'administrateur', ressource: 'question-faq' },
  'DELETE /api/administration/faq/questions/:id': { acces: 'administrateur', ressource: 'question-faq' },
  'POST /api/administration/parametres/logo': { acces: 'administrateur' },
  'GET /api/configuration/logo': { acces: 'public', ressource: 'logo' },
  'PUT /api/administration/personnel/:id/role': { acces: 'administrateur', ressource: 'membre-personnel' },
  'POST /api/administration/personnel/:id/desactivation': { acces: 'administrateur', ressource: 'membre-personnel' },
  'POST /api/administration/personnel/:id/invitation': { acces: 'administrateur', ressource: 'membre-personnel' },

  // RGPD
  'GET /api/compte/mes-donnees': { acces: 'employeur' },
};

/** "GET /api/demandes/:id" — HEAD routes Fastify adds for each GET share its handler and its rule. */
export function cleDeRoute(methode: string, url: string): string {
  return `${methode.toUpperCase()} ${url}`;
}
