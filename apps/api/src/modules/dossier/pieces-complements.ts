import { MESSAGE_PIECE_NON_DEMANDEE } from '@mse/shared/dossier/dossier.schema';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { piecesDemandes } from '../../db/schema-demandes';
import { Conflit, DonneesInvalides } from '../../errors';
import { exigerActionDossier } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import { estIdentifiant, type LigneDemande } from '../demandes/demandes.repository';
import { exigerBrouillon } from '../demandes/regles-brouillon';
import { derniersComplementsDemandes } from './dossier.repository';

type Demande = Pick<LigneDemande, 'id' | 'statut' | 'numero'>;

/**
 * Pieces change on a draft, and on a sent request only while « À compléter », for the types the
 * gestionnaire named (a new file replacing the one found wrong). Anything else: the draft rule's 409.
 */
export async function exigerPieceDeposable(db: Db, employeur: Employeur, demande: Demande, type: string): Promise<void> {
  if (demande.statut !== 'a_completer') return exigerBrouillon(demande, 'completer');
  exigerActionDossier(employeur, demande, 'deposerPiece');
  const complements = await derniersComplementsDemandes(db, demande.id);
  if (!complements?.pieces.includes(type)) throw new DonneesInvalides([{ chemin: 'type', message: MESSAGE_PIECE_NON_DEMANDEE }]);
}

/** While « À compléter », only a piece deposited since the request for complements may be taken back. */
export async function exigerPieceRetirable(db: Db, employeur: Employeur, demande: Demande, pieceId: string): Promise<void> {
  if (demande.statut !== 'a_completer') return exigerBrouillon(demande, 'completer');
  exigerActionDossier(employeur, demande, 'deposerPiece');
  const complements = await derniersComplementsDemandes(db, demande.id);
  const [piece] = estIdentifiant(pieceId) ? await db.select().from(piecesDemandes).where(and(eq(piecesDemandes.id, pieceId), eq(piecesDemandes.demandeId, demande.id))) : [];
  if (piece && !(complements?.pieces.includes(piece.type) && piece.deposeLe >= complements.le)) {
    throw new Conflit('piece_envoyee', 'Cette pièce a été envoyée avec la demande : elle ne peut plus être retirée. Déposez un nouveau fichier du même type pour la remplacer.');
  }
}
