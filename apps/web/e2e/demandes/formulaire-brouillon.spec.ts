import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';
import { attendreEnregistrement, champ, idDuBrouillon, remplir } from './formulaire-outils';

const ALERTE = /L’enregistrement a échoué : .*\. Votre saisie est conservée dans cette page\./;

test.describe('Un brouillon n’est jamais perdu', () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(120_000);
    await seConnecter(page, COMPTES.boulanger);
  });

  test('réseau coupé, erreur du serveur, onglet fermé : la saisie est gardée, réenregistrée, et retrouvée au rechargement', async ({ page, context }) => {
    await page.goto('/demander-un-financement/action-individuelle?etape=stagiaire');
    await remplir(page, { 'stagiaire.nom': 'Roux' });
    const id = await idDuBrouillon(page);
    await expect(page).toHaveURL(/etape=stagiaire/);
    await attendreEnregistrement(page);

    // The network goes down while typing: the alert says so, the content stays, the browser keeps a copy.
    await context.setOffline(true);
    await remplir(page, { 'stagiaire.prenom': 'Camille' });
    await expect(page.getByRole('alert').filter({ hasText: ALERTE })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole('alert')).toContainText('le serveur ne répond pas');
    await expect(page.getByRole('status').filter({ hasText: 'Modifications non enregistrées' })).toBeVisible();
    await expect(champ(page, 'stagiaire.prenom')).toHaveValue('Camille');
    const copie = await page.evaluate((cle) => window.localStorage.getItem(cle), `mse:brouillon:${id}`);
    expect(JSON.parse(copie!).donnees.stagiaire).toMatchObject({ nom: 'Roux', prenom: 'Camille' });
    await verifierAccessibilite(page);

    // Back online: saved again without anything to do.
    await context.setOffline(false);
    await attendreEnregistrement(page);
    await expect(page.getByRole('alert').filter({ hasText: ALERTE })).toHaveCount(0);

    // The session has expired: the alert says so; once signed in again, "Réessayer" saves.
    const cookies = await context.cookies();
    await context.clearCookies();
    await remplir(page, { 'stagiaire.emploi': 'Boulangère' });
    await expect(page.getByRole('alert')).toContainText('votre session a expiré', { timeout: 10_000 });
    await context.addCookies(cookies);
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await attendreEnregistrement(page);

    // A server error: the alert offers "Réessayer", which saves once the server answers again.
    await page.route(`**/api/demandes/${id}`, (route) => (route.request().method() === 'PUT' ? route.fulfill({ status: 503, body: '{}' }) : route.continue()));
    await remplir(page, { 'stagiaire.emploi': 'Pâtissière' });
    await expect(page.getByRole('alert').filter({ hasText: ALERTE })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole('alert')).toContainText('le serveur a rencontré une erreur');
    await page.unroute(`**/api/demandes/${id}`);
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await attendreEnregistrement(page);

    await page.reload();
    await expect(champ(page, 'stagiaire.nom')).toHaveValue('Roux', { timeout: 15_000 });
    await expect(champ(page, 'stagiaire.prenom')).toHaveValue('Camille');
    await expect(champ(page, 'stagiaire.emploi')).toHaveValue('Pâtissière');

    // Saving fails and the tab is closed: leaving warns first, and the copy kept here comes back.
    await page.route(`**/api/demandes/${id}`, (route) => (route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue()));
    await remplir(page, { 'stagiaire.emploi': 'Chocolatière' });
    await expect(page.getByRole('alert').filter({ hasText: ALERTE })).toBeVisible({ timeout: 10_000 });
    const avertissement = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.type()); void d.dismiss(); }));
    await page.close({ runBeforeUnload: true });
    expect(await avertissement).toBe('beforeunload');
    await page.close();

    const autre = await context.newPage();
    await autre.goto(`/demandes/${id}/modifier?etape=stagiaire`);
    await expect(autre.getByText(/Votre saisie du \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}, qui n’avait pas pu être enregistrée, a été restaurée/)).toBeVisible({ timeout: 15_000 });
    await expect(champ(autre, 'stagiaire.emploi')).toHaveValue('Chocolatière');
    await attendreEnregistrement(autre);
    await verifierAccessibilite(autre);
    const detail = await (await autre.request.get(`/api/demandes/${id}`)).json();
    expect(detail.donnees.stagiaire).toMatchObject({ nom: 'Roux', prenom: 'Camille', emploi: 'Chocolatière' });
  });

  test('le même brouillon ouvert dans deux pages : la seconde à enregistrer choisit, rien n’est écrasé en silence', async ({ page, context }) => {
    await page.goto('/demander-un-financement/action-individuelle?etape=stagiaire');
    await remplir(page, { 'stagiaire.nom': 'Roux' });
    const id = await idDuBrouillon(page);
    await attendreEnregistrement(page);

    const autre = await context.newPage();
    await autre.goto(`/demandes/${id}/modifier?etape=stagiaire`);
    await expect(champ(autre, 'stagiaire.nom')).toHaveValue('Roux', { timeout: 15_000 });

    await remplir(page, { 'stagiaire.prenom': 'Camille' });
    await attendreEnregistrement(page);

    // The other page still has the first version: its save is refused, and the person chooses.
    await remplir(autre, { 'stagiaire.prenom': 'Léa' });
    const modale = autre.getByRole('dialog', { name: 'Cette demande a été modifiée ailleurs' });
    await expect(modale).toBeVisible({ timeout: 10_000 });
    await expect(modale).toContainText(/Julien MARTIN l’a enregistrée le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}/);
    await verifierAccessibilite(autre);
    await modale.getByRole('button', { name: 'Garder ma saisie' }).click();
    await attendreEnregistrement(autre);
    let detail = await (await autre.request.get(`/api/demandes/${id}`)).json();
    expect(detail.donnees.stagiaire.prenom).toBe('Léa');

    // The first page is now behind: it reloads the saved version.
    await remplir(page, { 'stagiaire.emploi': 'Pâtissière' });
    const modale1 = page.getByRole('dialog', { name: 'Cette demande a été modifiée ailleurs' });
    await expect(modale1).toBeVisible({ timeout: 10_000 });
    await modale1.getByRole('button', { name: 'Recharger la version enregistrée' }).click();
    await expect(modale1).toHaveCount(0);
    await expect(champ(page, 'stagiaire.prenom')).toHaveValue('Léa');
    await expect(champ(page, 'stagiaire.emploi')).toHaveValue('');
    detail = await (await page.request.get(`/api/demandes/${id}`)).json();
    expect(detail.donnees.stagiaire).toEqual({ nom: 'Roux', prenom: 'Léa' });
  });

  test('une demande inconnue ou d’un autre compte : un message clair, rien d’autre', async ({ page }) => {
    await page.goto('/demandes/00000000-0000-4000-8000-000000000000/modifier');
    await expect(page.getByRole('heading', { level: 1, name: 'Demande introuvable' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Cette demande n’existe pas ou n’est pas accessible avec votre compte.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Étapes de la demande' })).toHaveCount(0);
    await verifierAccessibilite(page);
  });
});
