import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';
import { connecterPersonnel } from './personnel';

test.describe('« Besoin d’aide ? »', () => {
  test('les trois sous-menus mènent aux guides illustrés, à la foire aux questions et aux coordonnées de l’assistance', async ({ page }) => {
    await seConnecter(page, COMPTES.boulanger);
    await page.getByRole('button', { name: 'Afficher les sous-menus de Besoin d’aide ?' }).click();

    await page.getByRole('link', { name: '1 - Comment ça marche ?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Comment ça marche ?' })).toBeVisible();
    for (const guide of ['Première connexion au nouveau portail', 'Gérer mon compte', 'Consulter mon entreprise et mes établissements', 'Déposer un contrat d’apprentissage', 'Demander un remboursement']) {
      await expect(page.getByRole('link', { name: `Lire le guide « ${guide} »` })).toBeVisible();
    }
    await verifierAccessibilite(page);
    await page.getByRole('link', { name: 'Lire le guide « Gérer mon compte »' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gérer mon compte' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Étape 2 : Mettre à jour vos coordonnées' })).toBeVisible();
    await verifierAccessibilite(page);
    // The step's button leads to the screen it describes.
    await page.getByRole('link', { name: 'Mes coordonnées' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mes coordonnées' })).toBeVisible();

    await page.getByRole('link', { name: '2 - La foire aux questions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'La foire aux questions' })).toBeVisible();
    await expect(page.getByText('Plusieurs thématiques recensent les questions les plus fréquentes.')).toBeVisible();
    for (const theme of ['Connexion et compte', 'Demandes de financement', 'Apprentissage', 'Remboursements', 'Mon entreprise']) {
      await expect(page.getByRole('heading', { level: 2, name: theme })).toBeVisible();
    }
    await verifierAccessibilite(page);

    await page.getByRole('link', { name: '3 - Contacter l’assistance' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Contacter l’assistance' })).toBeVisible();
    await expect(page.getByText('Nos équipes sont à votre écoute du lundi au vendredi de 5h à 23h au 09 70 838 837. (Appel non surtaxé)')).toBeVisible();
    await expect(page.getByRole('link', { name: '09 70 838 837' })).toHaveAttribute('href', 'tel:0970838837');
    await expect(page.getByRole('link', { name: 'Mes demandes d’assistance' })).toBeVisible();
    await verifierAccessibilite(page);

    // Contextual help: the "?" beside a field opens its explanation, Escape closes it.
    const aide = page.getByRole('button', { name: 'Aide : le numéro de dossier' });
    await aide.click();
    await expect(page.getByRole('dialog', { name: 'Le numéro de dossier' })).toContainText('Seuls les numéros de vos propres demandes sont acceptés.');
    await verifierAccessibilite(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Le numéro de dossier' })).toBeHidden();
    await expect(aide).toBeFocused();
  });

  test('une recherche avec une faute de frappe trouve la bonne question, que l’on ouvre, partage et note', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    await page.goto('/aide/foire-aux-questions');
    await page.getByLabel('Rechercher dans la foire aux questions').fill('subrogtion');
    const resultats = page.getByRole('region', { name: 'Résultats de la recherche' });
    const question = resultats.getByRole('button', { name: 'L’organisme de formation est payé directement : pourquoi ne vois-je rien dans Mes remboursements ?' });
    await expect(question).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /question.* pour « subrogtion »/ })).toBeVisible();
    await question.click();
    await expect(resultats.getByText('Avec la subrogation de paiement, l’OPCO paie directement l’organisme de formation.')).toBeVisible();
    await verifierAccessibilite(page);

    await resultats.getByRole('button', { name: 'Oui' }).click();
    await expect(resultats.getByText('Merci pour votre réponse.')).toBeVisible();
    await expect(resultats.getByRole('button', { name: 'Oui' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByLabel('Rechercher dans la foire aux questions').fill('piscine');
    await expect(page.getByText('Aucune question ne correspond à « piscine ».')).toBeVisible();

    // Each question has its own address, which opens it.
    await page.goto('/aide/foire-aux-questions#subrogation-de-paiement');
    const ouverte = page.locator('#subrogation-de-paiement').getByRole('button', { name: /L’organisme de formation est payé directement/ });
    await expect(ouverte).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#subrogation-de-paiement').getByRole('button', { name: 'Oui' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#subrogation-de-paiement').getByRole('link', { name: 'Lien vers cette question' })).toHaveAttribute('href', '/aide/foire-aux-questions#subrogation-de-paiement');
  });

  test('les administrateurs voient combien de personnes une réponse a aidées', async ({ page }) => {
    await connecterPersonnel(page, 'administrateur@opco.test');
    await page.goto('/opco/aide');
    await expect(page.getByRole('heading', { level: 1, name: 'Avis sur la foire aux questions' })).toBeVisible();
    const ligne = page.getByRole('row', { name: /L’organisme de formation est payé directement/ });
    await expect(ligne.getByRole('cell')).toHaveText(['Remboursements', '1', '0', '100 %']);
    await verifierAccessibilite(page);
  });
});
