import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FichierAltere, FichierIntrouvable, lireFichier, stockageDe, stockageLocal, stockerFichier, supprimerFichier, type FichierVerifie } from './stockage';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const fichier: FichierVerifie = { nom: 'kbis.pdf', octets: PDF, type: 'application/pdf' };
const now = new Date('2026-03-15T10:00:00Z');

const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-stockage-'));
afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }));

describe('stockage local (FILES_DIR)', () => {
  const stockage = stockageLocal(filesDir);

  it('range les octets sous <dossier>/<année>/<identifiant aléatoire>, sans fichier temporaire restant, avec leur empreinte', async () => {
    const stocke = await stockerFichier(stockage, 'demandes', fichier, now);
    expect(stocke.cle).toMatch(/^demandes\/2026\/[0-9a-f-]{36}$/);
    expect(stocke).toMatchObject({ nom: 'kbis.pdf', type: 'application/pdf', taille: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex') });
    expect(fs.readFileSync(path.join(filesDir, stocke.cle)).equals(PDF)).toBe(true);
    expect(fs.readdirSync(path.join(filesDir, 'demandes/2026'))).toEqual([path.basename(stocke.cle)]);
    expect((await lireFichier(stockage, stocke)).equals(PDF)).toBe(true);
  });

  it('refuse un fichier dont les octets ont changé depuis le dépôt', async () => {
    const stocke = await stockerFichier(stockage, 'assistance', fichier, now);
    fs.appendFileSync(path.join(filesDir, stocke.cle), 'modifié');
    await expect(lireFichier(stockage, stocke)).rejects.toThrow(FichierAltere);
  });

  it('refuse une clé qui sortirait du dossier', async () => {
    await expect(lireFichier(stockage, { cle: '../../etc/passwd', sha256: 'x' })).rejects.toThrow(/hors du dossier/);
  });

  it('supprime le fichier, et une seconde suppression ne lève rien ; le relire dit qu’il est introuvable', async () => {
    const stocke = await stockerFichier(stockage, 'demandes', fichier, now);
    await supprimerFichier(stockage, stocke.cle);
    await supprimerFichier(stockage, stocke.cle);
    expect(fs.existsSync(path.join(filesDir, stocke.cle))).toBe(false);
    await expect(lireFichier(stockage, stocke)).rejects.toThrow(FichierIntrouvable);
  });
});

describe('stockageDe', () => {
  it('garde FILES_DIR sans configuration S3, et ne crée qu’un stockage par configuration', async () => {
    const config = { filesDir, s3: undefined };
    expect(stockageDe(config)).toBe(stockageDe(config));
    const stocke = await stockerFichier(stockageDe(config), 'demandes', fichier, now);
    expect(fs.existsSync(path.join(filesDir, stocke.cle))).toBe(true);
  });
});
