import { messagePieceManquante } from '@mse/shared/dossier/dossier.schema';
import { transition } from '@mse/shared/demande/statut';
import { eq } from 'drizzle-orm';
import { audit, demandes, historiqueDemandes } from '../../db/schema';
import { Conflit, DonneesInvalides } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import type { Employeur } from '../../policies/espaces';
import { piecesDeLaDemande } from '../demandes/demandes.repository';
import type { Contexte } from '../identite/contexte';
import { problemesDesChamps } from './champs-demandes';
import { commandeDossier, titreDispositif } from './commande-dossier';
import { derniersComplementsDemandes, emailDe } from './dossier.repository';

/**
 * « Envoyer les compléments »: once every piece the gestionnaire named is deposited again and every named
 * field passes the form's rules, the request goes back to « En cours de traitement ». The file is
 * complete again from now: `dossierCompletLe` restarts the legal 20-day clock.
 */
export function envoyerComplements(ctx: Contexte, employeur: Employeur, id: string): Promise<void> {
  return commandeDossier(ctx, employeur, id, 'envoyerComplements', async (tx, demande) => {
    const t = transition(demande.statut, 'completer');
    if (!t.ok) throw new Conflit(t.code, t.message);
    const complements = await derniersComplementsDemandes(tx.db, demande.id);
    const pieces = await piecesDeLaDemande(tx.db, demande.id);
    const manquantes = (complements?.pieces ?? [])
      .map((type, i) => ({ type, libelle: complements!.libellesPieces[i] ?? type }))
      .filter((p) => !pieces.some((x) => x.type === p.type && x.deposeLe >= complements!.le));
    const champs = await problemesDesChamps(tx.db, ctx.now, demande.dispositif, demande.donnees, complements?.champs ?? []);
    if (manquantes.length || champs.length) {
      const message = manquantes.length ? `Il manque ${manquantes.length > 1 ? 'des pièces demandées' : 'une pièce demandée'} par l’OPCO : ${manquantes.map((p) => p.libelle).join(' ; ')}. Déposez-les, puis envoyez les compléments.` : 'Certaines informations demandées par l’OPCO sont encore à corriger.';
      throw new DonneesInvalides([...manquantes.map((p) => ({ chemin: `pieces.${p.type}`, message: messagePieceManquante(p.libelle) })), ...champs], message);
    }
    await tx.db.update(demandes).set({ statut: t.statut, dossierCompletLe: ctx.now, modifieLe: ctx.now }).where(eq(demandes.id, demande.id));
    const details = { pieces: complements?.pieces ?? [], champs: complements?.champs ?? [] };
    await tx.db.insert(historiqueDemandes).values({ demandeId: demande.id, action: 'completer', de: demande.statut, vers: t.statut, acteur: 'entreprise', utilisateurId: employeur.id, motif: null, details, creeLe: ctx.now });
    await tx.db.insert(audit).values({ evenement: 'demande_completer', utilisateurId: employeur.id, ip: ctx.ip, details: { demandeId: demande.id, numero: demande.numero, de: demande.statut, vers: t.statut, ...details } });
    const dispositif = titreDispositif(demande);
    await envoyerModele(tx, ctx.config, 'complementsEnvoyes', employeur.email, { id: demande.id, numero: demande.numero!, dispositif });
    const gestionnaire = await emailDe(tx.db, demande.gestionnaireId);
    if (gestionnaire) await envoyerModele(tx, ctx.config, 'complementsRecus', gestionnaire, { numero: demande.numero!, dispositif, raisonSociale: demande.raisonSociale });
  });
}
