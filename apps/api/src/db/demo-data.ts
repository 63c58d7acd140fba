/**
 * Fictional but realistic demo data: branches of the model OPCO, member companies, the demo accounts
 * listed in the README, and news. Names, addresses and e-mails are invented (".test" domain).
 */
export const MOT_DE_PASSE_DEMO = 'Portail-Demo-2026!';

export const BRANCHES_DEMO = ['0843', '0992', '1000', '1147', '1527', '1619', '1978', '1996', '2205', '2219', '2332', '2596', '3013', '3032', '3127'];

const NAF_PAR_BRANCHE: Record<string, string> = {
  '0843': '1071C', '0992': '4722Z', '1000': '6910Z', '1147': '8621Z', '1527': '6831Z', '1619': '8623Z', '1978': '4776Z',
  '1996': '4773Z', '2205': '6910Z', '2219': '4932Z', '2332': '7111Z', '2596': '9602A', '3013': '4761Z', '3032': '9602B', '3127': '8810A',
};

const ENSEIGNES: Record<string, string[]> = {
  '0843': ['Au Pain Doré', 'Boulangerie du Marché', 'La Fournée des Halles', 'Le Fournil de Léa'],
  '0992': ['Boucherie Gaillard', 'Maison Perrin Boucher'],
  '1000': ['Cabinet Lemoine Avocats', 'SCP Roussel & Faure'],
  '1147': ['Cabinet médical des Tilleuls', 'Maison de santé Pasteur'],
  '1527': ['Agence Immo Horizon', 'Cabinet Mercier Immobilier'],
  '1619': ['Cabinet dentaire du Parc', 'Centre dentaire Saint-Michel'],
  '1978': ['Fleurs de Lys', "L'Atelier Floral", 'Les Jardins de Margaux'],
  '1996': ['Pharmacie de la Gare', 'Pharmacie des Quatre Chemins', 'Grande Pharmacie du Centre'],
  '2205': ['Office notarial Besson', 'SCP Girard et Associés Notaires'],
  '2219': ['Taxis Azur', 'Taxi Gérard Lefèvre'],
  '2332': ['Atelier Kobalt Architectes', 'Agence Durand Architecture'],
  '2596': ['Salon Coiff’Émoi', 'Hair Studio Camille', 'Les Ciseaux d’Or', 'Coiffure Natacha'],
  '3013': ['Librairie Le Chat Lettré', 'Librairie des Remparts'],
  '3032': ['Institut Belle Époque', 'Spa Éclat de Soi'],
  '3127': ['Aide à Domicile Océane', 'Présence Seniors Loire'],
};

const VILLES: [string, string, string][] = [
  ['13002', 'MARSEILLE', 'rue de la République'], ['69003', 'LYON', 'cours Gambetta'], ['59000', 'LILLE', 'rue Nationale'],
  ['44000', 'NANTES', 'rue de Strasbourg'], ['33000', 'BORDEAUX', 'cours Victor Hugo'], ['31000', 'TOULOUSE', 'rue d’Alsace-Lorraine'],
  ['35000', 'RENNES', 'rue de Paris'], ['67000', 'STRASBOURG', 'rue du Faubourg National'], ['34000', 'MONTPELLIER', 'rue Foch'],
  ['21000', 'DIJON', 'rue de la Liberté'], ['37000', 'TOURS', 'rue Nationale'], ['49000', 'ANGERS', 'boulevard Foch'],
  ['29200', 'BREST', 'rue de Siam'], ['54000', 'NANCY', 'rue Saint-Jean'], ['87000', 'LIMOGES', 'avenue Garibaldi'],
];

