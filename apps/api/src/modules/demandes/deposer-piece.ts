import type { PieceDemande } from '@mse/shared/demande/demande.schema';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { MESSAGE_TYPE_PIECE_INCONNU, TAILLE_MAX_PIECE_DEMANDE } from '@mse/shared/demande/piece-demande';
import { and, eq } from 'drizzle-orm';
import { audit } from '../../db/schema';
import { piecesDemandes } from '../../db/schema-demandes';
import { transaction } from '../../db/transaction';
import { DonneesInvalides } from '../../errors';
import { exigerFichierSain } from '../../fichiers/antivirus';
import type { FormulaireRecu } from '../../fichiers/multipart';
import { stockageDe, stockerFichier, supprimerFichier, verifierFichier, type FichierStocke, type FichierVerifie } from '../../fichiers/stockage';
import { exigerDemandeurDeFinancement } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import type { Contexte } from '../identite/contexte';
import { presenterPiece } from './demande.presenter';
import { trouverDemande, verrouillerDemande, type LigneDemande } from './demandes.repository';
import { exigerPieceDeposable } from '../dossier/pieces-complements';
import { introuvable } from './regles-brouillon';

export const CHAMP_FICHIER = 'fichier';

/** The piece's type must be one the scheme asks for in this case; the file, a real PDF/JPEG/PNG, whole. */
async function valider(demande: LigneDemande, formulaire: FormulaireRecu): Promise<{ type: string; fichier: FichierVerifie }> {
  const type = formulaire.champs.type ?? '';
  const attendus = FORMULAIRES[demande.dispositif].piecesRequises(demande.donnees).map((p) => p.type);
  const champs = attendus.includes(type) ? [] : [{ chemin: 'type', message: MESSAGE_TYPE_PIECE_INCONNU }];
  const verifie = formulaire.fichier ? await verifierFichier(formulaire.fichier, TAILLE_MAX_PIECE_DEMANDE) : { erreur: 'Choisissez le fichier à déposer.' };
  if ('erreur' in verifie) champs.push({ chemin: CHAMP_FICHIER, message: verifie.erreur });
  if (champs.length || 'erreur' in verifie) throw new DonneesInvalides(champs);
  return { type, fichier: verifie };
}

/**
 * Adds a piece justificative to a draft: one file per type of piece, a new one replacing the previous
 * (whose file is deleted once the replacement is committed). The file is written before the row, and
 * removed again if the row cannot be written.
 */
export async function deposerPiece(ctx: Contexte, employeur: Employeur, id: string, formulaire: FormulaireRecu): Promise<PieceDemande> {
  exigerDemandeurDeFinancement(employeur);
  const apercu = await trouverDemande(ctx.database.db, employeur, id);
  if (!apercu) throw introuvable();
  // A draft, or a sent request « À compléter » for the pieces the OPCO named (dossier/pieces-complements.ts).
  await exigerPieceDeposable(ctx.database.db, employeur, apercu, formulaire.champs.type ?? '');
  const { type, fichier } = await valider(apercu, formulaire);
  await exigerFichierSain(ctx.config.clamd, fichier.octets, CHAMP_FICHIER);
  const stocke = await stockerFichier(stockageDe(ctx.config), 'demandes', fichier, ctx.now);
  try {
    const { piece, ancienne } = await enregistrerPiece(ctx, employeur, id, type, stocke);
    if (ancienne) await supprimerFichier(stockageDe(ctx.config), ancienne);
    return presenterPiece(piece);
  } catch (erreur) {
    await supprimerFichier(stockageDe(ctx.config), stocke.cle);
    throw erreur;
  }
}

async function enregistrerPiece(ctx: Contexte, employeur: Employeur, id: string, type: string, stocke: FichierStocke) {
  return transaction(ctx.database, ctx.boss, async (tx) => {
    const demande = await verrouillerDemande(tx.db, employeur, id);
    if (!demande) throw introuvable();
    await exigerPieceDeposable(tx.db, employeur, demande, type);
    const [ancienne] = await tx.db
      .delete(piecesDemandes)
      .where(and(eq(piecesDemandes.demandeId, demande.id), eq(piecesDemandes.type, type)))
      .returning({ cle: piecesDemandes.cle });
    const [piece] = await tx.db
      .insert(piecesDemandes)
      .values({ demandeId: demande.id, type, nomFichier: stocke.nom, typeMime: stocke.type, taille: stocke.taille, sha256: stocke.sha256, cle: stocke.cle, deposePar: employeur.id, deposeLe: ctx.now })
      .returning();
    await tx.db.insert(audit).values({ evenement: 'piece_demande_deposee', utilisateurId: employeur.id, ip: ctx.ip, details: { demandeId: demande.id, type, sha256: stocke.sha256, remplace: !!ancienne } });
    return { piece: piece!, ancienne: ancienne?.cle };
  });
}
