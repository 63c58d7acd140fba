import { and, eq } from 'drizzle-orm';
import { piecesDemandes } from '../../db/schema-demandes';
import { transaction } from '../../db/transaction';
import { Introuvable } from '../../errors';
import { stockageDe, supprimerFichier } from '../../fichiers/stockage';
import { exigerDemandeurDeFinancement } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import type { Contexte } from '../identite/contexte';
import { estIdentifiant, verrouillerDemande } from './demandes.repository';
import { exigerPieceRetirable } from '../dossier/pieces-complements';
import { introuvable } from './regles-brouillon';

/** Removes a piece from a draft; its file goes after commit. */
export async function retirerPiece(ctx: Contexte, employeur: Employeur, id: string, pieceId: string): Promise<void> {
  exigerDemandeurDeFinancement(employeur);
  const cle = await transaction(ctx.database, ctx.boss, async (tx) => {
    const demande = await verrouillerDemande(tx.db, employeur, id);
    if (!demande) throw introuvable();
    // A draft, or « À compléter » for a piece deposited since the OPCO asked (dossier/pieces-complements.ts).
    await exigerPieceRetirable(tx.db, employeur, demande, pieceId);
    const [piece] = estIdentifiant(pieceId)
      ? await tx.db.delete(piecesDemandes).where(and(eq(piecesDemandes.id, pieceId), eq(piecesDemandes.demandeId, demande.id))).returning({ cle: piecesDemandes.cle })
      : [];
    if (!piece) throw new Introuvable('Cette pièce n’existe pas ou ne vous est pas accessible.');
    return piece.cle;
  });
  await supprimerFichier(stockageDe(ctx.config), cle);
}
