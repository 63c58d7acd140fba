import type { Page } from '@playwright/test';
import { attendreEmail, lienDuMail } from '../support/mails';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

type Accueil = { demandes: { total: number; groupes: { groupe: string; libelle: string; nombre: number }[] }; actualites: { id: string; titre: string }[] };

const ONGLETS: Record<string, string> = { brouillon: '/mes-financements/brouillon', en_cours: '/mes-financements/en-cours', archive: '/mes-financements/archive' };
const entree = (libelle: string, n: number) => `${libelle} : ${n} demande${n > 1 ? 's' : ''}`;

/** Other journeys may add requests: the expected counts are read from the API at the same moment. */
async function compteurs(page: Page): Promise<Accueil> {
  return (await page.request.get('/api/accueil')).json();
}

/** Clicks the middle of a part of the donut (its ring, not the hole), where the mouse would. */
async function cliquerPart(page: Page, groupe: string) {
  const part = page.locator(`circle[data-groupe="${groupe}"]`);
  const [tirets, decalage, rayon] = await Promise.all([part.getAttribute('stroke-dasharray'), part.getAttribute('stroke-dashoffset'), part.getAttribute('r')]);
  const [longueur, reste] = tirets!.split(' ').map(Number) as [number, number];
  const r = Number(rayon);
  const angle = ((-Number(decalage) + longueur / 2) / (longueur + reste)) * 2 * Math.PI;
  const svg = page.locator('svg:has(circle[data-groupe])');
  const boite = (await svg.boundingBox())!;
  const echelle = boite.width / 200;
  await page.mouse.click(boite.x + (100 + r * Math.sin(angle)) * echelle, boite.y + (100 - r * Math.cos(angle)) * echelle);
}

/** The current establishment is kept on the account: put it back to "Tous" for the other journeys. */
async function revenirATous(page: Page) {
  const session = await page.request.get('/api/session');
  if (!session.ok()) return;
  await page.request.put('/api/etablissement-courant', { data: { siret: null }, headers: { 'x-csrf-token': (await session.json()).csrfToken } });
}

