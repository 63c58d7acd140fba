import { champsVisibles, lire, type Donnees, type Etape } from '@mse/shared/demande/formulaire/champs';
import type { DefinitionFormulaire } from '@mse/shared/demande/formulaire/definition';
import { expect, type Page } from '@playwright/test';
import { verifierAccessibilite } from '../support/fixtures';

/** The id of a field's input, as the form gives it ("apprenti.dateNaissance" → "#champ-apprenti-dateNaissance"). */
export function champ(page: Page, chemin: string) {
  return page.locator(`#champ-${chemin.replace(/[^A-Za-z0-9_-]/g, '-')}`);
}

/**
 * Fills fields by path: a boolean ticks Oui/Non, a select takes the code, anything else is typed. A
 * commune is a select too, filled from the postal code typed before it: `selectOption` waits for the
 * list to arrive (and a postal code of a single commune has already chosen it).
 */
export async function remplir(page: Page, valeurs: Record<string, string | boolean>): Promise<void> {
  for (const [chemin, valeur] of Object.entries(valeurs)) {
    if (typeof valeur === 'boolean') {
      const id = `#champ-${chemin.replace(/[^A-Za-z0-9_-]/g, '-')}${valeur ? '' : '-non'}`;
      await page.locator(id).check();
      continue;
    }
    const element = champ(page, chemin);
    if ((await element.evaluate((e) => e.tagName)) === 'SELECT') await element.selectOption(valeur);
    else await element.fill(valeur);
  }
}

export async function etapeSuivante(page: Page, titre: string): Promise<void> {
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect(page.getByRole('heading', { level: 2, name: titre, exact: true })).toBeVisible();
}

export async function attendreEnregistrement(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Enregistré à \d{2}:\d{2}$/ })).toBeVisible({ timeout: 10_000 });
}

/** The draft's id, once the first field typed has created it (the address becomes /demandes/:id/modifier). */
export async function idDuBrouillon(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/demandes\/[0-9a-f-]{36}\/modifier/, { timeout: 10_000 });
  return /\/demandes\/([0-9a-f-]{36})\/modifier/.exec(page.url())![1]!;
}

export async function csrf(page: Page): Promise<string> {
  return (await (await page.request.get('/api/session')).json()).csrfToken;
}

/** A small but real PDF (the server checks the type from the bytes). */
export function pdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
}

