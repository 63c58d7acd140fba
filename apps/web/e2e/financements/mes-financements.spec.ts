import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

type Groupe = { groupe: string; libelle: string; nombre: number };
const ONGLETS: Record<string, string> = { brouillon: '/mes-financements/brouillon', en_cours: '/mes-financements/en-cours', archive: '/mes-financements/archive' };
const entree = (libelle: string, n: number) => `${libelle} : ${n} demande${n > 1 ? 's' : ''}`;

async function csrf(page: Page): Promise<string> {
  return (await (await page.request.get('/api/session')).json()).csrfToken;
}

/** Other journeys may add requests: the expected counts are read from the home page's API at the same moment. */
async function groupesAccueil(page: Page): Promise<Groupe[]> {
  return (await (await page.request.get('/api/accueil')).json()).demandes.groupes;
}

async function creerBrouillon(page: Page, intitule: string): Promise<string> {
  const id = randomUUID();
  const res = await page.request.post('/api/demandes', {
    data: { id, dispositif: 'action_individuelle', donnees: { action: { intitule, organismeNom: 'Boulangerie Formation Lyon' }, stagiaire: { nom: 'DUPUIS', prenom: 'Anna' } } },
    headers: { 'x-csrf-token': await csrf(page) },
  });
  expect(res.status(), await res.text()).toBe(201);
  return id;
}

const onglets = (page: Page) => page.getByRole('navigation', { name: 'Statut des demandes' });

