import type { FastifyInstance, RouteOptions } from 'fastify';

/**
 * Every route the app declares, as it is declared (method, URL pattern, schema, config): the
 * authorization matrix and the fuzzing read it, so that a route added anywhere is tested without
 * anyone listing it by hand.
 */
export type RouteDeclaree = { methode: string; url: string; options: RouteOptions };

const inventaires = new WeakMap<FastifyInstance, RouteDeclaree[]>();

export function registerInventaireRoutes(app: FastifyInstance): void {
  const routes: RouteDeclaree[] = [];
  inventaires.set(app, routes);
  app.addHook('onRoute', (options) => {
    for (const methode of [options.method].flat()) routes.push({ methode: methode.toUpperCase(), url: options.url, options });
  });
}

/** The routes of an app built by buildApp, HEAD routes (Fastify's copies of the GET ones) left out. */
export function routesDeclarees(app: FastifyInstance): RouteDeclaree[] {
  return (inventaires.get(app) ?? []).filter((r) => r.methode !== 'HEAD');
}