/** Uploads the pieces through the API (the upload screen has its own journey). */
export async function deposerPieces(page: Page, id: string, types: string[]): Promise<void> {
  const jeton = await csrf(page);
  for (const type of types) {
    const res = await page.request.post(`/api/demandes/${id}/pieces`, {
      headers: { 'x-csrf-token': jeton },
      multipart: { type, fichier: { name: `${type}.pdf`, mimeType: 'application/pdf', buffer: pdf() } },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
}

export async function verifierEtape(page: Page): Promise<void> {
  await verifierAccessibilite(page);
}

/** A day relative to today in Paris, "AAAA-MM-JJ". */
export function jour(decalage: number, base = new Date()): string {
  const d = new Date(base.getTime() + decalage * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

export function ilYaAns(ans: number, jours = 0): string {
  const [a, m, j] = jour(jours).split('-').map(Number) as [number, number, number];
  return `${a - ans}-${String(m).padStart(2, '0')}-${String(Math.min(j, 28)).padStart(2, '0')}`;
}

export function francais(iso: string): string {
  const [a, m, j] = iso.split('-');
  return `${j}/${m}/${a}`;
}

/** A step of the stepper (its number, or a tick once passed, comes before its title). */
export function boutonEtape(page: Page, titre: string) {
  const echappe = titre.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('navigation', { name: 'Étapes de la demande' }).getByRole('button', { name: new RegExp(`^(\\d+ )?${echappe}$`) });
}

function valeursDeLEtape(etape: Etape, donnees: Donnees): Record<string, string | boolean> {
  const valeurs: Record<string, string | boolean> = {};
  for (const c of champsVisibles(etape, donnees)) {
    if (c.prerempli) continue;
    const v = lire(donnees, c.chemin);
    if (v === undefined || v === null) continue;
    valeurs[c.chemin] = typeof v === 'boolean' ? v : c.type === 'montant' && typeof v === 'number' ? (v / 100).toFixed(2).replace('.', ',') : String(v);
  }
  return valeurs;
}

/** Types what the step shows now of `valeurs` (a field that depends on a later step is not there yet); returns what is left. */
async function remplirCeQuiEstAffiche(page: Page, valeurs: Record<string, string | boolean>): Promise<Record<string, string | boolean>> {
  const reste: Record<string, string | boolean> = {};
  for (const [chemin, valeur] of Object.entries(valeurs)) {
    if ((await champ(page, chemin).count()) === 0) reste[chemin] = valeur;
    else await remplir(page, { [chemin]: valeur });
  }
  return reste;
}

/**
 * Goes through the scheme's steps as a person would, with "Suivant": checks the step's heading, types
 * every visible field that `donnees` gives (pre-filled ones are read-only), scans the step with axe.
 * Steps and fields that appear only once a later step is typed (the legal representative of a minor)
 * are then reached from the stepper.
 */
export async function remplirLesEtapes(
  page: Page,
  definition: DefinitionFormulaire,
  donnees: Donnees,
  apresEtape?: (etape: string) => Promise<void>,
): Promise<void> {
  const restes = new Map<string, Record<string, string | boolean>>();
  for (;;) {
    const titre = (await page.getByRole('heading', { level: 2 }).first().textContent())?.trim();
    const etape = definition.etapes.find((e) => e.titre === titre);
    if (!etape) break;
    restes.set(etape.id, await remplirCeQuiEstAffiche(page, valeursDeLEtape(etape, donnees)));
    await apresEtape?.(etape.id);
    await verifierAccessibilite(page);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).not.toHaveText(titre!);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Pièces justificatives', exact: true })).toBeVisible();
  for (const etape of definition.etapes) {
    if (etape.visible && !etape.visible(donnees)) continue;
    const reste = restes.has(etape.id) ? restes.get(etape.id)! : valeursDeLEtape(etape, donnees);
    if (Object.keys(reste).length === 0) continue;
    await boutonEtape(page, etape.titre).click();
    await expect(page.getByRole('heading', { level: 2, name: etape.titre, exact: true })).toBeVisible();
    await remplir(page, reste);
    if (!restes.has(etape.id)) {
      await apresEtape?.(etape.id);
      await verifierAccessibilite(page);
    }
  }
}

/** Pieces uploaded through the API, then the récapitulatif checked and the request sent. */
export async function envoyer(page: Page, id: string, definition: DefinitionFormulaire, donnees: Donnees): Promise<void> {
  await attendreEnregistrement(page);
  await deposerPieces(page, id, definition.piecesRequises(donnees).filter((p) => p.obligatoire).map((p) => p.type));
  await page.goto(`/demandes/${id}/modifier?etape=recapitulatif`);
  await expect(page.getByRole('heading', { level: 2, name: 'Récapitulatif' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('La demande est complète : vous pouvez l’envoyer.')).toBeVisible();
  await verifierAccessibilite(page);
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page).toHaveURL(new RegExp(`/demandes/${id}/envoyee`), { timeout: 15_000 });
}

/** A new form of a multi-establishment account: the establishment is chosen first when none is worked on. */
export async function ouvrirNouvelleDemande(page: Page, slug: string, titre: string): Promise<void> {
  await page.goto(`/demander-un-financement/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: titre })).toBeVisible({ timeout: 15_000 });
  const choix = page.getByLabel('Établissement concerné');
  const employeur = page.getByRole('heading', { level: 2, name: 'Employeur' });
  await expect(choix.or(employeur)).toBeVisible({ timeout: 15_000 });
  if (await choix.isVisible()) {
    await verifierAccessibilite(page);
    await choix.selectOption({ index: 1 });
  }
  await expect(employeur).toBeVisible();
}
