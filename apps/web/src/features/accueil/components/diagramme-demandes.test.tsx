import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CIRCONFERENCE, decouper, DiagrammeDemandes } from './diagramme-demandes';

const demandes = (brouillon: number, enCours: number, archive: number) => ({
  total: brouillon + enCours + archive,
  groupes: [
    { groupe: 'brouillon' as const, libelle: 'Brouillon', nombre: brouillon },
    { groupe: 'en_cours' as const, libelle: 'En cours', nombre: enCours },
    { groupe: 'archive' as const, libelle: 'Archivé', nombre: archive },
  ],
});

function afficher(d: ReturnType<typeof demandes>) {
  const router = createMemoryRouter([{ path: '/', element: <DiagrammeDemandes demandes={d} /> }]);
  return render(
    <MantineProvider>
      <RouterProvider router={router} />
    </MantineProvider>,
  );
}

describe('le diagramme des demandes de la page d’accueil', () => {
  it('donne en texte, comme liens vers chaque onglet de Mes financements, le nombre de demandes de chaque groupe', () => {
    afficher(demandes(4, 20, 1));
    const liens = screen.getAllByRole('link');
    expect(liens.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Brouillon : 4 demandes', '/mes-financements/brouillon'],
      ['En cours : 20 demandes', '/mes-financements/en-cours'],
      ['Archivé : 1 demande', '/mes-financements/archive'],
    ]);
    expect(screen.getByRole('list', { name: /Choisissez un statut/ })).toBeTruthy();
  });

  it('dessine une part par groupe non vide, proportionnelle à son nombre, sans que les parts se chevauchent', () => {
    const parts = decouper(demandes(0, 30, 10));
    expect(parts.map((p) => p.groupe.groupe)).toEqual(['en_cours', 'archive']);
    expect(parts[0]!.debut).toBe(0);
    expect(parts[1]!.debut).toBeCloseTo(CIRCONFERENCE * 0.75);
    expect(parts[0]!.longueur).toBeLessThan(CIRCONFERENCE * 0.75);
  });

  it('fait d’un seul groupe un anneau complet', () => {
    expect(decouper(demandes(0, 0, 3))).toEqual([{ groupe: expect.objectContaining({ groupe: 'archive' }), debut: 0, longueur: CIRCONFERENCE }]);
  });

  it('cache le dessin aux lecteurs d’écran, qui lisent la légende', () => {
    const { container } = afficher(demandes(1, 1, 1));
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelectorAll('circle[data-groupe]')).toHaveLength(3);
  });
});
