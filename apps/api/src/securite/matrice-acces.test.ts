import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PDF } from '../modules/demandes/demandes.test-helper';
import { routesDeclarees, type RouteDeclaree } from '../plugins/inventaire-routes';
import { ACTEURS, formulaireLogo, formulaireMessage, formulaireRemboursement, multipart, preparerActeurs, type Acteur } from './acteurs.test-helper';
import { exempleValide } from './arbitraires';
import { cleDeRoute, MATRICE_ACCES, type Regle, type Ressource } from './matrice-acces';

/**
 * The authorization matrix, proven: every route the app declares × every kind of actor, the
 * answer class checked against MATRICE_ACCES. A route without a rule fails the suite.
 */
type Classe = '401' | '403' | '404' | 'admis' | 'public';

/** Things of an account: another account's employer gets 404. Public content (FAQ, news) is not. */
const RESSOURCES_DU_COMPTE = new Set<Ressource>(['demande', 'piece', 'demande-envoyee', 'assistance', 'collegue', 'etablissement', 'dossier-accepte', 'message-dossier', 'remboursement']);
/** Things of one person: a colleague of the same account gets 404 too (a support request is its author's). */
const RESSOURCES_PERSONNELLES = new Set<Ressource>(['assistance']);
/** Things on an establishment: a colleague without access to it gets 404. */
const RESSOURCES_D_ETABLISSEMENT = new Set<Ressource>(['demande', 'piece', 'demande-envoyee', 'etablissement', 'dossier-accepte', 'message-dossier', 'remboursement']);
/** Things of one staff member, and whose the fixture is: another staff member gets 404 (a saved view). */
const RESSOURCES_DU_PERSONNEL: Partial<Record<Ressource, Acteur>> = { vue: 'gestionnaire' };

const PERSONNEL: Acteur[] = ['gestionnaire', 'superviseur', 'administrateur'];
const EMPLOYEURS: Acteur[] = ['proprietaire', 'employeurAutreCompte', 'collaborateurSansDroit', 'lectureSeule'];

export function classeAttendue(regle: Regle, acteur: Acteur): Classe {
  const { acces, ressource } = regle;
  if (acces === 'dev') return 'admis';
  // The matrix calls from addresses of the network, never the local machine, and without the token.
  if (acces === 'exploitation') return '404';
  if (acces === 'public') return 'public';
  if (acteur === 'anonyme') return '401';
  if (acces === 'connecte') return 'admis';
  const duCompte = !!ressource && RESSOURCES_DU_COMPTE.has(ressource);
  if (acces === 'personnel' || acces === 'superviseur' || acces === 'administrateur') {
    if (EMPLOYEURS.includes(acteur)) return '404';
    if (acces === 'superviseur' && acteur === 'gestionnaire') return '403';
    if (acces === 'administrateur' && acteur !== 'administrateur') return '403';
    const titulaire = ressource && RESSOURCES_DU_PERSONNEL[ressource];
    if (titulaire && acteur !== titulaire) return '404';
    return 'admis';
  }
  // The employer's side.
  if (PERSONNEL.includes(acteur)) return '404';
  if (acteur === 'proprietaire') return 'admis';
  if (acteur === 'employeurAutreCompte') return duCompte ? '404' : 'admis';
  if (acces === 'proprietaire') return '403';
  if (acces === 'employeur-ecriture' && acteur === 'lectureSeule') return '403';
  if (ressource && RESSOURCES_PERSONNELLES.has(ressource)) return '404';
  if (acteur === 'collaborateurSansDroit' && ressource && RESSOURCES_D_ETABLISSEMENT.has(ressource)) return '404';
  return 'admis';
}

function classeObtenue(statut: number, classe: Classe): boolean {
  if (statut >= 500) return false;
  switch (classe) {
    case 'admis':
      return ![401, 403, 404].includes(statut);
    case 'public':
      return ![403, 404].includes(statut);
    default:
      return String(statut) === classe;
  }
}

const ligneAAjouter = (route: RouteDeclaree) => {
  const parametres = route.url.match(/:(\w+)/g);
  return `  '${cleDeRoute(route.methode, route.url)}': { acces: '…'${parametres ? ", ressource: '…'" : ''} },`;
};

