import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

async function csrf(page: Page): Promise<string> {
  return (await (await page.request.get('/api/session')).json()).csrfToken;
}

test.describe('L’accusé de réception d’une demande envoyée', () => {
  test('dit le numéro de dossier, le dispositif, l’établissement, la date d’envoi, la suite, et donne l’accusé de réception en PDF', async ({ page }) => {
    await seConnecter(page, COMPTES.boulanger);
    const { demandes } = await (await page.request.get('/api/financements?groupe=en_cours&taille=100')).json();
    const envoyee = demandes.find((d: { statut: string }) => d.statut === 'envoye');
    expect(envoyee).toBeTruthy();
    await page.goto(`/demandes/${envoyee.id}/envoyee`);
    await expect(page.getByRole('heading', { level: 1, name: 'Votre demande a été envoyée' })).toBeVisible();
    await expect(page.getByTestId('numero-dossier')).toHaveText(envoyee.numero);
    const recapitulatif = page.getByRole('region', { name: 'Votre demande' });
    await expect(recapitulatif).toContainText('Contrat de professionnalisation');
    await expect(recapitulatif).toContainText(/AU PAIN DORÉ — SIRET \d{3} \d{3} \d{3} \d{5}/);
    await expect(recapitulatif).toContainText(/\d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}/);
    await expect(page.getByRole('region', { name: 'Et maintenant ?' })).toContainText('20 jours');
    await expect(page.getByText(/email de confirmation/)).toBeVisible();
    const lien = page.getByRole('link', { name: 'Télécharger l’accusé de réception (PDF)' });
    await expect(lien).toHaveAttribute('href', `/api/demandes/${envoyee.id}/recepisse.pdf`);
    const pdf = await page.request.get(`/api/demandes/${envoyee.id}/recepisse.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await verifierAccessibilite(page);

    await page.getByRole('link', { name: 'Mes financements' }).last().click();
    await expect(page).toHaveURL(/\/mes-financements\/en-cours$/);
  });

  test('un brouillon n’a pas encore été envoyé : son adresse ouvre son formulaire ; une demande inconnue le dit clairement', async ({ page }) => {
    await seConnecter(page, COMPTES.boulanger);
    const id = randomUUID();
    const res = await page.request.post('/api/demandes', { data: { id, dispositif: 'action_individuelle', donnees: {} }, headers: { 'x-csrf-token': await csrf(page) } });
    expect(res.status()).toBe(201);
    await page.goto(`/demandes/${id}/envoyee`);
    await expect(page).toHaveURL(new RegExp(`/demandes/${id}/modifier$`));
    await page.request.delete(`/api/demandes/${id}`, { headers: { 'x-csrf-token': await csrf(page) } });

    await page.goto(`/demandes/${randomUUID()}/envoyee`);
    await expect(page.getByRole('alert')).toHaveText('Cette demande n’existe pas ou ne vous est pas accessible.');
    await verifierAccessibilite(page);
  });
});
