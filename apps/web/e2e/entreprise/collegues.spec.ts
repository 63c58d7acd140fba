import type { APIRequestContext, Page } from '@playwright/test';
import { attendreEmail, lienDuMail } from '../support/mails';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

const MOT_DE_PASSE_COLLEGUE = 'Aidomi-Nice-Gap-2026';

/** Leaves the demo account as found: whatever happened, the colleague invited here is revoked. */
async function revoquerSiPresent(request: APIRequestContext, email: string) {
  const session = await request.get('/api/session');
  if (!session.ok()) return;
  const headers = { 'x-csrf-token': (await session.json()).csrfToken };
  const liste = await request.get('/api/collegues');
  if (!liste.ok()) return;
  for (const c of (await liste.json()).collegues as { id: string; email: string }[]) {
    if (c.email === email) await request.delete(`/api/collegues/${c.id}`, { headers });
  }
}

async function choisirEtablissement(page: Page, recherche: string, option: string) {
  const champ = page.getByRole('combobox', { name: 'Établissements accordés' });
  await champ.click();
  await champ.fill(recherche);
  await page.getByRole('option', { name: option }).click();
}

test('le propriétaire invite un collègue sur 2 des 12 établissements ; le collègue choisit son mot de passe depuis l’email, ne voit que ces 2 établissements, puis ne peut plus se connecter une fois révoqué', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const email = `paul.durand.${Date.now()}@aidomi-provence.test`;
  try {
    await seConnecter(page, COMPTES.multi);
    await page.getByRole('link', { name: 'Mon entreprise' }).click();
    const section = page.getByRole('region', { name: 'Collègues' });
    await expect(section.getByRole('heading', { name: 'Collègues' })).toBeVisible();
    await verifierAccessibilite(page);

    await section.getByRole('button', { name: 'Inviter un collègue' }).click();
    const modale = page.getByRole('dialog', { name: 'Inviter un collègue' });
    await modale.getByLabel(/^Prénom/).fill('Paul');
    await modale.getByLabel(/^Nom/).fill('DURAND');
    await modale.getByLabel(/^Adresse email/).fill(email);
    await modale.getByRole('radio', { name: 'Collaborateur' }).check();
    await modale.getByRole('radio', { name: 'Certains établissements' }).check();
    await choisirEtablissement(page, 'nice', 'AIDOMI PROVENCE – NICE (06000 NICE)');
    await choisirEtablissement(page, 'gap', 'AIDOMI PROVENCE – GAP (05000 GAP)');
    await verifierAccessibilite(page);
    const depuis = Date.now();
    await modale.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect(section.getByRole('status')).toContainText(`Invitation envoyée à ${email}.`);
    const ligne = section.getByRole('row', { name: new RegExp(email.replaceAll('.', '\\.')) });
    await expect(ligne).toContainText('Collaborateur');
    await expect(ligne).toContainText('AIDOMI PROVENCE – GAP, AIDOMI PROVENCE – NICE');
    await expect(ligne).toContainText('Invitation envoyée, valable jusqu’au');
    await verifierAccessibilite(page);

    // The colleague, in a browser of their own, opens the e-mail's link.
    const mail = await attendreEmail(email, depuis, /Invitation à rejoindre AIDOMI PROVENCE/);
    expect(mail.text).toContain('Cécile MOREAU vous invite');
    const contexte = await browser.newContext();
    const collegue = await contexte.newPage();
    await collegue.goto(lienDuMail(mail, 'Choisir mon mot de passe'));
    await expect(collegue.getByRole('heading', { level: 1, name: 'Activer mon accès' })).toBeVisible();
    await expect(collegue.getByText('Cécile MOREAU vous invite à rejoindre AIDOMI PROVENCE sur Mes services en ligne.')).toBeVisible();
    await verifierAccessibilite(collegue);
    await collegue.getByLabel(/^Nouveau mot de passe/).fill(MOT_DE_PASSE_COLLEGUE);
    await collegue.getByLabel(/^Confirmation du mot de passe/).fill(MOT_DE_PASSE_COLLEGUE);
    await collegue.getByRole('button', { name: 'Valider' }).click();
    await expect(collegue.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
    await expect(collegue.getByRole('region', { name: 'Votre entreprise' })).toContainText('Paul DURAND');

    await collegue.getByRole('link', { name: 'Mon entreprise' }).click();
    await expect(collegue.getByRole('status')).toHaveText('2 établissements');
    const lignes = collegue.getByRole('table', { name: 'Mes établissements' }).getByRole('row');
    await expect(lignes).toHaveCount(3);
    await expect(lignes.nth(1)).toContainText('AIDOMI PROVENCE – GAP');
    await expect(lignes.nth(2)).toContainText('AIDOMI PROVENCE – NICE');
    await expect(collegue.getByRole('heading', { name: 'Collègues' })).toHaveCount(0);
    await verifierAccessibilite(collegue);
    const selecteur = collegue.getByRole('region', { name: 'Votre entreprise' }).getByRole('combobox', { name: 'Établissement courant' });
    await selecteur.click();
    await expect(collegue.getByRole('option')).toHaveText(['Tous les établissements', 'AIDOMI PROVENCE – GAP (05000 GAP)', 'AIDOMI PROVENCE – NICE (06000 NICE)']);
    await collegue.keyboard.press('Escape');
    const marseille = (await (await page.request.get('/api/etablissements?q=13002')).json()).etablissements[0].siret;
    await collegue.goto(`/mon-entreprise/${marseille}`);
    await expect(collegue.getByRole('alert').filter({ hasText: 'Cet établissement' })).toHaveText("Cet établissement n'existe pas ou ne vous est pas accessible.");

    // The owner makes him read-only, then revokes him.
    await ligne.getByRole('button', { name: 'Modifier les accès de Paul DURAND' }).click();
    const modification = page.getByRole('dialog', { name: 'Modifier les accès de Paul DURAND' });
    await modification.getByRole('radio', { name: 'Lecture seule' }).check();
    await modification.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(section.getByRole('status')).toContainText('Les accès de Paul DURAND sont modifiés.');
    await expect(ligne).toContainText('Lecture seule');

    await ligne.getByRole('button', { name: 'Révoquer l’accès de Paul DURAND' }).click();
    const confirmation = page.getByRole('dialog', { name: 'Révoquer l’accès' });
    await expect(confirmation).toContainText(`Paul DURAND (${email}) ne pourra plus se connecter`);
    await verifierAccessibilite(page);
    await confirmation.getByRole('button', { name: 'Révoquer l’accès' }).click();
    await expect(section.getByRole('status')).toContainText('L’accès de Paul DURAND est révoqué.');
    await expect(ligne).toHaveCount(0);

    // His session is closed, and his password no longer opens anything.
    await collegue.goto('/mon-entreprise');
    await expect(collegue).toHaveURL(/\/connexion/);
    await collegue.getByLabel('Email').fill(email);
    await collegue.getByLabel(/^Mot de passe/).fill(MOT_DE_PASSE_COLLEGUE);
    await collegue.getByRole('button', { name: 'Valider' }).click();
    await expect(collegue.getByRole('alert').filter({ hasText: 'Email ou mot de passe incorrect' })).toBeVisible();
    await contexte.close();
  } finally {
    await revoquerSiPresent(page.request, email);
  }
});

