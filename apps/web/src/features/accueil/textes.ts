import type { GroupeStatut } from '@mse/shared/demande/statut';

/** The words of the home page, in one place. */
export const TEXTES = {
  titre: 'Accueil',
  demandes: {
    titre: 'Mes demandes de financement',
    perimetreTous: 'Tous les établissements',
    perimetre: (raisonSociale: string) => `Établissement : ${raisonSociale}`,
    unite: (n: number) => (n > 1 ? 'demandes' : 'demande'),
    entree: (libelle: string, n: number) => `${libelle} : ${n > 1 ? `${n} demandes` : `${n} demande`}`,
    aide: 'Choisissez un statut pour voir les demandes correspondantes dans « Mes financements ».',
    vide: 'Vous n’avez encore aucune demande de financement.',
    videInvitation: 'Faites votre première demande : action individuelle, contrat d’apprentissage, contrat de professionnalisation ou promotion par l’alternance.',
    videEtablissement: 'Aucune demande de financement pour cet établissement.',
    demander: 'Demander un financement',
  },
  actualites: {
    titre: 'Actualités',
    aucune: 'Aucune actualité pour le moment.',
  },
  actualite: {
    titre: 'Actualité',
    publieeLe: (date: string) => `Publiée le ${date}`,
    introuvable: "Cette actualité n'existe pas ou n'est plus publiée.",
    retour: 'Revenir à l’accueil',
  },
} as const;

/** Each group opens its tab of "Mes financements" (the chart's parts and its legend). */
export const ONGLETS_FINANCEMENTS: Record<GroupeStatut, string> = {
  brouillon: '/mes-financements/brouillon',
  en_cours: '/mes-financements/en-cours',
  archive: '/mes-financements/archive',
};

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart by lightness as well as hue. */
export const COULEURS_GROUPE: Record<GroupeStatut, string> = {
  brouillon: '#868e96',
  en_cours: '#1c4f8c',
  archive: '#0b7285',
};

export function formaterDateLongue(iso: string): string {
  return new Date(iso).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
}