/** The multipart forms whose fields and files differ from the common one (message + pièce jointe of the support forms). */
const FORMULAIRES: Record<string, () => { payload: Buffer; headers: Record<string, string> }> = {
  'POST /api/demandes/:id/messages': formulaireMessage,
  'POST /api/opco/demandes/:numero/messages': formulaireMessage,
  'POST /api/administration/parametres/logo': formulaireLogo,
  'POST /api/demandes/:id/remboursements': () => formulaireRemboursement(),
};

/** Bodies the schema's generator does not reach (a record that must not be empty): the one a browser sends. */
const CORPS: Record<string, unknown> = {
  'PUT /api/demandes/:id/complements/champs': { valeurs: { 'action.intitule': 'Hygiène alimentaire (HACCP)' } },
};

const estZod = (s: unknown): s is z.ZodType => !!s && typeof (s as z.ZodType).safeParse === 'function';

/** The request a browser would send, valid for the route's schema: the refusal tested is the access rule's. */
function requete(route: RouteDeclaree, regle: Regle, parametres: Record<string, string>, graine: number): InjectOptions & { probleme?: string } {
  const url = (regle.url ?? route.url).replace(/:(\w+)/g, (_, nom: string) => encodeURIComponent(parametres[nom] ?? `parametre-${nom}-inconnu`));
  const schema = (route.options.schema ?? {}) as { body?: unknown; querystring?: unknown; consumes?: string[] };
  const options: InjectOptions & { probleme?: string } = { method: route.methode as InjectOptions['method'], url };
  if (estZod(schema.querystring)) {
    const q = exempleValide(schema.querystring, { graine });
    if (q.trouve) options.query = Object.fromEntries(Object.entries(q.valeur as object).map(([k, v]) => [k, String(v)]));
    else options.probleme = 'aucun paramètre de requête valide trouvé';
  }
  const formulaire = FORMULAIRES[cleDeRoute(route.methode, route.url)];
  if (formulaire) {
    const f = formulaire();
    options.payload = f.payload;
    options.headers = f.headers;
  } else if (schema.consumes?.includes('multipart/form-data')) {
    const f = multipart({ type: 'programme', objet: 'autre', message: 'Bonjour, ceci est un message de test.', email: 'visiteur@exemple.test' }, { nom: 'piece.pdf', octets: PDF });
    options.payload = f.payload;
    options.headers = { ...f.headers, 'x-mse-formulaire': 'assistance' };
  } else if (CORPS[cleDeRoute(route.methode, route.url)]) {
    options.payload = CORPS[cleDeRoute(route.methode, route.url)] as InjectOptions['payload'];
  } else if (estZod(schema.body)) {
    const b = exempleValide(schema.body, { graine });
    if (b.trouve) {
      const corps = b.valeur as Record<string, unknown>;
      // A body field named like a fixture's parameter (siret…) names that resource too.
      options.payload = corps && typeof corps === 'object' && !Array.isArray(corps) ? { ...corps, ...Object.fromEntries(Object.entries(parametres).filter(([k]) => k in corps)) } : corps;
    }
    else options.probleme = 'aucun corps valide trouvé depuis le schéma';
  }
  return options;
}

