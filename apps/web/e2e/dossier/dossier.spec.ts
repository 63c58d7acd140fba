import type { Page } from '@playwright/test';
import { connecterPersonnel, PDF } from '../aide/personnel';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';
import { attendreEmail } from '../support/mails';

type Ligne = { id: string; numero: string | null; statut: string };

/** The signed-in employer's requests of a tab of « Mes financements », read from the API with the page's session. */
async function demandesDu(page: Page, groupe: 'en_cours' | 'archive'): Promise<Ligne[]> {
  const res = await page.request.get(`/api/financements?groupe=${groupe}&taille=100`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { demandes: Ligne[] }).demandes;
}

async function uneDemande(page: Page, statut: string): Promise<Ligne> {
  const lignes = [...(await demandesDu(page, 'en_cours')), ...(await demandesDu(page, 'archive'))];
  const ligne = lignes.find((l) => l.statut === statut);
  expect(ligne, `une demande de démonstration « ${statut} »`).toBeDefined();
  return ligne!;
}

const ATTENDU: Record<string, { libelle: string; annuler: boolean; completer: boolean; rembourser: boolean; lettre: boolean }> = {
  envoye: { libelle: 'Envoyé', annuler: true, completer: false, rembourser: false, lettre: false },
  en_cours_de_traitement: { libelle: 'En cours de traitement', annuler: true, completer: false, rembourser: false, lettre: false },
  a_completer: { libelle: 'À compléter', annuler: true, completer: true, rembourser: false, lettre: false },
  pris_en_charge: { libelle: 'Pris en charge', annuler: false, completer: false, rembourser: true, lettre: true },
  facturation_en_cours: { libelle: 'Facturation en cours', annuler: false, completer: false, rembourser: true, lettre: true },
  solde: { libelle: 'Soldé', annuler: false, completer: false, rembourser: false, lettre: true },
  annule: { libelle: 'Annulé', annuler: false, completer: false, rembourser: false, lettre: false },
  refuse: { libelle: 'Refusé', annuler: false, completer: false, rembourser: false, lettre: true },
};
const SCANNES = new Set(['a_completer', 'pris_en_charge', 'refuse']);