/** Completes 13 digits with the Luhn key digit (every SIRET/SIREN passes Luhn, DOMAIN.md §6). */
function avecCleLuhn(digits: string): string {
  for (let d = 0; d <= 9; d++) {
    const candidate = digits + d;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let n = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

/** A deterministic pseudo-random sequence, so every demo database is the same. */
function prng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

export type EtablissementDemo = {
  siret: string; siren: string; raisonSociale: string; adresse: string; codePostal: string; ville: string;
  naf: string; idcc: string; effectifEntreprise: number; dateAdhesion: string; numeroAdherent: string;
};

function siren(n: number): string {
  return avecCleLuhn(String(300_000_000 + n * 7_919).slice(0, 8));
}

function siret(sirenValue: string, nic: number): string {
  return avecCleLuhn(sirenValue + String(nic).padStart(4, '0'));
}

/** The multi-establishment group: one SIREN, twelve SIRETs (as in the seed's "(Multi-SIRET)"). */
export function groupeMultiSiret(): EtablissementDemo[] {
  const s = siren(4242);
  const sites: [string, string, string][] = [
    ['13002', 'MARSEILLE', '12 rue de la République'], ['13100', 'AIX-EN-PROVENCE', '4 cours Mirabeau'],
    ['83000', 'TOULON', '27 boulevard de Strasbourg'], ['84000', 'AVIGNON', '9 rue de la République'],
    ['06000', 'NICE', '31 avenue Jean Médecin'], ['30000', 'NÎMES', '15 boulevard Victor Hugo'],
    ['13200', 'ARLES', '6 rue de la Liberté'], ['13500', 'MARTIGUES', '2 quai Brescon'],
    ['83300', 'DRAGUIGNAN', '18 boulevard Clemenceau'], ['04000', 'DIGNE-LES-BAINS', '5 boulevard Gassendi'],
    ['05000', 'GAP', '11 rue Carnot'], ['13400', 'AUBAGNE', '8 cours Foch'],
  ];
  return sites.map(([codePostal, ville, adresse], i) => ({
    siret: siret(s, 11 + i * 10),
    siren: s,
    raisonSociale: i === 0 ? 'AIDOMI PROVENCE' : `AIDOMI PROVENCE – ${ville}`,
    adresse,
    codePostal,
    ville,
    naf: '8810A',
    idcc: '3127',
    effectifEntreprise: 214,
    dateAdhesion: '2019-04-01',
    numeroAdherent: `EP${1_004_200 + i}`,
  }));
}

/** Fifty member companies of all sizes across the demo branches (the first ones of each trade, then branches). */
export function entreprisesMembres(): EtablissementDemo[] {
  const random = prng(2026);
  const enseignes = BRANCHES_DEMO.flatMap((idcc) => (ENSEIGNES[idcc] ?? []).map((nom) => ({ idcc, nom })));
  return Array.from({ length: 50 }, (_, i) => {
    const { idcc, nom } = enseignes[i % enseignes.length]!;
    const [codePostal, ville, rue] = VILLES[Math.floor(random() * VILLES.length)]!;
    const band = random();
    const effectif = band < 0.7 ? 1 + Math.floor(random() * 10) : band < 0.9 ? 11 + Math.floor(random() * 39) : 50 + Math.floor(random() * 150);
    const s = siren(i + 1);
    return {
      siret: siret(s, 17),
      siren: s,
      raisonSociale: (i < enseignes.length ? nom : `${nom} ${ville}`).toUpperCase(),
      adresse: `${1 + Math.floor(random() * 120)} ${rue}`,
      codePostal,
      ville,
      naf: NAF_PAR_BRANCHE[idcc]!,
      idcc,
      effectifEntreprise: EFFECTIFS_IMPOSES[nom] ?? effectif,
      dateAdhesion: `20${10 + Math.floor(random() * 14)}-0${1 + Math.floor(random() * 9)}-01`,
      numeroAdherent: `EP${2_000_000 + i + 1}`,
    };
  });
}

/** The demo accounts' companies must have the size their story needs (a baker with three employees…). */
const EFFECTIFS_IMPOSES: Record<string, number> = { 'Au Pain Doré': 3, 'Fleurs de Lys': 6 };

export type CompteDemo = {
  email: string; nom: string; prenom: string; civilite: 'Madame' | 'Monsieur'; fonction: string; telephone: string;
  etablissements: 'groupe' | string; motDePasse: boolean; description: string;
};

export const COMPTES_DEMO: CompteDemo[] = [
  {
    email: 'cecile.moreau@aidomi-provence.test', nom: 'MOREAU', prenom: 'Cécile', civilite: 'Madame', fonction: 'Responsable des ressources humaines',
    telephone: '+33491000001', etablissements: 'groupe', motDePasse: true, description: 'compte multi-établissements (12 SIRET, services à la personne)',
  },
  {
    email: 'julien.martin@au-pain-dore.test', nom: 'MARTIN', prenom: 'Julien', civilite: 'Monsieur', fonction: 'Artisan boulanger, gérant',
    telephone: '+33472000002', etablissements: 'AU PAIN DORÉ', motDePasse: true, description: 'boulangerie de moins de 11 salariés (un établissement)',
  },
  {
    email: 'sophie.bernard@fleurs-de-lys.test', nom: 'BERNARD', prenom: 'Sophie', civilite: 'Madame', fonction: 'Gérante',
    telephone: '+33240000003', etablissements: 'FLEURS DE LYS', motDePasse: false,
    description: "compte migré de l'ancien portail, sans mot de passe : première connexion par « Mot de passe oublié ? »",
  },
];

/** Staff sign in with a second factor; the demo secrets are public on purpose (npm run totp prints the code). */
export const PERSONNEL_DEMO = [
  { email: 'gestionnaire@opco.test', nom: 'LEROY', prenom: 'Thomas', role: 'gestionnaire' as const, totpSecret: 'GVQWY3DPMFZXI2LPNZSXG5DJN5XGK4TF' },
  { email: 'superviseur@opco.test', nom: 'GARNIER', prenom: 'Nadia', role: 'superviseur' as const, totpSecret: 'ON2XAZLSOZUXG5LSMRSW233QMNXWC3LF' },
  { email: 'administrateur@opco.test', nom: 'FONTAINE', prenom: 'Marc', role: 'administrateur' as const, totpSecret: 'MFSG22LONFZXI4TBORSXK4TEMVWW6YLB' },
];

export const ACTUALITES_DEMO = [
  {
    titre: 'Bienvenue sur votre nouvel espace',
    resume: 'Mes services en ligne fait peau neuve : retrouvez vos demandes de financement, vos remboursements et votre entreprise en un seul endroit.',
    contenu:
      'Votre nouvel espace regroupe vos demandes de financement, leur suivi et vos remboursements. Lors de votre première connexion, utilisez « Mot de passe oublié ? » avec l’adresse email utilisée dans les anciens services en ligne pour choisir un nouveau mot de passe.',
    joursAvant: 2,
  },
  {
    titre: 'Comment ça marche ?',
    resume: 'Les modes opératoires pas à pas : première connexion, gestion de compte, demander un financement et suivre vos dossiers.',
    contenu: 'Retrouvez dans « Besoin d’aide ? » les guides pas à pas de chaque service, la foire aux questions et les coordonnées de l’assistance.',
    joursAvant: 5,
  },
  {
    titre: 'Contrats d’apprentissage : les règles de financement depuis le 1er juillet 2025',
    resume: 'Prise en charge proratisée au jour, nouvel échéancier 40 / 30 / 20 / 10 % et participation employeur de 750 € pour les diplômes de niveau 6 et plus.',
    contenu:
      'Pour les contrats conclus à partir du 1er juillet 2025 (décrets 2025-585 et 2025-586), le niveau de prise en charge est proratisé au jour, versé en quatre fois (40 %, 30 %, 20 %, 10 %), et une participation de 750 € est demandée à l’employeur pour les certifications de niveau 6 et plus.',
    joursAvant: 20,
  },
];
