import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const MOT_DE_PASSE_DEMO = 'Portail-Demo-2026!';
export const COMPTES = {
  multi: 'cecile.moreau@aidomi-provence.test',
  boulanger: 'julien.martin@au-pain-dore.test',
  migre: 'sophie.bernard@fleurs-de-lys.test',
};

/** Every page a journey visits must pass an axe scan (WCAG 2.1 A and AA) with no violation. */
export async function verifierAccessibilite(page: Page): Promise<void> {
  // A modal still fading in has the blended colours of its transition, not its own: axe would measure
  // a contrast nobody sees once it has opened. The scan waits for the transitions that end (a spinner
  // turns forever) to finish.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const resume = results.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(resume, `violations d'accessibilité sur ${page.url()}`).toEqual([]);
}

export async function seConnecter(page: Page, email: string, motDePasse = MOT_DE_PASSE_DEMO): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Mot de passe/).fill(motDePasse);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
}

export const test = base;
export { expect };
