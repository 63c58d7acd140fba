// The volumetry data set (issue 7): 400 000 establishments, 5 million requests over 5 years in every
// status and the four schemes, 2 million reimbursements — generated in PostgreSQL with set-based SQL
// (generate_series, INSERT … SELECT), never row by row. Kept in its own database between runs: a run
// that finds it complete (the `banc_volumetrie` marker) measures at once. BENCH_ECHELLE scales it all.
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { exempleComplet } from '@mse/shared/demande/formulaire/exemples-complets';
import { PREFIXES_DOSSIER } from '@mse/shared/demande/numero';
import { transition } from '@mse/shared/demande/statut';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import { respecteLuhn } from '@mse/shared/identifiants/luhn';
import fs from 'node:fs';
import path from 'node:path';
import type { PoolClient } from 'pg';
import { MOT_DE_PASSE_DEMO } from '../src/db/demo-data';
import { ACTEURS, CHEMINS, MOTIFS } from '../src/db/demo-demandes';
import { hacherMotDePasse } from '../src/modules/identite/mot-de-passe';
import { sansIndexNiCles } from './accueil';
import type { Banc, OptionsBanc } from './outils';

/** Bump when the generated data changes: a kept data set of another version is generated again. */
const VERSION = 2;

export const ECHELLE = Number(process.env.BENCH_ECHELLE ?? 1);
if (!(ECHELLE > 0 && ECHELLE <= 1)) throw new Error(`BENCH_ECHELLE doit être un nombre entre 0 et 1 (reçu ${process.env.BENCH_ECHELLE})`);

/**
 * Row g of the requests belongs to the accountant's account when g % 500 = 0 (0.2 %: 10 000 requests
 * at full scale, on its 40 establishments), to the national network when g % 35 = 17 (2.9 %: 143 000, over 100 000 of them archived, on
 * 400 establishments: the export), else to the one-establishment account of a directory row.
 */
export const TAILLES = {
  etablissements: Math.max(2_000, Math.round(400_000 * ECHELLE)),
  demandes: Math.round(5_000_000 * ECHELLE),
  remboursements: Math.round(2_000_000 * ECHELLE),
};
export const COMPTABLE = { email: 'comptable.volumetrie@banc.test', etablissements: 40, pas: 500, reste: 0 };
export const RESEAU = { email: 'reseau.volumetrie@banc.test', etablissements: 400, pas: 35, reste: 17 };
const PREMIER_AUTRE = COMPTABLE.etablissements + RESEAU.etablissements + 1;

/** Generated ids: n written as a version-4-shaped uuid (00000000-0000-4000-8000-00000000002a), growing with n. */
const uuid = (expr: string) => `('00000000-0000-4000-8000-' || lpad(to_hex(${expr}), 12, '0'))::uuid`;
/** An independent pseudo-random integer 0..modulo-1 for row g (hashint8 is PostgreSQL's own hash). */
const hasard = (g: string, graine: number, modulo: number) => `(abs(hashint8(${g}::bigint * 7 + ${graine})) % ${modulo})`;

