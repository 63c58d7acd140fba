import type { Page } from '@playwright/test';
import { connecterPersonnel } from '../aide/personnel';
import { expect, test, verifierAccessibilite } from '../support/fixtures';

/** Opens the first request of « Nouvelles » (sent, assigned to nobody) and returns its number. */
async function ouvrirUneNouvelle(page: Page): Promise<string> {
  await page.goto('/opco/demandes?corbeille=nouvelles');
  await expect(page.getByRole('heading', { level: 1, name: 'Demandes de financement' })).toBeVisible();
  const lien = page.getByRole('table').getByRole('link').first();
  const numero = (await lien.textContent())!.trim();
  await lien.click();
  await expect(page.getByRole('heading', { level: 1, name: `Demande n° ${numero}` })).toBeVisible();
  return numero;
}

test.describe('Instruction des demandes de financement au back office', () => {
  test('un gestionnaire commence l’instruction, demande des compléments, puis accepte une autre demande', async ({ page }) => {
    // Two requests, six pages and four axe scans: 16 s on a quiet machine, twice that on a busy one.
    test.slow();
    await connecterPersonnel(page, 'gestionnaire@opco.test');
    await verifierAccessibilite(page);

    await page.getByRole('link', { name: /^Nouvelles : \d+ demandes?$/ }).click();
    await expect(page).toHaveURL(/\/opco\/demandes\?corbeille=nouvelles/);
    await expect(page.getByRole('link', { name: /^Nouvelles \(\d+\)$/ })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('table').getByText('Envoyé', { exact: true }).first()).toBeVisible();
    await verifierAccessibilite(page);

    const premiere = await ouvrirUneNouvelle(page);
    await expect(page.getByText('Envoyé', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Historique' })).toBeVisible();
    await verifierAccessibilite(page);

    await page.getByRole('button', { name: 'Commencer l’instruction' }).click();
    await expect(page.getByRole('status')).toContainText('L’instruction est commencée');
    await expect(page.getByText('En cours de traitement', { exact: true })).toBeVisible();
    await expect(page.getByText('Thomas LEROY').first()).toBeVisible();

    await page.getByRole('button', { name: 'Demander des compléments' }).click();
    const complements = page.getByRole('dialog', { name: 'Demander des compléments' });
    await complements.getByRole('button', { name: 'Demander les compléments' }).click();
    await expect(complements.getByText('Choisissez au moins une pièce ou une information à compléter.')).toBeVisible();
    await complements.getByRole('group', { name: 'Pièces à fournir' }).getByRole('checkbox').first().check();
    await complements.getByLabel(/^Message à l’entreprise/).fill('Merci de joindre le contrat signé par les deux parties.');
    await verifierAccessibilite(page);
    await complements.getByRole('button', { name: 'Demander les compléments' }).click();
    await expect(complements).toBeHidden();
    await expect(page.getByText('À compléter', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('Merci de joindre le contrat signé par les deux parties.')).toBeVisible();
    await expect(page.getByText('Suspendu', { exact: true })).toBeVisible();

    const seconde = await ouvrirUneNouvelle(page);
    expect(seconde).not.toBe(premiere);
    await page.getByRole('button', { name: 'Accepter la prise en charge' }).click();
    const accord = page.getByRole('dialog', { name: 'Accepter la prise en charge' });
    await expect(accord.getByLabel(/^Montant engagé/)).not.toHaveValue('');
    await verifierAccessibilite(page);
    await accord.getByRole('button', { name: 'Accepter la prise en charge' }).click();
    await expect(accord).toBeHidden();
    await expect(page.getByRole('status')).toContainText('La prise en charge est acceptée.');
    await expect(page.getByText('Pris en charge', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Historique' }).getByText(/^Montant engagé : /)).toBeVisible();
    await verifierAccessibilite(page);

    await page.goto('/opco/demandes?corbeille=toutes');
    await page.getByLabel('Rechercher', { exact: true }).fill(premiere);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page.getByRole('table').getByRole('link', { name: premiere })).toBeVisible();
    await expect(page.getByRole('table').getByText('À compléter', { exact: true })).toBeVisible();
    await verifierAccessibilite(page);
  });
});
