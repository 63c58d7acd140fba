import { eq } from 'drizzle-orm';
import { audit, demandes } from '../../db/schema';
import { piecesDemandes } from '../../db/schema-demandes';
import { transaction } from '../../db/transaction';
import { stockageDe, supprimerFichier } from '../../fichiers/stockage';
import { exigerDemandeurDeFinancement } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import type { Contexte } from '../identite/contexte';
import { verrouillerDemande } from './demandes.repository';
import { exigerBrouillon, introuvable } from './regles-brouillon';

/**
 * Deletes a draft and its pieces. The files go once the rows are gone for good (after commit): a
 * failure in between leaves an orphan file, never a row pointing at nothing.
 */
export async function supprimerBrouillon(ctx: Contexte, employeur: Employeur, id: string): Promise<void> {
  exigerDemandeurDeFinancement(employeur);
  const cles = await transaction(ctx.database, ctx.boss, async (tx) => {
    const demande = await verrouillerDemande(tx.db, employeur, id);
    if (!demande) throw introuvable();
    exigerBrouillon(demande, 'supprimer');
    const pieces = await tx.db.delete(piecesDemandes).where(eq(piecesDemandes.demandeId, demande.id)).returning({ cle: piecesDemandes.cle });
    await tx.db.delete(demandes).where(eq(demandes.id, demande.id));
    await tx.db.insert(audit).values({ evenement: 'brouillon_supprime', utilisateurId: employeur.id, ip: ctx.ip, details: { demandeId: demande.id, dispositif: demande.dispositif, pieces: pieces.length } });
    return pieces.map((p) => p.cle);
  });
  for (const cle of cles) await supprimerFichier(stockageDe(ctx.config), cle);
}
