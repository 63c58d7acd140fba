import { randomUUID } from 'node:crypto';
import { ecrire } from '@mse/shared/demande/formulaire/champs';
import { exempleComplet } from '@mse/shared/demande/formulaire/exemples-complets';
import { COMPTES, expect, seConnecter, test, verifierAccessibilite } from '../support/fixtures';
import { attendreEnregistrement, boutonEtape, champ, csrf, deposerPieces, jour } from './formulaire-outils';

test.describe('Le récapitulatif d’une demande', () => {
  test('chaque point bloquant mène à son champ, le clavier suffit, et le refus du serveur est montré de la même façon', async ({ page }) => {
    test.setTimeout(120_000);
    await seConnecter(page, COMPTES.boulanger);
    const id = randomUUID();
    const { employeur: _e, ...sansEmployeur } = exempleComplet('action_individuelle', jour(0));
    const donnees = ecrire(sansEmployeur, 'stagiaire.emploi', undefined);
    const creation = await page.request.post('/api/demandes', { data: { id, dispositif: 'action_individuelle', donnees }, headers: { 'x-csrf-token': await csrf(page) } });
    expect(creation.status()).toBe(201);
    await deposerPieces(page, id, ['programme', 'devis_signe']);

    await page.goto(`/demandes/${id}/modifier?etape=recapitulatif`);
    await expect(page.getByRole('heading', { level: 2, name: 'Récapitulatif' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('button', { name: 'Envoyer la demande' })).toBeDisabled();
    const lien = page.getByTestId('problemes-envoi').getByRole('link', { name: /^Salarié\(e\) en formation — Emploi occupé : / });
    await expect(lien).toBeVisible();
    await expect(page.getByRole('region', { name: 'Salarié(e) en formation' })).toContainText('Non renseigné');
    await verifierAccessibilite(page);

    // The link goes to the step, focuses the field and shows its message; typing fixes it, by keyboard only.
    await lien.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Salarié(e) en formation' })).toBeVisible();
    await expect(page).toHaveURL(/etape=stagiaire/);
    await expect(champ(page, 'stagiaire.emploi')).toBeFocused();
    await expect(champ(page, 'stagiaire.emploi')).toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.type('Pâtissière');
    await expect(champ(page, 'stagiaire.emploi')).not.toHaveAttribute('aria-invalid', 'true');
    await attendreEnregistrement(page);
    await boutonEtape(page, 'Récapitulatif').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Récapitulatif' })).toBeVisible();
    await expect(page.getByText('La demande est complète : vous pouvez l’envoyer.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Salarié(e) en formation' })).toContainText('Pâtissière');

    // The back button goes back a step.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: 'Salarié(e) en formation' })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('heading', { level: 2, name: 'Récapitulatif' })).toBeVisible();

    // The server refuses (its rules are the authority): its problems are listed like the form's.
    await page.route(`**/api/demandes/${id}/envoi`, (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({
          erreur: {
            code: 'demande_incomplete',
            message: 'La demande ne peut pas être envoyée',
            champs: [{ chemin: 'action.organismeSiret', message: 'Cet organisme n’est pas déclaré auprès de l’État' }],
            avertissements: [],
          },
        }),
      }),
    );
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(page.getByText('L’Opco EP n’a pas pu accepter la demande : corrigez les points ci-dessous puis envoyez-la de nouveau.')).toBeVisible();
    await expect(page.getByTestId('problemes-envoi').getByRole('link', { name: /SIRET de l’organisme : Cet organisme n’est pas déclaré auprès de l’État/ })).toBeVisible();
    await verifierAccessibilite(page);
  });

  test('sur un petit écran, les étapes s’empilent et l’estimation passe sous le formulaire', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await seConnecter(page, COMPTES.boulanger);
    await page.goto('/demander-un-financement/action-individuelle');
    await expect(page.getByRole('heading', { level: 2, name: 'Employeur' })).toBeVisible({ timeout: 15_000 });
    const suivant = await page.getByRole('button', { name: 'Suivant' }).boundingBox();
    const estimation = await page.getByRole('region', { name: 'Estimation du financement' }).boundingBox();
    expect(estimation!.y).toBeGreaterThan(suivant!.y);
    const premiere = await boutonEtape(page, 'Employeur').boundingBox();
    const deuxieme = await boutonEtape(page, 'Salarié(e) en formation').boundingBox();
    expect(deuxieme!.y).toBeGreaterThan(premiere!.y);
    await verifierAccessibilite(page);
  });
});
