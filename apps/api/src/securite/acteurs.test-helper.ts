import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { actualites, demandes, utilisateurs } from '../db/schema';
import { guidesAide, questionsFaq, themesFaq } from '../db/schema-aide';
import { accesTousEtablissements } from '../db/schema-collegues';
import { parametres, piecesJointesMessagesDemandes, piecesRemboursements } from '../db/schema-suivi';
import { CLE_LOGO } from '../modules/administration/parametres.repository';
import { PDF, PNG } from '../modules/demandes/demandes.test-helper';
import { creerSession } from '../modules/identite/sessions.repository';
import { preparerInstruction } from '../modules/instruction/instruction.test-helper';

/** Every kind of person the authorization matrix calls the API as. */
export const ACTEURS = ['anonyme', 'proprietaire', 'employeurAutreCompte', 'collaborateurSansDroit', 'lectureSeule', 'gestionnaire', 'superviseur', 'administrateur'] as const;
export type Acteur = (typeof ACTEURS)[number];

export const FLEURISTE = 'sophie.bernard@fleurs-de-lys.test';

export type Fichier = { nom: string; octets: Buffer; type?: string };

export type AutreFichier = { champ: string; fichier: Fichier };

/** A multipart/form-data body as a browser sends it: the fields, then the file under `champFichier`, then the `autres` files. */
export function multipart(champs: Record<string, string>, fichier?: Fichier, champFichier = 'fichier', autres: AutreFichier[] = []) {
  const limite = '----mse-securite-limite';
  const parties: Buffer[] = Object.entries(champs).map(([nom, valeur]) => Buffer.from(`--${limite}\r\ncontent-disposition: form-data; name="${nom}"\r\n\r\n${valeur}\r\n`));
  for (const { champ, fichier: f } of [...(fichier ? [{ champ: champFichier, fichier }] : []), ...autres]) {
    const nom = f.nom.replaceAll('"', '%22');
    parties.push(Buffer.from(`--${limite}\r\ncontent-disposition: form-data; name="${champ}"; filename="${nom}"\r\ncontent-type: ${f.type ?? 'application/pdf'}\r\n\r\n`), f.octets, Buffer.from('\r\n'));
  }
  parties.push(Buffer.from(`--${limite}--\r\n`));
  return { payload: Buffer.concat(parties), headers: { 'content-type': `multipart/form-data; boundary=${limite}` } };
}

/** « Demander un remboursement »: the JSON part `donnees` (a fresh idempotency key each time), a small claim well within what is committed. */
export const champsRemboursement = () => ({
  donnees: JSON.stringify({ cleIdempotence: randomUUID(), montants: { pedagogie: 10_000 }, stagiaires: [{ nom: 'Anna DUPUIS', heuresRealisees: 7 }], derniereDemande: false }),
});
/** The certificate that goes with the invoice of a claim. */
export const CERTIFICAT: AutreFichier = { champ: 'certificat_realisation', fichier: { nom: 'certificat.pdf', octets: PDF } };
/** A whole claim as the browser sends it: `donnees`, the invoice, the certificate. */
export const formulaireRemboursement = (facture: Fichier = { nom: 'facture.pdf', octets: PDF }) => multipart(champsRemboursement(), facture, 'facture', [CERTIFICAT]);
/** A message of a dossier's thread with its attachment (both sides). */
export const formulaireMessage = () => multipart({ message: 'Bonjour, voici la pièce demandée.' }, { nom: 'piece.pdf', octets: PDF }, 'pieceJointe');
/** The OPCO's logo. */
export const formulaireLogo = () => multipart({}, { nom: 'logo.png', octets: PNG, type: 'image/png' }, 'logo');

let adresse = 0;
/** A new client address for each request: the per-address rate limits never mix the cases up. */
export function nouvelleAdresse(): string {
  adresse++;
  return `10.${(adresse >> 16) & 255}.${(adresse >> 8) & 255}.${adresse & 255}`;
}

/**
 * The demo on a fresh database, one signed-in session per kind of actor (the owner is the demo
 * baker; the colleagues are of his account), and the fixtures the routes' path parameters name.
 */