test.describe('La page d’accueil', () => {
  test.afterEach(async ({ page }) => revenirATous(page));

  test('montre les demandes du compte par statut ; chaque part du diagramme et chaque entrée de la légende ouvre l’onglet de Mes financements', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const { demandes } = await compteurs(page);
    const section = page.getByRole('region', { name: 'Mes demandes de financement' });
    await expect(section).toContainText('Tous les établissements');
    for (const g of demandes.groupes) await expect(section.getByRole('link', { name: entree(g.libelle, g.nombre) })).toBeVisible();
    await expect(page.locator('circle[data-groupe]')).toHaveCount(demandes.groupes.filter((g) => g.nombre > 0).length);
    await verifierAccessibilite(page);

    for (const groupe of ['en_cours', 'archive', 'brouillon']) {
      await cliquerPart(page, groupe);
      await expect(page).toHaveURL(new RegExp(`${ONGLETS[groupe]}$`));
      await expect(page.getByRole('heading', { level: 1, name: 'Mes financements' })).toBeVisible();
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
    }
    for (const g of demandes.groupes) {
      await section.getByRole('link', { name: entree(g.libelle, g.nombre) }).click();
      await expect(page).toHaveURL(new RegExp(`${ONGLETS[g.groupe]}$`));
      await page.goBack();
    }
  });

  test('l’équivalent en texte du diagramme se parcourt et s’ouvre au clavier', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const { demandes } = await compteurs(page);
    const [brouillon, enCours] = demandes.groupes;
    await expect(page.getByRole('link', { name: entree(brouillon!.libelle, brouillon!.nombre) })).toBeVisible();
    let atteint = false;
    for (let i = 0; i < 80 && !atteint; i++) {
      await page.keyboard.press('Tab');
      atteint = (await page.evaluate(() => document.activeElement?.textContent ?? '')) === entree(brouillon!.libelle, brouillon!.nombre);
    }
    expect(atteint, 'la légende est atteinte à la touche Tab').toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: entree(enCours!.libelle, enCours!.nombre) })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/mes-financements\/en-cours$/);
  });

  test('ne compte que les demandes de l’établissement choisi, puis de nouveau toutes', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const section = page.getByRole('region', { name: 'Mes demandes de financement' });
    const tous = await compteurs(page);
    const selecteur = page.getByRole('region', { name: 'Votre entreprise' }).getByRole('combobox', { name: 'Établissement courant' });
    await selecteur.click();
    await selecteur.fill('gap');
    await page.getByRole('option', { name: 'AIDOMI PROVENCE – GAP (05000 GAP)' }).click();
    await expect(section).toContainText('Établissement : AIDOMI PROVENCE – GAP');
    const gap = await compteurs(page);
    expect(gap.demandes.total).toBeLessThan(tous.demandes.total);
    for (const g of gap.demandes.groupes) await expect(section.getByRole('link', { name: entree(g.libelle, g.nombre) })).toBeVisible();
    await verifierAccessibilite(page);

    await selecteur.click();
    await page.getByRole('option', { name: 'Tous les établissements' }).click();
    await expect(section).toContainText('Tous les établissements');
  });

  test('une actualité s’ouvre depuis la page d’accueil, et une actualité inconnue le dit', async ({ page }) => {
    await seConnecter(page, COMPTES.boulanger);
    const actualites = page.getByRole('region', { name: 'Actualités' });
    await expect(actualites.getByRole('article')).toHaveCount((await compteurs(page)).actualites.length);
    await actualites.getByRole('link', { name: 'Bienvenue sur votre nouvel espace' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue sur votre nouvel espace' })).toBeVisible();
    await expect(page.getByText(/^Publiée le \d{1,2} \S+ \d{4}$/)).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Lors de votre première connexion, utilisez « Mot de passe oublié ? »');
    await verifierAccessibilite(page);
    await page.getByRole('link', { name: 'Revenir à l’accueil' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();

    await page.goto('/actualites/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('alert')).toHaveText("Cette actualité n'existe pas ou n'est plus publiée.");
    await verifierAccessibilite(page);
  });
});

/** A member company of the demo directory without an account (apps/api/src/db/demo-data.ts): LES JARDINS DE MARGAUX. */
const SIRET_SANS_COMPTE = '30013462400174';
const NOUVEAU = { email: 'margaux.lenoir@jardins-de-margaux.test', motDePasse: 'Jardin-Secret-2026' };

test('un nouveau compte sans demande est invité à demander un financement', async ({ page }) => {
  const depuis = Date.now();
  const inscription = await page.request.post('/api/inscription', {
    data: {
      siret: SIRET_SANS_COMPTE, civilite: 'Madame', nom: 'Lenoir', prenom: 'Margaux', fonction: 'Gérante', telephone: '0611223399',
      email: NOUVEAU.email, motDePasse: NOUVEAU.motDePasse, confirmation: NOUVEAU.motDePasse,
    },
  });
  // A retried run finds the account already made: it only signs in.
  if (inscription.ok()) {
    const jeton = new URL(lienDuMail(await attendreEmail(NOUVEAU.email, depuis, /Confirmez votre adresse/), 'Confirmer mon adresse email')).searchParams.get('jeton');
    expect((await page.request.post('/api/inscription/confirmer', { data: { jeton } })).ok()).toBe(true);
  }
  await seConnecter(page, NOUVEAU.email, NOUVEAU.motDePasse);
  const section = page.getByRole('region', { name: 'Mes demandes de financement' });
  await expect(section).toContainText('Vous n’avez encore aucune demande de financement.');
  await expect(page.locator('circle[data-groupe]')).toHaveCount(0);
  await verifierAccessibilite(page);
  await section.getByRole('link', { name: 'Demander un financement' }).click();
  await expect(page).toHaveURL(/\/demander-un-financement$/);
});