test.describe('La page d’un dossier envoyé', () => {
  test('chaque statut montre ses actions, son historique et ses documents', async ({ page }) => {
    test.slow();
    await seConnecter(page, COMPTES.multi);
    for (const [statut, attendu] of Object.entries(ATTENDU)) {
      const d = await uneDemande(page, statut);
      await page.goto(`/demandes/${d.id}`);
      await expect(page.getByRole('heading', { level: 1, name: `Demande n° ${d.numero}` })).toBeVisible();
      const etat = page.getByRole('region', { name: 'Statut' });
      await expect(etat.getByText(attendu.libelle, { exact: true })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Historique' }).getByText('Demande envoyée')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Dupliquer' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Annuler la demande' })).toHaveCount(attendu.annuler ? 1 : 0);
      await expect(page.getByRole('button', { name: 'Envoyer les compléments' })).toHaveCount(attendu.completer ? 1 : 0);
      await expect(page.getByRole('link', { name: 'Demander un remboursement' })).toHaveCount(attendu.rembourser ? 1 : 0);
      await expect(page.getByRole('link', { name: 'Lettre de décision (PDF)' })).toHaveCount(attendu.lettre ? 1 : 0);
      await expect(page.getByRole('link', { name: 'Récapitulatif de la demande (PDF)' })).toBeVisible();
      if (attendu.rembourser) {
        await expect(page.getByRole('link', { name: 'Demander un remboursement' })).toHaveAttribute('href', `/demandes/${d.id}/remboursement`);
        await expect(page.getByTestId('montant-engage')).toContainText('€');
      }
      if (SCANNES.has(statut)) await verifierAccessibilite(page);
    }
  });

  test('annuler une demande pas encore décidée demande un motif, puis la passe à « Annulé »', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const d = await uneDemande(page, 'envoye');
    await page.goto(`/demandes/${d.id}`);
    await page.getByRole('button', { name: 'Annuler la demande' }).click();
    const dialogue = page.getByRole('dialog', { name: 'Annuler la demande' });
    await dialogue.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await expect(dialogue.getByText('Indiquez pourquoi vous annulez la demande.')).toBeVisible();
    await verifierAccessibilite(page);
    await dialogue.getByLabel(/^Motif de l’annulation/).fill('Formation reportée à l’an prochain');
    await dialogue.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'La demande est annulée.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Statut' }).getByText('Annulé', { exact: true })).toBeVisible();
    const historique = page.getByRole('region', { name: 'Historique' });
    await expect(historique.getByText('Demande annulée')).toBeVisible();
    await expect(historique.getByText('Motif : Formation reportée à l’an prochain')).toBeVisible();
    await expect(historique.getByText(/Par : Vous/).last()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Annuler la demande' })).toHaveCount(0);
  });

  test('« À compléter » : l’OPCO demande une pièce, l’entreprise la dépose et renvoie ; un message passe dans les deux sens', async ({ page, browser }) => {
    // Two people, two sign-ins (one with its second factor), four axe scans and five e-mails: 30 s quiet, twice that busy.
    test.setTimeout(180_000);
    await seConnecter(page, COMPTES.boulanger);
    const d = await uneDemande(page, 'envoye');

    // The gestionnaire asks for a piece, in the back office.
    const opco = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris', reducedMotion: 'reduce' });
    const bureau = await opco.newPage();
    await connecterPersonnel(bureau, 'gestionnaire@opco.test');
    await bureau.goto(`/opco/demandes/${d.numero}`);
    await expect(bureau.getByRole('heading', { level: 1, name: `Demande n° ${d.numero}` })).toBeVisible();
    await bureau.getByRole('button', { name: 'Demander des compléments' }).click();
    const complements = bureau.getByRole('dialog', { name: 'Demander des compléments' });
    const caseACocher = complements.getByRole('group', { name: 'Pièces à fournir' }).getByRole('checkbox').first();
    const libelle = (await caseACocher.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim();
    expect(libelle).not.toBe('');
    await caseACocher.check();
    await complements.getByLabel(/^Message à l’entreprise/).fill('Merci de joindre la pièce signée.');
    const avantDemande = Date.now();
    await complements.getByRole('button', { name: 'Demander les compléments' }).click();
    await expect(complements).toBeHidden();
    await attendreEmail(COMPTES.boulanger, avantDemande, /Des compléments sont nécessaires/);

    // The employer sees what is asked, cannot send back before giving it, then does.
    await page.goto(`/demandes/${d.id}`);
    const attendu = page.getByRole('region', { name: 'Ce que l’OPCO attend de vous' });
    await expect(attendu.getByText('Merci de joindre la pièce signée.')).toBeVisible();
    await expect(attendu.getByTestId('pieces-demandees')).toContainText(libelle);
    await expect(attendu.getByTestId('pieces-demandees')).toContainText('À déposer');
    await verifierAccessibilite(page);
    await attendu.getByRole('button', { name: 'Envoyer les compléments' }).click();
    await expect(attendu.getByRole('alert')).toContainText(`Il manque une pièce demandée par l’OPCO : ${libelle}`);
    // The piece may already hold the file sent with the request (or one an earlier journey gave): then it is replaced.
    const fichier = { name: 'piece-signee.pdf', mimeType: 'application/pdf', buffer: PDF };
    const remplacer = attendu.getByRole('button', { name: `Remplacer le fichier de la pièce « ${libelle} »` });
    if (await remplacer.isVisible()) {
      const [choix] = await Promise.all([page.waitForEvent('filechooser'), remplacer.click()]);
      await choix.setFiles(fichier);
    } else {
      await attendu.getByLabel(`Fichier : ${libelle}`).setInputFiles(fichier);
    }
    await expect(attendu.getByTestId('pieces-demandees')).toContainText('Déposée');
    const avantEnvoi = Date.now();
    await attendu.getByRole('button', { name: 'Envoyer les compléments' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Vos compléments sont envoyés' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Statut' }).getByText('En cours de traitement', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Historique' }).getByText('Compléments envoyés')).toBeVisible();
    await attendreEmail(COMPTES.boulanger, avantEnvoi, /compléments pour la demande n° .* sont envoyés/);
    await attendreEmail('gestionnaire@opco.test', avantEnvoi, /Compléments reçus pour la demande/);

    // A message with its attachment, to the OPCO, and the answer back.
    const fil = page.getByRole('region', { name: 'Messages avec l’OPCO' });
    await fil.getByRole('button', { name: 'Envoyer le message' }).click();
    await expect(fil.getByText('Saisissez votre message.')).toBeVisible();
    await fil.getByLabel(/^Votre message/).fill('Voici aussi le planning de l’alternance.');
    await fil.locator('input[type="file"]').setInputFiles({ name: 'planning.pdf', mimeType: 'application/pdf', buffer: PDF });
    const avantMessage = Date.now();
    await fil.getByRole('button', { name: 'Envoyer le message' }).click();
    await expect(fil.getByRole('status')).toContainText('Votre message est envoyé.');
    await expect(fil.getByRole('link', { name: /Télécharger planning\.pdf/ })).toBeVisible();
    await verifierAccessibilite(page);
    await attendreEmail('gestionnaire@opco.test', avantMessage, /Nouveau message sur la demande/);

    await bureau.goto(`/opco/demandes/${d.numero}`);
    const filOpco = bureau.getByRole('region', { name: 'Messages avec l’entreprise' });
    await expect(filOpco.getByText('Voici aussi le planning de l’alternance.')).toBeVisible();
    await filOpco.getByLabel(/^Votre message/).fill('Bien reçu, merci.');
    const avantReponse = Date.now();
    await filOpco.getByRole('button', { name: 'Envoyer le message' }).click();
    await expect(filOpco.getByRole('status')).toContainText('Votre message est envoyé.');
    await verifierAccessibilite(bureau);
    const mail = await attendreEmail(COMPTES.boulanger, avantReponse, /Nouveau message sur la demande/);
    expect(mail.text).toContain('Bien reçu, merci.');
    await opco.close();

    await page.reload();
    await expect(page.getByRole('region', { name: 'Messages avec l’OPCO' }).getByText('Bien reçu, merci.')).toBeVisible();
  });
});
