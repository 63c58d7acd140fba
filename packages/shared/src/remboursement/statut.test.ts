import { describe, expect, it } from 'vitest';
import {
  actionsPossiblesRemboursement,
  libelleStatutRemboursement,
  transitionRemboursement,
} from './statut';
import { STATUTS_REMBOURSEMENT } from './statut.schema';

describe('statuts d’un remboursement', () => {
  it('affiche les onglets À venir, Payé et Refusé', () => {
    expect(STATUTS_REMBOURSEMENT.map(libelleStatutRemboursement)).toEqual(['À venir', 'Payé', 'Refusé']);
  });

  it.each([
    ['a_venir', 'payer', { ok: true, statut: 'paye' }],
    ['a_venir', 'refuser', { ok: true, statut: 'refuse' }],
  ] as const)('depuis « %s », %s', (statut, action, attendu) => {
    expect(transitionRemboursement(statut, action)).toEqual(attendu);
  });

  it('ne paie pas un remboursement déjà refusé', () => {
    expect(transitionRemboursement('refuse', 'payer')).toMatchObject({ ok: false, code: 'STATUT_FINAL' });
    expect(actionsPossiblesRemboursement('paye')).toEqual([]);
  });
});