const PRENOMS = [
  'Inès', 'Lucas', 'Manon', 'Yanis', 'Chloé', 'Théo', 'Léa', 'Nathan', 'Sarah', 'Hugo', 'Camille', 'Mehdi', 'Emma', 'Louis', 'Jade', 'Enzo',
  'Lina', 'Maxime', 'Zoé', 'Adam', 'Clara', 'Noah', 'Alice', 'Rayan', 'Anaïs', 'Tom', 'Éva', 'Jules', 'Nina', 'Samuel', 'Louise', 'Karim',
  'Margaux', 'Paul', 'Sofia', 'Bastien', 'Océane', 'Jérôme', 'Hélène', 'François', 'Gaëlle', 'Loïc', 'Mélanie', 'Cédric', 'Aurélie', 'Joël',
];
const NOMS = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel',
  'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert',
  'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas',
  'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Gérard',
  'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier', 'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean',
  'Pérez', 'Marchand', 'Dufour', 'Blanchard', 'Marie', 'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin', 'Benali', 'Haddad',
];
const INTITULES: Record<Dispositif, string[]> = {
  apprentissage: [
    'CAP Boulanger', 'CAP Accompagnant éducatif petite enfance', 'BTS Management commercial opérationnel', 'BTS Services et prestations des secteurs sanitaire et social',
    'Diplôme d’État d’accompagnant éducatif et social', 'Titre professionnel Assistant de vie aux familles', 'BP Fleuriste', 'Licence professionnelle Métiers de la comptabilité',
    'CAP Cuisine', 'Bac professionnel Commerce',
  ],
  professionnalisation: [
    'CQP Vendeur-conseil en boulangerie-pâtisserie', 'Titre professionnel Responsable de petite et moyenne structure', 'CQP Assistant de vie dépendance',
    'Titre professionnel Gestionnaire de paie', 'Titre professionnel Comptable assistant', 'CQP Agent de propreté et d’hygiène',
  ],
  pro_a: ['Titre professionnel Encadrant technique d’insertion', 'CléA – socle de connaissances et de compétences professionnelles', 'BP Boulanger', 'Titre professionnel Secrétaire comptable'],
  action_individuelle: [
    'Gestes et postures : prévention des troubles musculo-squelettiques', 'Hygiène alimentaire en restauration commerciale (HACCP)', 'Sauveteur secouriste du travail',
    'Excel perfectionnement', 'Accompagner une personne atteinte de la maladie d’Alzheimer', 'Management d’équipe de proximité',
  ],
};
const DISPOSITIFS: Dispositif[] = ['apprentissage', 'professionnalisation', 'pro_a', 'action_individuelle'];
/** Amount (cents, min and spread) and length of the training (days, min and spread) by scheme. */
const ECHELLES_DISPOSITIF: Record<Dispositif, { montant: [number, number]; duree: [number, number] }> = {
  apprentissage: { montant: [600_000, 1_000_000], duree: [365, 730] },
  professionnalisation: { montant: [300_000, 600_000], duree: [180, 360] },
  pro_a: { montant: [100_000, 200_000], duree: [120, 245] },
  action_individuelle: { montant: [30_000, 270_000], duree: [1, 5] },
};
/** Where each scheme's form keeps the person and the training (as in demo-demandes.ts). */
const BLOCS: Record<Dispositif, { personne: string; formation: string; organisme: string; siret: string; debut: string; fin: string }> = {
  apprentissage: { personne: 'apprenti', formation: 'formation', organisme: 'cfaDenomination', siret: 'cfaSiret', debut: 'dateDebut', fin: 'dateFinEpreuves' },
  professionnalisation: { personne: 'salarie', formation: 'formation', organisme: 'organismeNom', siret: 'organismeSiret', debut: 'dateDebut', fin: 'dateFin' },
  pro_a: { personne: 'salarie', formation: 'action', organisme: 'organismeNom', siret: 'organismeSiret', debut: 'dateDebut', fin: 'dateFin' },
  action_individuelle: { personne: 'stagiaire', formation: 'action', organisme: 'organismeNom', siret: 'organismeSiret', debut: 'dateDebut', fin: 'dateFin' },
};

/**
 * The status by age, as in a portal used for five years: this month's requests are drafts or being
 * examined, this year's mostly agreed, the older ones paid off (soldé), cancelled or refused; drafts
 * left over a year are deleted (RGPD). Percentages per age band.
 */
const PROFILS: [number, [StatutDemande, number][]][] = [
  [30, [['brouillon', 30], ['envoye', 25], ['en_cours_de_traitement', 25], ['a_completer', 12], ['pris_en_charge', 5], ['annule', 3]]],
  [120, [['brouillon', 6], ['envoye', 2], ['en_cours_de_traitement', 10], ['a_completer', 6], ['pris_en_charge', 56], ['refuse', 8], ['annule', 12]]],
  [365, [['brouillon', 3], ['pris_en_charge', 40], ['facturation_en_cours', 30], ['solde', 12], ['refuse', 8], ['annule', 7]]],
  [730, [['pris_en_charge', 12], ['facturation_en_cours', 18], ['solde', 55], ['refuse', 8], ['annule', 7]]],
  [100_000, [['facturation_en_cours', 3], ['solde', 80], ['refuse', 9], ['annule', 8]]],
];

