import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { connecterPersonnel, PDF } from '../aide/personnel';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';
import { attendreEmail } from '../support/mails';

const csrf = async (page: Page): Promise<string> => (await (await page.request.get('/api/session')).json()).csrfToken;
const aujourdhui = () => new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());

/** The demo baker claims, on a dossier « Pris en charge », its last reimbursement (through the employer's API). */
async function demanderDernierRemboursement(page: Page): Promise<{ numero: string; dossier: { id: string; numero: string }; montantCentimes: number }> {
  await seConnecter(page, COMPTES.boulanger);
  const enCours = (await (await page.request.get('/api/financements?groupe=en_cours&taille=100')).json()).demandes as { id: string; numero: string; statut: string }[];
  const dossier = enCours.find((d) => d.statut === 'pris_en_charge');
  expect(dossier, 'un dossier « Pris en charge » de démonstration').toBeTruthy();
  const contexte = await (await page.request.get(`/api/demandes/${dossier!.id}/remboursement`)).json();
  const montantCentimes = Math.min(contexte.resteCentimes as number, 80_000);
  const donnees = { cleIdempotence: randomUUID(), montants: { pedagogie: montantCentimes }, stagiaires: [{ nom: 'Apprenant du dossier', heuresRealisees: contexte.heuresConvenues ?? 14 }], derniereDemande: true };
  const res = await page.request.post(`/api/demandes/${dossier!.id}/remboursements`, {
    headers: { 'x-csrf-token': await csrf(page) },
    multipart: {
      donnees: JSON.stringify(donnees),
      facture: { name: 'facture.pdf', mimeType: 'application/pdf', buffer: PDF },
      certificat_realisation: { name: 'certificat.pdf', mimeType: 'application/pdf', buffer: PDF },
    },
  });
  expect(res.status(), await res.text()).toBeLessThan(300);
  const remboursement = (await res.json()) as { numero: string };
  await page.context().clearCookies();
  return { numero: remboursement.numero, dossier: dossier!, montantCentimes };
}

