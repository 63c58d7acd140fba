import { ajouterAnnees } from '@mse/shared/commun/dates';
import { ecrire } from '@mse/shared/demande/formulaire/champs';
import { exempleComplet } from '@mse/shared/demande/formulaire/exemples-complets';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { COMPTES, expect, seConnecter, test } from '../support/fixtures';
import { champ, envoyer, idDuBrouillon, jour, ouvrirNouvelleDemande, remplirLesEtapes } from './formulaire-outils';

test.describe('Demander un financement : alternance pour une entreprise de plusieurs établissements', () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(150_000);
    await seConnecter(page, COMPTES.multi);
  });

  test('un contrat de professionnalisation avec un tuteur de 47 ans est rempli, estimé et envoyé', async ({ page }) => {
    const definition = FORMULAIRES.professionnalisation;
    const base = exempleComplet('professionnalisation', jour(0));
    const debut = (base.contrat as { dateDebut: string }).dateDebut;
    let donnees = ecrire(base, 'tuteur.dateNaissance', ajouterAnnees(debut, -47));
    donnees = ecrire(donnees, 'tuteur.prenom', 'Cécile');
    donnees = ecrire(donnees, 'tuteur.nom', 'Moreau');
    donnees = ecrire(donnees, 'contrat.emploi', 'Auxiliaire de vie');

    await ouvrirNouvelleDemande(page, 'contrat-professionnalisation', 'Contrat de professionnalisation');
    await expect(champ(page, 'employeur.siret')).not.toHaveValue('');
    await remplirLesEtapes(page, definition, donnees, async (etape) => {
      if (etape === 'contrat') await expect(page.getByTestId('delai-envoi')).toContainText('5 jours ouvrables après le début du contrat');
    });
    const id = await idDuBrouillon(page);
    const estimation = page.getByRole('region', { name: 'Estimation du financement' });
    await expect(estimation.getByTestId('estimation-total')).toHaveText(/\d+,\d{2}\s€/, { timeout: 10_000 });
    await envoyer(page, id, definition, donnees);
    const detail = await (await page.request.get(`/api/demandes/${id}`)).json();
    // Every control passes and the demo switches the automatic decision on for work-study contracts (issue 8).
    expect(detail).toMatchObject({ statut: 'pris_en_charge', dispositif: 'professionnalisation' });
    expect(detail.numero).toBeTruthy();
  });

  test('une Promotion par l’alternance (Pro-A) est remplie, estimée et envoyée', async ({ page }) => {
    const definition = FORMULAIRES.pro_a;
    const donnees = ecrire(exempleComplet('pro_a', jour(0)), 'salarie.emploi', 'Aide à domicile');

    await ouvrirNouvelleDemande(page, 'promotion-alternance', 'Promotion par l’alternance');
    await remplirLesEtapes(page, definition, donnees);
    const id = await idDuBrouillon(page);
    await expect(page.getByRole('region', { name: 'Estimation du financement' }).getByTestId('estimation-total')).toHaveText(/\d+,\d{2}\s€/, { timeout: 10_000 });
    await envoyer(page, id, definition, donnees);
    const detail = await (await page.request.get(`/api/demandes/${id}`)).json();
    expect(detail).toMatchObject({ statut: 'pris_en_charge', dispositif: 'pro_a' });
  });
});
