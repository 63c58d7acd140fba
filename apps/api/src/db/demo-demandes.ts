/**
 * Fictional funding requests for the demo accounts, in every status and the four schemes, with their
 * dossier numbers and one history row per change of status — enough for the home chart and, later,
 * for "Mes financements" to show something real. Names, providers and SIRETs are invented. Every path
 * through the statuses is checked against the shared state machine, so the demo never shows a
 * history the portal could not produce.
 */
import { donneesUtiles, ecrire, fusionner, type Donnees } from '@mse/shared/demande/formulaire/champs';
import type { EtablissementPrerempli } from '@mse/shared/demande/formulaire/definition';
import { exempleComplet } from '@mse/shared/demande/formulaire/exemples-complets';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { formaterNumeroDossier, prefixeDossier } from '@mse/shared/demande/numero';
import { transition } from '@mse/shared/demande/statut';
import type { ActionDemande, StatutDemande } from '@mse/shared/demande/statut.schema';
import { randomUUID } from 'node:crypto';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './database';
import { COMPTES_DEMO, PERSONNEL_DEMO } from './demo-data';
import { compteEtablissements, compteursDossiers, demandes, etablissements, historiqueDemandes, utilisateurs } from './schema';

type Executeur = Pick<Db, 'select' | 'insert'>;

const JOUR_MS = 86_400_000;

type Formation = { intitule: string; heures: number; organisme: number; rncp?: string; npecAnnuel?: number; mois: number };

/** Training providers (fictional; SIRETs pass the Luhn check). */
const ORGANISMES: { raisonSociale: string; siret: string }[] = [
  { raisonSociale: 'CFA Sanitaire et Social Provence', siret: '81234567600017' },
  { raisonSociale: 'Institut Méditerranéen de Formation Sociale', siret: '79876543400013' },
  { raisonSociale: 'Centre de Formation des Métiers du Domicile', siret: '84512367800011' },
  { raisonSociale: 'Prévention Santé Travail Formation', siret: '80246813200013' },
  { raisonSociale: 'Campus Santé Social Aix', siret: '83691472100011' },
  { raisonSociale: 'CFA des Métiers de l’Alimentation', siret: '78123456200010' },
  { raisonSociale: 'Hygiène Pro Formation', siret: '85274196600018' },
  { raisonSociale: 'École des Fleuristes de l’Ouest', siret: '82963741200018' },
  { raisonSociale: 'Compétences Clés Formation', siret: '79531864100011' },
  { raisonSociale: 'Institut du Management de Proximité', siret: '84120937200017' },
];

const FORMATIONS_AIDE_A_DOMICILE: Record<Dispositif, Formation[]> = {
  apprentissage: [
    { intitule: 'Diplôme d’État d’accompagnant éducatif et social (DEAES)', heures: 567, organisme: 0, rncp: 'RNCP36004', npecAnnuel: 7_650, mois: 18 },
    { intitule: 'BTS Services et prestations des secteurs sanitaire et social', heures: 1_350, organisme: 4, rncp: 'RNCP35691', npecAnnuel: 8_250, mois: 24 },
    { intitule: 'CAP Accompagnant éducatif petite enfance', heures: 800, organisme: 0, rncp: 'RNCP38565', npecAnnuel: 6_900, mois: 24 },
    { intitule: 'Titre professionnel Assistant de vie aux familles', heures: 644, organisme: 2, rncp: 'RNCP35506', npecAnnuel: 7_100, mois: 12 },
  ],
  professionnalisation: [
    { intitule: 'Titre professionnel Assistant de vie aux familles (ADVF)', heures: 644, organisme: 2, rncp: 'RNCP35506', mois: 9 },
    { intitule: 'Titre professionnel Responsable de petite et moyenne structure', heures: 588, organisme: 9, rncp: 'RNCP38040', mois: 12 },
    { intitule: 'CQP Assistant de vie dépendance', heures: 420, organisme: 1, mois: 8 },
  ],
  pro_a: [
    { intitule: 'Titre professionnel Encadrant technique d’insertion', heures: 455, organisme: 9, rncp: 'RNCP35184', mois: 10 },
    { intitule: 'CléA – socle de connaissances et de compétences professionnelles', heures: 120, organisme: 8, mois: 6 },
    { intitule: 'Titre professionnel Assistant de vie aux familles – reconversion', heures: 644, organisme: 2, rncp: 'RNCP35506', mois: 9 },
  ],
  action_individuelle: [
    { intitule: 'Gestes et postures : prévention des troubles musculo-squelettiques', heures: 14, organisme: 3, mois: 0 },
    { intitule: 'Accompagner une personne atteinte de la maladie d’Alzheimer', heures: 21, organisme: 1, mois: 0 },
  ],
};

