import type { DemandeDetail, PieceDemande } from '@mse/shared/demande/demande.schema';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import { actionsSurLaDemande } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import type { LigneDemande, LignePiece } from './demandes.repository';

export function presenterPiece(p: Omit<LignePiece, 'cle'>): PieceDemande {
  return { id: p.id, type: p.type, nomFichier: p.nomFichier, typeMime: p.typeMime, taille: p.taille, sha256: p.sha256, deposeLe: p.deposeLe.toISOString() };
}

export function presenterDemande(d: LigneDemande, pieces: readonly LignePiece[], employeur: Employeur): DemandeDetail {
  return {
    id: d.id,
    numero: d.numero,
    dispositif: d.dispositif,
    statut: d.statut,
    version: d.version,
    etablissement: { siret: d.siret, siretFormate: formaterSiret(d.siret), raisonSociale: d.raisonSociale, ville: d.ville },
    donnees: d.donnees,
    pieces: pieces.map(presenterPiece),
    creeLe: d.creeLe.toISOString(),
    modifieLe: d.modifieLe.toISOString(),
    envoyeLe: d.envoyeLe?.toISOString() ?? null,
    montantEstimeCentimes: d.montantEstimeCentimes,
    actions: actionsSurLaDemande(employeur, d),
  };
}
