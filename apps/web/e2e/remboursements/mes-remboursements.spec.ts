import type { Page } from '@playwright/test';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

type Compteur = { onglet: string; libelle: string; nombre: number };
type Ligne = { id: string; numero: string; beneficiaire: string | null; demande: { numero: string } };
const CHEMINS: Record<string, string> = { a_venir: '/mes-remboursements/a-venir', paye: '/mes-remboursements/paye', refuse: '/mes-remboursements/refuse' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const onglets = (page: Page) => page.getByRole('navigation', { name: 'Statut des remboursements' });

async function page1(page: Page, query: string): Promise<{ compteurs: Compteur[]; remboursements: Ligne[] }> {
  const res = await page.request.get(`/api/remboursements?${query}`);
  expect(res.status(), await res.text()).toBe(200);
  return res.json();
}

/** Chooses files through the button, as a person does (the native file chooser). */
async function choisirFichiers(page: Page, libelle: RegExp, fichiers: { name: string; mimeType: string; buffer: Buffer }[]) {
  const choix = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: libelle }).click();
  await (await choix).setFiles(fichiers);
}

test.describe('Mes remboursements', () => {
  // Several pages, each scanned by axe.
  test.describe.configure({ timeout: 90_000 });

  test('un remboursement est demandé depuis un dossier « Pris en charge » et apparaît sous À venir', async ({ page }) => {
    await seConnecter(page, COMPTES.boulanger);
    const enCours = (await (await page.request.get('/api/financements?groupe=en_cours&taille=100')).json()).demandes as { id: string; numero: string; statut: string; montantEngageCentimes: number }[];
    const dossier = enCours.find((d) => d.statut === 'pris_en_charge');
    expect(dossier, 'un dossier « Pris en charge » de démonstration').toBeTruthy();
    const avant = (await page1(page, 'onglet=a_venir')).compteurs.find((c) => c.onglet === 'a_venir')!.nombre;

    await page.goto(`/demandes/${dossier!.id}/remboursement`);
    await expect(page.getByRole('heading', { level: 1, name: 'Demander un remboursement' })).toBeVisible();
    await expect(page.getByText(`Dossier ${dossier!.numero}`)).toBeVisible();
    const engagement = page.getByRole('region', { name: 'Engagement de l’OPCO' });
    await expect(engagement.getByText('Reste à rembourser')).toBeVisible();
    await expect(engagement.getByText('Heures convenues')).toBeVisible();
    await verifierAccessibilite(page);

    // More than what remains: refused on the total, and nothing typed is lost.
    const euros = (dossier!.montantEngageCentimes / 100 + 1).toFixed(2).replace('.', ',');
    await page.getByLabel('Frais pédagogiques (€)').fill(euros);
    await page.getByLabel('Heures réalisées (stagiaire n° 1)').fill('14');
    await choisirFichiers(page, /Facture\(s\) de l’organisme de formation/, [{ name: 'facture.pdf', mimeType: 'application/pdf', buffer: PDF }]);
    await choisirFichiers(page, /Certificat de réalisation/, [{ name: 'certificat.pdf', mimeType: 'application/pdf', buffer: PDF }]);
    await page.getByRole('button', { name: 'Envoyer la demande de remboursement' }).click();
    await expect(page.getByText(/dépasse ce qui reste à rembourser sur ce dossier/).first()).toBeVisible();
    await expect(page.getByLabel('Frais pédagogiques (€)')).toHaveValue(euros);
    await expect(page.getByLabel('Heures réalisées (stagiaire n° 1)')).toHaveValue('14');
    await verifierAccessibilite(page);

    await page.getByLabel('Frais pédagogiques (€)').fill('120,50');
    await page.getByLabel('Il s’agit de la dernière demande de remboursement pour ce dossier').check();
    await page.getByRole('button', { name: 'Envoyer la demande de remboursement' }).click();
    const succes = page.getByRole('status').filter({ hasText: 'Demande de remboursement envoyée' });
    await expect(succes).toBeVisible();
    const numero = (await succes.textContent())!.match(/RB-\d{4}-\d{6}/)![0];
    await verifierAccessibilite(page);

    await succes.getByRole('link', { name: 'Voir mes remboursements à venir' }).click();
    await expect(page).toHaveURL(/\/mes-remboursements\/a-venir$/);
    await expect(onglets(page).getByRole('link', { name: `À venir (${avant + 1})` })).toHaveAttribute('aria-current', 'page');
    const ligne = page.getByRole('row', { name: new RegExp(numero) });
    await expect(ligne).toContainText(dossier!.numero);
    await expect(ligne).toContainText('120,50');
    await ligne.getByRole('link', { name: `Ouvrir le dossier ${dossier!.numero}` }).click();
    await expect(page).toHaveURL(new RegExp(`/demandes/${dossier!.id}$`));
  });

  test('les onglets À venir, Payé, Refusé portent leurs nombres et leurs colonnes', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const { compteurs } = await page1(page, 'onglet=a_venir');
    expect(compteurs.every((c) => c.nombre > 0)).toBe(true);
    await page.goto('/accueil');
    await page.goto('/mes-remboursements');
    await expect(page).toHaveURL(/\/mes-remboursements\/a-venir$/);
    for (const c of compteurs) {
      await onglets(page).getByRole('link', { name: `${c.libelle} (${c.nombre})` }).click();
      await expect(page).toHaveURL(new RegExp(`${CHEMINS[c.onglet]}$`));
      await expect(page.getByRole('heading', { level: 1, name: 'Mes remboursements' })).toBeVisible();
      await expect(onglets(page).getByRole('link', { name: `${c.libelle} (${c.nombre})` })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(Math.min(c.nombre, 20));
      if (c.onglet === 'paye') await expect(page.getByRole('columnheader', { name: 'Paiement (date et référence)' })).toBeVisible();
      if (c.onglet === 'refuse') await expect(page.getByRole('columnheader', { name: 'Motif du refus' })).toBeVisible();
      await verifierAccessibilite(page);
    }
    // The export of the list shown (here « Refusé »), with the same criteria.
    const telechargement = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Exporter (CSV)' }).click();
    const fichier = await telechargement;
    expect(fichier.suggestedFilename()).toMatch(/^mes-remboursements-refuse-\d{4}-\d{2}-\d{2}\.csv$/);
    const refuse = compteurs.find((c) => c.onglet === 'refuse')!;
    const texte = (await (await page.request.get('/api/remboursements/export?onglet=refuse&format=csv')).text()).split('\r\n').filter(Boolean);
    expect(texte).toHaveLength(refuse.nombre + 1);

    // Sorted by amount, then back.
    await page.getByRole('button', { name: /^Montant demandé/ }).click();
    await expect(page).toHaveURL(/tri=montant_desc/);
    await expect(page.getByRole('columnheader', { name: /Montant demandé/ })).toHaveAttribute('aria-sort', 'descending');
  });

  test('la recherche avancée trouve par critère, garde les critères dans l’adresse, et se réinitialise', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const tous = (await page1(page, 'onglet=paye&taille=100')).remboursements;
    const cible = tous.find((l) => l.beneficiaire && /[éèëïô]/i.test(l.beneficiaire)) ?? tous[0]!;
    const sansAccent = cible.beneficiaire!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const attendus = (await page1(page, `onglet=paye&taille=100&beneficiaire=${encodeURIComponent(sansAccent)}`)).remboursements;

    await page.goto('/mes-remboursements/paye');
    await page.getByRole('button', { name: 'Recherche avancée' }).click();
    const formulaire = page.getByRole('form', { name: 'Critères de recherche' });
    await formulaire.getByLabel('Bénéficiaire').fill(sansAccent);
    await formulaire.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/beneficiaire=/);
    await expect(page.getByRole('status').filter({ hasText: /résultat/ })).toHaveText(attendus.length > 1 ? `${attendus.length} résultats` : '1 résultat');
    await expect(page.getByRole('row', { name: new RegExp(cible.numero) })).toBeVisible();
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(attendus.length);
    await verifierAccessibilite(page);

    // The address keeps the search: reloaded, the same results.
    await page.reload();
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(attendus.length);

    // By number.
    await page.getByRole('form', { name: 'Critères de recherche' }).getByLabel('Bénéficiaire').fill('');
    await page.getByRole('form', { name: 'Critères de recherche' }).getByLabel('N° de remboursement').fill(cible.numero.slice(-6));
    await page.getByRole('form', { name: 'Critères de recherche' }).getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByRole('status').filter({ hasText: /résultat/ })).toHaveText('1 résultat');
    await expect(page.getByRole('row', { name: new RegExp(cible.numero) })).toBeVisible();

    // A malformed amount: the message on the field, the list untouched.
    await page.getByRole('form', { name: 'Critères de recherche' }).getByLabel('Montant demandé minimum (€)').fill('12abc');
    await page.getByRole('form', { name: 'Critères de recherche' }).getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByText('Montant invalide : chiffres uniquement, par exemple 1500 ou 1500,50')).toBeVisible();
    await verifierAccessibilite(page);

    // Reset, then search: every row again.
    await page.getByRole('form', { name: 'Critères de recherche' }).getByRole('button', { name: 'Réinitialiser les critères' }).click();
    await expect(page.getByRole('form', { name: 'Critères de recherche' }).getByLabel('N° de remboursement')).toHaveValue('');
    await page.getByRole('form', { name: 'Critères de recherche' }).getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/\/mes-remboursements\/paye$/);
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(Math.min(tous.length, 20));
  });
});