const BENEFICIAIRES = [
  'Inès Benali', 'Lucas Fabre', 'Manon Girard', 'Yanis Haddad', 'Chloé Rousseau', 'Théo Marchand', 'Léa Vidal', 'Nathan Colin',
  'Sarah Lopez', 'Hugo Lambert', 'Camille Faure', 'Mehdi Cherif', 'Emma Guerin', 'Louis Barbier', 'Jade Morel', 'Enzo Navarro',
  'Lina Mercier', 'Maxime Boyer', 'Zoé Garnier', 'Adam Chevalier', 'Clara Robin', 'Noah Masson', 'Alice Sanchez', 'Rayan Dumas',
  'Anaïs Brunet', 'Tom Blanc', 'Eva Roche', 'Jules Perrin', 'Nina Caron', 'Samuel Renard', 'Louise Aubert', 'Karim Mansouri',
  'Margaux Lemaire', 'Paul Vasseur', 'Sofia Marty', 'Bastien Noël',
];

/** The steps that lead to each status, from creation (every step is checked by the state machine). */
export const CHEMINS: Record<StatutDemande, ActionDemande[]> = {
  brouillon: [],
  envoye: ['soumettre'],
  en_cours_de_traitement: ['soumettre', 'commencerInstruction'],
  a_completer: ['soumettre', 'commencerInstruction', 'demanderComplements'],
  pris_en_charge: ['soumettre', 'commencerInstruction', 'accepter'],
  facturation_en_cours: ['soumettre', 'commencerInstruction', 'demanderComplements', 'completer', 'accepter', 'declarerRealisation'],
  solde: ['soumettre', 'commencerInstruction', 'accepter', 'declarerRealisation', 'solder'],
  annule: ['soumettre', 'commencerInstruction', 'annuler'],
  refuse: ['soumettre', 'commencerInstruction', 'refuser'],
};

export const ACTEURS: Record<ActionDemande, 'entreprise' | 'opco'> = {
  soumettre: 'entreprise', completer: 'entreprise', annuler: 'entreprise', declarerRealisation: 'entreprise',
  commencerInstruction: 'opco', demanderComplements: 'opco', accepter: 'opco', refuser: 'opco', solder: 'opco',
};

export const MOTIFS: Partial<Record<ActionDemande, (d: Dispositif) => string>> = {
  demanderComplements: (d) => (d === 'apprentissage' ? 'Convention de formation non signée par le CFA.' : 'Programme de la formation manquant.'),
  annuler: () => 'Le salarié a quitté l’entreprise avant le début de la formation.',
  refuser: (d) =>
    ({
      apprentissage: 'Le maître d’apprentissage ne justifie pas de l’expérience professionnelle requise.',
      professionnalisation: 'La rémunération prévue est inférieure au minimum légal pour l’âge du salarié.',
      pro_a: 'Certification absente de la liste fixée par l’accord de branche pour la Pro-A.',
      action_individuelle: 'Entreprise de 50 salariés et plus : l’action individuelle n’est financée qu’aux entreprises de moins de 50 salariés.',
    })[d],
};

/** How long ago each kind of request was created (days): drafts are recent, archived ones older. */
const AGE_JOURS: Record<StatutDemande, [number, number]> = {
  brouillon: [1, 20], envoye: [2, 6], en_cours_de_traitement: [6, 16], a_completer: [10, 25], pris_en_charge: [30, 120],
  facturation_en_cours: [150, 300], solde: [300, 600], annule: [40, 200], refuse: [20, 150],
};

type Plan = { statut: StatutDemande; dispositif: Dispositif; formation: Formation };

