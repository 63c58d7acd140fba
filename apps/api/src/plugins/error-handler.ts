import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, TropDeTentatives, type ChampEnErreur } from '../errors';

export type ErreurReponse = {
  erreur: { code: string; message: string; champs?: ChampEnErreur[]; [autre: string]: unknown };
};

export const MESSAGES_HTTP: Record<number, string> = {
  400: 'La requête est mal formée.',
  401: 'Vous devez vous connecter pour accéder à cette page.',
  403: "Vous n'avez pas le droit de faire cette action.",
  404: "Cette ressource n'existe pas ou ne vous est pas accessible.",
  405: "Cette méthode n'est pas acceptée ici.",
  413: 'Le contenu envoyé est trop volumineux.',
  415: "Ce type de contenu n'est pas accepté.",
  429: 'Trop de requêtes. Réessayez dans quelques instants.',
};

function chemin(instancePath: string | undefined): string {
  return (instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
}

/** PostgreSQL's class 22 "data exception" (22003 out of range, 22021 bad byte, 22P02 bad text…), possibly wrapped by drizzle. */
function estErreurDeDonneesPostgres(error: unknown): boolean {
  for (let e: unknown = error, i = 0; e && i < 3; e = (e as { cause?: unknown }).cause, i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code) && typeof (e as { severity?: unknown }).severity === 'string') return true;
  }
  return false;
}

/** One place maps every error to a status and a French message with field paths. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const champs = error.validation.map((v) => ({
        chemin: chemin(v.instancePath),
        message: v.message ?? 'Valeur invalide.',
      }));
      const body: ErreurReponse = {
        erreur: { code: 'requete_invalide', message: 'Certaines informations sont à corriger.', champs },
      };
      return reply.status(400).send(body);
    }
    if (error instanceof AppError) {
      if (error instanceof TropDeTentatives) reply.header('retry-after', String(error.retryAfterSeconds));
      const body: ErreurReponse = {
        erreur: { ...error.details, code: error.code, message: error.message, ...(error.champs.length ? { champs: error.champs } : {}) },
      };
      return reply.status(error.status).send(body);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return reply.status(500).send({ erreur: { code: 'erreur_interne', message: 'Une erreur interne est survenue. Réessayez plus tard.' } });
    }
    if (estErreurDeDonneesPostgres(error)) {
      // A value PostgreSQL refuses (number out of range, invalid text…): the request's fault, not the server's.
      request.log.warn({ err: error }, 'value refused by the database');
      return reply.status(400).send({ erreur: { code: 'valeur_invalide', message: 'Une des valeurs envoyées est invalide ou hors limites.' } } satisfies ErreurReponse);
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'unhandled error');
    if (status === 429) reply.header('retry-after', reply.getHeader('retry-after') ?? '60');
    const body: ErreurReponse = {
      erreur: {
        code: status === 500 ? 'erreur_interne' : `http_${status}`,
        message: MESSAGES_HTTP[status] ?? 'Une erreur interne est survenue. Réessayez plus tard.',
      },
    };
    return reply.status(status).send(body);
  });

}
