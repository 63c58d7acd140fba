import type { Browser, Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { connecterPersonnel } from '../aide/personnel';
import { attendreEmail, lienDuMail } from '../support/mails';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

/** An employer in a browser of their own, next to the administrator's. */
async function employeur(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })).newPage();
  await seConnecter(page, COMPTES.boulanger);
  return page;
}

test.describe('Administration du portail', () => {
  // Two browsers and several axe scans per journey, on a machine shared with other runs.
  test.describe.configure({ timeout: 90_000 });

  test('l’administrateur publie une actualité que l’employeur voit sur son accueil, puis la retire', async ({ page, browser }) => {
    const titre = `Nouveaux plafonds de prise en charge ${Date.now()}`;
    await connecterPersonnel(page, 'administrateur@opco.test');
    await page.getByRole('navigation', { name: 'Navigation du back office' }).getByRole('link', { name: 'Administration' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Actualités' })).toBeVisible();
    await verifierAccessibilite(page);

    await page.getByRole('button', { name: 'Nouvelle actualité' }).click();
    const formulaire = page.getByRole('form', { name: 'Nouvelle actualité' });
    await formulaire.getByLabel('Titre').fill('x'.repeat(10));
    await formulaire.getByLabel('Titre').fill('');
    await formulaire.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(formulaire.getByText('Le champ « Titre » est obligatoire.')).toBeVisible();
    await verifierAccessibilite(page);

    await formulaire.getByLabel('Titre').fill(titre);
    await formulaire.getByLabel(/^Résumé/).fill('Les plafonds 2027 sont en ligne.');
    await formulaire.getByLabel(/^Texte/).fill('Les plafonds de prise en charge changent au 1er janvier 2027.');
    await formulaire.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Actualité publiée.' })).toBeVisible();
    const ligne = page.getByRole('row').filter({ hasText: titre });
    await expect(ligne).toContainText('Publiée');

    const lecteur = await employeur(browser);
    const actualites = lecteur.getByRole('region', { name: 'Actualités' });
    await expect(actualites.getByRole('link', { name: titre })).toBeVisible();
    await actualites.getByRole('link', { name: titre }).click();
    await expect(lecteur.getByRole('main')).toContainText('Les plafonds de prise en charge changent au 1er janvier 2027.');

    await ligne.getByRole('button', { name: `Retirer de l’accueil : ${titre}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Actualité retirée de l’accueil.' })).toBeVisible();
    await expect(ligne).toContainText('Retirée');
    await lecteur.goto('/accueil');
    await expect(lecteur.getByRole('region', { name: 'Actualités' }).getByRole('article').first()).toBeVisible();
    await expect(lecteur.getByRole('region', { name: 'Actualités' }).getByRole('link', { name: titre })).toHaveCount(0);
    await lecteur.context().close();
  });

  test('l’administrateur change le téléphone de l’assistance, que l’employeur voit aussitôt dans « Contacter l’assistance »', async ({ page, browser }) => {
    await connecterPersonnel(page, 'administrateur@opco.test');
    await page.goto('/opco/administration/parametres');
    await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
    const formulaire = page.getByRole('form', { name: 'Nom et assistance' });
    const telephone = formulaire.getByLabel(/^Téléphone de l’assistance/);
    const horaires = formulaire.getByLabel(/^Horaires de l’assistance/);
    const avant = { telephone: await telephone.inputValue(), horaires: await horaires.inputValue() };

    await telephone.fill('appelez-nous');
    await formulaire.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(formulaire.getByText('Le téléphone de l’assistance ne contient que des chiffres')).toBeVisible();
    await verifierAccessibilite(page);

    try {
      await telephone.fill('01 23 45 67 89');
      await horaires.fill('du lundi au vendredi de 8h à 18h');
      await formulaire.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(formulaire.getByRole('status')).toHaveText('Modifications enregistrées.');
      await expect(formulaire).toContainText('Dernière modification par Marc FONTAINE');

      const lecteur = await employeur(browser);
      await lecteur.goto('/aide/contacter-assistance');
      await expect(lecteur.getByText('Nos équipes sont à votre écoute du lundi au vendredi de 8h à 18h au')).toBeVisible();
      await expect(lecteur.getByRole('link', { name: '01 23 45 67 89' })).toHaveAttribute('href', 'tel:0123456789');
      await lecteur.context().close();
    } finally {
      // Other journeys read the demo number: it is put back.
      await telephone.fill(avant.telephone);
      await horaires.fill(avant.horaires);
      await formulaire.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(formulaire.getByRole('status')).toHaveText('Modifications enregistrées.');
    }
  });

  test('l’administrateur consulte et filtre le journal d’audit, l’exporte et en vérifie la chaîne', async ({ page }) => {
    await connecterPersonnel(page, 'administrateur@opco.test');
    await page.getByRole('navigation', { name: 'Navigation du back office' }).getByRole('link', { name: 'Journal d’audit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Journal d’audit' })).toBeVisible();
    const tableau = page.getByRole('table', { name: 'Lignes du journal d’audit, la plus récente d’abord' });
    await expect(tableau.getByRole('row').nth(1)).toBeVisible();
    await verifierAccessibilite(page);

    const filtres = page.getByRole('form', { name: 'Filtrer le journal' });
    await filtres.getByLabel('Événement').selectOption({ label: 'Connexion réussie' });
    await filtres.getByLabel('Personne (nom ou adresse email)').fill('fontaine');
    await filtres.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/evenement=connexion_reussie/);
    await expect(tableau.getByRole('row').nth(1)).toContainText('Connexion réussie');
    await expect(tableau.getByRole('row').nth(1)).toContainText('Marc FONTAINE (administrateur@opco.test)');
    const lignes = await tableau.getByRole('row').count();
    for (let i = 1; i < Math.min(lignes, 10); i += 1) await expect(tableau.getByRole('row').nth(i)).toContainText('Marc FONTAINE');

    await filtres.getByLabel('Du').fill('2030-01-01');
    await filtres.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page.getByText('Aucune ligne ne correspond à ces filtres.')).toBeVisible();
    await filtres.getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect(tableau.getByRole('row').nth(1)).toBeVisible();

    const telechargement = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Exporter en CSV' }).click();
    const fichier = await telechargement;
    expect(fichier.suggestedFilename()).toMatch(/^journal-audit-\d{4}-\d{2}-\d{2}\.csv$/);

    await page.getByRole('button', { name: 'Vérifier la chaîne d’empreintes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Journal intact' })).toHaveText(/^Journal intact : [\d\s ]+ ligne\(s\) vérifiée\(s\)\.$/);
    await verifierAccessibilite(page);
  });

  test('un nouveau membre du personnel reçoit son invitation, choisit son mot de passe, enregistre son second facteur et se connecte', async ({ page, browser }) => {
    const email = `agent.${Date.now()}@opco.test`;
    await connecterPersonnel(page, 'administrateur@opco.test');
    await page.goto('/opco/administration/personnel');
    await expect(page.getByRole('heading', { level: 1, name: 'Comptes du personnel' })).toBeVisible();
    await verifierAccessibilite(page);
    const depuis = Date.now();
    const formulaire = page.getByRole('form', { name: 'Nouveau compte' });
    await formulaire.getByLabel(/^Prénom/).fill('Inès');
    await formulaire.getByLabel(/^Nom/).fill('ROUX');
    await formulaire.getByLabel(/^Adresse email/).fill(email);
    await formulaire.getByLabel(/^Rôle/).selectOption('gestionnaire');
    await formulaire.getByRole('button', { name: 'Créer le compte et envoyer l’invitation' }).click();
    await expect(page.getByRole('status')).toHaveText(`Invitation envoyée à ${email}.`);
    await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Invitation envoyée');

    const mail = await attendreEmail(email, depuis, /back office/);
    const nouveau = await (await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })).newPage();
    await nouveau.goto(lienDuMail(mail, 'Activer mon accès'));
    await expect(nouveau.getByRole('heading', { level: 1, name: 'Activer votre accès au back office' })).toBeVisible();
    const secret = (await nouveau.locator('code').textContent())!.trim();
    await verifierAccessibilite(nouveau);
    await nouveau.getByLabel(/^Mot de passe/).fill('Chocolatine-Verte-2027');
    await nouveau.getByLabel(/^Code à 6 chiffres/).fill('000000');
    await nouveau.getByRole('button', { name: 'Activer mon accès' }).click();
    await expect(nouveau.getByText('Ce code ne correspond pas')).toBeVisible();
    await nouveau.getByLabel(/^Code à 6 chiffres/).fill(generateSync({ secret, epoch: Math.floor(Date.now() / 1000) }));
    await nouveau.getByRole('button', { name: 'Activer mon accès' }).click();
    await expect(nouveau.getByRole('status')).toContainText('Votre accès est activé.');
    await nouveau.getByRole('link', { name: 'Me connecter au back office' }).click();
    await nouveau.getByLabel(/^Email/).fill(email);
    await nouveau.getByLabel(/^Mot de passe/).fill('Chocolatine-Verte-2027');
    await nouveau.getByLabel(/^Code à usage unique/).fill(generateSync({ secret, epoch: Math.floor(Date.now() / 1000) }));
    await nouveau.getByRole('button', { name: 'Valider' }).click();
    await expect(nouveau.getByRole('heading', { level: 1, name: 'Back office' })).toBeVisible();
    // A gestionnaire has no administration menu, and is refused the pages.
    await expect(nouveau.getByRole('navigation', { name: 'Navigation du back office' }).getByRole('link', { name: 'Administration' })).toHaveCount(0);
    await nouveau.goto('/opco/administration/actualites');
    await expect(nouveau.getByRole('alert').filter({ hasText: 'Chargement impossible' })).toContainText('Seul un administrateur de l’OPCO peut faire cette action.', { timeout: 15_000 });

    await page.reload();
    const ligne = page.getByRole('row').filter({ hasText: email });
    await expect(ligne).toContainText('Actif');
    page.once('dialog', (d) => void d.accept());
    await ligne.getByRole('button', { name: 'Désactiver le compte de Inès ROUX' }).click();
    await expect(ligne).toContainText('Désactivé');
    await nouveau.reload();
    await expect(nouveau).toHaveURL(/\/opco\/connexion/);
    await nouveau.context().close();
  });

  test('les pages de la foire aux questions et des guides passent l’examen d’accessibilité et enregistrent une question', async ({ page, browser }) => {
    const question = `Comment joindre mon conseiller ${Date.now()} ?`;
    await connecterPersonnel(page, 'administrateur@opco.test');
    await page.goto('/opco/administration/foire-aux-questions');
    await expect(page.getByRole('heading', { level: 1, name: 'Foire aux questions' })).toBeVisible();
    await verifierAccessibilite(page);
    const premiereThematique = page.getByRole('region').first();
    const nomThematique = (await premiereThematique.getByRole('heading', { level: 2 }).textContent())!;
    await premiereThematique.getByRole('button', { name: `Ajouter une question : ${nomThematique}` }).click();
    const formulaire = page.getByRole('form', { name: `Ajouter une question : ${nomThematique}` });
    await formulaire.getByLabel(/^Question/).fill(question);
    await formulaire.getByLabel(/^Réponse/).fill('Écrivez-lui depuis [Contacter l’assistance](/aide/contacter-assistance).');
    await formulaire.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('status')).toHaveText('Question enregistrée.');
    await verifierAccessibilite(page);

    const lecteur = await employeur(browser);
    await lecteur.goto('/aide/foire-aux-questions');
    await expect(lecteur.getByText(question)).toBeVisible();
    await lecteur.context().close();

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: `Supprimer la question : ${question}` }).click();
    await expect(page.getByRole('status')).toHaveText('Question supprimée.');

    await page.goto('/opco/administration/guides');
    await expect(page.getByRole('heading', { level: 1, name: 'Comment ça marche ?' })).toBeVisible();
    await page.getByRole('button').filter({ hasText: /connexion/i }).first().click();
    await verifierAccessibilite(page);
  });
});