function planAideADomicile(): Plan[] {
  const repartition: [StatutDemande, number][] = [
    ['brouillon', 4], ['envoye', 4], ['en_cours_de_traitement', 5], ['a_completer', 3], ['pris_en_charge', 6],
    ['facturation_en_cours', 3], ['solde', 5], ['annule', 2], ['refuse', 2],
  ];
  const alternance: Dispositif[] = ['apprentissage', 'professionnalisation', 'apprentissage', 'pro_a'];
  const plans: Plan[] = [];
  let i = 0;
  for (const [statut, n] of repartition) {
    for (let k = 0; k < n; k++, i++) {
      const dispositif = alternance[i % alternance.length]!;
      const catalogue = FORMATIONS_AIDE_A_DOMICILE[dispositif];
      plans.push({ statut, dispositif, formation: catalogue[i % catalogue.length]! });
    }
  }
  // A company of 214 employees asking for an action individuelle: a draft, and one refused for its size.
  const [gestes, alzheimer] = FORMATIONS_AIDE_A_DOMICILE.action_individuelle;
  plans.push({ statut: 'brouillon', dispositif: 'action_individuelle', formation: gestes! });
  plans.push({ statut: 'refuse', dispositif: 'action_individuelle', formation: alzheimer! });
  return plans;
}

const PLAN_BOULANGER: Plan[] = [
  { statut: 'en_cours_de_traitement', dispositif: 'apprentissage', formation: { intitule: 'CAP Boulanger', heures: 800, organisme: 5, rncp: 'RNCP37521', npecAnnuel: 7_235, mois: 24 } },
  { statut: 'solde', dispositif: 'apprentissage', formation: { intitule: 'Mention complémentaire Pâtisserie boulangère', heures: 400, organisme: 5, rncp: 'RNCP37512', npecAnnuel: 6_980, mois: 12 } },
  { statut: 'envoye', dispositif: 'professionnalisation', formation: { intitule: 'CQP Vendeur-conseil en boulangerie-pâtisserie', heures: 350, organisme: 5, mois: 12 } },
  { statut: 'pris_en_charge', dispositif: 'action_individuelle', formation: { intitule: 'Hygiène alimentaire en restauration commerciale (HACCP)', heures: 14, organisme: 6, mois: 0 } },
  { statut: 'brouillon', dispositif: 'action_individuelle', formation: { intitule: 'Levain naturel et panification sur poolish', heures: 21, organisme: 5, mois: 0 } },
];

const PLAN_FLEURISTE: Plan[] = [
  { statut: 'solde', dispositif: 'apprentissage', formation: { intitule: 'CAP Fleuriste', heures: 800, organisme: 7, rncp: 'RNCP37536', npecAnnuel: 6_540, mois: 24 } },
  { statut: 'annule', dispositif: 'action_individuelle', formation: { intitule: 'Art floral : compositions pour mariages et événements', heures: 21, organisme: 7, mois: 0 } },
];

/** Estimated amount in cents: NPEC prorated to the contract, branch hourly forfait, or hours × rate. */
function montantEstime(dispositif: Dispositif, f: Formation): number {
  switch (dispositif) {
    case 'apprentissage':
      return Math.round(((f.npecAnnuel ?? 6_000) * 100 * f.mois) / 12);
    case 'professionnalisation':
      return f.heures * 915;
    case 'pro_a':
      return Math.min(f.heures * 915, 300_000);
    case 'action_individuelle':
      return f.heures * 3_300;
  }
}

const dateIso = (d: Date) => d.toISOString().slice(0, 10);
const plusJours = (d: Date, jours: number) => new Date(d.getTime() + jours * JOUR_MS);

const BLOCS: Record<Dispositif, { personne: string; intitule: string; organisme: string; siret: string }> = {
  apprentissage: { personne: 'apprenti', intitule: 'formation.intitule', organisme: 'formation.cfaDenomination', siret: 'formation.cfaSiret' },
  professionnalisation: { personne: 'salarie', intitule: 'formation.intitule', organisme: 'formation.organismeNom', siret: 'formation.organismeSiret' },
  pro_a: { personne: 'salarie', intitule: 'action.intitule', organisme: 'action.organismeNom', siret: 'action.organismeSiret' },
  action_individuelle: { personne: 'stagiaire', intitule: 'action.intitule', organisme: 'action.organismeNom', siret: 'action.organismeSiret' },
};

