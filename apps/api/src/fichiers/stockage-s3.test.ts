import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConfigS3 } from '../config/env';
import { FichierAltere, FichierIntrouvable, lireFichier, stockageDe, stockerFichier, supprimerFichier, type FichierVerifie } from './stockage';
import { stockageS3 } from './stockage-s3';
import { fauxS3 } from './faux-s3.test-helper';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const fichier: FichierVerifie = { nom: 'kbis.pdf', octets: PDF, type: 'application/pdf' };
const now = new Date('2026-03-15T10:00:00Z');

let s3: Awaited<ReturnType<typeof fauxS3>>;
let config: ConfigS3;

beforeAll(async () => {
  s3 = await fauxS3();
  config = { endpoint: s3.endpoint, bucket: 'pieces', region: 'fr-par', accessKeyId: 'cle-de-test', secretAccessKey: 'secret-de-test' };
});
afterAll(() => s3.fermer());
beforeEach(() => {
  s3.requetes.length = 0;
});

describe('stockage S3', () => {
  it('envoie les octets par un PUT signé sous /<bucket>/<clé>, puis les relit par un GET', async () => {
    const stockage = stockageS3(config);
    const stocke = await stockerFichier(stockage, 'demandes', fichier, now);
    expect(stocke.cle).toMatch(/^demandes\/2026\/[0-9a-f-]{36}$/);

    const put = s3.requetes.find((r) => r.methode === 'PUT');
    expect(put?.chemin).toBe(`/pieces/${stocke.cle}`);
    expect(put?.corps.equals(PDF)).toBe(true);
    expect(put?.autorisation).toMatch(/^AWS4-HMAC-SHA256 Credential=cle-de-test\/\d{8}\/fr-par\/s3\/aws4_request/);
    expect(s3.objets.get(`/pieces/${stocke.cle}`)?.equals(PDF)).toBe(true);

    expect((await lireFichier(stockage, stocke)).equals(PDF)).toBe(true);
    expect(s3.requetes.at(-1)).toMatchObject({ methode: 'GET', chemin: `/pieces/${stocke.cle}` });
  });

  it('refuse un objet dont les octets ont changé dans le bucket', async () => {
    const stockage = stockageS3(config);
    const stocke = await stockerFichier(stockage, 'assistance', fichier, now);
    s3.objets.set(`/pieces/${stocke.cle}`, Buffer.concat([PDF, Buffer.from('modifié')]));
    await expect(lireFichier(stockage, stocke)).rejects.toThrow(FichierAltere);
  });

  it('supprime l’objet par un DELETE, après quoi le relire dit qu’il est introuvable', async () => {
    const stockage = stockageS3(config);
    const stocke = await stockerFichier(stockage, 'demandes', fichier, now);
    await supprimerFichier(stockage, stocke.cle);
    expect(s3.requetes.at(-1)).toMatchObject({ methode: 'DELETE', chemin: `/pieces/${stocke.cle}` });
    expect(s3.objets.has(`/pieces/${stocke.cle}`)).toBe(false);
    await expect(lireFichier(stockage, stocke)).rejects.toThrow(FichierIntrouvable);
    await expect(lireFichier(stockage, stocke)).rejects.toThrow(`aucun fichier stocké sous la clé ${stocke.cle}`);
  });

  it('laisse remonter un refus du serveur tel quel, sans le prendre pour un fichier absent', async () => {
    const stockage = stockageS3({ ...config, bucket: 'interdit' });
    const erreur = await lireFichier(stockage, { cle: 'demandes/2026/x', sha256: 'x' }).catch((e: unknown) => e);
    expect(erreur).not.toBeInstanceOf(FichierIntrouvable);
    expect(erreur).toMatchObject({ name: 'AccessDenied' });
  });
});

describe('stockageDe', () => {
  it('choisit le bucket quand S3 est configuré, sans rien écrire dans FILES_DIR', async () => {
    const stockage = stockageDe({ filesDir: '/nulle-part', s3: config });
    const stocke = await stockerFichier(stockage, 'demandes', fichier, now);
    expect(s3.objets.has(`/pieces/${stocke.cle}`)).toBe(true);
  });
});
