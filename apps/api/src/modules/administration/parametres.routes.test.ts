import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { connecterEmployeur, connecterPersonnel } from '../referentiel/connexions.test-helper';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function formulaire(fichier?: { nom: string; octets: Buffer }) {
  const limite = '----mse-test-logo';
  const parties: Buffer[] = [];
  if (fichier) parties.push(Buffer.from(`--${limite}\r\ncontent-disposition: form-data; name="logo"; filename="${fichier.nom}"\r\ncontent-type: image/png\r\n\r\n`), fichier.octets, Buffer.from('\r\n'));
  parties.push(Buffer.from(`--${limite}--\r\n`));
  return { payload: Buffer.concat(parties), headers: { 'content-type': `multipart/form-data; boundary=${limite}` } };
}

const NOUVEAUX = { nom: 'Opco EP', supportTelephone: '01 23 45 67 89', supportHoraires: 'du lundi au vendredi de 8h à 18h' };

describe('paramètres de l’OPCO : nom, logo, contact de l’assistance', async () => {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-admin-fichiers-'));
  afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }));
  const ctx = await testApp({ env: { FILES_DIR: filesDir } });
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app } = ctx;
  const employeur = await connecterEmployeur(app, 'julien.martin@au-pain-dore.test');
  const gestionnaire = await connecterPersonnel(app, 'gestionnaire@opco.test', ctx.clock.now);
  const administrateur = await connecterPersonnel(app, 'administrateur@opco.test', ctx.clock.now);
  const modifier = (qui: { headers: Record<string, string> } | undefined, payload: object) =>
    app.inject({ method: 'PUT', url: '/api/administration/parametres', headers: qui?.headers ?? {}, payload });
  const deposer = (qui: { headers: Record<string, string> }, fichier?: { nom: string; octets: Buffer }) => {
    const f = formulaire(fichier);
    return app.inject({ method: 'POST', url: '/api/administration/parametres/logo', headers: { ...qui.headers, ...f.headers }, payload: f.payload });
  };

  it('montre par défaut les valeurs de la configuration, au portail comme à l’administrateur', async () => {
    expect((await app.inject('/api/configuration')).json()).toMatchObject({
      opco: { nom: 'Opco EP', supportTelephone: '09 70 838 837', supportHoraires: 'du lundi au vendredi de 5h à 23h' },
      logoUrl: null,
    });
    const res = await app.inject({ url: '/api/administration/parametres', headers: administrateur.headers });
    expect(res.json()).toEqual({ opco: { nom: 'Opco EP', supportTelephone: '09 70 838 837', supportHoraires: 'du lundi au vendredi de 5h à 23h' }, logo: null, modifieLe: null, modifiePar: null });
  });

  it('réserve les paramètres à l’administrateur (employeur 404, gestionnaire 403, anonyme 401)', async () => {
    expect((await modifier(undefined, NOUVEAUX)).statusCode).toBe(401);
    expect((await modifier(employeur, NOUVEAUX)).statusCode).toBe(404);
    expect((await modifier(gestionnaire, NOUVEAUX)).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/administration/parametres', headers: gestionnaire.headers })).statusCode).toBe(403);
    expect((await deposer(employeur, { nom: 'logo.png', octets: PNG })).statusCode).toBe(404);
  });

  it('remplace le téléphone et les horaires affichés par le portail, et en garde la trace', async () => {
    const res = await modifier(administrateur, NOUVEAUX);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ opco: NOUVEAUX, modifiePar: 'Marc FONTAINE', modifieLe: '2026-11-22T09:00:00.000Z' });
    expect((await app.inject('/api/configuration')).json().opco).toEqual(NOUVEAUX);
    const [trace] = await ctx.database.db.select().from(audit).where(eq(audit.evenement, 'parametres_modifies'));
    expect(trace?.details).toMatchObject({ avant: { supportTelephone: '09 70 838 837' }, apres: { supportTelephone: '01 23 45 67 89' } });
  });

  it('refuse des paramètres mal remplis avec un message par champ (400)', async () => {
    const res = await modifier(administrateur, { nom: '', supportTelephone: 'appelez-nous', supportHoraires: 'h'.repeat(5000) });
    expect(res.statusCode).toBe(400);
    expect(res.json().erreur.champs).toEqual(
      expect.arrayContaining([
        { chemin: 'nom', message: 'Le champ « Nom de l’OPCO » est obligatoire.' },
        { chemin: 'supportTelephone', message: 'Le téléphone de l’assistance ne contient que des chiffres, des espaces, des points, des tirets et un « + » initial.' },
        { chemin: 'supportHoraires', message: 'Le champ « Horaires de l’assistance » fait au plus 200 caractères.' },
      ]),
    );
    expect((await app.inject('/api/configuration')).json().opco).toEqual(NOUVEAUX);
  });

  it('dépose un logo PNG que le portail sert ensuite, et refuse un fichier qui n’est pas une image', async () => {
    const refuse = await deposer(administrateur, { nom: 'logo.png', octets: PDF });
    expect(refuse.statusCode).toBe(422);
    expect(refuse.json().erreur.champs).toEqual([{ chemin: 'logo', message: 'Le logo doit être une image PNG ou JPEG.' }]);
    const sansFichier = await deposer(administrateur);
    expect(sansFichier.json().erreur.champs).toEqual([{ chemin: 'logo', message: 'Choisissez l’image du logo.' }]);
    expect((await deposer(administrateur, { nom: 'gros.png', octets: Buffer.concat([PNG, Buffer.alloc(600 * 1024)]) })).statusCode).toBe(422);

    const res = await deposer(administrateur, { nom: 'logo-opco.png', octets: PNG });
    expect(res.statusCode).toBe(200);
    expect(res.json().logo).toMatchObject({ nom: 'logo-opco.png', taille: PNG.length });
    const { logoUrl } = (await app.inject('/api/configuration')).json();
    expect(logoUrl).toMatch(/^\/api\/configuration\/logo\?v=[0-9a-f]{12}$/);
    const image = await app.inject(logoUrl);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(PNG)).toBe(true);
  });
});
