import { classeEntreprise, LIBELLES_CLASSE } from '@mse/shared/entreprise/classe-entreprise';
import type { Session } from '@mse/shared/identite/session.schema';
import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { branches, compteEtablissements, etablissements } from '../../db/schema';
import { estEmployeur } from '../../policies/espaces';
import type { SessionCourante } from '../../plugins/session';

/** The establishment shown in the company block: the account's first one (by SIRET) until one is chosen. */
async function entrepriseDuCompte(db: Db, compteId: string): Promise<Session['entreprise']> {
  const [premier] = await db
    .select({ e: etablissements, libelle: branches.libelle })
    .from(compteEtablissements)
    .innerJoin(etablissements, eq(etablissements.id, compteEtablissements.etablissementId))
    .innerJoin(branches, eq(branches.idcc, etablissements.idcc))
    .where(eq(compteEtablissements.compteId, compteId))
    .orderBy(asc(etablissements.siret))
    .limit(1);
  if (!premier) return null;
  const [total] = await db.select({ n: count() }).from(compteEtablissements).where(eq(compteEtablissements.compteId, compteId));
  const nombre = total?.n ?? 1;
  return {
    raisonSociale: premier.e.raisonSociale,
    codePostal: premier.e.codePostal,
    ville: premier.e.ville,
    siret: premier.e.siret,
    multiSiret: nombre > 1,
    nombreEtablissements: nombre,
    idcc: premier.e.idcc,
    conventionLibelle: premier.libelle,
    classe: LIBELLES_CLASSE[classeEntreprise(premier.e.effectifEntreprise)],
  };
}

export async function presenterSession(db: Db, session: SessionCourante): Promise<Session> {
  const u = session.utilisateur;
  return {
    utilisateur: {
      id: u.id,
      civilite: u.civilite,
      prenom: u.prenom,
      nom: u.nom,
      email: u.email,
      role: u.role,
      espace: estEmployeur(u) ? 'entreprise' : 'opco',
    },
    entreprise: estEmployeur(u) ? await entrepriseDuCompte(db, u.compteId) : null,
    csrfToken: session.csrfToken,
  };
}