/**
 * A whole request, as the form would have sent it on that day: the shared complete example (dates
 * around the sending, filed in time), the establishment's employer block, and this request's person,
 * training and provider — so that a gestionnaire examining the demo sees a real file.
 */
function contenuDemo(
  dispositif: Dispositif,
  p: { prenom: string; nom: string; formation: Formation; organisme: { raisonSociale: string; siret: string }; etablissement: EtablissementPrerempli; envoi: Date },
): Donnees {
  const definition = FORMULAIRES[dispositif];
  const exemple = exempleComplet(dispositif, dateIso(p.envoi));
  const { typeEmployeur, employeurSpecifique } = (exemple.employeur ?? {}) as Donnees;
  let d = fusionner({ ...exemple, employeur: dispositif === 'apprentissage' ? { typeEmployeur, employeurSpecifique } : {} }, definition.preremplir(p.etablissement));
  const blocs = BLOCS[dispositif];
  d = ecrire(ecrire(d, `${blocs.personne}.prenom`, p.prenom), `${blocs.personne}.nom`, p.nom);
  d = ecrire(ecrire(ecrire(d, blocs.intitule, p.formation.intitule), blocs.organisme, p.organisme.raisonSociale), blocs.siret, p.organisme.siret);
  if (dispositif === 'apprentissage' && p.formation.rncp) d = ecrire(d, 'formation.rncp', p.formation.rncp);
  return donneesUtiles(definition.etapes, d);
}

type Ligne = {
  demande: typeof demandes.$inferInsert & { id: string };
  historique: (typeof historiqueDemandes.$inferInsert)[];
};

/** Loads the demo requests; called by the seed, in its transaction, after the accounts and staff exist. */
export async function chargerDemandesDemo(db: Executeur, now: Date): Promise<void> {
  const [gestionnaire] = await db.select({ id: utilisateurs.id }).from(utilisateurs).where(eq(utilisateurs.email, PERSONNEL_DEMO[0]!.email));
  const proprietaires = await db
    .select({ id: utilisateurs.id, email: utilisateurs.email, compteId: utilisateurs.compteId })
    .from(utilisateurs)
    .where(inArray(utilisateurs.email, COMPTES_DEMO.map((c) => c.email)));
  const plans: Record<string, Plan[]> = {
    'cecile.moreau@aidomi-provence.test': planAideADomicile(),
    'julien.martin@au-pain-dore.test': PLAN_BOULANGER,
    'sophie.bernard@fleurs-de-lys.test': PLAN_FLEURISTE,
  };

  const lignes: Ligne[] = [];
  let b = 0;
  for (const p of proprietaires) {
    if (!p.compteId) continue;
    const sites = await db
      .select({
        id: etablissements.id,
        siret: etablissements.siret,
        raisonSociale: etablissements.raisonSociale,
        adresse: etablissements.adresse,
        codePostal: etablissements.codePostal,
        ville: etablissements.ville,
        naf: etablissements.naf,
        idcc: etablissements.idcc,
        effectif: etablissements.effectifEntreprise,
      })
      .from(compteEtablissements)
      .innerJoin(etablissements, eq(etablissements.id, compteEtablissements.etablissementId))
      .where(eq(compteEtablissements.compteId, p.compteId))
      .orderBy(asc(etablissements.siret));
    (plans[p.email] ?? []).forEach((plan, i) => {
      const beneficiaire = BENEFICIAIRES[b++ % BENEFICIAIRES.length]!;
      lignes.push(construire(plan, i, { compteId: p.compteId!, etablissement: sites[(i * 5) % sites.length]!, proprietaireId: p.id, gestionnaireId: gestionnaire?.id ?? null, beneficiaire, now }));
    });
  }

  // Dossier numbers in the order the requests were sent, per scheme and year, as the portal gives them.
  const compteurs = new Map<string, { prefixe: string; annee: number; dernier: number }>();
  for (const l of [...lignes].filter((l) => l.demande.envoyeLe).sort((x, y) => x.demande.envoyeLe!.getTime() - y.demande.envoyeLe!.getTime())) {
    const annee = l.demande.envoyeLe!.getUTCFullYear();
    const cle = `${prefixeDossier(l.demande.dispositif)}-${annee}`;
    const compteur = compteurs.get(cle) ?? { prefixe: prefixeDossier(l.demande.dispositif), annee, dernier: 0 };
    compteur.dernier += 1;
    compteurs.set(cle, compteur);
    l.demande.numero = formaterNumeroDossier(l.demande.dispositif, annee, compteur.dernier);
  }

  if (lignes.length === 0) return;
  await db.insert(demandes).values(lignes.map((l) => l.demande));
  await db.insert(historiqueDemandes).values(lignes.flatMap((l) => l.historique));
  if (compteurs.size) {
    await db
      .insert(compteursDossiers)
      .values([...compteurs.values()])
      .onConflictDoUpdate({ target: [compteursDossiers.prefixe, compteursDossiers.annee], set: { dernier: sql`greatest(${compteursDossiers.dernier}, excluded.dernier)` } });
  }
}

