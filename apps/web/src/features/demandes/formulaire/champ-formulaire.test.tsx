import { MantineProvider } from '@mantine/core';
import type { Champ } from '@mse/shared/demande/formulaire/champs';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
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

afterEach(cleanup);

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
