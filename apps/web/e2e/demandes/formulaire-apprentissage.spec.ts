import { ajouterAnnees } from '@mse/shared/commun/dates';
import { ecrire } from '@mse/shared/demande/formulaire/champs';
import { exempleComplet } from '@mse/shared/demande/formulaire/exemples-complets';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { COMPTES, expect, seConnecter, test } from '../support/fixtures';
import { boutonEtape, champ, envoyer, idDuBrouillon, jour, remplirLesEtapes } from './formulaire-outils';

const definition = FORMULAIRES.apprentissage;

test.describe('Demander un financement : contrat d’apprentissage', () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(150_000);
    await seConnecter(page, COMPTES.boulanger);
  });

  test('une apprentie mineure : le représentant légal est demandé, la rémunération minimale et le délai d’envoi sont affichés', async ({ page }) => {
    const base = exempleComplet('apprentissage', jour(0));
    const contrat = base.contrat as { dateConclusion: string; dateDebutExecution: string };
    let donnees = ecrire(base, 'apprenti.dateNaissance', ajouterAnnees(contrat.dateConclusion, -17));
    donnees = ecrire(donnees, 'apprenti.mineurEmancipe', false);
    donnees = ecrire(donnees, 'representantLegal', { nom: 'Durand', prenom: 'Marc', courriel: 'marc.durand@example.test' });

    await page.goto('/demander-un-financement/contrat-apprentissage');
    await expect(page.getByRole('heading', { level: 1, name: 'Contrat d’apprentissage' })).toBeVisible();
    await expect(boutonEtape(page, 'Représentant légal')).toHaveCount(0);

    await remplirLesEtapes(page, definition, donnees, async (etape) => {
      if (etape === 'apprenti') {
        // 84000 serves Avignon alone: the commune is chosen from the postal code.
        await expect(champ(page, 'apprenti.adresse.commune')).toHaveValue('Avignon');
        await expect(page.getByText('Saisissez d’abord le code postal')).toHaveCount(0);
      }
      if (etape === 'contrat') {
        // Born 17 years before the signature: the step of the legal representative appears.
        await expect(boutonEtape(page, 'Représentant légal')).toBeVisible();
        await expect(page.getByTestId('delai-envoi')).toContainText(/À envoyer au plus tard le \d{2}\/\d{2}\/\d{4} \(5 jours ouvrables après le début du contrat\)\./);
        const estimation = page.getByRole('region', { name: 'Estimation du financement' });
        await expect(estimation.getByRole('heading', { name: 'Rémunération minimale de l’apprenti' })).toBeVisible({ timeout: 10_000 });
        await expect(estimation.getByText(/Année 1 du contrat : \d+(,\d+)? % du SMIC/).first()).toBeVisible();
        await expect(estimation.getByText('L’employeur peut verser davantage, jamais moins.')).toBeVisible();
      }
    });
    const id = await idDuBrouillon(page);
    await expect(page.getByRole('region', { name: 'Estimation du financement' }).getByTestId('estimation-total')).toHaveText(/\d+,\d{2}\s€/, { timeout: 10_000 });
    await envoyer(page, id, definition, donnees);
    const detail = await (await page.request.get(`/api/demandes/${id}`)).json();
    // Every control passes and the demo switches the automatic decision on for apprenticeship (issue 8).
    expect(detail.statut).toBe('pris_en_charge');
    expect(detail.donnees.representantLegal).toMatchObject({ nom: 'Durand', prenom: 'Marc' });
    expect(detail.donnees.apprenti.adresse).toMatchObject({ codePostal: '84000', commune: 'Avignon' });
  });

  test('un apprenti de plus de 29 ans avec une RQTH : la majoration RQTH peut être demandée', async ({ page }) => {
    const base = exempleComplet('apprentissage', jour(0));
    const contrat = base.contrat as { dateConclusion: string };
    let donnees = ecrire(base, 'apprenti.dateNaissance', ajouterAnnees(contrat.dateConclusion, -32));
    donnees = ecrire(donnees, 'apprenti.rqth', true);
    donnees = ecrire(donnees, 'apprenti.prenom', 'Karim');
    donnees = ecrire(donnees, 'financement.majorationRqthAnnuelleDemandeeCentimes', 100_000);

    await page.goto('/demander-un-financement/contrat-apprentissage');
    await remplirLesEtapes(page, definition, donnees, async (etape) => {
      if (etape === 'couts') {
        await champ(page, 'financement.majorationRqthAnnuelleDemandeeCentimes').blur();
        await expect(champ(page, 'financement.majorationRqthAnnuelleDemandeeCentimes')).toHaveValue('1 000,00');
      }
    });
    const id = await idDuBrouillon(page);
    await envoyer(page, id, definition, donnees);
    const detail = await (await page.request.get(`/api/demandes/${id}`)).json();
    expect(detail.donnees.apprenti).toMatchObject({ rqth: true, prenom: 'Karim' });
    expect(detail.donnees.financement.majorationRqthAnnuelleDemandeeCentimes).toBe(100_000);
  });
});
