import { COMPTES, expect, seConnecter, test } from '../support/fixtures';
import { attendreEnregistrement, champ, deposerPieces, etapeSuivante, francais, idDuBrouillon, jour, remplir, verifierEtape } from './formulaire-outils';

test.describe('Demander un financement : action individuelle', () => {
  test('le boulanger remplit sa demande pas à pas, voit l’estimation et les erreurs en direct, puis l’envoie', async ({ page }) => {
    test.setTimeout(120_000);
    await seConnecter(page, COMPTES.boulanger);
    await page.goto('/demander-un-financement/action-individuelle');
    await expect(page.getByRole('heading', { level: 1, name: 'Action individuelle' })).toBeVisible();
    await expect(page.getByText('À envoyer avant le début de la formation.')).toBeVisible();

    // The employer block comes from the directory, read-only.
    await expect(page.getByRole('heading', { level: 2, name: 'Employeur' })).toBeVisible();
    await expect(champ(page, 'employeur.raisonSociale')).toHaveValue(/PAIN DOR/i);
    await expect(champ(page, 'employeur.raisonSociale')).toHaveAttribute('readonly', '');
    await expect(page.getByText('Renseigné d’après l’annuaire des adhérents').first()).toBeVisible();
    await expect(page.getByText('Complétez', { exact: false }).first()).toBeVisible();
    await verifierEtape(page);

    await etapeSuivante(page, 'Salarié(e) en formation');
    await expect(page).toHaveURL(/etape=stagiaire/);

    // A required field left empty says so once left, and the first field typed creates the draft.
    await champ(page, 'stagiaire.nom').focus();
    await champ(page, 'stagiaire.prenom').focus();
    await expect(champ(page, 'stagiaire.nom')).toHaveAttribute('aria-invalid', 'true');
    const idErreur = (await champ(page, 'stagiaire.nom').getAttribute('aria-describedby'))!.split(' ').find((i) => i.endsWith('error'));
    await expect(page.locator(`#${idErreur}`)).toHaveText('Le nom est obligatoire');
    await remplir(page, { 'stagiaire.nom': 'Roux' });
    await expect(champ(page, 'stagiaire.nom')).not.toHaveAttribute('aria-invalid', 'true');
    const id = await idDuBrouillon(page);
    await expect(page).toHaveURL(/etape=stagiaire/);
    await attendreEnregistrement(page);
    await remplir(page, { 'stagiaire.prenom': 'Camille', 'stagiaire.emploi': 'Pâtissière' });
    await verifierEtape(page);

    // "Suivant" with an empty required field stays and shows every message of the step.
    await etapeSuivante(page, 'Action de formation');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect(page.getByText(/champs sont à corriger dans cette étape/)).toBeVisible();
    await expect(champ(page, 'action.intitule')).toBeFocused();
    await verifierEtape(page);
    await remplir(page, {
      'action.intitule': 'Chocolaterie et confiserie',
      'action.categorie': 'base',
      'action.diplomante': false,
      'action.organismeNom': 'École du chocolat',
      'action.organismeSiret': '35600000009093',
      'action.dateDebut': jour(40),
      'action.dateFin': jour(44),
      'action.heures': '35',
    });
    await expect(page.getByText(`À envoyer avant le début de la formation, le ${francais(jour(40))}.`)).toBeVisible();
    await etapeSuivante(page, 'Coûts');
    await remplir(page, { 'action.coutPedagogiqueCentimes': '840,00' });
    await champ(page, 'action.coutPedagogiqueCentimes').blur();
    await expect(champ(page, 'action.coutPedagogiqueCentimes')).toHaveValue('840,00');

    const estimation = page.getByRole('region', { name: 'Estimation du financement' });
    // 840 € for 35 hours is above the branch's ceiling of 20 € an hour for a basic action: the OPCO
    // funds 700 €, the baker pays the 140 € left.
    await expect(estimation.getByTestId('estimation-total')).toHaveText(/^700,00\s€$/, { timeout: 10_000 });
    await expect(estimation.getByTestId('estimation-reste')).toHaveText(/^140,00\s€$/);
    await expect(estimation.getByText(/Référentiel version \d+/)).toBeVisible();
    await estimation.getByRole('button', { name: 'Détail du calcul' }).click();
    await expect(estimation.getByRole('list').last()).toBeVisible();
    await verifierEtape(page);
    await attendreEnregistrement(page);

    // Pieces: uploaded through the API (the upload screen has its own journey), then the récapitulatif.
    await etapeSuivante(page, 'Pièces justificatives');
    await verifierEtape(page);
    await etapeSuivante(page, 'Récapitulatif');
    const problemes = page.getByTestId('problemes-envoi');
    await expect(problemes).toContainText('Pièce manquante : Programme de la formation');
    await expect(page.getByRole('button', { name: 'Envoyer la demande' })).toBeDisabled();
    await verifierEtape(page);
    await deposerPieces(page, id, ['programme', 'devis_signe']);
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Récapitulatif' })).toBeVisible();
    await expect(page.getByText('La demande est complète : vous pouvez l’envoyer.')).toBeVisible();
    const recap = page.getByRole('region', { name: 'Action de formation' });
    await expect(recap).toContainText(francais(jour(40)));
    await expect(recap).toContainText('Non');
    await expect(page.getByRole('region', { name: 'Coûts' })).toContainText(/840,00\s€/);
    await verifierEtape(page);

    // One click, one request: the button is disabled while it is sent.
    let envois = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith(`/api/demandes/${id}/envoi`)) envois += 1;
    });
    await page.getByRole('button', { name: 'Envoyer la demande' }).dblclick();
    await expect(page).toHaveURL(new RegExp(`/demandes/${id}/envoyee`));
    expect(envois).toBe(1);

    // The draft's address now says it was sent.
    await page.goto(`/demandes/${id}/modifier`);
    await expect(page.getByText('Cette demande a déjà été envoyée')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Suivre la demande dans Mes financements' })).toBeVisible();
    await verifierEtape(page);
  });
});
