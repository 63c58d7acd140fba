import { MESSAGE_CONNEXION_REFUSEE } from '@mse/shared/identite/connexion.schema';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { audit, utilisateurs } from '../../db/schema';
import { AppError } from '../../errors';
import { creerSession } from './sessions.repository';
import { hacherMotDePasse, verifierMotDePasse } from './mot-de-passe';

export class ConnexionRefusee extends AppError {
  constructor() {
    super(401, 'connexion_refusee', MESSAGE_CONNEXION_REFUSEE);
  }
}

/** Spent on unknown addresses too, so that the answer time does not tell whether an account exists. */
let empreinteLeurre: Promise<string> | undefined;

export async function ouvrirSession(
  db: Db,
  input: { email: string; motDePasse: string; seSouvenir: boolean; ip: string; userAgent: string | undefined; now: Date },
) {
  const [utilisateur] = await db.select().from(utilisateurs).where(eq(sql`lower(${utilisateurs.email})`, input.email));
  empreinteLeurre ??= hacherMotDePasse('leurre-pour-temps-constant');
  const empreinte = utilisateur?.motDePasseHash ?? (await empreinteLeurre);
  const ok = (await verifierMotDePasse(empreinte, input.motDePasse)) && !!utilisateur?.motDePasseHash && !!utilisateur.emailConfirmeLe;
  await db.insert(audit).values({
    evenement: ok ? 'connexion_reussie' : 'connexion_refusee',
    utilisateurId: utilisateur?.id ?? null,
    ip: input.ip,
    details: ok ? {} : { motif: !utilisateur ? 'compte_inconnu' : !utilisateur.motDePasseHash ? 'sans_mot_de_passe' : 'mot_de_passe' },
  });
  if (!ok || !utilisateur) throw new ConnexionRefusee();
  const session = await creerSession(db, { utilisateurId: utilisateur.id, seSouvenir: input.seSouvenir, ip: input.ip, userAgent: input.userAgent, now: input.now });
  return { utilisateur, ...session };
}
