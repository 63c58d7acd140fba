import { attendreEmail, lienDuMail } from '../support/mails';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

const NOUVEAU = 'Bouquet-Tulipes-48';

test('mode opératoire 002 : première connexion d’un compte migré, pas à pas', async ({ page }) => {
  // « Rendez-vous sur notre site » puis « Cliquer sur Accéder à mes services en ligne »
  await page.goto('/');
  await page.getByRole('link', { name: 'Accéder à mes services en ligne' }).click();

  // Sans mot de passe, la connexion directe explique le chemin de la première connexion.
  await page.getByLabel('Email').fill(COMPTES.migre);
  await page.getByLabel(/^Mot de passe/).fill('Un-essai-2026');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByRole('alert')).toContainText('Première connexion au nouveau portail ? Cliquez sur « Mot de passe oublié ? »');

  // « Cliquer sur Mot de passe oublié ? »
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await expect(page.getByRole('heading', { name: 'Mot de passe oublié ?' })).toBeVisible();
  await verifierAccessibilite(page);

  // « Renseigner l'adresse email précédemment utilisée … puis Valider »
  const depuis = Date.now();
  await page.getByLabel('Email').fill(COMPTES.migre);
  await page.getByRole('button', { name: 'Valider' }).click();
  // « Un message a été envoyé à l'adresse email renseignée. »
  await expect(page.getByRole('status')).toContainText("Un message a été envoyé à l'adresse email renseignée.");

  // « Cliquer sur Réinitialiser mon mot de passe » (dans l'e-mail reçu par le serveur SMTP)
  const mail = await attendreEmail(COMPTES.migre, depuis, /Réinitialisation/);
  await page.goto(lienDuMail(mail, 'Réinitialiser mon mot de passe'));
  await expect(page.getByRole('heading', { name: 'Mettre à jour mon mot de passe' })).toBeVisible();
  await expect(page.getByText('Votre mot de passe doit contenir :')).toBeVisible();
  await verifierAccessibilite(page);

  // La liste se coche au fil de la saisie.
  const nouveau = page.getByLabel(/^Nouveau mot de passe/);
  const critere = (libelle: string) => page.locator('li', { hasText: libelle });
  await nouveau.fill('bouquet');
  await expect(critere('1 lettre minuscule')).toHaveAttribute('data-respecte', 'true');
  await expect(critere('1 lettre majuscule')).toHaveAttribute('data-respecte', 'false');
  await nouveau.fill('Bouquet-Tulipes-4');
  await expect(critere('1 caractère spécial')).toHaveAttribute('data-respecte', 'true');
  await expect(critere('2 chiffres')).toHaveAttribute('data-respecte', 'false');
  await nouveau.fill(NOUVEAU);
  for (const libelle of ['1 lettre minuscule', '1 lettre majuscule', '2 chiffres', '8 caractères', '1 caractère spécial']) {
    await expect(critere(libelle)).toHaveAttribute('data-respecte', 'true');
  }
  // L'icône en forme d'œil montre le mot de passe.
  await page.getByRole('button', { name: 'Afficher ou masquer le nouveau mot de passe' }).click();
  await expect(nouveau).toHaveAttribute('type', 'text');

  // « Confirmer à nouveau votre mot de passe puis cliquer sur Valider »
  await page.getByLabel(/^Confirmation du mot de passe/).fill('Bouquet-Tulipes-49');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('La confirmation ne correspond pas au nouveau mot de passe.')).toBeVisible();
  await page.getByLabel(/^Confirmation du mot de passe/).fill(NOUVEAU);
  await page.getByRole('button', { name: 'Valider' }).click();

  // « Vous êtes à présent connecté à votre nouveau portail. »
  await expect(page.getByText('Vous êtes à présent connecté à votre nouveau portail.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Votre entreprise' })).toContainText('FLEURS DE LYS');
  await verifierAccessibilite(page);

  // Le lien ne sert qu'une fois, et la page le dit en proposant un nouveau lien.
  await page.goto(lienDuMail(mail, 'Réinitialiser mon mot de passe'));
  await expect(page.getByRole('alert')).toContainText('déjà été utilisé');
  await expect(page.getByRole('link', { name: 'Recevoir un nouveau lien' })).toBeVisible();

  // Le nouveau mot de passe permet de se connecter.
  await page.context().clearCookies();
  await seConnecter(page, COMPTES.migre, NOUVEAU);
});
