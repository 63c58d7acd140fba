import { MantineProvider } from '@mantine/core';
import type { Champ } from '@mse/shared/demande/formulaire/champs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChampFormulaire } from './champ-formulaire';

function afficher(champ: Champ, valeur: unknown, erreur?: string) {
  const onChange = vi.fn();
  const onBlur = vi.fn();
  render(
    <MantineProvider>
      <ChampFormulaire champ={champ} valeur={valeur} erreur={erreur} avertissements={[]} onChange={onChange} onBlur={onBlur} />
    </MantineProvider>,
  );
  return { onChange, onBlur };
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('un champ du formulaire', () => {
  const cout: Champ = { chemin: 'action.coutPedagogiqueCentimes', libelle: 'Coût pédagogique', type: 'montant', unite: '€ HT', obligatoire: true };

  it('prend un montant en euros avec une virgule et le garde en centimes, puis le réécrit à la française', () => {
    const { onChange, onBlur } = afficher(cout, undefined);
    const saisie = screen.getByLabelText(/Coût pédagogique/);
    fireEvent.change(saisie, { target: { value: '1234,5' } });
    expect(onChange).toHaveBeenLastCalledWith(123450);
    fireEvent.blur(saisie);
    expect((saisie as HTMLInputElement).value).toBe('1 234,50');
    expect(onBlur).toHaveBeenCalled();
  });

  it('dit qu’un montant illisible est invalide, sans rien enregistrer', () => {
    const { onChange } = afficher(cout, undefined);
    const saisie = screen.getByLabelText(/Coût pédagogique/);
    fireEvent.change(saisie, { target: { value: '12,345' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(saisie.getAttribute('aria-invalid')).toBe('true');
    const erreur = document.getElementById(saisie.getAttribute('aria-describedby')!.split(' ').find((i) => i.endsWith('error'))!);
    expect(erreur?.textContent).toContain('Montant invalide');
  });

  it('relie le message des règles au champ par aria-describedby', () => {
    afficher({ chemin: 'stagiaire.nom', libelle: 'Nom', type: 'texte', obligatoire: true }, undefined, 'Le nom est obligatoire');
    const saisie = screen.getByLabelText(/Nom/);
    expect(saisie.getAttribute('aria-invalid')).toBe('true');
    expect(saisie.getAttribute('required')).not.toBeNull();
    const ids = saisie.getAttribute('aria-describedby')!.split(' ');
    expect(ids.map((i) => document.getElementById(i)?.textContent)).toContain('Le nom est obligatoire');
  });

  it('montre un champ pré-rempli en lecture seule, avec sa provenance', () => {
    afficher({ chemin: 'employeur.raisonSociale', libelle: 'Raison sociale', type: 'texte', obligatoire: false, prerempli: true }, 'AU PAIN DORÉ');
    const saisie = screen.getByLabelText(/Raison sociale/) as HTMLInputElement;
    expect(saisie.readOnly).toBe(true);
    expect(saisie.value).toBe('AU PAIN DORÉ');
    expect(screen.getByText('Renseigné d’après l’annuaire des adhérents')).toBeTruthy();
  });

  it('enregistre Oui/Non comme un booléen', () => {
    const { onChange } = afficher({ chemin: 'action.diplomante', libelle: 'Formation diplômante', type: 'oui_non', obligatoire: true }, undefined);
    fireEvent.click(screen.getByLabelText('Non'));
    expect(onChange).toHaveBeenCalledWith(false);
  });
});

describe('la commune d’une adresse', () => {
  const commune: Champ = { chemin: 'apprenti.adresse.commune', libelle: 'Commune', type: 'commune', codePostal: 'apprenti.adresse.codePostal', obligatoire: true };
  const COMMUNES: Record<string, { nom: string; codeInsee: string }[]> = {
    '84000': [{ nom: 'Avignon', codeInsee: '84007' }],
    '01400': [
      { nom: 'Châtillon-sur-Chalaronne', codeInsee: '01093' },
      { nom: 'Condeissiat', codeInsee: '01113' },
    ],
    '99999': [],
  };

  function repondre() {
    return vi.spyOn(globalThis, 'fetch').mockImplementation(async (entree) => {
      const code = new URL(String(entree), 'http://localhost').searchParams.get('codePostal')!;
      return new Response(JSON.stringify({ communes: COMMUNES[code] ?? [] }), { status: 200, headers: { 'content-type': 'application/json' } });
    });
  }

  /** The field as the form holds it: its value in a state, the postal code given by the test. */
  function afficherCommune(codePostal: string | undefined, depart?: string) {
    const onChange = vi.fn();
    function Formulaire() {
      const [valeur, setValeur] = useState<unknown>(depart);
      return (
        <ChampFormulaire
          champ={commune}
          valeur={valeur}
          codePostal={codePostal}
          avertissements={[]}
          onChange={(v) => {
            onChange(v);
            setValeur(v);
          }}
          onBlur={() => {}}
        />
      );
    }
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MantineProvider>
          <Formulaire />
        </MantineProvider>
      </QueryClientProvider>,
    );
    return { onChange, liste: () => screen.getByLabelText(/Commune/) as HTMLSelectElement };
  }

  it('attend un code postal de 5 chiffres avant de chercher', () => {
    const fetch = repondre();
    const { liste } = afficherCommune('840');
    expect(fetch).not.toHaveBeenCalled();
    expect(screen.getByText('Saisissez d’abord le code postal')).toBeTruthy();
    expect(liste().getAttribute('aria-describedby')).toBeTruthy();
  });

  it('choisit d’elle-même la seule commune du code postal', async () => {
    const fetch = repondre();
    const { onChange, liste } = afficherCommune('84 000');
    await waitFor(() => expect(liste().value).toBe('Avignon'));
    expect(onChange).toHaveBeenCalledWith('Avignon');
    expect(String(fetch.mock.calls[0]![0])).toBe('/api/communes?codePostal=84000');
  });

  it('propose toutes les communes d’un code postal partagé et enregistre celle qu’on choisit', async () => {
    repondre();
    const { onChange, liste } = afficherCommune('01400');
    await screen.findByRole('option', { name: 'Condeissiat' });
    expect([...liste().options].map((o) => o.textContent)).toEqual(['Choisissez…', 'Châtillon-sur-Chalaronne', 'Condeissiat']);
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(liste(), { target: { value: 'Condeissiat' } });
    expect(onChange).toHaveBeenLastCalledWith('Condeissiat');
  });

  it('dit qu’aucune commune ne correspond, et retire celle d’un ancien code postal', async () => {
    repondre();
    const { onChange } = afficherCommune('99999', 'Avignon');
    expect(await screen.findByText('Aucune commune pour ce code postal')).toBeTruthy();
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(undefined));
  });
});
