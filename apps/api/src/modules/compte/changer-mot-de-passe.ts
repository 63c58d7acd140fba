import { and, eq, ne } from 'drizzle-orm';
import { audit, sessions, utilisateurs } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { DonneesInvalides } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import type { SessionCourante } from '../../plugins/session';
import type { Contexte } from '../identite/contexte';
import { hacherMotDePasse, verifierMotDePasse } from '../identite/mot-de-passe';
import { verifierMotDePasseChoisi } from '../identite/verifier-mot-de-passe-choisi';

/** "Mettre à jour mon mot de passe": the current one first; every other session is signed out. */
export async function changerMotDePasse(ctx: Contexte, session: SessionCourante, input: { motDePasseActuel: string; motDePasse: string }): Promise<void> {
  const moi = session.utilisateur;
  if (!moi.motDePasseHash || !(await verifierMotDePasse(moi.motDePasseHash, input.motDePasseActuel))) {
    throw new DonneesInvalides([{ chemin: 'motDePasseActuel', message: 'Mot de passe actuel incorrect.' }]);
  }
  verifierMotDePasseChoisi(input.motDePasse, moi.email);
  const empreinte = await hacherMotDePasse(input.motDePasse);
  await transaction(ctx.database, ctx.boss, async (tx) => {
    await tx.db.update(utilisateurs).set({ motDePasseHash: empreinte, modifieLe: ctx.now }).where(eq(utilisateurs.id, moi.id));
    await tx.db.delete(sessions).where(and(eq(sessions.utilisateurId, moi.id), ne(sessions.idHash, session.idHash)));
    await tx.db.insert(audit).values({ evenement: 'mot_de_passe_modifie', utilisateurId: moi.id, ip: ctx.ip, details: {} });
    await envoyerModele(tx, ctx.config, 'motDePasseModifie', moi.email);
  });
}