function statutSelonAge(age: string, tirage: string): string {
  const bandes = PROFILS.map(([max, parts]) => {
    let cumul = 0;
    const choix = parts.map(([statut, pct]) => `when ${tirage} < ${(cumul += pct)} then '${statut}'`).join(' ');
    if (cumul !== 100) throw new Error(`profil ${max} j : ${cumul} %`);
    return `when ${age} < ${max} then case ${choix} end`;
  });
  return `(case ${bandes.join(' ')} end)::statut_demande`;
}

/** Training providers: 2 000 names, each with a SIRET that passes the Luhn check. */
function organismes(): { noms: string[]; sirets: string[] } {
  const types = ['CFA', 'Institut', 'Centre de formation', 'École', 'Campus', 'Académie', 'Formation Conseil', 'Compétences'];
  const domaines = ['des Métiers', 'Santé Social', 'du Bâtiment', 'de l’Alimentation', 'du Commerce', 'de la Gestion', 'Numérique', 'de l’Hôtellerie', 'de la Propreté', 'du Transport'];
  const villes = ['Provence', 'Lyon', 'Bretagne', 'Occitanie', 'Île-de-France', 'Nantes', 'Lille', 'Strasbourg', 'Bordeaux', 'Rouen', 'Dijon', 'Nice', 'Tours', 'Grenoble', 'Reims', 'Metz', 'Caen', 'Pau', 'Brest', 'Limoges', 'Amiens', 'Nîmes', 'Angers', 'Toulon', 'Annecy'];
  const noms: string[] = [];
  const sirets: string[] = [];
  for (let i = 0; i < 2_000; i++) {
    noms.push(`${types[i % types.length]} ${domaines[Math.floor(i / types.length) % domaines.length]} ${villes[Math.floor(i / 80) % villes.length]}${i >= 2_000 / 2 ? ` ${1 + (i % 7)}` : ''}`);
    const base = `8${String(10_000_000 + i * 37).padStart(12, '0')}`;
    sirets.push(base + [...'0123456789'].find((c) => respecteLuhn(base + c))!);
  }
  return { noms, sirets };
}

