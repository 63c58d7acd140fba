import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { describe, expect, it } from 'vitest';
import { delaiEnvoi } from './delai-envoi';

describe('le délai d’envoi affiché', () => {
  const apprentissage = FORMULAIRES.apprentissage;
  const donnees = { contrat: { dateDebutExecution: '2026-09-01' } };

  it('donne la date limite d’un contrat en alternance : 5 jours ouvrables après son début', () => {
    expect(delaiEnvoi(apprentissage, donnees, '2026-09-02')).toEqual({
      texte: 'À envoyer au plus tard le 07/09/2026 (5 jours ouvrables après le début du contrat).',
      depasse: false,
    });
  });

  it('dit que le délai est dépassé le lendemain de la date limite', () => {
    expect(delaiEnvoi(apprentissage, donnees, '2026-09-08')?.depasse).toBe(true);
  });

  it('rappelle qu’une action individuelle s’envoie avant le début de la formation', () => {
    expect(delaiEnvoi(FORMULAIRES.action_individuelle, {}, '2026-09-02')?.texte).toBe('À envoyer avant le début de la formation.');
    expect(delaiEnvoi(FORMULAIRES.action_individuelle, { action: { dateDebut: '2026-09-01' } }, '2026-09-02')?.depasse).toBe(true);
  });
});
