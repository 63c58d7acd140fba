import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll } from 'vitest';
import { utilisateurs } from '../../db/schema';
import { accesTousEtablissements } from '../../db/schema-collegues';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { creerSession } from '../identite/sessions.repository';

export const BOULANGER = 'julien.martin@au-pain-dore.test';
export const MULTI = 'cecile.moreau@aidomi-provence.test';
export const FLEURISTE = 'sophie.bernard@fleurs-de-lys.test';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

export type Fichier = { nom: string; octets: Buffer; type?: string };

/** A multipart/form-data body as a browser sends it: the fields first, then the file `fichier`. */
export function formulaire(champs: Record<string, string>, fichier?: Fichier) {
  const limite = '----mse-test-limite';
  const parties: Buffer[] = Object.entries(champs).map(([nom, valeur]) => Buffer.from(`--${limite}\r\ncontent-disposition: form-data; name="${nom}"\r\n\r\n${valeur}\r\n`));
  if (fichier) {
    parties.push(Buffer.from(`--${limite}\r\ncontent-disposition: form-data; name="fichier"; filename="${fichier.nom}"\r\ncontent-type: ${fichier.type ?? 'application/pdf'}\r\n\r\n`), fichier.octets, Buffer.from('\r\n'));
  }
  parties.push(Buffer.from(`--${limite}--\r\n`));
  return { payload: Buffer.concat(parties), headers: { 'content-type': `multipart/form-data; boundary=${limite}` } };
}

/** The real app on a fresh database with the demo accounts, its files in a temporary folder. */
export async function preparer(env: Record<string, string> = {}) {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-demandes-fichiers-'));
  afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }));
  const ctx = await testApp({ env: { FILES_DIR: filesDir, ...env } });
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app } = ctx;

  function client(headers: Record<string, string>) {
    return {
      get: (url: string) => app.inject({ url, headers }),
      post: (url: string, payload: object = {}) => app.inject({ method: 'POST', url, payload, headers }),
      put: (url: string, payload: object) => app.inject({ method: 'PUT', url, payload, headers }),
      delete: (url: string) => app.inject({ method: 'DELETE', url, headers }),
      deposer: (id: string, type: string, fichier?: Fichier) => {
        const f = formulaire({ type }, fichier);
        return app.inject({ method: 'POST', url: `/api/demandes/${id}/pieces`, payload: f.payload, headers: { ...headers, ...f.headers } });
      },
      /** Creates a draft with a fresh id, and returns its detail. */
      brouillon: async (dispositif: string, donnees: object = {}, siret?: string) => {
        const res = await app.inject({ method: 'POST', url: '/api/demandes', payload: { id: randomUUID(), dispositif, donnees, ...(siret ? { siret } : {}) }, headers });
        if (res.statusCode !== 201) throw new Error(`brouillon refusé (${res.statusCode}) : ${res.body}`);
        return res.json() as { id: string; version: number; donnees: Record<string, unknown> } & Record<string, unknown>;
      },
    };
  }
  type Client = ReturnType<typeof client>;

  /** Signed in straight through a session: some demo accounts (migrated ones) have no password yet. */
  async function employeur(email: string): Promise<Client> {
    const [u] = await ctx.database.db.select().from(utilisateurs).where(eq(utilisateurs.email, email));
    const { token, csrfToken } = await creerSession(ctx.database.db, { utilisateurId: u!.id, seSouvenir: false, ip: '127.0.0.1', userAgent: undefined, now: ctx.clock.now });
    return client({ cookie: `mse_session=${token}`, 'x-csrf-token': csrfToken });
  }

  /** A colleague of an account's owner, granted every establishment, signed in. */
  async function collegue(emailProprietaire: string, role: 'collaborateur' | 'lecture_seule', prenom: string, nom: string): Promise<Client> {
    const { db } = ctx.database;
    const [proprietaire] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, emailProprietaire));
    const [u] = await db.insert(utilisateurs).values({ email: `${prenom.toLowerCase()}.${role}@collegue.test`, nom, prenom, role, compteId: proprietaire!.compteId }).returning();
    await db.insert(accesTousEtablissements).values({ utilisateurId: u!.id, compteId: proprietaire!.compteId! });
    const { token, csrfToken } = await creerSession(db, { utilisateurId: u!.id, seSouvenir: false, ip: '127.0.0.1', userAgent: undefined, now: ctx.clock.now });
    return client({ cookie: `mse_session=${token}`, 'x-csrf-token': csrfToken });
  }

  const fichiersStockes = () => {
    const dossier = path.join(filesDir, 'demandes');
    return fs.existsSync(dossier) ? fs.readdirSync(dossier, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name)) : [];
  };

  return { ctx, app, db: ctx.database.db, filesDir, employeur, collegue, fichiersStockes };
}
