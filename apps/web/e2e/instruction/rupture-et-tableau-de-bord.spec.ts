import { connecterPersonnel } from '../aide/personnel';
import { expect, test, verifierAccessibilite } from '../support/fixtures';

test.describe('Rupture d’un contrat d’apprentissage et tableau de bord', () => {
  test('un gestionnaire enregistre la rupture d’un contrat pris en charge : le montant engagé est recalculé', async ({ page }) => {
    await connecterPersonnel(page, 'gestionnaire@opco.test');
    await page.goto('/opco/demandes?corbeille=toutes&dispositif=apprentissage&statut=pris_en_charge');
    const lien = page.getByRole('table').getByRole('link').first();
    const numero = (await lien.textContent())!.trim();
    await lien.click();
    await expect(page.getByRole('heading', { level: 1, name: `Demande n° ${numero}` })).toBeVisible();
    const montantEngage = page.locator('p').filter({ hasText: /^Montant engagé : / }).first();
    const avant = await montantEngage.textContent();
    expect(avant).toMatch(/€$/);
    await page.getByRole('button', { name: 'Enregistrer une rupture' }).click();
    const dialogue = page.getByRole('dialog', { name: 'Enregistrer une rupture' });
    await dialogue.getByRole('button', { name: 'Enregistrer la rupture' }).click();
    await expect(dialogue.getByText('Indiquez la date de la rupture.')).toBeVisible();
    const hier = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await dialogue.getByLabel(/^Date de la rupture/).fill(hier);
    await dialogue.getByLabel(/^Cause de la rupture/).selectOption({ label: 'Rupture d’un commun accord' });
    await verifierAccessibilite(page);
    await dialogue.getByRole('button', { name: 'Enregistrer la rupture' }).click();
    await expect(dialogue).toBeHidden();
    await expect(page.getByRole('status')).toContainText('La rupture est enregistrée');
    await expect(page.getByText(/^Contrat rompu le \d{2}\/\d{2}\/\d{4} — Rupture d’un commun accord$/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Historique' }).getByText('Rupture du contrat enregistrée')).toBeVisible();
    await expect(montantEngage).not.toHaveText(avant!);
    await expect(page.getByRole('button', { name: 'Enregistrer une rupture' })).toHaveCount(0);
    await verifierAccessibilite(page);
  });

  test('la superviseure lit le tableau de bord en tableaux, et un gestionnaire n’y a pas accès', async ({ page }) => {
    await connecterPersonnel(page, 'superviseur@opco.test');
    await page.getByRole('navigation', { name: 'Navigation du back office' }).getByRole('link', { name: 'Tableau de bord' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
    const semaines = page.getByRole('table', { name: 'Par semaine' });
    await expect(semaines.getByRole('row')).toHaveCount(13);
    await expect(page.getByRole('table', { name: 'Montants engagés par dispositif et par branche' }).getByRole('row', { name: /^Total/ })).toBeVisible();
    await expect(page.getByText('Dossiers en attente depuis 15 jours ou plus')).toBeVisible();
    await verifierAccessibilite(page);
    await page.getByLabel('Période', { exact: true }).selectOption({ label: '4 dernières semaines' });
    await expect(page).toHaveURL(/semaines=4/);
    await expect(semaines.getByRole('row')).toHaveCount(5);

    await page.context().clearCookies();
    await connecterPersonnel(page, 'gestionnaire@opco.test');
    await expect(page.getByRole('navigation', { name: 'Navigation du back office' }).getByRole('link', { name: 'Tableau de bord' })).toHaveCount(0);
    await page.goto('/opco/statistiques');
    await expect(page.getByRole('alert')).toContainText('Le tableau de bord est réservé aux superviseurs et aux administrateurs.');
  });
});
