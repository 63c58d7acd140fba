import { transition } from '@mse/shared/demande/statut';
import { eq } from 'drizzle-orm';
import { audit, demandes, historiqueDemandes } from '../../db/schema';
import { Conflit } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import type { Employeur } from '../../policies/espaces';
import type { Contexte } from '../identite/contexte';
import { commandeDossier, titreDispositif } from './commande-dossier';
import { emailDe } from './dossier.repository';

/**
 * « Annuler la demande » by the employer, while it is not decided (training not held, contract never
 * signed…): « Annulé » with the reason, in the history as « vous »; confirmed by e-mail, and the assigned
 * gestionnaire is told.
 */
export function annulerParLEmployeur(ctx: Contexte, employeur: Employeur, id: string, motif: string): Promise<void> {
  return commandeDossier(ctx, employeur, id, 'annuler', async (tx, demande) => {
    const t = transition(demande.statut, 'annuler');
    if (!t.ok) throw new Conflit(t.code, t.message);
    await tx.db.update(demandes).set({ statut: t.statut, modifieLe: ctx.now }).where(eq(demandes.id, demande.id));
    await tx.db.insert(historiqueDemandes).values({ demandeId: demande.id, action: 'annuler', de: demande.statut, vers: t.statut, acteur: 'entreprise', utilisateurId: employeur.id, motif, details: {}, creeLe: ctx.now });
    await tx.db.insert(audit).values({ evenement: 'demande_annuler', utilisateurId: employeur.id, ip: ctx.ip, details: { demandeId: demande.id, numero: demande.numero, de: demande.statut, vers: t.statut, motif, par: 'entreprise' } });
    const v = { id: demande.id, numero: demande.numero!, dispositif: titreDispositif(demande), motif };
    await envoyerModele(tx, ctx.config, 'demandeAnnuleeParLEntreprise', employeur.email, { ...v, pourOpco: false });
    const gestionnaire = await emailDe(tx.db, demande.gestionnaireId);
    if (gestionnaire) await envoyerModele(tx, ctx.config, 'demandeAnnuleeParLEntreprise', gestionnaire, { ...v, pourOpco: true });
  });
}
