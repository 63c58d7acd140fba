import { Conflit, Introuvable } from '../../errors';
import type { LigneDemande } from './demandes.repository';

export const introuvable = () => new Introuvable('Cette demande n’existe pas ou ne vous est pas accessible.');

const VERBES = { modifier: 'modifiée', supprimer: 'supprimée', completer: 'complétée par des pièces' } as const;

/** Only a draft changes through these routes; a sent request has a number, a history and the OPCO's eyes on it. */
export function exigerBrouillon(demande: Pick<LigneDemande, 'statut' | 'numero'>, action: keyof typeof VERBES): void {
  if (demande.statut === 'brouillon') return;
  throw new Conflit('demande_envoyee', `La demande n° ${demande.numero ?? '—'} est déjà envoyée : elle ne peut plus être ${VERBES[action]}. Dupliquez-la pour en préparer une nouvelle.`);
}

/**
 * Optimistic concurrency: the save names the version it started from. Another tab or a colleague saved
 * since: 409 with who and when, so the person chooses between reloading and replacing.
 */
export function exigerMemeVersion(demande: Pick<LigneDemande, 'version' | 'modifieLe' | 'modifiePar'>, version: number): void {
  if (demande.version === version) return;
  const par = demande.modifiePar ? ` par ${demande.modifiePar}` : '';
  throw new Conflit('version_perimee', `Cette demande a été enregistrée entre-temps${par} : rechargez la version enregistrée, ou remplacez-la par votre saisie.`, {
    versionActuelle: demande.version,
    modifieLe: demande.modifieLe.toISOString(),
    modifiePar: demande.modifiePar,
  });
}