test.describe('Mes financements', () => {
  test('les onglets Brouillon, En cours, Archivé portent les nombres du diagramme de l’accueil, au clavier comme à la souris', async ({ page }) => {
    // Three tabs, each scanned by axe, on a shared 2-core machine.
    test.setTimeout(90_000);
    await seConnecter(page, COMPTES.multi);
    const groupes = await groupesAccueil(page);
    const legende = page.getByRole('region', { name: 'Mes demandes de financement' });
    for (const g of groupes) {
      await legende.getByRole('link', { name: entree(g.libelle, g.nombre) }).click();
      await expect(page).toHaveURL(new RegExp(`${ONGLETS[g.groupe]}$`));
      await expect(page.getByRole('heading', { level: 1, name: 'Mes financements' })).toBeVisible();
      for (const autre of groupes) await expect(onglets(page).getByRole('link', { name: `${autre.libelle} (${autre.nombre})` })).toBeVisible();
      await expect(onglets(page).getByRole('link', { name: `${g.libelle} (${g.nombre})` })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('heading', { level: 2, name: entree(g.libelle, g.nombre) })).toBeVisible();
      const lignes = page.getByRole('table').locator('tbody tr');
      await expect(lignes).toHaveCount(Math.min(g.nombre, 20));
      await verifierAccessibilite(page);
      await page.goto('/accueil');
    }

    // The keyboard reaches and follows the tabs like any link.
    await page.goto('/mes-financements/en-cours');
    const archive = groupes.find((g) => g.groupe === 'archive')!;
    const lien = onglets(page).getByRole('link', { name: `Archivé (${archive.nombre})` });
    await lien.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/mes-financements\/archive$/);
  });

  test('« Voir plus » ajoute les demandes suivantes ; chaque ligne dit son dossier, son dispositif, son statut (avec son explication) et son établissement', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const enCours = (await groupesAccueil(page)).find((g) => g.groupe === 'en_cours')!;
    expect(enCours.nombre).toBeGreaterThan(20);
    await page.goto('/mes-financements/en-cours');
    const lignes = page.getByRole('table').locator('tbody tr');
    await expect(lignes).toHaveCount(20);
    await expect(page.getByRole('status').filter({ hasText: `20 demandes affichées sur ${enCours.nombre}` })).toBeVisible();
    const premiere = lignes.first();
    await expect(premiere.getByRole('rowheader')).toHaveText(/^(AP|PRO|PROA|AI)-\d{4}-\d{6}$/);
    await expect(premiere).toContainText(/AIDOMI PROVENCE/);
    await expect(page.getByRole('columnheader', { name: 'Établissement' })).toBeVisible();

    await page.getByRole('button', { name: 'Voir plus' }).click();
    await expect(lignes).toHaveCount(Math.min(enCours.nombre, 40));
    await expect(page.getByRole('status').filter({ hasText: `sur ${enCours.nombre}` })).toHaveText(`${Math.min(enCours.nombre, 40)} demandes affichées sur ${enCours.nombre}`);
    const numeros = await lignes.getByRole('rowheader').allTextContents();
    expect(new Set(numeros).size).toBe(numeros.length);

    // The status's meaning is one click (or Enter) away.
    const aide = premiere.getByRole('button', { name: /^Aide : le statut/ });
    await aide.click();
    await expect(page.getByRole('dialog', { name: /^Le statut/ })).toBeVisible();
    await verifierAccessibilite(page);
    await page.keyboard.press('Escape');

    // A sent request opens its acknowledgement.
    const numero = numeros[0]!;
    await premiere.getByRole('link', { name: `Consulter ${numero}` }).click();
    await expect(page).toHaveURL(/\/demandes\/[0-9a-f-]{36}$/);
  });

  test('ne montre que l’établissement choisi dans le bloc entreprise, avec les nombres du diagramme', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const sessions = await page.request.get('/api/etablissements?q=GAP');
    const gap = (await sessions.json()).etablissements[0];
    await page.request.put('/api/etablissement-courant', { data: { siret: gap.siret }, headers: { 'x-csrf-token': await csrf(page) } });
    try {
      const groupes = await groupesAccueil(page);
      await page.goto('/mes-financements/archive');
      await expect(page.getByText(/^Établissement : AIDOMI PROVENCE – GAP/)).toBeVisible();
      for (const g of groupes) await expect(onglets(page).getByRole('link', { name: `${g.libelle} (${g.nombre})` })).toBeVisible();
      await expect(page.getByRole('columnheader', { name: 'Établissement' })).toHaveCount(0);
    } finally {
      await page.request.put('/api/etablissement-courant', { data: { siret: null }, headers: { 'x-csrf-token': await csrf(page) } });
    }
  });

  test('un brouillon se reprend, se duplique, puis la copie se supprime après confirmation : la ligne disparaît et le nombre baisse', async ({ page }) => {
    await seConnecter(page, COMPTES.boulanger);
    const intitule = `Viennoiserie feuilletée ${Date.now()}`;
    const id = await creerBrouillon(page, intitule);
    await page.goto('/mes-financements/brouillon');
    const avant = (await groupesAccueil(page)).find((g) => g.groupe === 'brouillon')!.nombre;
    await expect(onglets(page).getByRole('link', { name: `Brouillon (${avant})` })).toBeVisible();
    const ligne = page.locator(`tr[data-demande="${id}"]`);
    await expect(ligne.getByRole('rowheader')).toHaveText('Brouillon');
    await expect(ligne).toContainText(intitule);
    await expect(ligne.getByRole('link', { name: `Reprendre le brouillon « ${intitule} »` })).toHaveAttribute('href', `/demandes/${id}/modifier`);
    await verifierAccessibilite(page);

    await ligne.getByRole('button', { name: `Dupliquer le brouillon « ${intitule} »` }).click();
    await expect(page).toHaveURL(/\/demandes\/[0-9a-f-]{36}\/modifier$/);
    const copie = /\/demandes\/([0-9a-f-]{36})\/modifier$/.exec(page.url())![1]!;
    expect(copie).not.toBe(id);

    await page.goto('/mes-financements/brouillon');
    await expect(onglets(page).getByRole('link', { name: `Brouillon (${avant + 1})` })).toBeVisible();
    const ligneCopie = page.locator(`tr[data-demande="${copie}"]`);
    await expect(ligneCopie).toContainText(intitule);

    // Cancelling keeps it; confirming deletes it.
    await ligneCopie.getByRole('button', { name: /^Supprimer le brouillon/ }).click();
    const confirmation = page.getByRole('dialog', { name: 'Supprimer ce brouillon ?' });
    await expect(confirmation).toContainText('définitive');
    await verifierAccessibilite(page);
    await confirmation.getByRole('button', { name: 'Annuler' }).first().click();
    await expect(ligneCopie).toBeVisible();
    await ligneCopie.getByRole('button', { name: /^Supprimer le brouillon/ }).click();
    await confirmation.getByRole('button', { name: 'Supprimer le brouillon' }).click();
    await expect(ligneCopie).toHaveCount(0);
    await expect(onglets(page).getByRole('link', { name: `Brouillon (${avant})` })).toBeVisible();
    await expect(page.locator(`tr[data-demande="${id}"]`)).toBeVisible();
    expect((await page.request.get(`/api/demandes/${copie}`)).status()).toBe(404);

    // Tidy up the journey's own draft.
    await page.request.delete(`/api/demandes/${id}`, { headers: { 'x-csrf-token': await csrf(page) } });
  });

  test('une adresse d’onglet inconnue ramène à l’onglet En cours', async ({ page }) => {
    await seConnecter(page, COMPTES.boulanger);
    await page.goto('/mes-financements/termine');
    await expect(page).toHaveURL(/\/mes-financements\/en-cours$/);
  });
});
