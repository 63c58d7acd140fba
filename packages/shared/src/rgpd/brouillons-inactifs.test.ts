import { describe, expect, it } from 'vitest';
import { ajouterMoisA, etapeBrouillonInactif, limiteRetentionArchives, relancesValides, seuilCandidatsBrouillons, suppressionPrevueLe } from './brouillons-inactifs';

const d = (iso: string) => new Date(iso);
const SAUVE = d('2025-01-15T10:00:00Z');

describe('brouillons inactifs : deux relances puis suppression à 12 mois', () => {
  it('ajoute des mois calendaires, en ramenant au dernier jour d’un mois plus court', () => {
    expect(ajouterMoisA(d('2025-01-31T08:00:00Z'), 1).toISOString()).toBe('2025-02-28T08:00:00.000Z');
    expect(ajouterMoisA(d('2025-01-15T10:00:00Z'), 12).toISOString()).toBe('2026-01-15T10:00:00.000Z');
    expect(ajouterMoisA(d('2026-03-31T10:00:00Z'), -1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
  });

  it('ne fait rien avant 10 mois, relance une première fois à 10 mois', () => {
    expect(etapeBrouillonInactif({ modifieLe: SAUVE, relances: 0, relanceLe: null }, d('2025-11-15T09:59:00Z'))).toEqual({ action: 'rien' });
    expect(etapeBrouillonInactif({ modifieLe: SAUVE, relances: 0, relanceLe: null }, d('2025-11-15T10:00:00Z'))).toEqual({
      action: 'relancer', relance: 1, suppressionPrevueLe: d('2026-01-15T10:00:00Z'),
    });
  });

  it('relance une seconde fois à 11 mois, supprime à 12 mois après les deux relances', () => {
    const apres1 = { modifieLe: SAUVE, relances: 1, relanceLe: d('2025-11-15T10:00:00Z') };
    expect(etapeBrouillonInactif(apres1, d('2025-12-14T10:00:00Z'))).toEqual({ action: 'rien' });
    expect(etapeBrouillonInactif(apres1, d('2025-12-15T10:00:00Z'))).toMatchObject({ action: 'relancer', relance: 2 });
    const apres2 = { modifieLe: SAUVE, relances: 2, relanceLe: d('2025-12-15T10:00:00Z') };
    expect(etapeBrouillonInactif(apres2, d('2026-01-15T09:00:00Z'))).toEqual({ action: 'rien' });
    expect(etapeBrouillonInactif(apres2, d('2026-01-15T10:00:00Z'))).toEqual({ action: 'supprimer' });
  });

  it('ne supprime jamais sans deux relances espacées d’au moins 14 jours, même en rattrapage', () => {
    const oublie = { modifieLe: SAUVE, relances: 0, relanceLe: null };
    const maintenant = d('2026-06-01T10:00:00Z');
    const etape = etapeBrouillonInactif(oublie, maintenant);
    expect(etape).toEqual({ action: 'relancer', relance: 1, suppressionPrevueLe: d('2026-06-29T10:00:00Z') });
    const apres1 = { modifieLe: SAUVE, relances: 1, relanceLe: maintenant };
    expect(etapeBrouillonInactif(apres1, d('2026-06-14T10:00:00Z'))).toEqual({ action: 'rien' });
    expect(etapeBrouillonInactif(apres1, d('2026-06-15T10:00:00Z'))).toMatchObject({ action: 'relancer', relance: 2, suppressionPrevueLe: d('2026-06-29T10:00:00Z') });
    const apres2 = { modifieLe: SAUVE, relances: 2, relanceLe: d('2026-06-15T10:00:00Z') };
    expect(etapeBrouillonInactif(apres2, d('2026-06-28T10:00:00Z'))).toEqual({ action: 'rien' });
    expect(etapeBrouillonInactif(apres2, d('2026-06-29T10:00:00Z'))).toEqual({ action: 'supprimer' });
  });

  it('un enregistrement après une relance remet tout à zéro', () => {
    const resauve = { modifieLe: d('2025-12-20T10:00:00Z'), relances: 2, relanceLe: d('2025-12-15T10:00:00Z') };
    expect(relancesValides(resauve)).toBe(0);
    expect(etapeBrouillonInactif(resauve, d('2026-01-15T10:00:00Z'))).toEqual({ action: 'rien' });
    expect(etapeBrouillonInactif(resauve, d('2026-10-20T10:00:00Z'))).toMatchObject({ action: 'relancer', relance: 1 });
  });

  it('la date de suppression annoncée tient compte du délai entre les étapes', () => {
    expect(suppressionPrevueLe(SAUVE, 2, d('2026-01-10T10:00:00Z'))).toEqual(d('2026-01-24T10:00:00Z'));
    expect(suppressionPrevueLe(SAUVE, 2, d('2025-12-15T10:00:00Z'))).toEqual(d('2026-01-15T10:00:00Z'));
  });

  it('cherche les candidats assez tôt pour ne manquer aucun brouillon de 10 mois', () => {
    const maintenant = d('2026-02-28T10:00:00Z');
    const sauveLe = ajouterMoisA(maintenant, -10);
    expect(sauveLe.getTime()).toBeLessThan(seuilCandidatsBrouillons(maintenant).getTime());
  });
});

describe('durée de conservation des dossiers archivés', () => {
  it('compte les années en arrière à partir de maintenant', () => {
    expect(limiteRetentionArchives(d('2026-12-02T05:00:00Z'), 10).toISOString()).toBe('2016-12-02T05:00:00.000Z');
  });
});
