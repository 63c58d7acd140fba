/**
 * Typed errors thrown by commands and repositories; the error handler turns each into its HTTP status
 * with a French message. Never a stack trace to the client.
 */
export type ChampEnErreur = { chemin: string; message: string };

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly champs: ChampEnErreur[] = [],
    /** More fields of the answer's `erreur` (who saved a newer version, warnings…), described by the route's schema. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class NonAuthentifie extends AppError {
  constructor(message = 'Vous devez vous connecter pour accéder à cette page.') {
    super(401, 'non_authentifie', message);
  }
}

export class Interdit extends AppError {
  constructor(message = "Vous n'avez pas le droit de faire cette action.") {
    super(403, 'interdit', message);
  }
}

export class Introuvable extends AppError {
  constructor(message = "Cette ressource n'existe pas ou ne vous est pas accessible.") {
    super(404, 'introuvable', message);
  }
}

export class Conflit extends AppError {
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(409, code, message, [], details);
  }
}

export class DonneesInvalides extends AppError {
  constructor(champs: ChampEnErreur[], message = 'Certaines informations sont à corriger.') {
    super(422, 'donnees_invalides', message, champs);
  }
}

export class TransitionRefusee extends AppError {
  constructor(code: string, message: string) {
    super(422, code, message);
  }
}

/** A sending refused for what the record holds: every point to correct with its field path, and the warnings. */
export class DemandeIncomplete extends AppError {
  constructor(champs: ChampEnErreur[], details: Record<string, unknown>) {
    const points = champs.length === 1 ? '1 point à corriger' : `${champs.length} points à corriger`;
    super(422, 'demande_incomplete', `La demande ne peut pas être envoyée : ${points}.`, champs, details);
  }
}

/** A service the request depends on (the antivirus) does not answer: nothing was done, try again later. */
export class ServiceIndisponible extends AppError {
  constructor(message: string) {
    super(503, 'service_indisponible', message);
  }
}

export class TropDeTentatives extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Trop de tentatives. Réessayez dans quelques minutes.',
  ) {
    super(429, 'trop_de_tentatives', message);
  }
}