/** The complete form of one scheme with this row's person and training written in (SQL jsonb_set chain). */
function donneesCompletes(d: Dispositif, lignes: { prenom: string; nom: string; intitule: string; organisme: string; siret: string; debut: string; fin: string }): string {
  const b = BLOCS[d];
  const modele = JSON.stringify(exempleComplet(d, '2026-01-01')).replace(/'/g, "''");
  const ecrire = (acc: string, chemin: string, valeur: string) => `jsonb_set(${acc}, '{${chemin}}', to_jsonb(${valeur}))`;
  let expr = `'${modele}'::jsonb`;
  expr = ecrire(expr, `${b.personne},prenom`, lignes.prenom);
  expr = ecrire(expr, `${b.personne},nom`, lignes.nom);
  expr = ecrire(expr, `${b.formation},intitule`, lignes.intitule);
  expr = ecrire(expr, `${b.formation},${b.organisme}`, lignes.organisme);
  expr = ecrire(expr, `${b.formation},${b.siret}`, lignes.siret);
  expr = ecrire(expr, `${b.formation},${b.debut}`, lignes.debut);
  return ecrire(expr, `${b.formation},${b.fin}`, lignes.fin);
}

/** The small content of every other request: just what the lists and the dossier header read, in the form's places. */
function donneesReduites(d: Dispositif, l: { prenom: string; nom: string; intitule: string; organisme: string; siret: string; debut: string; fin: string }): string {
  const b = BLOCS[d];
  return `jsonb_build_object('${b.personne}', jsonb_build_object('prenom', ${l.prenom}, 'nom', ${l.nom}), '${b.formation}', jsonb_build_object('intitule', ${l.intitule}, '${b.organisme}', ${l.organisme}, '${b.siret}', ${l.siret}, '${b.debut}', ${l.debut}, '${b.fin}', ${l.fin}))`;
}

const secondes = (debut: number) => ((performance.now() - debut) / 1000).toFixed(1);

export type EtatVolumetrie = { version: number; echelle: number; tailles: typeof TAILLES; genereLe: string; dureeSecondes: number; etapes: Record<string, number> };

const estCeluiCi = (etat: EtatVolumetrie | undefined): etat is EtatVolumetrie => etat?.version === VERSION && etat.echelle === ECHELLE;

/**
 * The data set's database, one per scale, in `dossier`. Its marker file is written once the generation
 * is complete: without it (first run, interrupted run, older generator) the database is dropped and made again.
 */
export function optionsVolumetrie(dossier: string): OptionsBanc & { base: string } {
  const base = `mse_volumetrie_${String(ECHELLE).replace(/\W/g, '_')}`;
  const fichier = path.join(dossier, `${base}.json`);
  const etat = fs.existsSync(fichier) ? (JSON.parse(fs.readFileSync(fichier, 'utf8')) as EtatVolumetrie) : undefined;
  return { dossier, base, neuve: !estCeluiCi(etat) };
}

/** The data set, generated unless this database already holds it complete; returns what was generated and when. */
export async function preparerVolumetrie(banc: Banc, options: OptionsBanc & { base: string }): Promise<EtatVolumetrie & { reprise: boolean }> {
  const client = await banc.database.pool.connect();
  try {
    await client.query('create table if not exists banc_volumetrie (cle text primary key, valeur jsonb not null)');
    const { rows } = await client.query<{ valeur: EtatVolumetrie }>("select valeur from banc_volumetrie where cle = 'etat'");
    if (!options.neuve && estCeluiCi(rows[0]?.valeur)) return { ...rows[0]!.valeur, reprise: true };
    const { rows: annuaire } = await client.query<{ n: string }>('select count(*) as n from etablissements');
    if (Number(annuaire[0]!.n) > 1_000) throw new Error(`La base ${options.base} contient un jeu de données inattendu : supprimez ${options.dossier} et relancez.`);
    const etat = await generer(client);
    await client.query("insert into banc_volumetrie (cle, valeur) values ('etat', $1) on conflict (cle) do update set valeur = excluded.valeur", [etat]);
    if (options.dossier) fs.writeFileSync(path.join(options.dossier, `${options.base}.json`), JSON.stringify(etat, null, 2));
    return { ...etat, reprise: false };
  } finally {
    client.release();
  }
}

async function generer(client: PoolClient): Promise<EtatVolumetrie> {
  const debut = performance.now();
  const etapes: Record<string, number> = {};
  const etape = async (nom: string, travail: () => Promise<void>) => {
    const t = performance.now();
    await travail();
    etapes[nom] = Number(secondes(t));
    console.log(`  ${nom} : ${etapes[nom]} s`);
  };
  const maintenant = new Date();
  const N = TAILLES.demandes;
  const E = TAILLES.etablissements;
  console.log(`Génération (échelle ${ECHELLE}) : ${E.toLocaleString('fr-FR')} établissements, ${N.toLocaleString('fr-FR')} demandes, ${TAILLES.remboursements.toLocaleString('fr-FR')} remboursements`);
  await client.query("set maintenance_work_mem = '1GB'; set work_mem = '256MB'; set synchronous_commit = off; set max_parallel_maintenance_workers = 2");
  // SIRET = 13 digits and their Luhn key (every second digit from the right doubled).
  await client.query(`create function pg_temp.siret_luhn(base text) returns text language sql immutable as $$
    select base || ((10 - sum(case when i % 2 = 1 then case when d * 2 > 9 then d * 2 - 9 else d * 2 end else d end) % 10) % 10)::text
    from (select i, substr(base, i, 1)::int as d from generate_series(1, 13) i) c $$`);

  await etape('établissements, comptes et accès', async () => {
    await sansIndexNiCles(client, 'etablissements', async () => {
      await client.query(
        `insert into etablissements (id, siret, siren, raison_sociale, adresse, code_postal, ville, naf, idcc, effectif_entreprise, date_adhesion, numero_adherent)
         select ${uuid('g')}, s.siret, substr(s.siret, 1, 9),
                case when g <= $2 then 'CABINET ALPHA COMPTA — SITE ' || g when g < $3 then 'RÉSEAU SERVICES DOMICILE — AGENCE ' || (g - $2) else 'ENTREPRISE ' || g end,
                g || ' rue du Banc', lpad((1000 + g % 94000)::text, 5, '0'), 'VILLE ' || (g % 3000), '8810A',
                (array['0843','3127','2596','1978','1996'])[1 + g % 5], 1 + g % 250, date '2012-01-01' + (g % 4000), 'BN' || g
         from generate_series(1, $1::int) g
         cross join lateral (select pg_temp.siret_luhn('4' || lpad(g::text, 12, '0')) as siret) s`,
        [E, COMPTABLE.etablissements, PREMIER_AUTRE],
      );
    });
    // Account 1: the accountant (establishments 1–40); account 41: the network (41–440); then one each.
    await client.query(`insert into comptes (id, cree_le) select ${uuid('g')}, date '2012-01-01' + (g % 4000) from generate_series(1, $1::int) g where g in (1, $2) or g >= $3`, [
      E, COMPTABLE.etablissements + 1, PREMIER_AUTRE,
    ]);
    await sansIndexNiCles(client, 'compte_etablissements', async () => {
      await client.query(
        `insert into compte_etablissements (compte_id, etablissement_id)
         select ${uuid('case when g <= $2 then 1 when g < $3 then $2 + 1 else g end')}, ${uuid('g')} from generate_series(1, $1::int) g`,
        [E, COMPTABLE.etablissements, PREMIER_AUTRE],
      );
    });
    const hash = await hacherMotDePasse(MOT_DE_PASSE_DEMO);
    await client.query(
      `insert into utilisateurs (email, mot_de_passe_hash, civilite, nom, prenom, fonction, role, compte_id, email_confirme_le)
       values ($1, $3, 'Mme', 'ALPHA', 'Agnès', 'Expert-comptable', 'proprietaire', ${uuid('1')}, now()),
              ($2, $3, 'M.', 'RÉSEAU', 'Marc', 'Responsable formation', 'proprietaire', ${uuid(String(COMPTABLE.etablissements + 1))}, now())`,
      [COMPTABLE.email, RESEAU.email, hash],
    );
  });

  // Rows g in time order over five calendar years up to today: year y holds rows [depart[y], depart[y+1]).
  const anneeFin = maintenant.getUTCFullYear();
  const debutPeriode = Date.UTC(anneeFin - 4, 0, 1);
  const departs: number[] = [];
  for (let a = anneeFin - 4; a <= anneeFin + 1; a++) departs.push(1 + Math.floor(((Math.min(Date.UTC(a, 0, 1), maintenant.getTime()) - debutPeriode) / (maintenant.getTime() - debutPeriode)) * N));
  departs[departs.length - 1] = N + 1;
  const org = organismes();
  // Ranks after those the demo data already took (its dossier and reimbursement numbers stay unique).
  const { rows: deja } = await client.query<{ rang: number }>(
    `select greatest((select coalesce(max(dernier), 0) from compteurs_dossiers), (select coalesce(max(split_part(numero, '-', 3)::int), 0) from remboursements),
                     (select coalesce(max(split_part(numero, '-', 3)::int), 0) from demandes)) as rang`,
  );
  const decalage = deja[0]!.rang;
  const dispositifSql = `(array[${DISPOSITIFS.map((d) => `'${d}'`).join(',')}]::dispositif[])`;
  const par = (f: (d: Dispositif) => string) => `case g % 4 ${DISPOSITIFS.map((x, i) => `when ${i} then ${f(x)}`).join(' ')} end`;
  const champs = { prenom: 'p.prenom', nom: 'p.nom', intitule: 't.intitule', organisme: 'o.nom', siret: 'o.siret', debut: "to_char(f.debut, 'YYYY-MM-DD')", fin: "to_char(f.fin, 'YYYY-MM-DD')" };
  const intitulesSql = par((d) => `(array[${INTITULES[d].map((t) => `'${t.replace(/'/g, "''")}'`).join(',')}])[1 + ${hasard('g', 3, INTITULES[d].length)}]`);
  const montantSql = par((d) => `${ECHELLES_DISPOSITIF[d].montant[0]} + ${hasard('g', 4, ECHELLES_DISPOSITIF[d].montant[1])}`);
  const dureeSql = par((d) => `${ECHELLES_DISPOSITIF[d].duree[0]} + ${hasard('g', 5, ECHELLES_DISPOSITIF[d].duree[1])}`);
  const compteSql = `case when g % ${COMPTABLE.pas} = ${COMPTABLE.reste} then 1 when g % ${RESEAU.pas} = ${RESEAU.reste} then ${COMPTABLE.etablissements + 1} else 0 end`;

  await etape('demandes', async () => {
    const t = performance.now();
    await sansIndexNiCles(client, 'demandes', async () => {
      await client.query(
        `insert into demandes (id, numero, dispositif, statut, compte_id, etablissement_id, donnees, version, beneficiaire, intitule_formation, organisme, organisme_siret,
                               date_debut, date_fin, montant_estime_centimes, montant_engage_centimes, envoye_le, dossier_complet_le, decide_le, cree_le, modifie_le)
         select ${uuid('g')},
                case when s.statut <> 'brouillon' then (array[${DISPOSITIFS.map((d) => `'${PREFIXES_DOSSIER[d]}'`).join(',')}])[1 + g % 4] || '-' || a.annee || '-' || lpad(($11::int + 1 + (g - a.depart) / 4)::text, 6, '0') end,
                ${dispositifSql}[1 + g % 4], s.statut, ${uuid('c.compte')}, ${uuid('c.etablissement')},
                case when c.mesure then ${par((d) => donneesCompletes(d, champs))} else ${par((d) => donneesReduites(d, champs))} end,
                1 + ${hasard('g', 6, 8)}, p.prenom || ' ' || p.nom, t.intitule, o.nom, o.siret, f.debut, f.fin, m.montant,
                case when s.statut in ('pris_en_charge', 'facturation_en_cours', 'solde') then m.montant end,
                case when s.statut <> 'brouillon' then h.envoye end,
                case when s.statut <> 'brouillon' then h.envoye + interval '1 day' * (s.statut = 'a_completer')::int end,
                case when s.statut in ('pris_en_charge', 'facturation_en_cours', 'solde', 'refuse') then h.decide end,
                h.cree, h.modifie
         from generate_series(1, $1::int) g
         cross join lateral (select annee, depart, suivant from unnest($2::int[], $3::int[], $4::int[]) as y(annee, depart, suivant) where g >= depart and g < suivant) a
         cross join lateral (select make_timestamptz(a.annee, 1, 1, 0, 0, 0, 'UTC')
                                    + (least($5::timestamptz, make_timestamptz(a.annee + 1, 1, 1, 0, 0, 0, 'UTC')) - make_timestamptz(a.annee, 1, 1, 0, 0, 0, 'UTC'))
                                      * ((g - a.depart)::float8 / (a.suivant - a.depart)) as cree) t0
         cross join lateral (select extract(epoch from $5::timestamptz - t0.cree) / 86400 as age, ${hasard('g', 1, 100)} as tirage) x
         cross join lateral (select ${statutSelonAge('x.age', 'x.tirage')} as statut) s
         cross join lateral (select case ${compteSql} when 1 then 1 + (g / ${COMPTABLE.pas}) % ${COMPTABLE.etablissements}
                                                      when ${COMPTABLE.etablissements + 1} then ${COMPTABLE.etablissements + 1} + (g / ${RESEAU.pas}) % ${RESEAU.etablissements}
                                                      else ${PREMIER_AUTRE} + (g::bigint * 7919) % ($6::int - ${PREMIER_AUTRE - 1}) end as etablissement,
                                    ${compteSql} as compte0) c0
         cross join lateral (select c0.etablissement, case when c0.compte0 = 0 then c0.etablissement else c0.compte0 end as compte, c0.compte0 > 0 as mesure) c
         cross join lateral (select $7::text[] as prenoms, $8::text[] as noms) l
         cross join lateral (select l.prenoms[1 + ${hasard('g', 11, PRENOMS.length)}] as prenom, l.noms[1 + ${hasard('g', 12, NOMS.length)}] as nom) p
         cross join lateral (select ${intitulesSql} as intitule) t
         cross join lateral (select ($9::text[])[1 + ${hasard('g', 13, 2_000)}] as nom, ($10::text[])[1 + ${hasard('g', 13, 2_000)}] as siret) o
         cross join lateral (select ${montantSql} as montant) m
         cross join lateral (select t0.cree + interval '1 minute' * ${hasard('g', 7, 4 * 1440)} as envoye) e
         cross join lateral (select (e.envoye + interval '1 day' * (15 + ${hasard('g', 8, 45)}))::date as debut) f1
         cross join lateral (select f1.debut as debut, f1.debut + ${dureeSql} as fin) f
         cross join lateral (select t0.cree as cree, least(e.envoye, $5::timestamptz) as envoye, least(e.envoye + interval '1 day' * (5 + ${hasard('g', 9, 20)}), $5::timestamptz) as decide,
                                    least($5::timestamptz - interval '1 second' * ${hasard('g', 10, 3600)},
                                          case s.statut when 'brouillon' then t0.cree + interval '1 hour' * ${hasard('g', 14, 72)}
                                                        when 'envoye' then e.envoye
                                                        when 'solde' then f.fin + interval '60 days'
                                                        when 'facturation_en_cours' then greatest(f.fin::timestamptz, e.envoye + interval '30 days')
                                                        else e.envoye + interval '1 day' * (5 + ${hasard('g', 9, 20)}) end) as modifie) h`,
        [
          N,
          departs.slice(0, -1).map((_, i) => anneeFin - 4 + i),
          departs.slice(0, -1),
          departs.slice(1),
          maintenant.toISOString(),
          E,
          PRENOMS,
          NOMS,
          org.noms,
          org.sirets,
          decalage,
        ],
      );
      console.log(`    insertion : ${secondes(t)} s (puis index reconstruits)`);
    });
  });

  await etape('historique des demandes des deux comptes mesurés', async () => {
    // Every step from creation to the current status, as the state machine allows them (checked here).
    const pas: { statut: StatutDemande; rang: number; etapes: number; action: string; de: string | null; vers: string; acteur: string; motif: string | null }[] = [];
    for (const [statut, chemin] of Object.entries(CHEMINS) as [StatutDemande, (keyof typeof ACTEURS)[]][]) {
      pas.push({ statut, rang: 0, etapes: chemin.length, action: 'creer', de: null, vers: 'brouillon', acteur: 'entreprise', motif: null });
      let courant: StatutDemande = 'brouillon';
      chemin.forEach((action, k) => {
        const r = transition(courant, action);
        if (!r.ok) throw new Error(r.message);
        pas.push({ statut, rang: k + 1, etapes: chemin.length, action, de: courant, vers: r.statut, acteur: ACTEURS[action], motif: MOTIFS[action]?.('apprentissage') ?? null });
        courant = r.statut;
      });
    }
    await sansIndexNiCles(client, 'historique_demandes', async () => {
      await client.query(
        `insert into historique_demandes (demande_id, action, de, vers, acteur, motif, cree_le)
         select d.id, p.action, p.de::statut_demande, p.vers::statut_demande, p.acteur, p.motif,
                d.cree_le + (d.modifie_le - d.cree_le) * (p.rang::float8 / greatest(1, p.etapes))
         from demandes d
         join unnest($1::text[], $2::int[], $8::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) as p(statut, rang, etapes, action, de, vers, acteur, motif) on p.statut = d.statut::text
         where d.compte_id in (${uuid('1')}, ${uuid(String(COMPTABLE.etablissements + 1))})
         order by d.id, p.rang`,
        [pas.map((p) => p.statut), pas.map((p) => p.rang), pas.map((p) => p.action), pas.map((p) => p.de), pas.map((p) => p.vers), pas.map((p) => p.acteur), pas.map((p) => p.motif), pas.map((p) => p.etapes)],
      );
    });
  });

  await etape('remboursements', async () => {
    const { rows } = await client.query<{ n: string }>("select count(*) as n from demandes where statut in ('pris_en_charge', 'facturation_en_cours', 'solde')");
    const eligibles = Number(rows[0]!.n);
    const moyenne = TAILLES.remboursements / Math.max(1, eligibles);
    const entier = Math.floor(moyenne);
    const millieme = Math.round((moyenne - entier) * 1000);
    await sansIndexNiCles(client, 'remboursements', async () => {
      await client.query(
        `insert into remboursements (id, numero, demande_id, compte_id, etablissement_id, dispositif, beneficiaire, statut, donnees, montant_demande_centimes,
                                     montant_accepte_centimes, montant_paye_centimes, motif_refus, accepte_le, paye_le, reference_paiement, cree_le, modifie_le)
         select ${uuid('r.rang')}, 'RB-' || extract(year from r.cree)::int || '-' || lpad(($3::int + row_number() over (partition by extract(year from r.cree) order by r.cree, r.rang))::text, 6, '0'),
                r.demande_id, r.compte_id, r.etablissement_id, r.dispositif, r.beneficiaire, r.statut,
                jsonb_build_object('montants', jsonb_build_object('pedagogie', r.montant), 'stagiaires', jsonb_build_array(jsonb_build_object('nom', r.beneficiaire, 'heuresRealisees', 35 * r.k)), 'derniereDemande', r.k = r.nombre),
                r.montant, case when r.statut = 'paye' then r.montant end, case when r.statut = 'paye' then r.montant end,
                case when r.statut = 'refuse' then 'Certificat de réalisation manquant ou non signé.' end,
                case when r.statut = 'paye' then r.cree + interval '10 days' end,
                case when r.statut = 'paye' then (r.cree + interval '20 days')::date end,
                case when r.statut = 'paye' then 'VIR-' || to_char(r.cree + interval '20 days', 'YYYYMMDD') || '-' || r.rang end,
                r.cree, case when r.statut = 'a_venir' then r.cree else r.cree + interval '20 days' end
         from (
           select row_number() over () as rang, d.id as demande_id, d.compte_id, d.etablissement_id, d.dispositif, d.beneficiaire, k, n.nombre,
                  greatest(1, d.montant_engage_centimes / n.nombre) as montant,
                  least(d.modifie_le, d.decide_le + (d.modifie_le - d.decide_le) * (k::float8 / (n.nombre + 1)) + interval '1 hour') as cree,
                  (case when ${hasard('(hashtext(d.id::text) + k)', 21, 100)} < 4 then 'refuse'
                        when d.statut = 'solde' or k < n.nombre then 'paye'
                        else 'a_venir' end)::statut_remboursement as statut
           from demandes d
           cross join lateral (select $1::int + (${hasard('hashtext(d.id::text)', 20, 1000)} < $2::int)::int as nombre) n
           cross join lateral generate_series(1, n.nombre) k
           where d.statut in ('pris_en_charge', 'facturation_en_cours', 'solde') and d.decide_le is not null
         ) r`,
        [entier, millieme, decalage],
      );
    });
  });

  await etape('compteurs des numéros de dossier et de remboursement', async () => {
    await client.query(
      `insert into compteurs_dossiers (prefixe, annee, dernier)
       select split_part(numero, '-', 1), split_part(numero, '-', 2)::int, max(split_part(numero, '-', 3)::int)
       from (select numero from demandes where numero is not null union all select numero from remboursements) n group by 1, 2
       on conflict (prefixe, annee) do update set dernier = greatest(compteurs_dossiers.dernier, excluded.dernier)`,
    );
  });

  await etape('vacuum analyze, checkpoint', async () => {
    // What autovacuum does in production: statistics, and the visibility map that allows index-only scans.
    await client.query('vacuum analyze etablissements, comptes, compte_etablissements, utilisateurs, demandes, historique_demandes, remboursements');
    await client.query('checkpoint');
  });
  return { version: VERSION, echelle: ECHELLE, tailles: TAILLES, genereLe: maintenant.toISOString(), dureeSecondes: Number(secondes(debut)), etapes };
}