test.describe('Facturation et paiements au back office', () => {
  test('un gestionnaire accepte un remboursement, un superviseur le met en paiement, l’exporte et le marque payé : l’entreprise voit « Payé » et le dossier « Soldé »', async ({ page }) => {
    // Three accounts, seven pages and as many axe scans.
    test.setTimeout(120_000);
    const depuis = Date.now();
    const { numero, dossier } = await demanderDernierRemboursement(page);

    // The gestionnaire finds the claim in the queue and examines it against the commitment.
    await connecterPersonnel(page, 'gestionnaire@opco.test');
    await page.getByRole('navigation', { name: 'Navigation du back office' }).getByRole('link', { name: 'Facturation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Facturation' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^À examiner \(\d+\)$/ })).toHaveAttribute('aria-current', 'page');
    await verifierAccessibilite(page);
    await page.getByLabel('Rechercher', { exact: true }).fill(numero);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(new RegExp(`q=${numero}`));
    await page.getByRole('table').getByRole('link', { name: numero }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Remboursement n° ${numero}` })).toBeVisible();
    const engagement = page.getByRole('region', { name: 'Dossier et engagement' });
    await expect(engagement.getByRole('link', { name: `Ouvrir le dossier ${dossier.numero} au back office` })).toBeVisible();
    await expect(engagement.getByRole('rowheader', { name: 'Reste dû' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Demande de remboursement' }).getByText('Oui')).toBeVisible();
    const pieces = page.getByRole('region', { name: 'Pièces justificatives' });
    await pieces.getByRole('button', { name: 'Afficher facture.pdf' }).click();
    await expect(pieces.locator('iframe[title="Aperçu de facture.pdf"]')).toBeVisible();
    await verifierAccessibilite(page);

    const accord = page.getByRole('dialog', { name: 'Accepter la demande de remboursement' });
    // On a busy machine the first click can land while the piece's preview re-renders the page: click until it opens.
    await expect(async () => {
      if (!(await accord.isVisible())) await page.getByRole('button', { name: 'Accepter', exact: true }).click();
      await expect(accord).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    await expect(accord.getByLabel(/^Montant accepté/)).not.toHaveValue('');
    await verifierAccessibilite(page);
    await accord.getByRole('button', { name: 'Accepter', exact: true }).click();
    await expect(accord).toBeHidden();
    await expect(page.getByRole('status')).toContainText('La demande de remboursement est acceptée.');
    await expect(page.getByText('Accepté', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Historique' }).getByText('Demande acceptée')).toBeVisible();
    expect((await attendreEmail(COMPTES.boulanger, depuis, new RegExp(`remboursement n° ${numero} est acceptée`))).text).toContain('Le paiement suivra avec le prochain lot de paiement');

    // Batches are a supervisor's: the gestionnaire is told so.
    await page.goto('/opco/lots-paiement');
    await expect(page.getByText('Préparer un lot et le marquer comme payé revient à un superviseur ou à un administrateur.')).toBeVisible();
    await page.context().clearCookies();

    // The supervisor prepares the batch, downloads the accounting export, marks it paid.
    await connecterPersonnel(page, 'superviseur@opco.test');
    await page.goto('/opco/lots-paiement');
    await expect(page.getByRole('heading', { level: 1, name: 'Lots de paiement' })).toBeVisible();
    await expect(page.getByText(/remboursements? acceptés? attend/)).toBeVisible();
    await verifierAccessibilite(page);
    await page.getByRole('button', { name: 'Préparer un lot de paiement' }).click();
    const prepare = page.getByRole('status').filter({ hasText: /Le lot LP-\d{4}-\d{6} est préparé/ });
    await expect(prepare).toBeVisible();
    const lot = (await prepare.textContent())!.match(/LP-\d{4}-\d{6}/)![0];
    await expect(page.getByText('Aucun remboursement accepté n’attend de lot de paiement.')).toBeVisible();

    const telechargement = page.waitForEvent('download');
    await page.getByRole('link', { name: `Télécharger l’export comptable du lot ${lot} (CSV)` }).click();
    const fichier = await telechargement;
    expect(fichier.suggestedFilename()).toBe(`${lot}.csv`);
    const csv = fs.readFileSync((await fichier.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFRéférence de paiement;N° de lot;N° de remboursement;')).toBe(true);
    const ligne = csv.split('\r\n').find((l) => l.includes(numero))!;
    const reference = ligne.split(';')[0]!;
    expect(reference).toMatch(new RegExp(`^${lot}-\\d{4}$`));
    expect(ligne).toContain(dossier.numero);

    await page.getByRole('button', { name: `Marquer le lot ${lot} comme payé` }).click();
    const paiement = page.getByRole('dialog', { name: `Marquer le lot ${lot} comme payé` });
    await expect(paiement.getByLabel(/^Date du paiement/)).not.toHaveValue('');
    await verifierAccessibilite(page);
    await paiement.getByRole('button', { name: 'Confirmer le paiement' }).click();
    await expect(paiement).toBeHidden();
    await expect(page.getByRole('status')).toContainText(`Le lot ${lot} est payé`);
    await expect(page.getByRole('row', { name: new RegExp(lot) })).toContainText('Payé');
    await verifierAccessibilite(page);

    await page.goto(`/opco/facturation/${numero}`);
    await expect(page.getByText(`Payé le ${aujourdhui()}, référence ${reference}`)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Dossier et engagement' }).getByText('Soldé')).toBeVisible();
    const mail = await attendreEmail(COMPTES.boulanger, depuis, new RegExp(`remboursement n° ${numero} est payé`));
    expect(mail.text).toContain(`le ${aujourdhui()}, référence de paiement ${reference}`);
    expect(mail.text).toContain(`Le dossier n° ${dossier.numero} est soldé`);
    await page.context().clearCookies();

    // The employer sees « Payé » with the date and the reference, and the dossier « Soldé ».
    await seConnecter(page, COMPTES.boulanger);
    await page.goto('/mes-remboursements/paye');
    const paye = page.getByRole('row', { name: new RegExp(numero) });
    await expect(paye).toContainText(aujourdhui());
    await expect(paye).toContainText(reference);
    await verifierAccessibilite(page);
    await page.goto('/mes-financements/archive');
    await expect(page.getByRole('row', { name: new RegExp(dossier.numero) })).toContainText('Soldé');
  });

  test('un employeur n’atteint aucune route de la facturation, et la file filtre par montant avec un message sur le champ', async ({ page }) => {
    await seConnecter(page, COMPTES.boulanger);
    expect((await page.request.get('/api/opco/remboursements')).status()).toBe(404);
    expect((await page.request.get('/api/opco/lots-paiement')).status()).toBe(404);
    await page.goto('/opco/facturation');
    await expect(page).toHaveURL(/\/opco\/connexion/);
    await page.context().clearCookies();

    await connecterPersonnel(page, 'gestionnaire@opco.test');
    await page.goto('/opco/facturation?etape=toutes');
    await page.getByLabel('Montant minimum (€)').fill('12abc');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page.getByText('Montant en euros, par exemple 1 200,50')).toBeVisible();
    await page.getByLabel('Montant minimum (€)').fill('100');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/min=100/);
    await expect(page.getByRole('link', { name: /^Toutes \(\d+\)$/ })).toHaveAttribute('aria-current', 'page');
    await verifierAccessibilite(page);
  });
});
