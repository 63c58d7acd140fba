import type { DemandeDetail } from '@mse/shared/demande/demande.schema';
import type { Donnees } from '@mse/shared/demande/formulaire/champs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api';
import { ErreurApiDetaillee } from '../api/requete-json';
import type { CopieLocale } from './copie-locale';
import { copieARestaurer } from './copie-locale';
import { Enregistreur, type Transport } from './enregistreur';

const ID = '6f1c1b3e-3f5e-4a57-9c39-2d8b7c1a0e11';
const LE = '2026-09-01T08:42:00.000Z';

function detail(donnees: Donnees, version = 1): DemandeDetail {
  return {
    id: ID,
    numero: null,
    dispositif: 'apprentissage',
    statut: 'brouillon',
    version,
    etablissement: { siret: '12345678200010', siretFormate: '123 456 782 00010', raisonSociale: 'Au pain doré', ville: 'Lyon' },
    donnees,
    pieces: [],
    creeLe: LE,
    modifieLe: LE,
    envoyeLe: null,
    montantEstimeCentimes: null,
    actions: ['enregistrer'],
  };
}

function monter(version: number | null = null, transport: Partial<Transport> = {}, surCreation?: (d: DemandeDetail) => void) {
  const copies = new Map<string, CopieLocale>();
  const appels: { type: string; corps: unknown }[] = [];
  const t: Transport = {
    creer: vi.fn(async (b) => {
      appels.push({ type: 'creer', corps: b });
      return detail({ employeur: { siret: '12345678200010' }, ...b.donnees });
    }),
    enregistrer: vi.fn(async (_id, b) => {
      appels.push({ type: 'enregistrer', corps: b });
      return { version: b.version + 1, modifieLe: LE };
    }),
    ...transport,
  };
  const e = new Enregistreur({
    id: ID,
    version,
    donnees: {},
    dernierEnregistrement: null,
    transport: t,
    stockage: { ecrire: (id, c) => copies.set(id, c), effacer: (id) => copies.delete(id) },
    attentes: [1_000, 2_000],
    surCreation,
  });
  return { e, t, copies, appels };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('l’enregistrement automatique d’un brouillon', () => {
  it('crée le brouillon au premier champ saisi, après la pause, puis enregistre chaque modification avec la version reçue', async () => {
    const creations: DemandeDetail[] = [];
    const { e, appels, copies } = monter(null, {}, (d) => creations.push(d));
    e.modifier({ apprenti: { nom: 'D' } });
    e.modifier({ apprenti: { nom: 'Durand' } });
    expect(e.etat.statut).toBe('en_attente');
    expect(copies.get(ID)?.donnees).toEqual({ apprenti: { nom: 'Durand' } });
    await vi.advanceTimersByTimeAsync(799);
    expect(appels).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(appels).toEqual([{ type: 'creer', corps: { id: ID, donnees: { apprenti: { nom: 'Durand' } } } }]);
    expect(creations[0]?.donnees).toEqual({ employeur: { siret: '12345678200010' }, apprenti: { nom: 'Durand' } });

    e.modifier({ employeur: { siret: '12345678200010' }, apprenti: { nom: 'Durand' } });
    await vi.advanceTimersByTimeAsync(800);
    e.modifier({ employeur: { siret: '12345678200010' }, apprenti: { nom: 'Durant' } });
    await vi.advanceTimersByTimeAsync(800);
    expect(appels.map((a) => a.type)).toEqual(['creer', 'enregistrer']);
    expect(appels[1]?.corps).toMatchObject({ version: 1, donnees: { apprenti: { nom: 'Durant' } } });
    expect(e.etat).toEqual({ statut: 'enregistre', le: LE });
    expect(e.versionActuelle).toBe(2);
    expect(e.enAttente).toBe(false);
    expect(copies.has(ID)).toBe(false);
  });

  it('garde la saisie après un échec réseau, réessaie avec une attente croissante, puis enregistre la dernière saisie', async () => {
    let panne = true;
    const { e, appels, copies } = monter(3, {
      enregistrer: vi.fn(async (_id, b) => {
        appels.push({ type: 'enregistrer', corps: b });
        if (panne) throw new ApiError(0, 'reseau', 'hors ligne');
        return { version: b.version + 1, modifieLe: LE };
      }),
    });
    e.modifier({ a: 1 });
    await vi.advanceTimersByTimeAsync(800);
    expect(e.etat).toMatchObject({ statut: 'echec', tentative: 1, prochainEssaiMs: 1_000 });
    expect(e.etat.statut === 'echec' && e.etat.raison).toContain('connexion internet');
    e.modifier({ a: 2 });
    expect(copies.get(ID)?.donnees).toEqual({ a: 2 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(e.etat).toMatchObject({ statut: 'echec', tentative: 2, prochainEssaiMs: 2_000 });
    panne = false;
    e.reessayer();
    await vi.advanceTimersByTimeAsync(0);
    expect(e.etat.statut).toBe('enregistre');
    expect(appels.at(-1)?.corps).toEqual({ version: 3, donnees: { a: 2 } });
    expect(copies.has(ID)).toBe(false);
  });

  it('s’arrête sur un conflit de version sans rien écraser, puis enregistre par-dessus si la personne garde sa saisie', async () => {
    const conflit = { erreur: { code: 'version_perimee', message: 'Modifiée ailleurs', versionActuelle: 5, modifieLe: LE, modifiePar: 'Cécile Moreau' } };
    let premiere = true;
    const { e, appels } = monter(3, {
      enregistrer: vi.fn(async (_id, b) => {
        appels.push({ type: 'enregistrer', corps: b });
        if (premiere) {
          premiere = false;
          throw new ErreurApiDetaillee(409, 'version_perimee', 'Modifiée ailleurs', [], conflit);
        }
        return { version: b.version + 1, modifieLe: LE };
      }),
    });
    e.modifier({ a: 1 });
    await vi.advanceTimersByTimeAsync(800);
    expect(e.etat).toEqual({ statut: 'conflit', conflit: { versionActuelle: 5, modifieLe: LE, modifiePar: 'Cécile Moreau' } });
    e.modifier({ a: 2 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(appels).toHaveLength(1);
    e.garderMaSaisie();
    await vi.advanceTimersByTimeAsync(0);
    expect(appels.at(-1)?.corps).toEqual({ version: 5, donnees: { a: 2 } });
    expect(e.versionActuelle).toBe(6);
  });

  it('revient à « enregistré » quand la saisie redevient celle du serveur, sans rien envoyer', async () => {
    const { e, appels } = monter(3);
    e.modifier({ a: 1 });
    e.modifier({});
    await vi.advanceTimersByTimeAsync(800);
    expect(appels).toHaveLength(0);
    expect(e.etat.statut).not.toBe('en_attente');
    expect(e.enAttente).toBe(false);
  });

  it('reprend la version enregistrée quand la personne la recharge', async () => {
    const { e, copies } = monter(3);
    e.modifier({ a: 1 });
    e.recharger(7, { b: 1 }, LE);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(e.enAttente).toBe(false);
    expect(e.versionActuelle).toBe(7);
    expect(copies.has(ID)).toBe(false);
  });

  it('vide la file avant l’envoi : la demande envoyée est celle qui est à l’écran', async () => {
    const { e, appels } = monter(2);
    e.modifier({ a: 1 });
    await e.vider();
    expect(appels).toEqual([{ type: 'enregistrer', corps: { version: 2, donnees: { a: 1 } } }]);
    expect(e.versionActuelle).toBe(3);
  });
});

describe('la copie gardée dans le navigateur', () => {
  const serveur = { donnees: { a: 1 }, version: 4, modifieLe: '2026-09-01T08:00:00.000Z' };

  it('est restaurée quand elle est plus récente que la version du serveur', () => {
    const copie = { donnees: { a: 2 }, saisieLe: '2026-09-01T08:05:00.000Z', version: 4 };
    expect(copieARestaurer(copie, serveur)).toBe(copie);
  });

  it('est ignorée quand elle est identique ou plus ancienne', () => {
    expect(copieARestaurer({ donnees: { a: 1 }, saisieLe: '2026-09-01T09:00:00.000Z', version: 4 }, serveur)).toBeNull();
    expect(copieARestaurer({ donnees: { a: 2 }, saisieLe: '2026-09-01T07:00:00.000Z', version: 3 }, serveur)).toBeNull();
    expect(copieARestaurer(null, serveur)).toBeNull();
  });
});
