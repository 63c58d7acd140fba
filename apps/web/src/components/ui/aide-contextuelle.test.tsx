import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AideContextuelle } from './aide-contextuelle';

describe('l’aide contextuelle « ? »', () => {
  it('est un bouton nommé par son sujet qui ouvre l’explication, et se referme avec Échap', async () => {
    render(
      <MantineProvider>
        <AideContextuelle sujet="le numéro de dossier">Il figure dans l’accusé de réception.</AideContextuelle>
      </MantineProvider>,
    );
    const bouton = screen.getByRole('button', { name: 'Aide : le numéro de dossier' });
    expect(bouton.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(bouton);
    expect(bouton.getAttribute('aria-expanded')).toBe('true');
    // happy-dom has no layout: the positioned dropdown stays display:none here (its display is checked in the browser journeys).
    expect((await screen.findByRole('dialog', { hidden: true, name: 'Le numéro de dossier' })).textContent).toContain('Il figure dans l’accusé de réception.');
    fireEvent.keyDown(bouton, { key: 'Escape' });
    expect(bouton.getAttribute('aria-expanded')).toBe('false');
  });
});
