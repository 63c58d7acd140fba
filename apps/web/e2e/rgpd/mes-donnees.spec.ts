import fs from 'node:fs';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

test('télécharger mes données depuis la gestion de compte', async ({ page }) => {
  await seConnecter(page, COMPTES.boulanger);
  await page.getByRole('button', { name: 'Gestion de compte' }).click();
  await page.getByRole('menuitem', { name: 'Télécharger mes données' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données personnelles' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Combien de temps vos données sont conservées' })).toBeVisible();
  await verifierAccessibilite(page);

  const lien = page.getByRole('link', { name: 'Télécharger mes données' });
  await lien.focus();
  const [telechargement] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(telechargement.suggestedFilename()).toMatch(/^mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
  const donnees = JSON.parse(fs.readFileSync((await telechargement.path())!, 'utf8'));
  expect(donnees.personne.email).toBe(COMPTES.boulanger);
  expect(donnees.compte.role).toBe('proprietaire');
  expect(donnees.etablissements.length).toBeGreaterThanOrEqual(1);
  expect(JSON.stringify(donnees)).not.toContain(COMPTES.multi);
});
