import { MESSAGE_CONNEXION_REFUSEE } from '@mse/shared/identite/connexion.schema';
import { eq, sql } from 'drizzle-orm';
import { verifySync } from 'otplib';
import type { Config } from '../../config/env';
import type { Database } from '../../db/database';
import { audit, utilisateurs } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { AppError } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import { estEmployeur, estPersonnelOpco } from '../../policies/espaces';
import { cleEmail, cleIp, effacerEchecs, enregistrerEchec, verifierLimitation } from './limitation.repository';
import { hacherMotDePasse, verifierMotDePasse } from './mot-de-passe';
import { creerSession } from './sessions.repository';
import type PgBoss from 'pg-boss';

export class ConnexionRefusee extends AppError {
  constructor() {
    super(401, 'connexion_refusee', MESSAGE_CONNEXION_REFUSEE);
  }
}

/** Spent on unknown addresses too, so that the answer time does not tell whether an account exists. */
let empreinteLeurre: Promise<string> | undefined;

export type Espace = 'entreprise' | 'opco';

/**
 * "Me connecter": checks the throttle, the password (and for OPCO staff the TOTP code), audits the
 * attempt, and opens a new session (a fresh id at every login: no session fixation).
 */
export async function ouvrirSession(
  deps: { database: Database; boss?: PgBoss; config: Config },
  input: { espace: Espace; email: string; motDePasse: string; code?: string; seSouvenir: boolean; ip: string; userAgent: string | undefined; now: Date },
) {
  const { db } = deps.database;
  const cles = [cleEmail(input.email), cleIp(input.ip)];
  await verifierLimitation(db, cles, input.now);

  const [utilisateur] = await db.select().from(utilisateurs).where(eq(sql`lower(${utilisateurs.email})`, input.email));
  empreinteLeurre ??= hacherMotDePasse('leurre-pour-temps-constant');
  const motDePasseOk = await verifierMotDePasse(utilisateur?.motDePasseHash ?? (await empreinteLeurre), input.motDePasse);
  const bonEspace = !!utilisateur && (input.espace === 'entreprise' ? estEmployeur(utilisateur) : estPersonnelOpco(utilisateur));
  const codeOk =
    input.espace === 'entreprise' ||
    (!!utilisateur?.totpSecret && !!input.code && verifySync({ secret: utilisateur.totpSecret, token: input.code, epoch: Math.floor(input.now.getTime() / 1000), epochTolerance: 30 }).valid);
  const ok = motDePasseOk && bonEspace && codeOk && !!utilisateur?.motDePasseHash && !!utilisateur.emailConfirmeLe;
  const motif = !utilisateur ? 'compte_inconnu' : !utilisateur.motDePasseHash ? 'sans_mot_de_passe' : !motDePasseOk ? 'mot_de_passe' : !bonEspace ? 'mauvais_espace' : !codeOk ? 'code_totp' : !utilisateur.emailConfirmeLe ? 'email_non_confirme' : undefined;

  if (!ok || !utilisateur) {
    await transaction(deps.database, deps.boss, async (tx) => {
      await tx.db.insert(audit).values({ evenement: 'connexion_refusee', utilisateurId: utilisateur?.id ?? null, ip: input.ip, details: { espace: input.espace, motif } });
      const vientDeBloquer = await enregistrerEchec(tx.db, cles, input.now);
      if (vientDeBloquer && utilisateur) await envoyerModele(tx, deps.config, 'compteBloque', utilisateur.email);
    });
    throw new ConnexionRefusee();
  }
  await db.insert(audit).values({ evenement: 'connexion_reussie', utilisateurId: utilisateur.id, ip: input.ip, details: { espace: input.espace } });
  await effacerEchecs(db, cleEmail(input.email));
  const session = await creerSession(db, { utilisateurId: utilisateur.id, seSouvenir: input.seSouvenir, ip: input.ip, userAgent: input.userAgent, now: input.now });
  return { utilisateur, ...session };
}
