import type { Ordre, TriEtablissements } from '@mse/shared/entreprise/etablissement.schema';
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { branches, etablissements, utilisateurs } from '../../db/schema';
import { aAccesALEtablissement, etablissementVisiblePar } from '../../policies/etablissements';
import type { Employeur } from '../../policies/espaces';
import type { Curseur } from './curseur';

/**
 * Sort keys. Names and towns sort without regard to case or accents (the database collation is C, so
 * unaccent comes before lower, which only folds ASCII there); the SIRET breaks ties, being unique.
 */
const CLES_DE_TRI: Record<TriEtablissements, SQL<string>> = {
  raisonSociale: sql<string>`lower(unaccent(${etablissements.raisonSociale}))`,
  ville: sql<string>`lower(unaccent(${etablissements.ville}))`,
  siret: sql<string>`${etablissements.siret}::text`,
};

const TEXTE_RECHERCHE = sql`lower(unaccent(${etablissements.raisonSociale} || ' ' || ${etablissements.ville} || ' ' || ${etablissements.codePostal} || ' ' || ${etablissements.siret}))`;

function echapperLike(texte: string): string {
  return texte.replace(/[\\%_]/g, '\\$&');
}

/**
 * Digits only (spaces and dots allowed, as in "493 832 309 00111") look for a SIRET or a postal code;
 * anything else must find every word in the name, town, postal code or SIRET, accents and case aside.
 */
function correspondA(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const chiffres = q.replace(/[\s.]/g, '');
  if (/^\d+$/.test(chiffres)) {
    return sql`(${etablissements.siret} like ${`%${chiffres}%`} or ${etablissements.codePostal} like ${`${chiffres}%`})`;
  }
  const mots = q.split(/\s+/).filter(Boolean).slice(0, 10);
  return and(...mots.map((mot) => sql`${TEXTE_RECHERCHE} like '%' || lower(unaccent(${echapperLike(mot)}::text)) || '%'`));
}

export type RechercheEtablissementsValidee = { q?: string; tri: TriEtablissements; ordre: Ordre; taille: number; apres: Curseur | null };

/** One page of the employer's establishments (keyset: no OFFSET), the total of the search, and the next cursor. */
export async function rechercherEtablissements(db: Db, employeur: Employeur, r: RechercheEtablissementsValidee) {
  const cle = CLES_DE_TRI[r.tri];
  const filtre = and(etablissementVisiblePar(employeur), correspondA(r.q));
  const sens = r.ordre === 'asc' ? asc : desc;
  const apres = r.apres
    ? r.ordre === 'asc'
      ? sql`(${cle}, ${etablissements.siret}) > (${r.apres.cle}::text, ${r.apres.siret})`
      : sql`(${cle}, ${etablissements.siret}) < (${r.apres.cle}::text, ${r.apres.siret})`
    : undefined;
  const [lignes, [total]] = await Promise.all([
    db
      .select({
        id: etablissements.id,
        siret: etablissements.siret,
        raisonSociale: etablissements.raisonSociale,
        adresse: etablissements.adresse,
        codePostal: etablissements.codePostal,
        ville: etablissements.ville,
        cle,
      })
      .from(etablissements)
      .where(and(filtre, apres))
      .orderBy(sens(cle), sens(etablissements.siret))
      .limit(r.taille + 1),
    db.select({ n: count() }).from(etablissements).where(filtre),
  ]);
  const dernier = lignes.length > r.taille ? lignes[r.taille - 1] : undefined;
  return {
    lignes: lignes.slice(0, r.taille),
    total: total?.n ?? 0,
    suivant: dernier ? { tri: r.tri, ordre: r.ordre, cle: dernier.cle, siret: dernier.siret } : null,
  };
}

/** One establishment of the employer with its convention and the people who have access; undefined outside its scope. */
export async function trouverEtablissement(db: Db, employeur: Employeur, siret: string) {
  if (!/^\d{14}$/.test(siret)) return undefined;
  const [ligne] = await db
    .select({ etablissement: etablissements, conventionLibelle: branches.libelle })
    .from(etablissements)
    .innerJoin(branches, eq(branches.idcc, etablissements.idcc))
    .where(and(eq(etablissements.siret, siret), etablissementVisiblePar(employeur)));
  if (!ligne) return undefined;
  const personnes = await db
    .select({ civilite: utilisateurs.civilite, prenom: utilisateurs.prenom, nom: utilisateurs.nom, email: utilisateurs.email, role: utilisateurs.role })
    .from(utilisateurs)
    .where(aAccesALEtablissement(ligne.etablissement.id))
    .orderBy(sql`${utilisateurs.role} <> 'proprietaire'`, asc(utilisateurs.nom), asc(utilisateurs.prenom));
  return { ...ligne, personnes };
}

/** The id of an establishment the employer may see, by SIRET. */
export async function idEtablissementVisible(db: Db, employeur: Employeur, siret: string): Promise<string | undefined> {
  const [ligne] = await db
    .select({ id: etablissements.id })
    .from(etablissements)
    .where(and(eq(etablissements.siret, siret), etablissementVisiblePar(employeur)));
  return ligne?.id;
}

/**
 * The establishment of the company block: the one the user chose while it stays visible to them,
 * otherwise the first by SIRET (the head office in practice); with how many the user sees.
 */
export async function etablissementDuBlocEntreprise(db: Db, employeur: Employeur) {
  const choisi = sql<boolean>`coalesce(${etablissements.id} = ${employeur.etablissementCourantId}, false)`;
  const [ligne] = await db
    .select({ etablissement: etablissements, conventionLibelle: branches.libelle, choisi, nombre: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(etablissements)
    .innerJoin(branches, eq(branches.idcc, etablissements.idcc))
    .where(etablissementVisiblePar(employeur))
    .orderBy(desc(choisi), asc(etablissements.siret))
    .limit(1);
  return ligne;
}
