/** The portal's menu, labels verbatim from the user guide (seed 000). */
export type EntreeMenu = { libelle: string; chemin: string; sousMenus?: { libelle: string; chemin: string }[] };

export const MENU: EntreeMenu[] = [
  {
    libelle: 'Demander un financement',
    chemin: '/demander-un-financement',
    sousMenus: [
      { libelle: 'Action individuelle', chemin: '/demander-un-financement/action-individuelle' },
      { libelle: 'Contrat d’apprentissage', chemin: '/demander-un-financement/contrat-apprentissage' },
      { libelle: 'Contrat de professionnalisation', chemin: '/demander-un-financement/contrat-professionnalisation' },
      { libelle: 'Promotion par l’alternance', chemin: '/demander-un-financement/promotion-alternance' },
    ],
  },
  {
    libelle: 'Mes financements',
    chemin: '/mes-financements',
    sousMenus: [
      { libelle: 'Brouillon', chemin: '/mes-financements/brouillon' },
      { libelle: 'En cours', chemin: '/mes-financements/en-cours' },
      { libelle: 'Archivé', chemin: '/mes-financements/archive' },
    ],
  },
  {
    libelle: 'Mes remboursements',
    chemin: '/mes-remboursements',
    sousMenus: [
      { libelle: 'À venir', chemin: '/mes-remboursements/a-venir' },
      { libelle: 'Payé', chemin: '/mes-remboursements/paye' },
      { libelle: 'Refusé', chemin: '/mes-remboursements/refuse' },
    ],
  },
  {
    libelle: 'Besoin d’aide ?',
    chemin: '/aide',
    sousMenus: [
      { libelle: '1 - Comment ça marche ?', chemin: '/aide/comment-ca-marche' },
      { libelle: '2 - La foire aux questions', chemin: '/aide/foire-aux-questions' },
      { libelle: '3 - Contacter l’assistance', chemin: '/aide/contacter-assistance' },
    ],
  },
  { libelle: 'Mon entreprise', chemin: '/mon-entreprise' },
];

export const MENU_COMPTE = [
  { libelle: 'Mes coordonnées', chemin: '/mon-compte/coordonnees' },
  { libelle: 'Mettre à jour mon adresse email de connexion', chemin: '/mon-compte/adresse-email' },
  { libelle: 'Mettre à jour mon mot de passe', chemin: '/mon-compte/mot-de-passe' },
  { libelle: 'Télécharger mes données', chemin: '/mon-compte/mes-donnees' },
];
