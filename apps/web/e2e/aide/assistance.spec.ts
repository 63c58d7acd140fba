import { attendreEmail } from '../support/mails';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';
import { connecterPersonnel, PDF } from './personnel';

test.describe('« 3 - Contacter l’assistance »', () => {
  test('une demande envoyée par un employeur reçoit une réponse du back office, lue dans « Mes demandes d’assistance » et par e-mail', async ({ page, browser }) => {
    await seConnecter(page, COMPTES.multi);
    await page.goto('/aide/contacter-assistance');
    const envoyer = page.getByRole('button', { name: 'Envoyer ma demande' });

    // Bad input: a precise message on each field, nothing sent.
    await envoyer.click();
    await expect(page.getByText('Choisissez l’objet de votre demande.')).toBeVisible();
    await expect(page.getByText('Saisissez votre message.')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Votre demande n’a pas été envoyée.');
    await verifierAccessibilite(page);

    await page.getByLabel(/^Objet de votre demande/).selectOption({ label: 'Remboursement' });
    await page.getByLabel(/^Votre message/).fill('a'.repeat(10_000));
    await page.locator('input[type="file"]').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(6 * 1024 * 1024, 0x20) });
    await envoyer.click();
    await expect(page.getByText('Votre message fait au plus 5 000 caractères (il en compte 10 000).')).toBeVisible();
    await expect(page.getByText('Le fichier dépasse la taille maximale de 5 Mo (il fait 6 Mo).')).toBeVisible();

    // Checked by the server: a dossier of nobody's, and a text file named .pdf.
    await page.getByLabel(/^Numéro de dossier/).fill('AP-2026-999999');
    await page.getByLabel(/^Votre message/).fill('Bonjour, le remboursement de notre dossier n’apparaît pas.');
    await page.locator('input[type="file"]').setInputFiles({ name: 'faux.pdf', mimeType: 'application/pdf', buffer: Buffer.from('ceci est du texte') });
    await envoyer.click();
    await expect(page.getByText('Ce numéro de dossier ne correspond à aucune de vos demandes.')).toBeVisible();
    await expect(page.getByText('Le fichier doit être un PDF, une image JPEG ou une image PNG.')).toBeVisible();
    await verifierAccessibilite(page);

    await page.getByLabel(/^Numéro de dossier/).fill('');
    await page.locator('input[type="file"]').setInputFiles({ name: 'facture-octobre.pdf', mimeType: 'application/pdf', buffer: PDF });
    const depuis = Date.now();
    await envoyer.click();
    const accuse = page.getByRole('status').filter({ hasText: /Votre demande d’assistance n° DA-\d{4}-\d{6} est envoyée/ });
    await expect(accuse).toBeVisible();
    const numero = (await accuse.textContent())!.match(/DA-\d{4}-\d{6}/)![0];
    const confirmation = await attendreEmail(COMPTES.multi, depuis, new RegExp(`Votre demande d’assistance n° ${numero}`));
    expect(confirmation.text).toContain('(objet : Remboursement)');

    // The OPCO answers from the back office.
    const opco = await browser.newContext();
    const back = await opco.newPage();
    await connecterPersonnel(back, 'gestionnaire@opco.test');
    await back.goto('/opco/assistance');
    await expect(back.getByRole('heading', { level: 1, name: 'Demandes d’assistance' })).toBeVisible();
    await verifierAccessibilite(back);
    await back.getByRole('link', { name: numero }).click();
    await expect(back.getByRole('heading', { level: 1, name: `Demande d’assistance n° ${numero}` })).toBeVisible();
    await expect(back.getByText('Bonjour, le remboursement de notre dossier n’apparaît pas.')).toBeVisible();
    await expect(back.getByRole('link', { name: /Télécharger facture-octobre\.pdf/ })).toBeVisible();
    await verifierAccessibilite(back);
    await back.getByLabel(/^Votre réponse/).fill('Bonjour Madame,\n\nLe virement a été émis le 20 novembre : il apparaîtra sous trois jours.');
    const avantReponse = Date.now();
    await back.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await expect(back.getByRole('status')).toContainText('Votre réponse est envoyée.');
    await expect(back.getByText('Répondu', { exact: true })).toBeVisible();
    await opco.close();

    // The employer reads it in "Mes demandes d'assistance" and by e-mail.
    await page.goto('/aide/contacter-assistance');
    await page.getByRole('link', { name: 'Mes demandes d’assistance' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mes demandes d’assistance' })).toBeVisible();
    const ligne = page.getByRole('row', { name: new RegExp(numero) });
    await expect(ligne).toContainText('Répondu');
    await verifierAccessibilite(page);
    await ligne.getByRole('link', { name: `Ouvrir la demande ${numero}` }).click();
    await expect(page.getByText('Thomas – Opco EP')).toBeVisible();
    await expect(page.getByText(/Le virement a été émis le 20 novembre/)).toBeVisible();
    await verifierAccessibilite(page);
    const reponse = await attendreEmail(COMPTES.multi, avantReponse, new RegExp(`Réponse à votre demande d’assistance n° ${numero}`));
    expect(reponse.text).toContain('Le virement a été émis le 20 novembre : il apparaîtra sous trois jours.');
  });

  test('sans pouvoir se connecter, on écrit à l’assistance depuis la page de connexion', async ({ page }) => {
    await page.goto('/connexion');
    await page.getByRole('link', { name: 'Contacter l’assistance' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Contacter l’assistance' })).toBeVisible();
    await expect(page.getByText('Nos équipes sont à votre écoute du lundi au vendredi de 5h à 23h au 09 70 838 837. (Appel non surtaxé)')).toBeVisible();
    await verifierAccessibilite(page);
    await page.getByLabel(/^Vos nom et prénom/).fill('Sophie Bernard');
    await page.getByLabel(/^Votre adresse email/).fill('sophie.bernard@fleurs-de-lys.test');
    await page.getByLabel(/^Objet de votre demande/).selectOption({ label: 'Connexion à mon espace' });
    await page.getByLabel(/^Votre message/).fill('Je ne reçois pas le message « Réinitialiser mon mot de passe ».');
    const depuis = Date.now();
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await expect(page.getByRole('status')).toContainText('Votre demande est enregistrée. Un message de confirmation a été envoyé à l’adresse email renseignée');
    const mail = await attendreEmail('sophie.bernard@fleurs-de-lys.test', depuis, /Votre demande d’assistance n° DA-/);
    expect(mail.text).toContain('Notre réponse vous sera envoyée à cette adresse.');
    await verifierAccessibilite(page);
  });
});
