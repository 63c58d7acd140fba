import type { DateIso } from '@mse/shared/commun/dates';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import type { Corbeille, CriteresCorbeille, TriCorbeille } from '@mse/shared/instruction/instruction.schema';
import { prefixesCodePostal } from '@mse/shared/instruction/regions';
import { and, asc, desc, eq, gte, inArray, like, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { demandes, etablissements, historiqueDemandes, utilisateurs } from '../../db/schema';
import { piecesDemandes } from '../../db/schema-demandes';
import type { CurseurCorbeille } from './curseur';

/** Sent and not yet decided: the requests a gestionnaire still owes something to. */
export const STATUTS_A_INSTRUIRE: StatutDemande[] = ['envoye', 'en_cours_de_traitement', 'a_completer'];
/** The requests whose legal clock runs. */
const STATUTS_EN_ATTENTE: StatutDemande[] = ['envoye', 'en_cours_de_traitement'];
/** Statuses in which an amount stays committed (a refusal or a cancellation frees it). */
export const STATUTS_ENGAGES: StatutDemande[] = ['pris_en_charge', 'facturation_en_cours', 'solde'];
const ROLES_OPCO = ['gestionnaire', 'superviseur', 'administrateur'] as const;

/** The Paris day of the complete file, the clock's day 0. */
const JOUR_DOSSIER_COMPLET = sql`(${demandes.dossierCompletLe} at time zone 'Europe/Paris')::date`;
const ENVOYE_LE_EXACT = sql<string>`to_char(${demandes.envoyeLe} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
/** The failed controls written on the request's last sending (empty when all passed, null for requests sent before the rule). */
const CONTROLES_EN_ECHEC = sql<{ message: string }[] | null>`(select ${historiqueDemandes.details}->'controlesEnEchec' from ${historiqueDemandes} where ${historiqueDemandes.demandeId} = ${demandes.id} and ${historiqueDemandes.action} = 'soumettre' order by ${historiqueDemandes.id} desc limit 1)`;
const NOM_GESTIONNAIRE = sql<string | null>`(select ${utilisateurs.prenom} || ' ' || ${utilisateurs.nom} from ${utilisateurs} where ${utilisateurs.id} = ${demandes.gestionnaireId})`;

export type ContexteCorbeilles = { personnelId: string; dernierJourEnAlerte: DateIso };

/** What puts a request in a queue. Drafts are never in any: the back office only sees what was sent. */
export function conditionCorbeille(corbeille: Corbeille, c: ContexteCorbeilles): SQL {
  switch (corbeille) {
    case 'nouvelles':
      return sql`${demandes.statut} = 'envoye' and ${demandes.gestionnaireId} is null`;
    case 'mes_demandes':
      return sql`${demandes.gestionnaireId} = ${c.personnelId} and ${inArray(demandes.statut, STATUTS_A_INSTRUIRE)}`;
    case 'a_completer':
      return sql`${demandes.statut} = 'a_completer'`;
    case 'echeance_proche':
      return sql`${inArray(demandes.statut, STATUTS_EN_ATTENTE)} and ${JOUR_DOSSIER_COMPLET} <= ${c.dernierJourEnAlerte}::date`;
    case 'controles_en_echec':
      return sql`${inArray(demandes.statut, STATUTS_A_INSTRUIRE)} and jsonb_array_length(coalesce(${CONTROLES_EN_ECHEC}, '[]'::jsonb)) > 0`;
    case 'toutes':
      return sql`true`;
  }
}

const ENVOYEE = and(ne(demandes.statut, 'brouillon'), sql`${demandes.envoyeLe} is not null`, sql`${demandes.numero} is not null`);

export type FiltreListe = Omit<CriteresCorbeille, 'corbeille' | 'tri'> & { corbeille: Corbeille; tri: TriCorbeille; apres?: CurseurCorbeille | undefined; taille: number };

const JOUR_ENVOI = sql`(${demandes.envoyeLe} at time zone 'Europe/Paris')::date`;

/** The criteria beyond the queue: scheme, status, branch, region, establishment, sending days, estimated amount. */
function criteres(f: FiltreListe): SQL | undefined {
  return and(
    f.dispositif ? eq(demandes.dispositif, f.dispositif) : undefined,
    f.statut ? eq(demandes.statut, f.statut) : undefined,
    f.idcc ? eq(etablissements.idcc, f.idcc) : undefined,
    f.region ? or(...prefixesCodePostal(f.region).map((p) => like(etablissements.codePostal, `${p}%`))) : undefined,
    f.siret ? eq(etablissements.siret, f.siret) : undefined,
    f.envoyeDu ? sql`${JOUR_ENVOI} >= ${f.envoyeDu}::date` : undefined,
    f.envoyeAu ? sql`${JOUR_ENVOI} <= ${f.envoyeAu}::date` : undefined,
    f.montantMin !== undefined ? gte(demandes.montantEstimeCentimes, f.montantMin * 100) : undefined,
    f.montantMax !== undefined ? lte(demandes.montantEstimeCentimes, f.montantMax * 100) : undefined,
    recherche(f.q),
  );
}

/** « 493 832 309 », « aidomi », « AP-2026 »: the number, the company's name or the beneficiary. */
function recherche(q: string | undefined): SQL | undefined {
  const texte = q?.trim();
  if (!texte) return undefined;
  const motif = `%${texte.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const chiffres = texte.replace(/\s/g, '');
  return sql`(${demandes.numero} ilike ${motif} or ${etablissements.raisonSociale} ilike ${motif} or ${demandes.beneficiaire} ilike ${motif}${/^\d{3,14}$/.test(chiffres) ? sql` or ${etablissements.siret} like ${`${chiffres}%`}` : sql``})`;
}

/** One page of a queue, oldest (or newest) sent first, by keyset on (envoye_le, id): the (statut, envoye_le) index serves it. */
export async function listerCorbeille(db: Db, f: FiltreListe, c: ContexteCorbeilles) {
  const sens = f.tri === 'recentes' ? sql`<` : sql`>`;
  const apres = f.apres ? sql`(${demandes.envoyeLe}, ${demandes.id}) ${sens} (${f.apres.envoyeLe}::timestamptz, ${f.apres.id}::uuid)` : undefined;
  const ordre = f.tri === 'recentes' ? [desc(demandes.envoyeLe), desc(demandes.id)] : [asc(demandes.envoyeLe), asc(demandes.id)];
  const lignes = await db
    .select({
      id: demandes.id,
      numero: demandes.numero,
      dispositif: demandes.dispositif,
      statut: demandes.statut,
      raisonSociale: etablissements.raisonSociale,
      siret: etablissements.siret,
      beneficiaire: demandes.beneficiaire,
      intituleFormation: demandes.intituleFormation,
      montantEstimeCentimes: demandes.montantEstimeCentimes,
      envoyeLe: demandes.envoyeLe,
      envoyeLeExact: ENVOYE_LE_EXACT,
      dossierCompletLe: demandes.dossierCompletLe,
      gestionnaireId: demandes.gestionnaireId,
      nomGestionnaire: NOM_GESTIONNAIRE,
      controlesEnEchec: CONTROLES_EN_ECHEC,
    })
    .from(demandes)
    .innerJoin(etablissements, eq(etablissements.id, demandes.etablissementId))
    .where(and(ENVOYEE, conditionCorbeille(f.corbeille, c), criteres(f), apres))
    .orderBy(...ordre)
    .limit(f.taille + 1);
  const dernier = lignes.length > f.taille ? lignes[f.taille - 1] : undefined;
  return { lignes: lignes.slice(0, f.taille), suivant: dernier ? { corbeille: f.corbeille, tri: f.tri, envoyeLe: dernier.envoyeLeExact, id: dernier.id } : undefined };
}
export type LigneCorbeille = Awaited<ReturnType<typeof listerCorbeille>>['lignes'][number];

/** The size of every queue, in one pass over the sent requests. */
export async function compterCorbeilles(db: Db, c: ContexteCorbeilles): Promise<Record<Corbeille, number>> {
  const compte = (corbeille: Corbeille) => sql<number>`count(*) filter (where ${conditionCorbeille(corbeille, c)})::int`;
  const [ligne] = await db
    .select({
      nouvelles: compte('nouvelles'),
      mes_demandes: compte('mes_demandes'),
      a_completer: compte('a_completer'),
      echeance_proche: compte('echeance_proche'),
      controles_en_echec: compte('controles_en_echec'),
      toutes: compte('toutes'),
    })
    .from(demandes)
    .where(ENVOYEE);
  return ligne!;
}

/** A sent request by its dossier number, with its establishment and assignee; undefined for a draft or an unknown number. */
export async function trouverDemandeOpco(db: Db, numero: string) {
  const [ligne] = await db
    .select({
      demande: demandes,
      etablissement: { siret: etablissements.siret, siren: etablissements.siren, raisonSociale: etablissements.raisonSociale, ville: etablissements.ville, idcc: etablissements.idcc, effectif: etablissements.effectifEntreprise },
      nomGestionnaire: NOM_GESTIONNAIRE,
      controlesEnEchec: CONTROLES_EN_ECHEC,
    })
    .from(demandes)
    .innerJoin(etablissements, eq(etablissements.id, demandes.etablissementId))
    .where(and(eq(demandes.numero, numero), ENVOYEE));
  return ligne;
}
export type DemandeOpcoTrouvee = NonNullable<Awaited<ReturnType<typeof trouverDemandeOpco>>>;

export async function historiqueDe(db: Db, demandeId: string) {
  return db
    .select({
      action: historiqueDemandes.action,
      acteur: historiqueDemandes.acteur,
      motif: historiqueDemandes.motif,
      details: historiqueDemandes.details,
      creeLe: historiqueDemandes.creeLe,
      prenom: utilisateurs.prenom,
      nom: utilisateurs.nom,
    })
    .from(historiqueDemandes)
    .leftJoin(utilisateurs, eq(utilisateurs.id, historiqueDemandes.utilisateurId))
    .where(eq(historiqueDemandes.demandeId, demandeId))
    .orderBy(asc(historiqueDemandes.creeLe), asc(historiqueDemandes.id));
}

export async function piecesDe(db: Db, demandeId: string) {
  return db
    .select({ id: piecesDemandes.id, type: piecesDemandes.type, nom: piecesDemandes.nomFichier, typeMime: piecesDemandes.typeMime, taille: piecesDemandes.taille, deposeLe: piecesDemandes.deposeLe })
    .from(piecesDemandes)
    .where(eq(piecesDemandes.demandeId, demandeId))
    .orderBy(asc(piecesDemandes.deposeLe));
}

/** A piece of a sent request, as stored (to be read back and checked against its checksum). */
export async function pieceStockee(db: Db, numero: string, pieceId: string) {
  const [piece] = await db
    .select({ nom: piecesDemandes.nomFichier, type: piecesDemandes.typeMime, cle: piecesDemandes.cle, sha256: piecesDemandes.sha256 })
    .from(piecesDemandes)
    .innerJoin(demandes, eq(demandes.id, piecesDemandes.demandeId))
    .where(and(eq(piecesDemandes.id, pieceId), eq(demandes.numero, numero), ENVOYEE));
  return piece;
}

/** The company's (SIREN's) other requests sent this year, and what stays committed on them. */
export async function autresDemandesDeLEntreprise(db: Db, siren: string, demandeId: string, annee: number) {
  const [ligne] = await db
    .select({
      nombre: sql<number>`count(*)::int`,
      montantEngageCentimes: sql<number>`coalesce(sum(${demandes.montantEngageCentimes}) filter (where ${inArray(demandes.statut, STATUTS_ENGAGES)}), 0)::int`,
    })
    .from(demandes)
    .innerJoin(etablissements, eq(etablissements.id, demandes.etablissementId))
    .where(
      and(
        eq(etablissements.siren, siren),
        ne(demandes.id, demandeId),
        ENVOYEE,
        sql`extract(year from ${demandes.envoyeLe} at time zone 'Europe/Paris') = ${annee}`,
      ),
    );
  return { annee, nombre: ligne?.nombre ?? 0, montantEngageCentimes: ligne?.montantEngageCentimes ?? 0 };
}

/** The OPCO's staff, by name: who a request may be assigned to. */
export async function personnelOpco(db: Db) {
  const lignes = await db
    .select({ id: utilisateurs.id, prenom: utilisateurs.prenom, nom: utilisateurs.nom })
    .from(utilisateurs)
    .where(inArray(utilisateurs.role, [...ROLES_OPCO]))
    .orderBy(asc(utilisateurs.nom), asc(utilisateurs.prenom));
  return lignes.map((l) => ({ id: l.id, nom: `${l.prenom} ${l.nom}` }));
}

export async function membreDuPersonnel(db: Db, utilisateurId: string): Promise<{ id: string; nom: string } | undefined> {
  const [u] = await db
    .select({ id: utilisateurs.id, prenom: utilisateurs.prenom, nom: utilisateurs.nom })
    .from(utilisateurs)
    .where(and(eq(utilisateurs.id, utilisateurId), inArray(utilisateurs.role, [...ROLES_OPCO])));
  return u ? { id: u.id, nom: `${u.prenom} ${u.nom}` } : undefined;
}

/**
 * The request a command changes, locked until its transaction ends (SELECT … FOR UPDATE): two staff
 * members, or a worker and a person, deciding at once wait for each other and the second one sees the
 * first one's status. Comes with the address its e-mails go to: whoever created it, else the account's owner.
 */
export async function verrouillerDemande(db: Db, cible: { numero: string } | { id: string }) {
  const [ligne] = await db
    .select({
      id: demandes.id,
      numero: demandes.numero,
      dispositif: demandes.dispositif,
      statut: demandes.statut,
      etablissementId: demandes.etablissementId,
      donnees: demandes.donnees,
      gestionnaireId: demandes.gestionnaireId,
      dossierCompletLe: demandes.dossierCompletLe,
      montantEstimeCentimes: demandes.montantEstimeCentimes,
      montantEngageCentimes: demandes.montantEngageCentimes,
      ruptureLe: demandes.ruptureLe,
      email: sql<string | null>`coalesce(
        (select ${utilisateurs.email} from ${utilisateurs} where ${utilisateurs.id} = ${demandes.creePar}),
        (select ${utilisateurs.email} from ${utilisateurs} where ${utilisateurs.compteId} = ${demandes.compteId} and ${utilisateurs.role} = 'proprietaire' order by ${utilisateurs.creeLe} limit 1))`,
    })
    .from(demandes)
    .where(and('numero' in cible ? eq(demandes.numero, cible.numero) : eq(demandes.id, cible.id), ENVOYEE))
    .for('update', { of: demandes });
  return ligne;
}
export type DemandeVerrouillee = NonNullable<Awaited<ReturnType<typeof verrouillerDemande>>>;

export async function siretDe(db: Db, etablissementId: string): Promise<string> {
  const [e] = await db.select({ siret: etablissements.siret }).from(etablissements).where(eq(etablissements.id, etablissementId));
  return e!.siret;
}

/**
 * Undecided requests of the schemes where silence decides, whose deadline has passed: the complete
 * file's Paris day is on or before `dernierJourDepasse`. Ids only: each is then locked and re-checked.
 */
export async function demandesEnSilence(db: Db, dernierJourDepasse: DateIso, taille: number): Promise<string[]> {
  const lignes = await db
    .select({ id: demandes.id })
    .from(demandes)
    .where(
      and(
        inArray(demandes.statut, STATUTS_EN_ATTENTE),
        inArray(demandes.dispositif, ['apprentissage', 'professionnalisation', 'pro_a']),
        sql`${JOUR_DOSSIER_COMPLET} <= ${dernierJourDepasse}::date`,
      ),
    )
    .orderBy(asc(demandes.dossierCompletLe))
    .limit(taille);
  return lignes.map((l) => l.id);
}
