import { attendreEmail, lienDuMail } from '../support/mails';
import { COMPTES, expect, MOT_DE_PASSE_DEMO, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

/** An establishment of the demo directory that no account manages (apps/api/src/db/demo-data.ts). */
const SIRET_SANS_COMPTE = '300 221 736 00170';

test('inscription d’un établissement adhérent, confirmée par e-mail', async ({ page }) => {
  await page.goto('/connexion');
  await page.getByRole('link', { name: 'Inscrivez-vous !' }).click();
  await expect(page.getByRole('heading', { name: 'Inscription' })).toBeVisible();
  await verifierAccessibilite(page);

  await page.getByLabel('SIRET de l’établissement').fill('356 000 000 09090');
  await page.getByLabel(/^Nom/).click();
  await expect(page.getByText(/SIRET.*(clé|valide)/)).toBeVisible();

  await page.getByLabel('SIRET de l’établissement').fill(SIRET_SANS_COMPTE);
  await page.getByLabel('Monsieur').check();
  await page.getByLabel(/^Nom/).fill('Petit');
  await page.getByLabel('Prénom').fill('Camille');
  await page.getByLabel('Fonction').fill('Coiffeur, gérant');
  await page.getByLabel('Téléphone').fill('06 11 22 33 44');
  await page.getByLabel(/^Email/).fill('camille.petit@hair-studio.test');
  await page.getByLabel(/^Nouveau mot de passe/).fill('Peigne-Fin-2026');
  await page.getByLabel(/^Confirmation du mot de passe/).fill('Peigne-Fin-2026');
  const depuis = Date.now();
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByRole('status')).toContainText('cliquez sur le lien qu’il contient pour activer votre compte');

  const mail = await attendreEmail('camille.petit@hair-studio.test', depuis, /Confirmez votre adresse/);
  await page.goto(lienDuMail(mail, 'Confirmer mon adresse email'));
  await expect(page.getByRole('status')).toContainText('Votre adresse email est confirmée');
  await seConnecter(page, 'camille.petit@hair-studio.test', 'Peigne-Fin-2026');
  await expect(page.getByRole('region', { name: 'Votre entreprise' })).toContainText('HAIR STUDIO CAMILLE');

  // Le même établissement ne peut pas avoir un second compte : on explique l'invitation.
  await page.context().clearCookies();
  await page.goto('/inscription');
  await page.getByLabel('SIRET de l’établissement').fill(SIRET_SANS_COMPTE);
  await page.getByLabel(/^Nom/).fill('Autre');
  await page.getByLabel('Prénom').fill('Personne');
  await page.getByLabel('Fonction').fill('Salariée');
  await page.getByLabel('Téléphone').fill('0611223345');
  await page.getByLabel(/^Email/).fill('autre@hair-studio.test');
  await page.getByLabel(/^Nouveau mot de passe/).fill('Peigne-Fin-2027');
  await page.getByLabel(/^Confirmation du mot de passe/).fill('Peigne-Fin-2027');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText(/déjà un compte.*vous inviter/)).toBeVisible();
});

test('mettre à jour son mot de passe depuis la gestion de compte', async ({ page }) => {
  await seConnecter(page, COMPTES.multi);
  await page.getByRole('button', { name: 'Gestion de compte' }).click();
  await page.getByRole('menuitem', { name: 'Mettre à jour mon mot de passe' }).click();
  await expect(page.getByRole('heading', { name: 'Mettre à jour mon mot de passe' })).toBeVisible();
  await verifierAccessibilite(page);
  await page.getByLabel(/^Mot de passe actuel/).fill('pas-le-bon');
  await page.getByLabel(/^Nouveau mot de passe/).fill('Aide-Domicile-2027');
  await page.getByLabel(/^Confirmation du mot de passe/).fill('Aide-Domicile-2027');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('Mot de passe actuel incorrect.')).toBeVisible();
  await page.getByLabel(/^Mot de passe actuel/).fill(MOT_DE_PASSE_DEMO);
  const depuis = Date.now();
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByRole('status')).toContainText('Votre mot de passe est modifié.');
  const mail = await attendreEmail(COMPTES.multi, depuis, /mot de passe a été modifié/);
  expect(mail.text).toContain('vos autres sessions ont été fermées');
  await page.context().clearCookies();
  await seConnecter(page, COMPTES.multi, 'Aide-Domicile-2027');

  // Other journeys use this demo account: its password is put back.
  await page.goto('/mon-compte/mot-de-passe');
  await page.getByLabel(/^Mot de passe actuel/).fill('Aide-Domicile-2027');
  await page.getByLabel(/^Nouveau mot de passe/).fill(MOT_DE_PASSE_DEMO);
  await page.getByLabel(/^Confirmation du mot de passe/).fill(MOT_DE_PASSE_DEMO);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByRole('status')).toContainText('Votre mot de passe est modifié.');
});

test('mes coordonnées et le changement d’adresse de connexion confirmé par e-mail', async ({ page }) => {
  await seConnecter(page, COMPTES.boulanger);
  await page.getByRole('button', { name: 'Gestion de compte' }).click();
  await page.getByRole('menuitem', { name: 'Mes coordonnées' }).click();
  await expect(page.getByRole('heading', { name: 'Mes coordonnées' })).toBeVisible();
  await expect(page.getByLabel('Prénom')).toHaveValue('Julien');
  await page.getByLabel('Fonction').fill('Boulanger, gérant');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByRole('status')).toContainText('Vos coordonnées sont enregistrées.');
  await verifierAccessibilite(page);

  await page.getByRole('button', { name: 'Gestion de compte' }).click();
  await page.getByRole('menuitem', { name: 'Mettre à jour mon adresse email de connexion' }).click();
  const depuis = Date.now();
  await page.getByLabel('Nouvelle adresse email').fill('julien@au-pain-dore.test');
  await page.getByLabel(/^Mot de passe actuel/).fill(MOT_DE_PASSE_DEMO);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByRole('status')).toContainText('Un message a été envoyé à julien@au-pain-dore.test');
  const avertissement = await attendreEmail(COMPTES.boulanger, depuis, /Changement de votre adresse/);
  expect(avertissement.text).toContain('julien@au-pain-dore.test');
  const confirmation = await attendreEmail('julien@au-pain-dore.test', depuis, /Confirmez votre nouvelle adresse/);
  await page.goto(lienDuMail(confirmation, 'Confirmer ma nouvelle adresse'));
  await expect(page.getByRole('status')).toContainText('Votre nouvelle adresse email de connexion est confirmée.');
  await page.context().clearCookies();
  await seConnecter(page, 'julien@au-pain-dore.test');

  // Other journeys use this demo account: its address is put back the same way.
  const retour = Date.now();
  await page.goto('/mon-compte/adresse-email');
  await page.getByLabel('Nouvelle adresse email').fill(COMPTES.boulanger);
  await page.getByLabel(/^Mot de passe actuel/).fill(MOT_DE_PASSE_DEMO);
  await page.getByRole('button', { name: 'Valider' }).click();
  const retourMail = await attendreEmail(COMPTES.boulanger, retour, /Confirmez votre nouvelle adresse/);
  await page.goto(lienDuMail(retourMail, 'Confirmer ma nouvelle adresse'));
  await expect(page.getByRole('status')).toContainText('Votre nouvelle adresse email de connexion est confirmée.');
});
