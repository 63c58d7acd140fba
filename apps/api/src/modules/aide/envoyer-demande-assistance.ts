import { exigerFichierSain } from '../../fichiers/antivirus';
import {
  DemandeAssistancePubliqueSchema, DemandeAssistanceSchema, MESSAGE_DOSSIER_INCONNU, type ObjetAssistance,
} from '@mse/shared/aide/demande-assistance.schema';
import { TAILLE_MAX_PIECE_JOINTE } from '@mse/shared/aide/piece-jointe';
import { audit } from '../../db/schema';
import { demandesAssistance, messagesAssistance, piecesJointesAssistance } from '../../db/schema-aide';
import { transaction } from '../../db/transaction';
import { DonneesInvalides, TropDeTentatives, type ChampEnErreur } from '../../errors';
import { stockageDe, stockerFichier, supprimerFichier, verifierFichier, type FichierStocke } from '../../fichiers/stockage';
import { envoyerModele } from '../../mail/envoyer';
import type { Employeur } from '../../policies/espaces';
import type { Contexte } from '../identite/contexte';
import { cleEmail, cleIp, enregistrerEchec, verifierLimitation } from '../identite/limitation.repository';
import { idDemandeFinancementVisible, prochainNumeroAssistance } from './assistance.repository';
import { champsEnErreur, type FormulaireRecu } from './formulaire-multipart';

/** Signed in, the author is known and proven; from the login page, only what the visitor typed. */
export type AuteurAssistance = { type: 'employeur'; employeur: Employeur } | { type: 'visiteur' };

type Saisie = { objet: ObjetAssistance; message: string; numeroDossier?: string; nom: string; email: string };

const clesVisiteur = (ip: string, email: string) => [`assistance:${cleIp(ip)}`, ...(email ? [`assistance:${cleEmail(email.slice(0, 254))}`] : [])];

/** The sign-in throttle (5 sends, then growing delays; 10, then 15 minutes), with words that fit a form. */
async function verifierCadence(ctx: Contexte, cles: string[]): Promise<void> {
  try {
    await verifierLimitation(ctx.database.db, cles, ctx.now);
  } catch (e) {
    if (!(e instanceof TropDeTentatives)) throw e;
    const attente = e.retryAfterSeconds >= 60 ? `${Math.ceil(e.retryAfterSeconds / 60)} minute(s)` : `${e.retryAfterSeconds} seconde(s)`;
    throw new TropDeTentatives(e.retryAfterSeconds, `Plusieurs demandes viennent d’être envoyées : réessayez dans ${attente}, ou appelez-nous.`);
  }
}

/** Every field checked, all messages at once; nothing is written before all of them pass. */
async function valider(ctx: Contexte, auteur: AuteurAssistance, formulaire: FormulaireRecu) {
  const champs: ChampEnErreur[] = [];
  let saisie: Saisie | undefined;
  let demandeId: string | undefined;
  if (auteur.type === 'employeur') {
    const r = DemandeAssistanceSchema.safeParse(formulaire.champs);
    if (r.success) {
      const moi = auteur.employeur;
      saisie = { ...r.data, nom: `${moi.prenom} ${moi.nom}`, email: moi.email };
      if (r.data.numeroDossier) {
        demandeId = await idDemandeFinancementVisible(ctx.database.db, moi, r.data.numeroDossier);
        if (!demandeId) champs.push({ chemin: 'numeroDossier', message: MESSAGE_DOSSIER_INCONNU });
      }
    } else champs.push(...champsEnErreur(r.error));
  } else {
    const r = DemandeAssistancePubliqueSchema.safeParse(formulaire.champs);
    if (r.success) saisie = r.data;
    else champs.push(...champsEnErreur(r.error));
  }
  const piece = formulaire.fichier ? await verifierFichier(formulaire.fichier, TAILLE_MAX_PIECE_JOINTE) : undefined;
  if (piece && 'erreur' in piece) champs.push({ chemin: 'pieceJointe', message: piece.erreur });
  if (champs.length || !saisie) throw new DonneesInvalides(champs);
  return { saisie, demandeId, piece: piece && !('erreur' in piece) ? piece : undefined };
}

/**
 * "3 - Contacter l’assistance": records the request and its first message (and attachment), and sends
 * the acknowledgement, in one transaction. From the login page, every send counts against a throttle
 * per IP and per address; the answer and the e-mail are the same whether the address has an account.
 */
export async function envoyerDemandeAssistance(ctx: Contexte, auteur: AuteurAssistance, formulaire: FormulaireRecu): Promise<{ numero: string }> {
  const emailTape = auteur.type === 'visiteur' ? String(formulaire.champs.email ?? '').trim().toLowerCase() : '';
  const cles = auteur.type === 'visiteur' ? clesVisiteur(ctx.ip, emailTape) : [];
  if (cles.length) await verifierCadence(ctx, cles);
  const { saisie, demandeId, piece } = await valider(ctx, auteur, formulaire);

  let stockee: FichierStocke | undefined;
  if (piece) {
    await exigerFichierSain(ctx.config.clamd, piece.octets, 'pieceJointe');
    stockee = await stockerFichier(stockageDe(ctx.config), 'assistance', piece, ctx.now);
  }
  try {
    return await transaction(ctx.database, ctx.boss, async (tx) => {
      if (cles.length) await enregistrerEchec(tx.db, cles, ctx.now);
      const numero = await prochainNumeroAssistance(tx.db, ctx.now);
      const employeur = auteur.type === 'employeur' ? auteur.employeur : undefined;
      const [demande] = await tx.db
        .insert(demandesAssistance)
        .values({
          numero,
          objet: saisie.objet,
          utilisateurId: employeur?.id ?? null,
          compteId: employeur?.compteId ?? null,
          demandeId: demandeId ?? null,
          numeroDossier: saisie.numeroDossier ?? null,
          nomContact: saisie.nom,
          emailContact: saisie.email,
          creeLe: ctx.now,
          modifieLe: ctx.now,
        })
        .returning({ id: demandesAssistance.id });
      const [message] = await tx.db
        .insert(messagesAssistance)
        .values({ demandeAssistanceId: demande!.id, auteur: 'demandeur', utilisateurId: employeur?.id ?? null, texte: saisie.message, creeLe: ctx.now })
        .returning({ id: messagesAssistance.id });
      if (stockee) {
        await tx.db.insert(piecesJointesAssistance).values({
          messageId: message!.id, nomFichier: stockee.nom, typeMime: stockee.type, taille: stockee.taille, sha256: stockee.sha256, cle: stockee.cle, creeLe: ctx.now,
        });
      }
      await tx.db.insert(audit).values({
        evenement: 'demande_assistance_envoyee',
        utilisateurId: employeur?.id ?? null,
        ip: ctx.ip,
        details: { numero, objet: saisie.objet, connecte: !!employeur, pieceJointe: !!stockee },
      });
      await envoyerModele(tx, ctx.config, 'accuseDemandeAssistance', saisie.email, numero, saisie.objet, !!employeur);
      return { numero };
    });
  } catch (erreur) {
    if (stockee) await supprimerFichier(stockageDe(ctx.config), stockee.cle);
    throw erreur;
  }
}