test('le boulanger invite sur son seul établissement sans avoir à le choisir, et une adresse déjà utilisée est refusée sur le champ', async ({ page }) => {
  await seConnecter(page, COMPTES.boulanger);
  await page.getByRole('link', { name: 'Mon entreprise' }).click();
  const section = page.getByRole('region', { name: 'Collègues' });
  await expect(section).toContainText('Vous n’avez invité aucun collègue.');
  await section.getByRole('button', { name: 'Inviter un collègue' }).click();
  const modale = page.getByRole('dialog', { name: 'Inviter un collègue' });
  // One establishment: nothing to pick.
  await expect(modale.getByRole('radio', { name: 'Certains établissements' })).toHaveCount(0);
  await verifierAccessibilite(page);
  await modale.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(modale.getByText('Le champ « Prénom » est obligatoire.')).toBeVisible();
  await modale.getByLabel(/^Prénom/).fill('Julie');
  await modale.getByLabel(/^Nom/).fill('MARTIN');
  await modale.getByLabel(/^Adresse email/).fill(COMPTES.multi);
  await modale.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(modale.getByText(/^Cette adresse email sert déjà à se connecter/)).toBeVisible();
  await modale.getByRole('button', { name: 'Annuler' }).first().click();
  await expect(modale).toHaveCount(0);
});
