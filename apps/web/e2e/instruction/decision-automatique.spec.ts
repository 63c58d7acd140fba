import { exempleComplet } from '@mse/shared/demande/formulaire/exemples-complets';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { connecterPersonnel } from '../aide/personnel';
import { envoyer, idDuBrouillon, jour, remplirLesEtapes } from '../demandes/formulaire-outils';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';

test.describe('Décision automatique à l’envoi', () => {
  test('une demande d’apprentissage standard est prise en charge dès l’envoi, et l’employeur le voit sur la confirmation', async ({ page }) => {
    test.setTimeout(150_000);
    await seConnecter(page, COMPTES.boulanger);
    const definition = FORMULAIRES.apprentissage;
    const donnees = exempleComplet('apprentissage', jour(0));
    await page.goto('/demander-un-financement/contrat-apprentissage');
    await expect(page.getByRole('heading', { level: 1, name: 'Contrat d’apprentissage' })).toBeVisible();
    await remplirLesEtapes(page, definition, donnees);
    const id = await idDuBrouillon(page);
    await envoyer(page, id, definition, donnees);
    // The confirmation page reads the request once sent: the automatic decision was taken in the same transaction.
    const recapitulatif = page.getByRole('region', { name: 'Votre demande' });
    await expect(recapitulatif.getByText('Pris en charge', { exact: true })).toBeVisible();
    await verifierAccessibilite(page);
    const numero = (await page.getByTestId('numero-dossier').textContent())!.trim();

    await page.context().clearCookies();
    await connecterPersonnel(page, 'gestionnaire@opco.test');
    await page.goto(`/opco/demandes/${encodeURIComponent(numero)}`);
    await expect(page.getByText('Décision automatique', { exact: true })).toBeVisible();
    await expect(page.getByText('Échéancier engagé')).toBeVisible();
    const historique = page.getByRole('region', { name: 'Historique' });
    await expect(historique.getByText(/— Automatique$/)).toBeVisible();
    await expect(historique.getByText(/^Décision automatique : tous les contrôles/)).toBeVisible();
    await verifierAccessibilite(page);
  });

  test('l’administrateur coupe la décision automatique d’un dispositif, ajoute puis retire une exception de branche', async ({ page }) => {
    await connecterPersonnel(page, 'administrateur@opco.test');
    await page.getByRole('navigation', { name: 'Navigation du back office' }).getByRole('link', { name: 'Décision automatique' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Décision automatique' })).toBeVisible();
    const proA = page.getByRole('switch', { name: /^Décision automatique pour « Promotion par l’alternance »/ });
    await expect(proA).toBeChecked();
    await verifierAccessibilite(page);
    await proA.click({ force: true });
    await expect(page.getByRole('status')).toContainText('Le réglage est enregistré.');
    await expect(proA).not.toBeChecked();
    await proA.click({ force: true });
    await expect(proA).toBeChecked();

    const ajout = page.getByRole('form', { name: 'Ajouter une exception' });
    await ajout.getByRole('button', { name: 'Ajouter l’exception' }).click();
    await expect(ajout.getByText('Choisissez une branche.')).toBeVisible();
    await ajout.getByLabel('Dispositif', { exact: true }).selectOption({ label: 'Contrat d’apprentissage' });
    await ajout.getByLabel('Branche', { exact: true }).selectOption({ index: 1 });
    await ajout.getByLabel('Pour cette branche').selectOption({ label: 'Coupée' });
    await ajout.getByRole('button', { name: 'Ajouter l’exception' }).click();
    const exceptions = page.getByRole('region', { name: 'Exceptions par branche' });
    await expect(exceptions.getByRole('row', { name: /Contrat d’apprentissage .* Coupée/ })).toBeVisible();
    await verifierAccessibilite(page);
    await exceptions.getByRole('button', { name: /^Retirer l’exception/ }).click();
    await expect(exceptions.getByText('Aucune exception : chaque branche suit le réglage de son dispositif.')).toBeVisible();
  });

  test('un gestionnaire ne règle pas la décision automatique', async ({ page }) => {
    await connecterPersonnel(page, 'gestionnaire@opco.test');
    await expect(page.getByRole('navigation', { name: 'Navigation du back office' }).getByRole('link', { name: 'Décision automatique' })).toHaveCount(0);
    await page.goto('/opco/decision-automatique');
    await expect(page.getByRole('alert')).toContainText('Seul un administrateur règle la décision automatique.');
    await verifierAccessibilite(page);
  });
});
