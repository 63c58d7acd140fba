import { generateSync } from 'otplib';
import type { Page } from '@playwright/test';
import { PERSONNEL_DEMO, MOT_DE_PASSE_DEMO } from '../../../api/src/db/demo-data';
import { expect } from '../support/fixtures';

/** Signs a demo staff member in at /opco/connexion, with the code their authenticator app would show. */
export async function connecterPersonnel(page: Page, email: string): Promise<void> {
  const compte = PERSONNEL_DEMO.find((p) => p.email === email)!;
  await page.goto('/opco/connexion');
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill(MOT_DE_PASSE_DEMO);
  await page.getByLabel(/^Code à usage unique/).fill(generateSync({ secret: compte.totpSecret, epoch: Math.floor(Date.now() / 1000) }));
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Back office' })).toBeVisible();
}

/** A small but real PDF (file-type reads "%PDF-"). */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
