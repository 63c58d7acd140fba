import type { Page } from '@playwright/test';
import { COMPTES, expect, MOT_DE_PASSE_DEMO, test, verifierAccessibilite } from '../support/fixtures';

/**
 * After « Valider » on the login page, the portal only ever goes to one of its own pages: a `suite`
 * (or `next`) parameter naming another site is ignored. And the pages run under the real CSP (scripts
 * of the portal only, no inline script) without the browser reporting a single violation.
 */
const HOSTILES = [
  'https://evil.example/vol-de-session',
  '//evil.example',
  '/\\evil.example',
  '/\t/evil.example',
  'javascript:alert(document.cookie)',
  'https:evil.example',
];

async function valider(page: Page) {
  await page.getByLabel('Email').fill(COMPTES.boulanger);
  await page.getByLabel(/^Mot de passe/).fill(MOT_DE_PASSE_DEMO);
  await page.getByRole('button', { name: 'Valider' }).click();
}

test.describe('redirection après connexion', () => {
  for (const hostile of HOSTILES) {
    test(`suite=${JSON.stringify(hostile)} mène à l’accueil du portail, pas ailleurs`, async ({ page, baseURL }) => {
      const dialogues: string[] = [];
      page.on('dialog', (d) => {
        dialogues.push(d.message());
        void d.dismiss();
      });
      await page.goto(`/connexion?suite=${encodeURIComponent(hostile)}`);
      await valider(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      expect(new URL(page.url()).pathname).toBe('/accueil');
      expect(dialogues).toEqual([]);
    });
  }

  test('next=… (nom courant ailleurs) est ignoré de même', async ({ page, baseURL }) => {
    await page.goto('/connexion?next=https%3A%2F%2Fevil.example');
    await valider(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
    expect(page.url()).toBe(`${baseURL}/accueil`);
  });

  test('une page du portail demandée avant connexion est bien retrouvée après', async ({ page, baseURL }) => {
    await page.goto('/mon-entreprise');
    await expect(page).toHaveURL(/\/connexion\?suite=%2Fmon-entreprise/);
    await verifierAccessibilite(page);
    await valider(page);
    await expect(page).toHaveURL(`${baseURL}/mon-entreprise`);
  });
});

test('la page de connexion et l’accueil tournent sous la CSP sans aucune violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(m.text());
  });
  const reponse = await page.goto('/connexion');
  const csp = reponse!.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  await valider(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === 'mse_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  // The session cookie is out of reach of scripts.
  expect(await page.evaluate(() => document.cookie)).not.toContain('mse_session');
  expect(violations).toEqual([]);
});
