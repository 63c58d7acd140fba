import { generateSync } from 'otplib';
import { expect, MOT_DE_PASSE_DEMO, test, verifierAccessibilite } from '../support/fixtures';

/** The demo administrator's authenticator secret: public demo data (PERSONNEL_DEMO, apps/api/src/db/demo-data.ts). */
const ADMINISTRATEUR = { email: 'administrateur@opco.test', secretTotp: 'MFSG22LONFZXI4TBORSXK4TEMVWW6YLB' };

/**
 * A start date far enough and drawn at random: a retried run on the same database must not collide
 * with the value the first try added (two values of the SMIC may not start the same day).
 */
function premierDuMoisAVenir(): { iso: string; affichee: string } {
  const annee = 2030 + Math.floor(Math.random() * 10);
  const mois = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  return { iso: `${annee}-${mois}-01`, affichee: `01/${mois}/${annee}` };
}

test.describe('Référentiel des règles de calcul', () => {
  test('l’administrateur ajoute un SMIC à venir avec sa source, le voit « à venir », et la rémunération calculée à cette date l’utilise', async ({ page }) => {
    await page.goto('/opco/connexion');
    await page.getByLabel('Email').fill(ADMINISTRATEUR.email);
    await page.getByLabel(/^Mot de passe/).fill(MOT_DE_PASSE_DEMO);
    await page.getByLabel('Code à usage unique').fill(generateSync({ secret: ADMINISTRATEUR.secretTotp, epoch: Math.floor(Date.now() / 1000) }));
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Back office' })).toBeVisible();
    await verifierAccessibilite(page);

    await page.getByRole('link', { name: 'Référentiel des règles de calcul' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Référentiel des règles de calcul' })).toBeVisible();
    const smic = page.getByRole('table', { name: 'SMIC (salaire minimum de croissance)' });
    await expect(smic.getByRole('row').filter({ hasText: '01/01/2026' })).toContainText('1 823,03 € par mois · 12,02 € de l’heure');
    await expect(smic).toContainText('Décret n° 2024-951 du 23 octobre 2024');
    await verifierAccessibilite(page);

    const debut = premierDuMoisAVenir();
    const source = `Décret n° ${debut.iso.slice(0, 4)}-17 portant relèvement du salaire minimum de croissance (essai du parcours)`;
    await page.getByRole('button', { name: 'Ajouter une valeur : SMIC (salaire minimum de croissance)' }).click();
    const formulaire = page.getByRole('form', { name: 'Nouvelle valeur : SMIC (salaire minimum de croissance)' });
    await formulaire.getByRole('button', { name: 'Enregistrer la valeur' }).click();
    await expect(formulaire.getByText('La source (texte ou document) est obligatoire')).toBeVisible();
    await verifierAccessibilite(page);

    await formulaire.getByLabel('Applicable à partir du').fill(debut.iso);
    await formulaire.getByLabel('Montant mensuel (35 h), en euros').fill('2000,50');
    await formulaire.getByLabel('Montant horaire brut, en euros').fill('13,19');
    await formulaire.getByLabel('Source (texte officiel ou document)').fill(source);
    await formulaire.getByRole('button', { name: 'Enregistrer la valeur' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'La valeur est enregistrée' })).toHaveText(`La valeur est enregistrée : elle s’applique à partir du ${debut.affichee}.`);
    const ajoutee = smic.getByRole('row').filter({ hasText: source });
    await expect(ajoutee).toContainText(debut.affichee);
    await expect(ajoutee).toContainText('à venir');
    await expect(ajoutee).toContainText('2 000,50 € par mois · 13,19 € de l’heure');
    await expect(ajoutee).toContainText('ajoutée par Marc FONTAINE');
    await verifierAccessibilite(page);

    // An apprentice of 26 or more is paid at least 100 % of the SMIC: the new value, from its first day.
    const { csrfToken } = await (await page.request.get('/api/session')).json();
    const remuneration = await page.request.post('/api/estimations/remuneration-minimale', {
      headers: { 'x-csrf-token': csrfToken },
      data: { dateNaissance: '1990-05-12', dateDebutContrat: debut.iso, dateFinContrat: `${Number(debut.iso.slice(0, 4)) + 1}-${debut.iso.slice(5)}` },
    });
    expect(remuneration.status()).toBe(200);
    const { periodes } = await remuneration.json();
    expect(periodes[0]).toMatchObject({ debut: debut.iso, tauxPourcent: 100, baseMensuelleCentimes: 200050, montantMensuelMinimumCentimes: 200050 });
  });
});
