import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

type Ligne = {
  id: string;
  numero: string | null;
  dispositif: string;
  statut: string;
  beneficiaire: string | null;
  intituleFormation: string | null;
  organisme: string | null;
  dateDebut: string | null;
  dateFin: string | null;
  montantEstimeCentimes: number | null;
  montantEngageCentimes: number | null;
  etablissement: { siret: string; raisonSociale: string };
};

const sansAccent = (t: string | null) => (t ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every row of a tab, read from the list without any criterion: the expected rows are filtered from it here. */
async function tout(page: Page, groupe: string): Promise<Ligne[]> {
  const lignes: Ligne[] = [];
  let apres: string | null = null;
  do {
    const page1 = await (await page.request.get(`/api/financements?groupe=${groupe}&taille=100${apres ? `&apres=${apres}` : ''}`)).json();
    lignes.push(...page1.demandes);
    apres = page1.suivant;
  } while (apres);
  return lignes;
}

const panneau = (page: Page) => page.getByRole('form', { name: 'Critères de recherche' });
const resultat = (page: Page) => page.getByRole('status').filter({ hasText: /trouvée|Aucune demande ne répond/ });
const numerosAffiches = async (page: Page) => (await page.getByRole('table').locator('tbody tr').getByRole('rowheader').allTextContents()).sort();

async function ouvrir(page: Page) {
  const bascule = page.getByRole('button', { name: /^Recherche avancée/ });
  if ((await bascule.getAttribute('aria-expanded')) !== 'true') await bascule.click();
  await expect(panneau(page)).toBeVisible();
}

async function rechercher(page: Page) {
  await panneau(page).getByRole('button', { name: 'Rechercher' }).click();
}

async function reinitialiser(page: Page) {
  await ouvrir(page);
  await panneau(page).getByRole('button', { name: 'Réinitialiser les critères' }).click();
  await rechercher(page);
  await expect(page).toHaveURL(/\/mes-financements\/[a-z-]+$/);
}

/** The search shows exactly the expected rows (all of them when they fit on the first page) and their count. */
async function verifier(page: Page, attendu: Ligne[]) {
  expect(attendu.length).toBeGreaterThan(0);
  await expect(resultat(page)).toHaveText(`${attendu.length} demande${attendu.length > 1 ? 's' : ''} trouvée${attendu.length > 1 ? 's' : ''}`);
  const lignes = page.getByRole('table').locator('tbody tr');
  await expect(lignes).toHaveCount(Math.min(attendu.length, 20));
  if (attendu.length <= 20) expect(await numerosAffiches(page)).toEqual(attendu.map((l) => l.numero!).sort());
  else for (const n of await numerosAffiches(page)) expect(attendu.map((l) => l.numero)).toContain(n);
}

test.describe('Mes financements : recherche avancée et export', () => {
  // Long journeys (a search per criterion) on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test('une part du diagramme de l’accueil ouvre le bon onglet', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const groupes: { groupe: string; libelle: string; nombre: number }[] = (await (await page.request.get('/api/accueil')).json()).demandes.groupes;
    const archive = groupes.find((g) => g.groupe === 'archive')!;
    await page.getByRole('region', { name: 'Mes demandes de financement' }).getByRole('link', { name: `Archivé : ${archive.nombre} demande${archive.nombre > 1 ? 's' : ''}` }).click();
    await expect(page).toHaveURL(/\/mes-financements\/archive$/);
    await expect(page.getByRole('navigation', { name: 'Statut des demandes' }).getByRole('link', { name: `Archivé (${archive.nombre})` })).toHaveAttribute('aria-current', 'page');
  });

  test('chaque critère trouve les demandes attendues ; « Réinitialiser les critères » puis « Rechercher » les efface', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const enCours = await tout(page, 'en_cours');
    const archive = await tout(page, 'archive');
    await page.goto('/mes-financements/en-cours');
    await ouvrir(page);
    await verifierAccessibilite(page);

    // N° de dossier: a part of it.
    const numero = enCours[3]!.numero!;
    await panneau(page).getByLabel('N° de dossier').fill(numero.slice(-6));
    await rechercher(page);
    await expect(page).toHaveURL(new RegExp(`numero=${numero.slice(-6)}`));
    await verifier(page, enCours.filter((l) => l.numero!.includes(numero.slice(-6))));
    await reinitialiser(page);
    await expect(resultat(page)).toHaveCount(0);
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(20);

    // Dispositif.
    await ouvrir(page);
    await panneau(page).getByRole('combobox', { name: 'Dispositif' }).click();
    await page.getByRole('option', { name: 'Promotion par l’alternance', exact: true }).click();
    await rechercher(page);
    await verifier(page, enCours.filter((l) => l.dispositif === 'pro_a'));
    await reinitialiser(page);

    // Statut détaillé of another tab: the search opens it.
    await ouvrir(page);
    await panneau(page).getByRole('combobox', { name: 'Statut détaillé' }).click();
    await page.getByRole('option', { name: 'Refusé' }).click();
    await rechercher(page);
    await expect(page).toHaveURL(/\/mes-financements\/archive\?statut=refuse$/);
    await verifier(page, archive.filter((l) => l.statut === 'refuse'));
    await reinitialiser(page);
    await page.goto('/mes-financements/en-cours');

    // Bénéficiaire, without its accent and with a typo.
    const accentue = enCours.find((l) => /[éèëïîô]/.test(l.beneficiaire ?? ''))!.beneficiaire!;
    const [prenom, nom] = accentue.split(' ') as [string, string];
    await ouvrir(page);
    await panneau(page).getByLabel('Nom du bénéficiaire').fill(`${sansAccent(prenom)} ${nom.slice(0, 2)}${nom.slice(3)}`);
    await rechercher(page);
    await verifier(page, enCours.filter((l) => l.beneficiaire === accentue));
    await reinitialiser(page);

    // Formation, organisme (name, then SIRET), établissement.
    await ouvrir(page);
    await panneau(page).getByLabel('Intitulé de la formation').fill('assistant vie');
    await rechercher(page);
    await verifier(page, enCours.filter((l) => sansAccent(l.intituleFormation).includes('assistant') && sansAccent(l.intituleFormation).includes('vie')));
    await reinitialiser(page);

    await ouvrir(page);
    await panneau(page).getByLabel('Organisme de formation').fill('institut mediterraneen');
    await rechercher(page);
    await verifier(page, enCours.filter((l) => l.organisme === 'Institut Méditerranéen de Formation Sociale'));
    await reinitialiser(page);

    await ouvrir(page);
    await panneau(page).getByLabel('Établissement').fill('gap');
    await rechercher(page);
    await verifier(page, enCours.filter((l) => l.etablissement.raisonSociale.includes('GAP')));
    await reinitialiser(page);

    // Date ranges and amounts.
    const debuts = enCours.map((l) => l.dateDebut!).sort();
    const [du, au] = [debuts[2]!, debuts[debuts.length - 3]!];
    await ouvrir(page);
    await panneau(page).getByLabel('Début de formation : du').fill(du);
    await panneau(page).getByLabel('Début de formation : au').fill(au);
    await rechercher(page);
    await verifier(page, enCours.filter((l) => l.dateDebut! >= du && l.dateDebut! <= au));
    await reinitialiser(page);

    const fins = enCours.map((l) => l.dateFin!).sort();
    await ouvrir(page);
    await panneau(page).getByLabel('Fin de formation : du').fill(fins[fins.length - 5]!);
    await rechercher(page);
    await verifier(page, enCours.filter((l) => l.dateFin! >= fins[fins.length - 5]!));
    await reinitialiser(page);

    await ouvrir(page);
    await panneau(page).getByLabel('Montant minimum (€)').fill('1 000');
    await panneau(page).getByLabel('Montant maximum (€)').fill('5000,50');
    await rechercher(page);
    const montant = (l: Ligne) => l.montantEngageCentimes ?? l.montantEstimeCentimes;
    await verifier(page, enCours.filter((l) => montant(l) !== null && montant(l)! >= 100_000 && montant(l)! <= 500_050));
    await verifierAccessibilite(page);
  });

  test('les critères restent dans l’adresse (rechargement, retour arrière) et un critère mal formé est signalé sur son champ', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const enCours = await tout(page, 'en_cours');
    await page.goto('/mes-financements/en-cours');
    await ouvrir(page);
    await panneau(page).getByLabel('Intitulé de la formation').fill('titre professionnel');
    await rechercher(page);
    const premier = enCours.filter((l) => sansAccent(l.intituleFormation).includes('titre professionnel'));
    await verifier(page, premier);
    await panneau(page).getByLabel('Nom du bénéficiaire').fill(enCours[0]!.beneficiaire!);
    await rechercher(page);
    const second = premier.filter((l) => l.beneficiaire === enCours[0]!.beneficiaire);
    if (second.length > 0) await verifier(page, second);

    await page.reload();
    await expect(panneau(page)).toBeVisible();
    await expect(panneau(page).getByLabel('Nom du bénéficiaire')).toHaveValue(enCours[0]!.beneficiaire!);
    await expect(panneau(page).getByLabel('Intitulé de la formation')).toHaveValue('titre professionnel');
    await page.goBack();
    await expect(panneau(page).getByLabel('Nom du bénéficiaire')).toHaveValue('');
    await expect(panneau(page).getByLabel('Intitulé de la formation')).toHaveValue('titre professionnel');
    await verifier(page, premier);

    // A column sort joins the criteria in the address.
    await page.getByRole('button', { name: 'Montant' }).click();
    await expect(page).toHaveURL(/tri=montant&ordre=desc/);
    await expect(page.getByRole('columnheader', { name: /Montant/ })).toHaveAttribute('aria-sort', 'descending');
    await page.getByRole('button', { name: /^Montant/ }).click();
    await expect(page).toHaveURL(/tri=montant&ordre=asc/);
    await expect(page.getByRole('columnheader', { name: /Montant/ })).toHaveAttribute('aria-sort', 'ascending');

    // Letters in an amount, reversed dates: a message on the field, nothing searched.
    await ouvrir(page);
    await panneau(page).getByLabel('Montant minimum (€)').fill('mille');
    await panneau(page).getByLabel('Fin de formation : du').fill('2027-06-01');
    await panneau(page).getByLabel('Fin de formation : au').fill('2027-01-01');
    await rechercher(page);
    await expect(panneau(page).getByLabel('Montant minimum (€)')).toHaveAccessibleDescription(/Le montant s’écrit en euros, en chiffres/);
    await expect(panneau(page).getByLabel('Fin de formation : au')).toHaveAccessibleDescription(/La date de fin de la période doit être postérieure ou égale à sa date de début/);
    await expect(page).not.toHaveURL(/mille/);
    await verifierAccessibilite(page);

    // A shared address with a malformed criterion: the server's message on the field.
    await page.goto('/mes-financements/en-cours?montantMax=abc');
    await expect(panneau(page).getByLabel('Montant maximum (€)')).toHaveAccessibleDescription(/Le montant s’écrit en euros, en chiffres/);
    await expect(page.getByRole('alert')).toContainText('Certains critères sont à corriger');
  });

  test('« Exporter (CSV) » et « Exporter (Excel) » téléchargent la liste affichée avec ses critères', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    const enCours = await tout(page, 'en_cours');
    const attendu = enCours.filter((l) => l.dispositif === 'apprentissage');
    await page.goto('/mes-financements/en-cours?dispositif=apprentissage');
    await verifier(page, attendu);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exporter (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^mes-financements-en-cours-\d{4}-\d{2}-\d{2}\.csv$/);
    const texte = fs.readFileSync((await csv.path())!, 'utf8');
    expect(texte.startsWith('\uFEFFN° de dossier;Dispositif;')).toBe(true);
    const lignes = texte.split('\r\n').slice(1, -1);
    expect(lignes.map((l) => l.split(';')[0]).sort()).toEqual(attendu.map((l) => l.numero).sort());

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exporter (Excel)' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const octets = fs.readFileSync((await xlsx.path())!);
    expect(octets.subarray(0, 2).toString('latin1')).toBe('PK');
    await verifierAccessibilite(page);
  });
});