function construire(
  plan: Plan,
  rang: number,
  c: { compteId: string; etablissement: EtablissementPrerempli & { id: string }; proprietaireId: string; gestionnaireId: string | null; beneficiaire: string; now: Date },
): Ligne {
  const { statut, dispositif, formation: f } = plan;
  const [min, max] = AGE_JOURS[statut];
  const age = min + ((rang * 7) % (max - min + 1));
  const creeLe = plusJours(c.now, -age);
  const chemin = CHEMINS[statut];
  // Steps spread between creation and today; the last one is the request's last change.
  const instants = chemin.map((_, k) => new Date(creeLe.getTime() + Math.round(((k + 1) * age * JOUR_MS) / (chemin.length + 1))));
  const id = randomUUID();
  const [prenom, ...noms] = c.beneficiaire.split(' ');
  const organisme = ORGANISMES[f.organisme]!;

  const historique: Ligne['historique'] = [
    { demandeId: id, action: 'creer', de: null, vers: 'brouillon', acteur: 'entreprise', utilisateurId: c.proprietaireId, creeLe },
  ];
  let courant: StatutDemande = 'brouillon';
  let envoyeLe: Date | null = null;
  let dossierCompletLe: Date | null = null;
  let decideLe: Date | null = null;
  chemin.forEach((action, k) => {
    const r = transition(courant, action);
    if (!r.ok) throw new Error(`démo incohérente : ${r.message}`);
    const quand = instants[k]!;
    const acteur = ACTEURS[action];
    historique.push({
      demandeId: id,
      action,
      de: courant,
      vers: r.statut,
      acteur,
      utilisateurId: acteur === 'entreprise' ? c.proprietaireId : c.gestionnaireId,
      motif: MOTIFS[action]?.(dispositif) ?? null,
      creeLe: quand,
    });
    if (action === 'soumettre') envoyeLe = dossierCompletLe = quand;
    if (action === 'completer') dossierCompletLe = quand;
    if (action === 'accepter' || action === 'refuser') decideLe = quand;
    courant = r.statut;
  });
  if (courant !== statut) throw new Error(`démo incohérente : ${statut} attendu, ${courant} obtenu`);

  const donnees = contenuDemo(dispositif, { prenom: prenom!, nom: noms.join(' '), formation: f, organisme, etablissement: c.etablissement, envoi: envoyeLe ?? c.now });
  const resume = FORMULAIRES[dispositif].resume(donnees);
  const estime = montantEstime(dispositif, f);
  const engage = ['pris_en_charge', 'facturation_en_cours', 'solde'].includes(statut) ? estime : null;
  const instruit = chemin.includes('commencerInstruction');
  return {
    demande: {
      id,
      numero: null,
      dispositif,
      statut,
      compteId: c.compteId,
      etablissementId: c.etablissement.id,
      creePar: c.proprietaireId,
      donnees,
      version: 1 + chemin.length,
      beneficiaire: resume.beneficiaire,
      intituleFormation: resume.intituleFormation,
      organisme: resume.organisme,
      organismeSiret: resume.organismeSiret,
      dateDebut: resume.dateDebut,
      dateFin: resume.dateFin,
      montantEstimeCentimes: estime,
      montantEngageCentimes: engage,
      gestionnaireId: instruit ? c.gestionnaireId : null,
      envoyeLe,
      dossierCompletLe,
      decideLe,
      creeLe,
      modifieLe: instants.at(-1) ?? creeLe,
    },
    historique,
  };
}