export async function preparerActeurs() {
  const t = await preparerInstruction();
  const { app, db, ctx } = t;

  async function sessionDe(utilisateurId: string) {
    const { token, csrfToken } = await creerSession(db, { utilisateurId, seSouvenir: false, ip: '127.0.0.1', userAgent: undefined, now: ctx.clock.now });
    return { cookie: `mse_session=${token}`, 'x-csrf-token': csrfToken };
  }
  const idDe = async (email: string) => (await db.select().from(utilisateurs).where(eq(utilisateurs.email, email)))[0]!.id;
  const collegueDuBoulanger = async (role: 'collaborateur' | 'lecture_seule', tous: boolean) => {
    const [u] = await db.insert(utilisateurs).values({ email: `${role}.${randomUUID().slice(0, 8)}@au-pain-dore.test`, nom: 'TEST', prenom: 'Matrice', role, compteId: t.boulanger.compteId }).returning();
    if (tous) await db.insert(accesTousEtablissements).values({ utilisateurId: u!.id, compteId: t.boulanger.compteId! });
    return u!.id;
  };

  const ids: Record<Exclude<Acteur, 'anonyme'>, string> = {
    proprietaire: t.boulanger.id,
    employeurAutreCompte: await idDe(FLEURISTE),
    collaborateurSansDroit: await collegueDuBoulanger('collaborateur', false),
    lectureSeule: await collegueDuBoulanger('lecture_seule', true),
    gestionnaire: await idDe('gestionnaire@opco.test'),
    superviseur: await idDe('superviseur@opco.test'),
    administrateur: await idDe('administrateur@opco.test'),
  };

  /** A fresh session for each call: a route that signs out or changes the password ends only its own. */
  const appeler = async (acteur: Acteur, options: InjectOptions): Promise<Reponse> => {
    const session = acteur === 'anonyme' ? {} : await sessionDe(ids[acteur]);
    return app.inject({ remoteAddress: nouvelleAdresse(), ...options, headers: { ...session, ...(options.headers as Record<string, string> | undefined) } });
  };

  return { ...t, app: app as FastifyInstance, ids, sessionDe, appeler, fixtures: fixtures(t, appeler) };
}

type Reponse = Awaited<ReturnType<FastifyInstance['inject']>>;
type Appeler = (acteur: Acteur, options: InjectOptions) => Promise<Reponse>;

