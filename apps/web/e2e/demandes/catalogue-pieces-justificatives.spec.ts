import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

async function csrf(page: Page): Promise<string> {
  return (await (await page.request.get('/api/session')).json()).csrfToken;
}

/** A small but real PDF header (the server reads the type from the bytes), padded to the size asked. */
function pdf(octets: number): Buffer {
  const debut = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1');
  const fin = Buffer.from('\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  return Buffer.concat([debut, Buffer.alloc(Math.max(0, octets - debut.length - fin.length), 0x20), fin]);
}

test.describe('Les pièces justificatives d’un brouillon', () => {
  let id: string;

  test.beforeEach(async ({ page }) => {
    await seConnecter(page, COMPTES.boulanger);
    id = randomUUID();
    const res = await page.request.post('/api/demandes', { data: { id, dispositif: 'action_individuelle', donnees: {} }, headers: { 'x-csrf-token': await csrf(page) } });
    expect(res.status()).toBe(201);
    await page.goto(`/demandes/${id}/modifier?etape=pieces`);
  });

  test.afterEach(async ({ page }) => {
    await page.request.delete(`/api/demandes/${id}`, { headers: { 'x-csrf-token': await csrf(page) } });
  });

  test('se déposent avec une barre de progression, se téléchargent, se remplacent et se suppriment après confirmation', async ({ page }) => {
    const programme = page.locator('[data-piece="programme"]');
    await expect(page.getByText('Formats acceptés : PDF, JPEG ou PNG, 20 Mo au plus par fichier.')).toBeVisible();
    await expect(programme.getByText('obligatoire', { exact: true })).toBeVisible();
    await verifierAccessibilite(page);

    // A slow line, so that the progress can be seen.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 150 * 1024 });
    await page.getByLabel('Fichier : Programme de la formation').setInputFiles({ name: 'programme.pdf', mimeType: 'application/pdf', buffer: pdf(600 * 1024) });
    await expect(programme.getByRole('progressbar', { name: 'Envoi de programme.pdf' })).toBeVisible();
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect(programme.getByRole('status')).toHaveText('programme.pdf est enregistré.');
    await expect(programme.getByRole('link', { name: 'Télécharger programme.pdf' })).toBeVisible();
    await expect(programme).toContainText(/600 ko, déposé le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}/);
    const href = await programme.getByRole('link', { name: 'Télécharger programme.pdf' }).getAttribute('href');
    const telechargement = await page.request.get(href!);
    expect(telechargement.status()).toBe(200);
    expect((await telechargement.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await verifierAccessibilite(page);

    // Replacing: the same piece, a new file.
    const choix = page.waitForEvent('filechooser');
    await programme.getByRole('button', { name: 'Remplacer le fichier de la pièce « Programme de la formation »' }).click();
    await (await choix).setFiles({ name: 'programme-v2.pdf', mimeType: 'application/pdf', buffer: pdf(2048) });
    await expect(programme.getByRole('link', { name: 'Télécharger programme-v2.pdf' })).toBeVisible();
    await expect(programme.getByRole('link', { name: 'Télécharger programme.pdf' })).toHaveCount(0);
    const detail = await (await page.request.get(`/api/demandes/${id}`)).json();
    expect(detail.pieces.map((p: { nomFichier: string }) => p.nomFichier)).toEqual(['programme-v2.pdf']);

    // Removing asks first.
    await programme.getByRole('button', { name: 'Supprimer le fichier de la pièce « Programme de la formation »' }).click();
    const confirmation = page.getByRole('dialog', { name: 'Supprimer ce fichier ?' });
    await expect(confirmation).toContainText('programme-v2.pdf');
    await verifierAccessibilite(page);
    await confirmation.getByRole('button', { name: 'Supprimer le fichier' }).click();
    await expect(programme.getByRole('status')).toHaveText('programme-v2.pdf est supprimé.');
    await expect(page.getByLabel('Fichier : Programme de la formation')).toBeAttached();
    expect((await (await page.request.get(`/api/demandes/${id}`)).json()).pieces).toEqual([]);
  });

  test('refusent avant l’envoi un fichier d’un autre type ou vide, et montrent le refus du serveur pour un faux PDF', async ({ page }) => {
    const devis = page.locator('[data-piece="devis_signe"]');
    const champ = page.getByLabel('Fichier : Devis signé de l’organisme de formation');
    const envois: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/pieces')) envois.push(r.url());
    });

    await champ.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('des notes') });
    await expect(devis.getByRole('alert')).toHaveText('notes.txt : Le fichier doit être un PDF, une image JPEG ou une image PNG.');
    await champ.setInputFiles({ name: 'vide.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
    await expect(devis.getByRole('alert')).toHaveText('vide.pdf : Le fichier est vide.');
    await champ.setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: pdf(21 * 1024 * 1024) });
    await expect(devis.getByRole('alert')).toHaveText('scan.pdf : Le fichier dépasse la taille maximale de 20 Mo (il fait 21 Mo).');
    expect(envois).toEqual([]);

    // Named .pdf, but text inside: only the server, reading the bytes, can tell.
    await champ.setInputFiles({ name: 'devis.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Ceci est un texte, pas un PDF.') });
    await expect(devis.getByRole('alert')).toHaveText('devis.pdf : Le fichier doit être un PDF, une image JPEG ou une image PNG.');
    expect(envois).toHaveLength(1);
    await expect(devis.getByRole('link', { name: /^Télécharger/ })).toHaveCount(0);
    await verifierAccessibilite(page);
  });
});
