import { timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AppDeps } from '../app';
import { MESSAGES_HTTP } from '../plugins/error-handler';

/**
 * GET /metrics in Prometheus' text format: requests by route pattern (never the raw URL: no
 * identifiers, bounded cardinality), their latency, the job queue (pg-boss) by state, the e-mails by
 * status and those in failure, the database pool, and the process (memory, event loop, GC).
 *
 * Who may read it: with METRICS_TOKEN set, a request carrying `Authorization: Bearer <token>`;
 * without it, the local machine only (loopback, and no X-Forwarded-For: a request relayed by a
 * reverse proxy is never taken for a local one). Anyone else gets 404, as for a page that does not exist.
 */
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function lectureAutorisee(request: FastifyRequest, jeton: string | undefined): boolean {
  if (jeton) {
    const donne = Buffer.from(request.headers.authorization ?? '');
    const attendu = Buffer.from(`Bearer ${jeton}`);
    return donne.length === attendu.length && timingSafeEqual(donne, attendu);
  }
  return LOOPBACK.has(request.socket.remoteAddress ?? '') && request.headers['x-forwarded-for'] === undefined;
}

export function registerMetriques(app: FastifyInstance, deps: AppDeps): void {
  const registre = new Registry();
  collectDefaultMetrics({ register: registre, prefix: 'mse_' });

  const requetes = new Counter({
    name: 'mse_http_requests_total',
    help: 'Requêtes HTTP traitées, par méthode, motif de route et statut.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registre],
  });
  const duree = new Histogram({
    name: 'mse_http_request_duration_seconds',
    help: 'Durée de traitement des requêtes HTTP, par méthode et motif de route.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5, 10],
    registers: [registre],
  });

  const { pool } = deps.database;
  new Gauge({
    name: 'mse_db_pool_connections',
    help: 'Connexions du pool PostgreSQL de ce processus : total, libres, requêtes en attente d’une connexion.',
    labelNames: ['state'] as const,
    registers: [registre],
    collect() {
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
  new Gauge({
    name: 'mse_jobs',
    help: 'Travaux de la file (pg-boss), par file et état (created, retry, active, completed, failed, cancelled).',
    labelNames: ['queue', 'state'] as const,
    registers: [registre],
    async collect() {
      this.reset();
      try {
        const { rows } = await deps.database.db.execute<{ name: string; state: string; n: number }>(
          sql`select name, state::text as state, count(*)::int as n from pgboss.job group by 1, 2`,
        );
        for (const r of rows) this.set({ queue: r.name, state: r.state }, r.n);
      } catch {
        // The queue's schema is made by the first process that starts pg-boss: nothing to count before.
      }
    },
  });
  new Gauge({
    name: 'mse_emails',
    help: 'E-mails de l’application par statut (a_envoyer, envoye, conserve) ; en_echec : à envoyer après au moins un échec SMTP.',
    labelNames: ['statut'] as const,
    registers: [registre],
    async collect() {
      this.reset();
      const { rows } = await deps.database.db.execute<{ statut: string; n: number }>(
        sql`select statut::text as statut, count(*)::int as n from emails group by 1
            union all select 'en_echec', count(*)::int from emails where statut = 'a_envoyer' and derniere_erreur is not null`,
      );
      for (const r of rows) this.set({ statut: r.statut }, r.n);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'non_trouvee';
    if (route === '/metrics') return;
    requetes.inc({ method: request.method, route, status: String(reply.statusCode) });
    duree.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!lectureAutorisee(request, deps.config.metricsToken)) {
      return reply.status(404).send({ erreur: { code: 'introuvable', message: MESSAGES_HTTP[404]! } });
    }
    return reply.header('content-type', registre.contentType).header('cache-control', 'no-store').send(await registre.metrics());
  });
}
