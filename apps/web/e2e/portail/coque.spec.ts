import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

test.describe('la coque du portail employeur', () => {
  test('on entre par « Accéder à mes services en ligne » et on se connecte', async ({ page }) => {
    await page.goto('/');
    await verifierAccessibilite(page);
    await page.getByRole('link', { name: 'Accéder à mes services en ligne' }).click();
    await expect(page.getByRole('heading', { name: 'Me connecter' })).toBeVisible();
    for (const libelle of ['Se souvenir de moi']) await expect(page.getByLabel(libelle)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Mot de passe oublié ?' })).toBeVisible();
    await expect(page.getByText('Pas encore de compte ?')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Inscrivez-vous !' })).toBeVisible();
    await verifierAccessibilite(page);
  });

  test('une page protégée renvoie à la connexion puis y revient', async ({ page }) => {
    await page.goto('/mes-financements/archive');
    await expect(page).toHaveURL(/\/connexion\?suite=/);
    await page.getByLabel('Email').fill(COMPTES.boulanger);
    await page.getByLabel(/^Mot de passe/).fill('Portail-Demo-2026!');
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page).toHaveURL(/\/mes-financements\/archive$/);
  });

  test('un mauvais mot de passe est expliqué sans rien effacer', async ({ page }) => {
    await page.goto('/connexion');
    await page.getByLabel('Email').fill(COMPTES.boulanger);
    await page.getByLabel(/^Mot de passe/).fill('pas-le-bon');
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page.getByRole('alert')).toContainText('Email ou mot de passe incorrect');
    await expect(page.getByLabel('Email')).toHaveValue(COMPTES.boulanger);
    await verifierAccessibilite(page);
  });

  test('le bloc entreprise, le menu et ses sous-menus, au clavier', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const bloc = page.getByRole('region', { name: 'Votre entreprise' });
    await expect(bloc).toContainText('Cécile MOREAU');
    await expect(bloc).toContainText('AIDOMI PROVENCE');
    await expect(bloc).toContainText('13002, MARSEILLE');
    await expect(bloc).toContainText('(Multi-SIRET)');
    await expect(bloc).toContainText(/3127 - CONVENTION COLLECTIVE NATIONALE DES ENTREPRISES DE SERVICES À LA PERSONNE/);
    await expect(bloc).toContainText('plus de 50 salariés');
    await expect(page.getByRole('heading', { name: 'Actualités' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Bienvenue sur votre nouvel espace' })).toBeVisible();
    await verifierAccessibilite(page);

    const fleche = page.getByRole('button', { name: 'Afficher les sous-menus de Demander un financement' });
    await fleche.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Masquer les sous-menus de Demander un financement' })).toHaveAttribute('aria-expanded', 'true');
    for (const sousMenu of ['Action individuelle', 'Contrat d’apprentissage', 'Contrat de professionnalisation', 'Promotion par l’alternance']) {
      await expect(page.getByRole('link', { name: sousMenu })).toBeVisible();
    }
    await page.getByRole('link', { name: 'Contrat d’apprentissage' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Contrat d’apprentissage' })).toBeVisible();
    // Working on all of its establishments, the account first says which one the contract is for.
    await expect(page.getByLabel('Établissement concerné')).toBeVisible();
    await verifierAccessibilite(page);

    await page.getByRole('button', { name: 'Afficher les sous-menus de Besoin d’aide ?' }).click();
    for (const sousMenu of ['1 - Comment ça marche ?', '2 - La foire aux questions', '3 - Contacter l’assistance']) {
      await expect(page.getByRole('link', { name: sousMenu })).toBeVisible();
    }
  });

  test('le menu de gestion de compte et la déconnexion', async ({ page }) => {
    await seConnecter(page, COMPTES.boulanger);
    await page.getByRole('button', { name: 'Gestion de compte' }).click();
    for (const item of ['Mes coordonnées', 'Mettre à jour mon adresse email de connexion', 'Mettre à jour mon mot de passe']) {
      await expect(page.getByRole('menuitem', { name: item })).toBeVisible();
    }
    await page.getByRole('menuitem', { name: 'Me déconnecter' }).click();
    await expect(page.getByRole('heading', { name: 'Me connecter' })).toBeVisible();
    await page.goto('/accueil');
    await expect(page).toHaveURL(/\/connexion/);
  });

  test('sur téléphone, le menu s’ouvre par le bouton', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await seConnecter(page, COMPTES.boulanger);
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    await page.getByRole('link', { name: 'Mon entreprise' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon entreprise' })).toBeVisible();
    await verifierAccessibilite(page);
  });
});
