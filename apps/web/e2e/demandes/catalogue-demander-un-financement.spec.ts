import type { APIRequestContext } from '@playwright/test';
import { attendreEmail, lienDuMail } from '../support/mails';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

const MOT_DE_PASSE_COLLEGUE = 'Pain-Dore-Lecture-2026';

async function enTetes(request: APIRequestContext) {
  return { 'x-csrf-token': (await (await request.get('/api/session')).json()).csrfToken };
}

const TITRES = ['Action individuelle', 'Contrat d’apprentissage', 'Contrat de professionnalisation', 'Promotion par l’alternance'];

test.describe('Demander un financement : le catalogue des dispositifs', () => {
  test('montre les quatre dispositifs et, à une entreprise de 50 salariés et plus, pourquoi l’action individuelle ne lui est pas ouverte', async ({ page }) => {
    await seConnecter(page, COMPTES.multi);
    await page.goto('/demander-un-financement');
    await expect(page.getByRole('heading', { level: 1, name: 'Demander un financement' })).toBeVisible();
    await expect(page.getByText(/^Pour l’établissement AIDOMI PROVENCE.* — SIRET \d{3} \d{3} \d{3} \d{5}$/)).toBeVisible();

    const cartes = page.getByRole('article');
    await expect(cartes).toHaveCount(4);
    for (const [i, titre] of TITRES.entries()) await expect(cartes.nth(i).getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^${titre}`));

    const actionIndividuelle = page.getByRole('article', { name: 'Action individuelle' });
    await expect(actionIndividuelle.getByText('Pièces à préparer')).toBeVisible();
    await expect(actionIndividuelle.getByText('Non disponible pour cet établissement')).toBeVisible();
    await expect(actionIndividuelle).toContainText(/moins de 50 salariés/);
    await expect(actionIndividuelle.getByRole('link', { name: 'Faire la demande' })).toHaveCount(0);
    // The other three stay open to a company of any size.
    await expect(page.getByRole('link', { name: 'Faire la demande' })).toHaveCount(3);
    await verifierAccessibilite(page);
  });

  test('« Faire la demande » ouvre le formulaire du dispositif choisi, pour la boulangerie de 3 salariés', async ({ page }) => {
    await seConnecter(page, COMPTES.boulanger);
    await page.goto('/demander-un-financement');
    await expect(page.getByText(/^Pour l’établissement AU PAIN DORÉ/i)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Faire la demande' })).toHaveCount(4);
    const carte = page.getByRole('article', { name: 'Action individuelle' });
    await expect(carte.getByText('Ce qui est financé')).toBeVisible();
    await expect(carte.getByText('Qui peut en bénéficier')).toBeVisible();
    await verifierAccessibilite(page);

    await page.getByRole('article', { name: 'Contrat d’apprentissage' }).getByRole('link', { name: 'Faire la demande' }).click();
    await expect(page).toHaveURL(/\/demander-un-financement\/contrat-apprentissage$/);
  });

  test('un collègue en lecture seule voit les dispositifs avec une note, sans « Faire la demande »', async ({ page, browser }) => {
    test.setTimeout(60_000);
    const email = `lecture.${Date.now()}@au-pain-dore.test`;
    await seConnecter(page, COMPTES.boulanger);
    try {
      const depuis = Date.now();
      const invitation = await page.request.post('/api/collegues', {
        data: { prenom: 'Léon', nom: 'PETIT', email, role: 'lecture_seule', tous: true, sirets: [] },
        headers: await enTetes(page.request),
      });
      expect(invitation.status(), await invitation.text()).toBe(201);
      const mail = await attendreEmail(email, depuis, /Invitation/);
      const contexte = await browser.newContext();
      const collegue = await contexte.newPage();
      await collegue.goto(lienDuMail(mail, 'Choisir mon mot de passe'));
      await collegue.getByLabel(/^Nouveau mot de passe/).fill(MOT_DE_PASSE_COLLEGUE);
      await collegue.getByLabel(/^Confirmation du mot de passe/).fill(MOT_DE_PASSE_COLLEGUE);
      await collegue.getByRole('button', { name: 'Valider' }).click();
      await expect(collegue.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();

      await collegue.goto('/demander-un-financement');
      await expect(collegue.getByRole('article')).toHaveCount(4);
      await expect(collegue.getByText(/^Votre accès est en lecture seule/)).toBeVisible();
      await expect(collegue.getByText('Accès en lecture seule : demande impossible.')).toHaveCount(4);
      await expect(collegue.getByRole('link', { name: 'Faire la demande' })).toHaveCount(0);
      await verifierAccessibilite(collegue);
      await contexte.close();
    } finally {
      const liste = await page.request.get('/api/collegues');
      for (const c of (await liste.json()).collegues as { id: string; email: string }[]) {
        if (c.email === email) await page.request.delete(`/api/collegues/${c.id}`, { headers: await enTetes(page.request) });
      }
    }
  });
});
