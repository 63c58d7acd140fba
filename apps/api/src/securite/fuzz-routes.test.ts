import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { routesDeclarees, type RouteDeclaree } from '../plugins/inventaire-routes';
import { preparerActeurs, surveillerLesModifications, type Acteur } from './acteurs.test-helper';
import { arbitraireDe, arbitraireHostile, CHAINES_HOSTILES, enJsonSchema } from './arbitraires';
import { cleDeRoute, MATRICE_ACCES, type Acces } from './matrice-acces';

/**
 * Hostile input on every JSON route, generated from the route's own schema (fast-check, fixed seed):
 * bodies, query strings and path parameters, valid, almost valid and hostile. Whatever comes in:
 * never a 5xx, never a stack trace or a server path in the answer, and a refused request (4xx)
 * changes no row of any table.
 *
 * FUZZ_RUNS (cases per route, default 40) and FUZZ_SEED (default fixed) change the run.
 */
const CAS_PAR_ROUTE = Number(process.env.FUZZ_RUNS ?? 40);
const GRAINE = Number(process.env.FUZZ_SEED ?? 20_261_202);

/** Legitimate writes of a refused request: a failed sign-in is counted (lockout), a session's last use is noted. */
const TABLES_ECRITES_MEME_SI_REFUSE = ['echecs_connexion', 'sessions'];

/** Who calls: someone the route admits, so that the input reaches the validation and the handler. */
const APPELANT: Record<Acces, Acteur | null> = {
  public: 'anonyme',
  connecte: 'proprietaire',
  employeur: 'proprietaire',
  'employeur-ecriture': 'proprietaire',
  proprietaire: 'proprietaire',
  personnel: 'administrateur',
  superviseur: 'administrateur',
  administrateur: 'administrateur',
  dev: null,
  exploitation: null,
};

const TRACE = /\bat [\w.<>]+ \(|node_modules|\/work\/|\/home\/|\.ts:\d+|\bstack\b/i;

const estZod = (s: unknown): s is z.ZodType => !!s && typeof (s as z.ZodType).safeParse === 'function';

type Cas = { corps?: unknown; query?: Record<string, string>; parametres?: Record<string, string>; brut?: { payload: string; type: string } };

describe('fuzzing de chaque route JSON depuis son schéma', async () => {
  const t = await preparerActeurs();
  const surveillance = await surveillerLesModifications(t.db, TABLES_ECRITES_MEME_SI_REFUSE);
  let total = 0;
  const routes = routesDeclarees(t.app).filter((r) => {
    const regle = MATRICE_ACCES[cleDeRoute(r.methode, r.url)];
    const schema = (r.options.schema ?? {}) as { body?: unknown; querystring?: unknown; params?: unknown; consumes?: string[] };
    return regle && APPELANT[regle.acces] && !schema.consumes?.includes('multipart/form-data') && (estZod(schema.body) || estZod(schema.querystring) || estZod(schema.params));
  });
  afterAll(() => console.info(`fuzzing : ${routes.length} routes JSON, ${total} cas (${CAS_PAR_ROUTE} par route, graine ${GRAINE})`));

  function arbitraireDeCas(route: RouteDeclaree, parametres: Record<string, string>): fc.Arbitrary<Cas> {
    const schema = (route.options.schema ?? {}) as { body?: z.ZodType; querystring?: z.ZodType; params?: z.ZodType };
    const cas: fc.Arbitrary<Cas>[] = [];
    if (estZod(schema.body)) cas.push(arbitraireHostile(enJsonSchema(schema.body)).map((corps) => ({ corps })));
    if (estZod(schema.querystring)) {
      const chaine = fc.oneof(fc.constantFrom(...CHAINES_HOSTILES.filter((c) => c.length < 5000)), fc.string({ maxLength: 50 }), fc.integer().map(String));
      const json = enJsonSchema(schema.querystring);
      const cles = Object.keys((json as { properties?: object }).properties ?? {});
      const valide = arbitraireDe(json).map((q) => Object.fromEntries(Object.entries((q as object) ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])));
      cas.push(valide.map((query) => ({ query })));
      if (cles.length) cas.push(fc.dictionary(fc.constantFrom(...cles), chaine, { maxKeys: cles.length }).map((query) => ({ query })));
    }
    const nomsParametres = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
    if (nomsParametres.length) {
      const hostile = fc.oneof(fc.constantFrom(...CHAINES_HOSTILES.filter((c) => c.length && c.length < 3000)), fc.string({ minLength: 1, maxLength: 80 }), fc.uuid());
      cas.push(fc.record(Object.fromEntries(nomsParametres.map((n) => [n, hostile]))).map((p) => ({ parametres: { ...parametres, ...p } })));
    }
    if (route.methode !== 'GET' && route.methode !== 'DELETE') {
      cas.push(fc.constantFrom<Cas>(
        { brut: { payload: '{"a":', type: 'application/json' } },
        { brut: { payload: 'x=1&y=2', type: 'application/x-www-form-urlencoded' } },
        { brut: { payload: '<xml/>', type: 'text/xml' } },
        { brut: { payload: `{"x":"${'a'.repeat(1_100_000)}"}`, type: 'application/json' } },
        { brut: { payload: '[]', type: 'application/json' } },
        { brut: { payload: 'null', type: 'application/json' } },
      ));
    }
    return fc.oneof(...cas);
  }

  for (const route of routes) {
    const cle = cleDeRoute(route.methode, route.url);
    const regle = MATRICE_ACCES[cle]!;
    it(`${cle} : ni 5xx, ni trace, ni donnée changée par un refus`, async () => {
      const parametres: Record<string, string> = regle.ressource ? await t.fixtures[regle.ressource]() : {};
      const appelant = APPELANT[regle.acces]!;
      await fc.assert(
        fc.asyncProperty(arbitraireDeCas(route, parametres), async (cas) => {
          total++;
          const p: Record<string, string> = cas.parametres ?? parametres;
          const url = route.url.replace(/:(\w+)/g, (_, nom: string) => encodeURIComponent(p[nom] ?? 'x'));
          const options: InjectOptions = { method: route.methode as InjectOptions['method'], url, ...(cas.query ? { query: cas.query } : {}) };
          if (cas.brut) Object.assign(options, { payload: cas.brut.payload, headers: { 'content-type': cas.brut.type } });
          else if (cas.corps !== undefined && route.methode !== 'GET') Object.assign(options, { payload: JSON.stringify(cas.corps), headers: { 'content-type': 'application/json' } });
          const repere = await surveillance.repere();
          const res = await t.appeler(appelant, options);
          const resume = `${res.statusCode} ${res.body.slice(0, 300)}`;
          expect(res.statusCode, resume).toBeLessThan(500);
          if (res.headers['content-type']?.toString().includes('json')) expect(res.body, resume).not.toMatch(TRACE);
          if (res.statusCode >= 400) expect(await surveillance.tablesModifieesDepuis(repere), `refusé (${resume}) mais des lignes ont changé`).toEqual([]);
        }),
        { numRuns: CAS_PAR_ROUTE, seed: GRAINE, endOnFailure: true },
      );
    }, 120_000);
  }
});
