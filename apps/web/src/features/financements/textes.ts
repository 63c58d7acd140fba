import type { GroupeStatut } from '@mse/shared/demande/statut';

/** The words of "Mes financements" (tabs of the seed 000 verbatim: Brouillon, En cours, Archivé), in one place. */
export const TEXTES = {
  titre: 'Mes financements',
  onglets: 'Statut des demandes',
  onglet: (libelle: string, n: number) => `${libelle} (${n})`,
  ongletNom: (libelle: string, n: number) => `${libelle} : ${n > 1 ? `${n} demandes` : `${n} demande`}`,
  perimetreTous: 'Tous les établissements',
  perimetre: (raisonSociale: string) => `Établissement : ${raisonSociale}`,
  perimetreAide: 'Pour voir un autre établissement, choisissez-le dans le bloc de votre entreprise, en haut à gauche.',
  legende: (libelle: string) => `Demandes de financement : ${libelle}`,
  description: {
    brouillon: 'Demandes dont la saisie a été commencée mais qui n’ont pas encore été transmises à l’OPCO.',
    en_cours: 'Demandes envoyées : envoyées, à compléter, en cours de traitement, prises en charge ou en facturation.',
    archive: 'Demandes terminées : soldées, annulées ou refusées.',
  } satisfies Record<GroupeStatut, string>,
  aucune: {
    brouillon: 'Aucun brouillon : toutes vos demandes commencées ont été envoyées.',
    en_cours: 'Aucune demande en cours.',
    archive: 'Aucune demande archivée.',
  } satisfies Record<GroupeStatut, string>,
  demander: 'Demander un financement',
  colonnes: {
    numero: 'N° de dossier',
    dispositif: 'Dispositif',
    beneficiaire: 'Bénéficiaire',
    formation: 'Formation',
    organisme: 'Organisme de formation',
    dates: 'Dates',
    montant: 'Montant',
    statut: 'Statut',
    etablissement: 'Établissement',
    modifie: 'Mise à jour',
    actions: 'Actions',
  },
  brouillon: 'Brouillon',
  vide: '—',
  du: (date: string) => `du ${date}`,
  au: (date: string) => `au ${date}`,
  montant: { estime: 'estimé', engage: 'engagé' },
  statutAide: (libelle: string) => `le statut « ${libelle} »`,
  nomLigne: (l: { numero: string | null; intituleFormation: string | null; beneficiaire: string | null }) =>
    l.numero ?? ['le brouillon', l.intituleFormation ? `« ${l.intituleFormation} »` : null, l.beneficiaire ? `pour ${l.beneficiaire}` : null].filter(Boolean).join(' '),
  reprendre: 'Reprendre',
  reprendreNom: (nom: string) => `Reprendre ${nom}`,
  dupliquer: 'Dupliquer',
  dupliquerNom: (nom: string) => `Dupliquer ${nom}`,
  supprimer: 'Supprimer',
  supprimerNom: (nom: string) => `Supprimer ${nom}`,
  consulter: 'Consulter',
  consulterNom: (nom: string) => `Consulter ${nom}`,
  voirPlus: 'Voir plus',
  affichees: (n: number, total: number) => `${n} demande${n > 1 ? 's' : ''} affichée${n > 1 ? 's' : ''} sur ${total}`,
  suppression: {
    titre: 'Supprimer ce brouillon ?',
    texte: (nom: string) => `Vous allez supprimer ${nom}. Ce qui a été saisi et les pièces déposées seront effacés : cette action est définitive.`,
    confirmer: 'Supprimer le brouillon',
    annuler: 'Annuler',
    faite: 'Le brouillon a été supprimé.',
  },
  duplication: { faite: 'Le brouillon a été dupliqué : vous pouvez modifier la copie.' },
} as const;

/** The tabs in the URL (/mes-financements/en-cours), the links of the home chart. */
export const ONGLETS: Record<string, GroupeStatut> = { brouillon: 'brouillon', 'en-cours': 'en_cours', archive: 'archive' };
export const CHEMIN_ONGLET: Record<GroupeStatut, string> = {
  brouillon: '/mes-financements/brouillon',
  en_cours: '/mes-financements/en-cours',
  archive: '/mes-financements/archive',
};
