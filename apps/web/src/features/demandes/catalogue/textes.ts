import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';

/**
 * The words of "Demander un financement" around the form: the catalogue of schemes (seed 000:
 * « Demander un financement », « Faire la demande »), the pieces justificatives and the acknowledgement.
 */
export const TEXTES = {
  catalogue: {
    titre: 'Demander un financement',
    intro: 'Choisissez le type d’action de formation concerné, puis cliquez sur « Faire la demande ».',
    pour: (raisonSociale: string, siret: string) => `Pour l’établissement ${raisonSociale} — SIRET ${siret}`,
    autreEtablissement: 'Pour un autre établissement, choisissez-le d’abord dans le bloc de votre entreprise, en haut à gauche.',
    finance: 'Ce qui est financé',
    eligibles: 'Qui peut en bénéficier',
    piecesAPreparer: 'Pièces à préparer',
    faireLaDemande: 'Faire la demande',
    nonEligible: 'Non disponible pour cet établissement',
    lectureSeule: 'Votre accès est en lecture seule : vous pouvez consulter les dispositifs et les demandes, mais pas en faire. Le titulaire du compte peut vous donner le droit de faire des demandes.',
    lectureSeuleCarte: 'Accès en lecture seule : demande impossible.',
  },
  pieces: {
    titre: 'Pièces justificatives',
    limites: 'Formats acceptés : PDF, JPEG ou PNG, 20 Mo au plus par fichier. Un seul fichier par pièce.',
    obligatoire: 'obligatoire',
    facultative: 'facultative',
    aucuneDemandee: 'Aucune pièce n’est demandée pour l’instant : la liste dépend de ce que vous avez saisi.',
    autres: 'Autres pièces déposées',
    autresAide: 'Ces fichiers ne correspondent plus à une pièce demandée après vos modifications : vous pouvez les supprimer.',
    deposer: 'Glissez-déposez le fichier ici, ou',
    choisir: 'Choisir un fichier',
    champFichier: (libelle: string) => `Fichier : ${libelle}`,
    deposeLe: (taille: string, date: string) => `${taille}, déposé le ${date}`,
    telecharger: (nom: string) => `Télécharger ${nom}`,
    remplacer: 'Remplacer',
    remplacerNom: (libelle: string) => `Remplacer le fichier de la pièce « ${libelle} »`,
    supprimer: 'Supprimer',
    supprimerNom: (libelle: string) => `Supprimer le fichier de la pièce « ${libelle} »`,
    envoi: (nom: string) => `Envoi de ${nom}`,
    envoiEnCours: (nom: string, p: number) => `Envoi de ${nom} : ${p} %`,
    enregistre: (nom: string) => `${nom} est enregistré.`,
    supprime: (nom: string) => `${nom} est supprimé.`,
    confirmationTitre: 'Supprimer ce fichier ?',
    confirmationTexte: (nom: string, libelle: string) => `Le fichier ${nom} sera retiré de la pièce « ${libelle} ».`,
    confirmer: 'Supprimer le fichier',
    annuler: 'Annuler',
    manquante: 'Aucun fichier déposé.',
  },
  envoyee: {
    titre: 'Votre demande a été envoyée',
    introuvable: 'Cette demande n’existe pas ou ne vous est pas accessible.',
    suivre: 'Suivre ma demande',
    numero: 'Numéro de dossier',
    dispositif: 'Dispositif',
    etablissement: 'Établissement',
    envoyeeLe: 'Envoyée le',
    statut: 'Statut',
    recapitulatif: 'Votre demande',
    conserver: 'Conservez ce numéro : il vous sera demandé pour tout échange avec l’OPCO sur ce dossier.',
    suite: 'Et maintenant ?',
    examen: 'L’OPCO examine votre demande. Si une pièce ou une information manque, la demande passe « À compléter » et vous êtes prévenu par email ; vous suivez son avancement dans « Mes financements ».',
    delai: {
      apprentissage:
        'Pour un contrat d’apprentissage, l’OPCO se prononce dans les 20 jours qui suivent la réception du dossier complet. Sans réponse dans ce délai, la prise en charge est refusée : surveillez votre dossier.',
      professionnalisation:
        'Pour un contrat de professionnalisation, l’OPCO se prononce dans les 20 jours qui suivent la réception du dossier complet. Sans réponse dans ce délai, la prise en charge est acceptée et le contrat est réputé déposé.',
      pro_a:
        'Pour une promotion par l’alternance (Pro-A), l’OPCO se prononce dans les 20 jours qui suivent la réception du dossier complet. Sans réponse dans ce délai, la prise en charge est acceptée.',
      action_individuelle:
        'Pour une action individuelle, l’OPCO se prononce avant le début de la formation, dans la limite des fonds disponibles de votre branche. La formation doit commencer à la date convenue.',
    } satisfies Record<Dispositif, string>,
    accuse: 'Télécharger l’accusé de réception (PDF)',
    email: 'Un email de confirmation, avec cet accusé de réception, vous a été envoyé.',
    mesFinancements: 'Mes financements',
    accueil: 'Accueil',
  },
} as const;

/** "22/11/2026 à 10:05" in Paris time, whatever the computer's time zone. */
export function formaterDateHeureParis(iso: string): string {
  const d = new Date(iso);
  const jour = d.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });
  const heure = d.toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
  return `${jour} à ${heure}`;
}