describe('matrice d’accès : chaque route × chaque acteur', async () => {
  const t = await preparerActeurs();
  const routes = routesDeclarees(t.app).filter((r) => r.url !== '*');

  it('chaque route déclarée a sa règle d’accès dans securite/matrice-acces.ts', () => {
    const sansRegle = routes.filter((r) => !MATRICE_ACCES[cleDeRoute(r.methode, r.url)]);
    expect(
      sansRegle.map(ligneAAjouter),
      `Route(s) sans règle d’accès : ajoutez dans apps/api/src/securite/matrice-acces.ts (objet MATRICE_ACCES) :\n${sansRegle.map(ligneAAjouter).join('\n')}\n`,
    ).toEqual([]);
  });

  it('la matrice ne garde aucune règle pour une route qui n’existe plus', () => {
    const declarees = new Set(routes.map((r) => cleDeRoute(r.methode, r.url)));
    const orphelines = Object.keys(MATRICE_ACCES).filter((cle) => !declarees.has(cle));
    expect(orphelines, `Règles sans route : retirez de securite/matrice-acces.ts : ${orphelines.join(', ')}`).toEqual([]);
  });

  it('une pièce ne se lit que par la chose dont elle est : la pièce d’un autre dossier, remboursement ou fil du même compte → 404', async () => {
    const avecPiece = routes.filter((r) => r.methode === 'GET' && r.url.includes(':pieceId') && MATRICE_ACCES[cleDeRoute(r.methode, r.url)]?.ressource);
    expect(avecPiece.length).toBeGreaterThan(0);
    const ecarts: string[] = [];
    for (const route of avecPiece) {
      const regle = MATRICE_ACCES[cleDeRoute(route.methode, route.url)]!;
      const acteur = (['proprietaire', 'administrateur'] as const).find((a) => classeAttendue(regle, a) === 'admis')!;
      const [a, b] = [await t.fixtures[regle.ressource!](), await t.fixtures[regle.ressource!]()] as Record<string, string>[];
      const url = (p: Record<string, string>) => route.url.replace(/:(\w+)/g, (_, nom: string) => encodeURIComponent(p[nom]!));
      const sienne = await t.appeler(acteur, { method: 'GET', url: url(a!) });
      const croisee = await t.appeler(acteur, { method: 'GET', url: url({ ...a!, pieceId: b!.pieceId! }) });
      if (sienne.statusCode !== 200 || croisee.statusCode !== 404) ecarts.push(`${cleDeRoute(route.methode, route.url)} × ${acteur} : sa pièce ${sienne.statusCode}, celle d’à côté ${croisee.statusCode}`);
    }
    expect(ecarts).toEqual([]);
  });

  it('chaque acteur reçoit la réponse attendue sur chaque route (401 / 403 / 404 / admis)', async () => {
    const ecarts: string[] = [];
    let verifies = 0;
    const partagees = new Map<Ressource, Record<string, string>>();
    for (const route of routes) {
      const regle = MATRICE_ACCES[cleDeRoute(route.methode, route.url)];
      if (!regle) continue;
      const aDesParametres = /:\w+/.test(route.url);
      if (aDesParametres && !regle.ressource) {
        ecarts.push(`${cleDeRoute(route.methode, route.url)} : la règle doit nommer sa ressource (paramètres de chemin)`);
        continue;
      }
      const modifie = route.methode !== 'GET';
      // The refused actors first; the admitted ones then each on fresh fixtures when the route changes things.
      const acteurs = [...ACTEURS].sort((a, b) => Number(classeAttendue(regle, a) === 'admis') - Number(classeAttendue(regle, b) === 'admis'));
      for (const acteur of acteurs) {
        let parametres: Record<string, string> = {};
        if (regle.ressource) {
          const nom = regle.ressource;
          if (modifie) parametres = await t.fixtures[nom]();
          else {
            if (!partagees.has(nom)) partagees.set(nom, await t.fixtures[nom]());
            parametres = partagees.get(nom)!;
          }
        }
        const { probleme, ...options } = requete(route, regle, parametres, verifies);
        if (probleme) {
          ecarts.push(`${cleDeRoute(route.methode, route.url)} : ${probleme}`);
          break;
        }
        const res = await t.appeler(acteur, options);
        const attendue = classeAttendue(regle, acteur);
        verifies++;
        if (!classeObtenue(res.statusCode, attendue)) {
          const envoye = res.statusCode >= 500 ? ` — requête : ${JSON.stringify({ query: options.query, payload: Buffer.isBuffer(options.payload) ? 'multipart' : options.payload }).slice(0, 2000)}` : '';
          ecarts.push(`${cleDeRoute(route.methode, route.url)} × ${acteur} : attendu ${attendue}, obtenu ${res.statusCode} ${res.body.slice(0, 160)}${envoye}`);
        }
      }
    }
    // The figure the closing note of issue #10 quotes.
    const avecRegle = routes.filter((r) => MATRICE_ACCES[cleDeRoute(r.methode, r.url)]).length;
    console.info(`matrice d’accès : ${avecRegle} routes × ${ACTEURS.length} acteurs = ${verifies} appels vérifiés`);
    expect(ecarts).toEqual([]);
    expect(verifies).toBe(avecRegle * ACTEURS.length);
  }, 240_000);
});