/** Path parameters, made fresh on demand through the API (as a browser would), by the owner or the staff member whose they are. */
function fixtures(t: Awaited<ReturnType<typeof preparerInstruction>>, appeler: Appeler) {
  const { db } = t;
  const idDe = async (email: string) => (await db.select({ id: utilisateurs.id }).from(utilisateurs).where(eq(utilisateurs.email, email)))[0]!.id;
  const attendre = async (res: Reponse, statut: number, quoi: string) => {
    if (res.statusCode !== statut) throw new Error(`fixture ${quoi} : ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const brouillon = async () => (await attendre(await appeler('proprietaire', { method: 'POST', url: '/api/demandes', payload: { id: randomUUID(), dispositif: 'action_individuelle', donnees: {} } }), 201, 'brouillon')).id as string;
  const piece = async (id: string) => {
    const f = multipart({ type: 'programme' }, { nom: 'programme.pdf', octets: PDF });
    return (await attendre(await appeler('proprietaire', { method: 'POST', url: `/api/demandes/${id}/pieces`, payload: f.payload, headers: f.headers }), 201, 'pièce')).id as string;
  };
  let rang = 0;
  const unique = () => randomUUID().slice(0, 8);
  const envoyee = async () => {
    const id = await brouillon();
    const pieceId = await piece(id);
    const numero = `AI-2026-${String(800_000 + ++rang).padStart(6, '0')}`;
    await db.update(demandes).set({ statut: 'envoye', numero, envoyeLe: t.ctx.clock.now, dossierCompletLe: t.ctx.clock.now }).where(eq(demandes.id, id));
    return { id, numero, pieceId };
  };
  /** A complete request of the owner's establishment, accepted through the real command (amount of the engine). */
  const accepte = async () => {
    const d = await t.demande('action_individuelle', 'en_cours_de_traitement');
    await attendre(await appeler('administrateur', { method: 'POST', url: `/api/opco/demandes/${d.numero}/accepter`, payload: {} }), 200, 'acceptation');
    return { id: d.id, numero: d.numero! };
  };
  /** A claim of the owner on an accepted dossier, through the real route, with its invoice and certificate. */
  const remboursement = async () => {
    const dossier = await accepte();
    const f = formulaireRemboursement();
    const cree = await attendre(await appeler('proprietaire', { method: 'POST', url: `/api/demandes/${dossier.id}/remboursements`, payload: f.payload, headers: f.headers }), 201, 'remboursement');
    const [p] = await db.select({ id: piecesRemboursements.id }).from(piecesRemboursements).where(eq(piecesRemboursements.remboursementId, cree.id)).limit(1);
    return { id: cree.id as string, numero: cree.numero as string, pieceId: p!.id };
  };
  return {
    demande: async () => ({ id: await brouillon() }),
    piece: async () => {
      const id = await brouillon();
      return { id, pieceId: await piece(id) };
    },
    /** A draft with a piece, then sent (written straight in the table: the journey of sending is tested elsewhere). */
    'demande-envoyee': envoyee,
    'dossier-accepte': accepte,
    /** A sent request whose thread has the owner's message with an attachment (through the real route). */
    'message-dossier': async () => {
      const { id, numero } = await envoyee();
      const f = formulaireMessage();
      await attendre(await appeler('proprietaire', { method: 'POST', url: `/api/demandes/${id}/messages`, payload: f.payload, headers: f.headers }), 201, 'message');
      const { rows } = await db.execute<{ id: string }>(
        sql`select p.id from ${piecesJointesMessagesDemandes} p join messages_demandes m on m.id = p.message_id where m.demande_id = ${id}`,
      );
      return { id, numero, pieceId: rows[0]!.id };
    },
    remboursement,
    /** A payment batch: a claim accepted by an administrator, batched by a superviseur (the real commands). */
    'lot-paiement': async () => {
      const r = await remboursement();
      await attendre(await appeler('administrateur', { method: 'POST', url: `/api/opco/remboursements/${r.numero}/accepter`, payload: {} }), 200, 'acceptation du remboursement');
      return { numero: (await attendre(await appeler('superviseur', { method: 'POST', url: '/api/opco/lots-paiement' }), 200, 'lot de paiement')).numero as string };
    },
    /** A saved view of the gestionnaire (through the real route). */
    vue: async () => ({ id: (await attendre(await appeler('gestionnaire', { method: 'POST', url: '/api/opco/vues', payload: { nom: `Matrice ${unique()}`, criteres: {} } }), 200, 'vue')).id as string }),
    'theme-faq': async () => {
      const [theme] = await db.insert(themesFaq).values({ slug: `matrice-${unique()}`, libelle: 'Thématique de la matrice', ordre: 99 }).returning({ id: themesFaq.id });
      return { id: theme!.id };
    },
    'question-faq': async () => {
      const [theme] = await db.insert(themesFaq).values({ slug: `matrice-${unique()}`, libelle: 'Thématique de la matrice', ordre: 99 }).returning({ id: themesFaq.id });
      const [q] = await db.insert(questionsFaq).values({ themeId: theme!.id, slug: `matrice-${unique()}`, question: 'Une question de la matrice ?', reponse: 'Sa réponse.', ordre: 1 }).returning({ id: questionsFaq.id });
      return { id: q!.id };
    },
    /** A staff member invited by an administrator (the real command): never one of the actors. */
    'membre-personnel': async () => {
      const email = `membre.${unique()}@opco.test`;
      await attendre(await appeler('administrateur', { method: 'POST', url: '/api/administration/personnel', payload: { prenom: 'Camille', nom: 'MATRICE', email, role: 'gestionnaire' } }), 201, 'membre du personnel');
      return { id: await idDe(email) };
    },
    /** The OPCO's logo, deposited once by an administrator: the public address then serves it. */
    logo: async () => {
      const [deja] = await db.select({ cle: parametres.cle }).from(parametres).where(eq(parametres.cle, CLE_LOGO));
      if (!deja) {
        const f = formulaireLogo();
        await attendre(await appeler('administrateur', { method: 'POST', url: '/api/administration/parametres/logo', payload: f.payload, headers: f.headers }), 200, 'logo');
      }
      return {};
    },
    assistance: async () => {
      const f = multipart({ objet: 'autre', message: 'Bonjour, une question pour la matrice d’accès.' }, { nom: 'capture.pdf', octets: PDF }, 'pieceJointe');
      const { numero } = await attendre(await appeler('proprietaire', { method: 'POST', url: '/api/assistance/demandes', payload: f.payload, headers: f.headers }), 200, 'assistance');
      const { rows } = await db.execute<{ id: string }>(
        sql`select p.id from pieces_jointes_assistance p join messages_assistance m on m.id = p.message_id join demandes_assistance d on d.id = m.demande_assistance_id where d.numero = ${numero}`,
      );
      return { numero: numero as string, pieceId: rows[0]!.id };
    },
    collegue: async () => {
      const invitation = { prenom: 'Paul', nom: 'DURAND', email: `paul.${randomUUID().slice(0, 8)}@au-pain-dore.test`, role: 'collaborateur', tous: true, sirets: [] };
      return { id: (await attendre(await appeler('proprietaire', { method: 'POST', url: '/api/collegues', payload: invitation }), 201, 'collègue')).id as string };
    },
    etablissement: async () => ({ siret: t.site.siret }),
    actualite: async () => ({ id: (await db.select({ id: actualites.id }).from(actualites).limit(1))[0]?.id ?? randomUUID() }),
    guide: async () => ({ slug: (await db.select({ slug: guidesAide.slug }).from(guidesAide).limit(1))[0]!.slug }),
    faq: async () => ({ slug: (await db.select({ slug: questionsFaq.slug }).from(questionsFaq).limit(1))[0]!.slug }),
    rubrique: async () => ({ rubrique: 'smic' }),
  };
}

type Db = Awaited<ReturnType<typeof preparerInstruction>>['db'];

/**
 * Watches every table of this test’s own database copy (test-only triggers, not a migration): each row
 * added, changed or deleted, once committed, leaves a line naming its table. A
 * request that wrote nothing leaves no line; one rolled back leaves none either.
 */
export async function surveillerLesModifications(db: Db, exclues: string[] = []) {
  await db.execute(sql`create table if not exists zz_modifications (id bigserial primary key, nom_table text not null)`);
  await db.execute(sql`create or replace function zz_noter_modification() returns trigger language plpgsql as $$
    begin insert into zz_modifications (nom_table) values (TG_TABLE_NAME); return null; end $$`);
  const { rows } = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'zz_modifications' and table_name not like '\_\_%'`,
  );
  for (const { table_name: nom } of rows) {
    if (exclues.includes(nom)) continue;
    await db.execute(sql.raw(`create or replace trigger zz_surveiller after insert or update or delete on "${nom}" for each row execute function zz_noter_modification()`));
  }
  const dernier = async () => Number((await db.execute<{ n: string }>(sql`select coalesce(max(id), 0) as n from zz_modifications`)).rows[0]!.n);
  return {
    /** A mark to compare with later. */
    repere: dernier,
    /** The tables changed since the mark. */
    tablesModifieesDepuis: async (repere: number) =>
      (await db.execute<{ nom_table: string }>(sql`select distinct nom_table from zz_modifications where id > ${repere}`)).rows.map((r) => r.nom_table),
  };
}

/**
 * A fingerprint of every table of the application (row count and a hash of the rows): two equal
 * fingerprints mean no row was added, changed or deleted in between.
 */
export async function empreinteDesDonnees(db: Awaited<ReturnType<typeof preparerInstruction>>['db'], exclues: string[] = []): Promise<Record<string, string>> {
  const { rows } = await db.execute<{ table_name: string }>(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const tables = rows.map((r) => r.table_name).filter((n) => !exclues.includes(n) && !n.startsWith('__'));
  const union = tables.map((n) => `select '${n}' as t, count(*)::text || ':' || coalesce(sum(hashtext(x::text)::bigint), 0)::text as e from "${n}" x`).join(' union all ');
  const resultat = await db.execute<{ t: string; e: string }>(sql.raw(union));
  return Object.fromEntries(resultat.rows.map((r) => [r.t, r.e]));
}
