import { ROLES_COLLEGUE, type RoleCollegue } from '@mse/shared/collegues/collegue.schema';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { accesEtablissements, compteEtablissements, etablissements, jetons, utilisateurs } from '../../db/schema';
import { accesTousEtablissements } from '../../db/schema-collegues';

const FORMAT_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type CollegueLu = {
  id: string;
  civilite: string | null;
  prenom: string;
  nom: string;
  email: string;
  role: RoleCollegue;
  /** True until the person has chosen a password. */
  invitationEnAttente: boolean;
  invitationExpireLe: Date | null;
  etablissementCourantId: string | null;
  tous: boolean;
  etablissements: { id: string; siret: string; raisonSociale: string; codePostal: string; ville: string }[];
};

/**
 * The colleagues of an account (every user of it but the owner), with their grants. Three reads,
 * whatever the number of colleagues: the people, their establishments, their pending invitations.
 */
async function lire(db: Db, compteId: string, id?: string): Promise<CollegueLu[]> {
  const personnes = await db
    .select({
      id: utilisateurs.id,
      civilite: utilisateurs.civilite,
      prenom: utilisateurs.prenom,
      nom: utilisateurs.nom,
      email: utilisateurs.email,
      role: utilisateurs.role,
      sansMotDePasse: sql<boolean>`${utilisateurs.motDePasseHash} is null`,
      etablissementCourantId: utilisateurs.etablissementCourantId,
      tous: sql<boolean>`exists (select 1 from ${accesTousEtablissements} t where t.utilisateur_id = ${utilisateurs.id} and t.compte_id = ${compteId})`,
    })
    .from(utilisateurs)
    .where(and(eq(utilisateurs.compteId, compteId), inArray(utilisateurs.role, [...ROLES_COLLEGUE]), id ? eq(utilisateurs.id, id) : undefined))
    .orderBy(asc(utilisateurs.nom), asc(utilisateurs.prenom), asc(utilisateurs.email));
  if (personnes.length === 0) return [];
  const ids = personnes.map((p) => p.id);
  const [accordes, invitations] = await Promise.all([
    db
      .select({
        utilisateurId: accesEtablissements.utilisateurId,
        id: etablissements.id,
        siret: etablissements.siret,
        raisonSociale: etablissements.raisonSociale,
        codePostal: etablissements.codePostal,
        ville: etablissements.ville,
      })
      .from(accesEtablissements)
      .innerJoin(etablissements, eq(etablissements.id, accesEtablissements.etablissementId))
      // A grant counts only on an establishment still in the account (policies/etablissements.ts says the same).
      .innerJoin(compteEtablissements, and(eq(compteEtablissements.etablissementId, etablissements.id), eq(compteEtablissements.compteId, compteId)))
      .where(inArray(accesEtablissements.utilisateurId, ids))
      .orderBy(asc(etablissements.raisonSociale), asc(etablissements.siret)),
    db
      .select({ utilisateurId: jetons.utilisateurId, expireLe: jetons.expireLe })
      .from(jetons)
      .where(and(inArray(jetons.utilisateurId, ids), eq(jetons.type, 'invitation'), isNull(jetons.utiliseLe)))
      .orderBy(desc(jetons.expireLe)),
  ]);
  return personnes.map((p) => {
    const enAttente = p.sansMotDePasse;
    return {
      id: p.id,
      civilite: p.civilite,
      prenom: p.prenom,
      nom: p.nom,
      email: p.email,
      role: p.role as RoleCollegue,
      invitationEnAttente: enAttente,
      invitationExpireLe: enAttente ? (invitations.find((i) => i.utilisateurId === p.id)?.expireLe ?? null) : null,
      etablissementCourantId: p.etablissementCourantId,
      tous: p.tous,
      etablissements: p.tous ? [] : accordes.filter((a) => a.utilisateurId === p.id).map(({ utilisateurId: _u, ...e }) => e),
    };
  });
}

export function listerCollegues(db: Db, compteId: string): Promise<CollegueLu[]> {
  return lire(db, compteId);
}

/** A colleague of this account; undefined for anyone else (another account, the owner, an unknown or malformed id). */
export async function trouverCollegue(db: Db, compteId: string, id: string): Promise<CollegueLu | undefined> {
  if (!FORMAT_UUID.test(id)) return undefined;
  const [collegue] = await lire(db, compteId, id);
  return collegue;
}

/** The ids of these SIRETs among the account's establishments; undefined if any is not the account's. */
export async function etablissementsDuCompte(db: Db, compteId: string, sirets: string[]): Promise<string[] | undefined> {
  const uniques = [...new Set(sirets)];
  if (uniques.length === 0) return [];
  const lignes = await db
    .select({ id: etablissements.id })
    .from(etablissements)
    .innerJoin(compteEtablissements, and(eq(compteEtablissements.etablissementId, etablissements.id), eq(compteEtablissements.compteId, compteId)))
    .where(inArray(etablissements.siret, uniques));
  return lignes.length === uniques.length ? lignes.map((l) => l.id) : undefined;
}

/** The name the account goes by: its first establishment by SIRET (the head office in practice). */
export async function raisonSocialeDuCompte(db: Db, compteId: string): Promise<string> {
  const [ligne] = await db
    .select({ raisonSociale: etablissements.raisonSociale })
    .from(etablissements)
    .innerJoin(compteEtablissements, eq(compteEtablissements.etablissementId, etablissements.id))
    .where(eq(compteEtablissements.compteId, compteId))
    .orderBy(asc(etablissements.siret))
    .limit(1);
  return ligne?.raisonSociale ?? '';
}
