import { exigerFichierSain } from '../../fichiers/antivirus';
import { TAILLE_MAX_PIECE_JOINTE } from '@mse/shared/aide/piece-jointe';
import { NouveauMessageDossierSchema } from '@mse/shared/dossier/dossier.schema';
import { audit } from '../../db/schema';
import { messagesDemandes, piecesJointesMessagesDemandes } from '../../db/schema-suivi';
import { transaction, type Tx } from '../../db/transaction';
import { DonneesInvalides, Introuvable, type ChampEnErreur } from '../../errors';
import { stockageDe, stockerFichier, supprimerFichier, verifierFichier, type FichierStocke } from '../../fichiers/stockage';
import { envoyerModele } from '../../mail/envoyer';
import type { Employeur } from '../../policies/espaces';
import type { Instructeur } from '../../policies/instruction';
import { champsEnErreur, type FormulaireRecu } from '../aide/formulaire-multipart';
import type { Contexte } from '../identite/contexte';
import { exigerActionDossier, exigerDemandeurDeFinancement } from '../../policies/demandes';
import { introuvable } from '../demandes/regles-brouillon';
import { commandeDossier } from './commande-dossier';
import { emailDe, emailEntreprise, suiviDemande, suiviDemandeParNumero, type SuiviDemande } from './dossier.repository';

export const DOSSIER_INTROUVABLE_OPCO = 'Cette demande n’existe pas ou n’a pas encore été envoyée.';

/** Who writes: the employer on one of its dossiers (by id), or a staff member on any sent one (by number). */
export type AuteurMessage = { type: 'entreprise'; employeur: Employeur; id: string } | { type: 'opco'; personnel: Instructeur; numero: string };

/** The text and the optional attachment, every message at once; nothing is stored before both pass. */
async function valider(formulaire: FormulaireRecu) {
  const champs: ChampEnErreur[] = [];
  const r = NouveauMessageDossierSchema.safeParse(formulaire.champs);
  if (!r.success) champs.push(...champsEnErreur(r.error));
  const piece = formulaire.fichier ? await verifierFichier(formulaire.fichier, TAILLE_MAX_PIECE_JOINTE) : undefined;
  if (piece && 'erreur' in piece) champs.push({ chemin: 'pieceJointe', message: piece.erreur });
  if (!r.success || champs.length) throw new DonneesInvalides(champs);
  return { texte: r.data.message, piece: piece && !('erreur' in piece) ? piece : undefined };
}

/**
 * Who may write, asked before the attachment is scanned or stored: a stranger to the dossier never makes
 * the server store a file. The command asks again on the locked row.
 */
async function exigerAcces(ctx: Contexte, auteur: AuteurMessage): Promise<void> {
  if (auteur.type === 'opco') {
    if (!(await suiviDemandeParNumero(ctx.database.db, auteur.numero))) throw new Introuvable(DOSSIER_INTROUVABLE_OPCO);
    return;
  }
  exigerDemandeurDeFinancement(auteur.employeur);
  const suivi = await suiviDemande(ctx.database.db, auteur.employeur, auteur.id);
  if (!suivi) throw introuvable();
  exigerActionDossier(auteur.employeur, suivi, 'ecrireMessage');
}

const extrait = (texte: string) => (texte.length > 600 ? `${texte.slice(0, 600)}…` : texte);

/**
 * A message in the dossier's thread with the OPCO, both sides, with one optional attachment (the support
 * thread's limits). The other side is told by e-mail: the employer at the dossier's creator's address,
 * the OPCO through the assigned gestionnaire (no one assigned: the thread waits in the dossier).
 */
export async function ecrireMessage(ctx: Contexte, auteur: AuteurMessage, formulaire: FormulaireRecu): Promise<string> {
  await exigerAcces(ctx, auteur);
  const { texte, piece } = await valider(formulaire);
  let stockee: FichierStocke | undefined;
  if (piece) {
    await exigerFichierSain(ctx.config.clamd, piece.octets, 'pieceJointe');
    stockee = await stockerFichier(stockageDe(ctx.config), 'demandes', piece, ctx.now);
  }
  try {
    const ecrire = async (tx: Tx, demande: SuiviDemande) => {
      const utilisateurId = auteur.type === 'entreprise' ? auteur.employeur.id : auteur.personnel.id;
      const [message] = await tx.db.insert(messagesDemandes).values({ demandeId: demande.id, auteur: auteur.type, utilisateurId, texte, creeLe: ctx.now }).returning({ id: messagesDemandes.id });
      if (stockee) {
        await tx.db.insert(piecesJointesMessagesDemandes).values({ messageId: message!.id, nomFichier: stockee.nom, typeMime: stockee.type, taille: stockee.taille, sha256: stockee.sha256, cle: stockee.cle, creeLe: ctx.now });
      }
      await tx.db.insert(audit).values({ evenement: 'message_dossier_ecrit', utilisateurId, ip: ctx.ip, details: { demandeId: demande.id, numero: demande.numero, auteur: auteur.type, pieceJointe: !!stockee } });
      const destinataire = auteur.type === 'entreprise' ? await emailDe(tx.db, demande.gestionnaireId) : await emailEntreprise(tx.db, demande.id);
      if (destinataire) await envoyerModele(tx, ctx.config, 'messageDossier', destinataire, { id: demande.id, numero: demande.numero!, extrait: extrait(texte), pourOpco: auteur.type === 'entreprise' });
      return demande.id;
    };
    if (auteur.type === 'entreprise') return await commandeDossier(ctx, auteur.employeur, auteur.id, 'ecrireMessage', ecrire);
    return await transaction(ctx.database, ctx.boss, async (tx) => {
      const demande = await suiviDemandeParNumero(tx.db, auteur.numero);
      if (!demande) throw new Introuvable(DOSSIER_INTROUVABLE_OPCO);
      return ecrire(tx, demande);
    });
  } catch (erreur) {
    if (stockee) await supprimerFichier(stockageDe(ctx.config), stockee.cle);
    throw erreur;
  }
}
