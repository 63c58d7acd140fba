import { MantineProvider, TextInput } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useCriteresUrl } from './criteres-url';
import { RechercheAvancee } from './recherche-avancee';

const CLES = ['nom', 'ville'] as const;

function Page() {
  const { criteres, appliquer, actifs } = useCriteresUrl(CLES);
  const location = useLocation();
  return (
    <>
      <p data-testid="adresse">{location.search}</p>
      <RechercheAvancee cles={CLES} valeurs={criteres} actifs={actifs} onRechercher={appliquer} erreurs={criteres.ville === 'x' ? { ville: 'Ville inconnue' } : {}}>
        {(c) => (
          <>
            <TextInput label="Nom" {...c.texte('nom')} />
            <TextInput label="Ville" {...c.texte('ville')} />
          </>
        )}
      </RechercheAvancee>
    </>
  );
}

function monter(adresse: string) {
  const router = createMemoryRouter([{ path: '/liste', element: <Page /> }], { initialEntries: [adresse] });
  render(
    <MantineProvider>
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  return router;
}
afterEach(cleanup);

// happy-dom runs no CSS transition: the opened panel may still count as hidden, hence `hidden: true`.
const adresse = () => screen.getByTestId('adresse').textContent;
const champ = (nom: string) => screen.getByLabelText(nom) as HTMLInputElement;

describe('« Recherche avancée » (composant générique)', () => {
  it('s’ouvre au bouton, n’applique la saisie qu’à « Rechercher », et garde les autres paramètres de l’adresse', async () => {
    monter('/liste?tri=nom');
    const bascule = screen.getByRole('button', { name: 'Recherche avancée' });
    expect(bascule.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(bascule);
    expect(bascule.getAttribute('aria-expanded')).toBe('true');
    fireEvent.change(champ('Nom'), { target: { value: '  Léa ' } });
    fireEvent.change(champ('Ville'), { target: { value: 'Gap' } });
    expect(adresse()).toBe('?tri=nom');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Rechercher', hidden: true })));
    expect(adresse()).toBe('?tri=nom&nom=L%C3%A9a&ville=Gap');
    expect(screen.getByRole('button', { name: 'Recherche avancée (2 critères)' })).toBeTruthy();
  });

  it('« Réinitialiser les critères » vide les champs, puis « Rechercher » efface la recherche ; le retour arrière remet les critères', async () => {
    const router = monter('/liste?nom=Lea&ville=Gap');
    // Criteria in the address: opened, fields filled.
    expect(champ('Nom').value).toBe('Lea');
    fireEvent.click(screen.getByRole('button', { name: 'Réinitialiser les critères', hidden: true }));
    expect(champ('Nom').value).toBe('');
    expect(adresse()).toBe('?nom=Lea&ville=Gap');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Rechercher', hidden: true })));
    expect(adresse()).toBe('');
    await act(async () => router.navigate(-1));
    expect(adresse()).toBe('?nom=Lea&ville=Gap');
    expect(champ('Ville').value).toBe('Gap');
  });

  it('montre le message d’erreur d’un critère sur son champ', () => {
    monter('/liste?ville=x');
    expect(champ('Ville').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Ville inconnue')).toBeTruthy();
  });
});
