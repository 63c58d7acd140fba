import { connecterPersonnel } from '../aide/personnel';
import { expect, test, verifierAccessibilite } from '../support/fixtures';

test.describe('Corbeilles : critères, vues enregistrées et attribution en masse', () => {
  test('un gestionnaire filtre par critères gardés dans l’adresse, enregistre sa vue, la rouvre, puis la supprime', async ({ page }) => {
    await connecterPersonnel(page, 'gestionnaire@opco.test');
    await page.goto('/opco/demandes?corbeille=toutes');
    const filtres = page.getByRole('search', { name: 'Filtrer la corbeille' });
    await filtres.getByLabel('Dispositif').selectOption({ label: 'Contrat d’apprentissage' });
    await filtres.getByLabel('Région de l’établissement').selectOption({ label: 'Provence-Alpes-Côte d’Azur' });
    await filtres.getByLabel('Ordre').selectOption({ label: 'Les plus récentes envoyées d’abord' });
    await filtres.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/dispositif=apprentissage/);
    await expect(page).toHaveURL(/region=93/);
    await expect(page).toHaveURL(/tri=recentes/);
    const lignes = page.getByRole('table').getByRole('row');
    await expect(lignes.nth(1)).toContainText('Contrat d’apprentissage');
    await verifierAccessibilite(page);

    await filtres.getByLabel('Montant estimé minimum (€)').fill('abc');
    await filtres.getByRole('button', { name: 'Filtrer' }).click();
    await expect(filtres.getByText('Montant en euros attendu')).toBeVisible();
    await filtres.getByLabel('Montant estimé minimum (€)').fill('');
    await filtres.getByRole('button', { name: 'Filtrer' }).click();

    const vues = page.getByRole('region', { name: 'Mes vues' });
    await vues.getByLabel('Nom de la vue').fill('Apprentissage en PACA');
    await vues.getByRole('button', { name: 'Enregistrer la vue' }).click();
    await expect(vues.getByRole('status')).toContainText('La vue « Apprentissage en PACA » est enregistrée.');
    await verifierAccessibilite(page);

    await page.goto('/opco/demandes?corbeille=nouvelles');
    await expect(page).not.toHaveURL(/region=93/);
    await page.getByRole('region', { name: 'Mes vues' }).getByLabel('Ouvrir une vue enregistrée').selectOption({ label: 'Apprentissage en PACA' });
    await expect(page).toHaveURL(/corbeille=toutes/);
    await expect(page).toHaveURL(/region=93/);
    await expect(page.getByRole('search', { name: 'Filtrer la corbeille' }).getByLabel('Région de l’établissement')).toHaveValue('93');
    await page.getByRole('region', { name: 'Mes vues' }).getByRole('button', { name: 'Supprimer cette vue' }).click();
    await expect(page.getByRole('region', { name: 'Mes vues' }).getByRole('status')).toContainText('La vue est supprimée.');
    await expect(page.getByRole('region', { name: 'Mes vues' }).getByLabel('Ouvrir une vue enregistrée').getByRole('option', { name: 'Apprentissage en PACA' })).toHaveCount(0);
  });

  test('une superviseure attribue deux demandes nouvelles à un gestionnaire d’un coup, chacune avec sa ligne d’historique', async ({ page }) => {
    await connecterPersonnel(page, 'superviseur@opco.test');
    await page.goto('/opco/demandes?corbeille=nouvelles');
    const table = page.getByRole('table');
    const liens = table.getByRole('row').getByRole('link');
    const numeros = [(await liens.nth(0).textContent())!.trim(), (await liens.nth(1).textContent())!.trim()];
    for (const n of numeros) await table.getByRole('checkbox', { name: `Sélectionner la demande ${n}` }).check();
    const masse = page.getByRole('region', { name: 'Attribuer la sélection' });
    await expect(masse.getByText('2 demandes sélectionnées')).toBeVisible();
    await masse.getByLabel('Attribuer à').selectOption({ label: 'Thomas LEROY' });
    await verifierAccessibilite(page);
    await masse.getByRole('button', { name: 'Attribuer les demandes sélectionnées' }).click();
    await expect(masse.getByRole('status')).toContainText('2 demandes attribuées.');
    await page.goto(`/opco/demandes/${encodeURIComponent(numeros[0]!)}`);
    await expect(page.getByRole('region', { name: 'Historique' }).getByText('Attribuée à Thomas LEROY')).toBeVisible();
    await page.goto('/opco/demandes?corbeille=toutes');
    await page.getByLabel('Rechercher', { exact: true }).fill(numeros[1]!);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page.getByRole('table').getByRole('row', { name: new RegExp(numeros[1]!) })).toContainText('Thomas LEROY');
  });
});
