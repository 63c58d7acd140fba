import type { Page } from '@playwright/test';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

/** The current establishment is kept on the account: put it back to "Tous" so that other journeys find the head office. */
async function revenirATous(page: Page) {
  const session = await page.request.get('/api/session');
  if (!session.ok()) return;
  await page.request.put('/api/etablissement-courant', { data: { siret: null }, headers: { 'x-csrf-token': (await session.json()).csrfToken } });
}

test.describe('Mon entreprise', () => {
  test.afterEach(async ({ page }) => revenirATous(page));

  test('le compte multi-établissements cherche, trie, pagine et ouvre un établissement', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    await page.getByRole('link', { name: 'Mon entreprise' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon entreprise' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('12 établissements');
    const lignes = page.getByRole('table').getByRole('row');
    await expect(lignes).toHaveCount(11);
    await expect(page.getByText('Page 1 sur 2')).toBeVisible();
    await verifierAccessibilite(page);

    await page.getByRole('button', { name: 'Page suivante' }).click();
    await expect(page.getByText('Page 2 sur 2')).toBeVisible();
    await expect(lignes).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Page suivante' })).toBeDisabled();
    await page.getByRole('button', { name: 'Page précédente' }).click();
    await expect(page.getByText('Page 1 sur 2')).toBeVisible();

    await expect(page.getByRole('columnheader', { name: 'Raison sociale' })).toHaveAttribute('aria-sort', 'ascending');
    await page.getByRole('button', { name: 'Code postal et ville' }).click();
    await expect(page.getByRole('columnheader', { name: 'Code postal et ville' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(lignes.nth(1)).toContainText('13100 AIX-EN-PROVENCE');

    await page.getByLabel('Rechercher un établissement').fill('nimes');
    await expect(page.getByRole('status')).toHaveText('1 établissement');
    await expect(lignes).toHaveCount(2);
    await expect(lignes.nth(1)).toContainText('AIDOMI PROVENCE – NÎMES');
    await verifierAccessibilite(page);

    await page.getByRole('link', { name: "Consulter l'établissement AIDOMI PROVENCE – NÎMES" }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'AIDOMI PROVENCE – NÎMES' })).toBeVisible();
    const fiche = page.getByRole('main');
    await expect(fiche).toContainText('15 boulevard Victor Hugo');
    await expect(fiche).toContainText('30000 NÎMES');
    await expect(fiche).toContainText('88.10A – Aide à domicile');
    await expect(fiche).toContainText(/3127 – Convention collective nationale des entreprises de services à la personne/);
    await expect(fiche).toContainText('214 salariés (plus de 50 salariés)');
    await expect(fiche).toContainText('01/04/2019');
    await expect(fiche).toContainText('EP1004205');
    await expect(page.getByRole('region', { name: 'Personnes ayant accès' })).toContainText('Madame Cécile MOREAU – Propriétaire du compte');
    await verifierAccessibilite(page);

    await page.getByRole('link', { name: 'Retour à la liste des établissements' }).click();
    await expect(page.getByLabel('Rechercher un établissement')).toHaveValue('nimes');
    await expect(page.getByRole('status')).toHaveText('1 établissement');
  });

  test('le compte multi-établissements choisit au clavier l’établissement sur lequel il travaille', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const bloc = page.getByRole('region', { name: 'Votre entreprise' });
    await expect(bloc).toContainText('13002, MARSEILLE');
    const selecteur = bloc.getByRole('combobox', { name: 'Établissement courant' });
    await expect(selecteur).toHaveValue('Tous les établissements');

    await selecteur.focus();
    await page.keyboard.press('ArrowDown');
    await selecteur.fill('gap');
    const option = page.getByRole('option', { name: 'AIDOMI PROVENCE – GAP (05000 GAP)' });
    await expect(option).toBeVisible();
    await expect(page.getByRole('option')).toHaveText(['Tous les établissements', 'AIDOMI PROVENCE – GAP (05000 GAP)']);
    await verifierAccessibilite(page);
    // "Tous les établissements" first, then what the search found.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await expect(bloc).toContainText('AIDOMI PROVENCE – GAP');
    await expect(bloc).toContainText('05000, GAP');
    await expect(bloc).toContainText('(Multi-SIRET)');
    await expect(selecteur).toHaveValue('AIDOMI PROVENCE – GAP (05000 GAP)');

    // The choice is kept between visits.
    await page.reload();
    await expect(bloc).toContainText('05000, GAP');

    await page.getByRole('link', { name: 'Mon entreprise' }).click();
    await page.getByLabel('Rechercher un établissement').fill('gap');
    await expect(page.getByRole('table')).toContainText('Établissement courant');

    await selecteur.click();
    await page.getByRole('option', { name: 'Tous les établissements' }).click();
    await expect(bloc).toContainText('13002, MARSEILLE');
    await expect(selecteur).toHaveValue('Tous les établissements');
  });

  test('le compte d’un seul établissement voit directement sa fiche', async ({ page }) => {
    await seConnecter(page, COMPTES.boulanger);
    await expect(page.getByRole('region', { name: 'Votre entreprise' }).getByRole('combobox', { name: 'Établissement courant' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Mon entreprise' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon entreprise' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'AU PAIN DORÉ' })).toBeVisible();
    const fiche = page.getByRole('main');
    await expect(fiche).toContainText('10.71C – Boulangerie et boulangerie-pâtisserie');
    await expect(fiche).toContainText(/0843 – Convention collective nationale de la boulangerie-pâtisserie/i);
    await expect(fiche).toContainText('3 salariés (moins de 11 salariés)');
    await expect(fiche).toContainText('Monsieur Julien MARTIN – Propriétaire du compte');
    await expect(page.getByRole('table')).toHaveCount(0);
    await verifierAccessibilite(page);
  });

  test('un SIRET qui n’est pas celui du compte ne montre rien', async ({ page }) => {
    await seConnecter(page, COMPTES.boulanger);
    await page.goto('/mon-entreprise/73282932000074');
    await expect(page.getByRole('alert')).toHaveText("Cet établissement n'existe pas ou ne vous est pas accessible.");
    await verifierAccessibilite(page);
  });
});
