/** The words of « Mes données personnelles » (Mon compte), in one place. */
export const TEXTES = {
  titre: 'Mes données personnelles',
  menu: 'Télécharger mes données',
  intro:
    'Vous pouvez télécharger, à tout moment, les données que le portail conserve vous concernant et concernant votre compte : un fichier JSON, lisible par un tableur ou un éditeur de texte, et réutilisable ailleurs (droit d’accès et droit à la portabilité).',
  contenuTitre: 'Le fichier contient',
  contenu: [
    'vos coordonnées et votre rôle sur le compte ;',
    'les établissements auxquels vous avez accès (tous ceux du compte pour son propriétaire) ;',
    'les demandes de financement de ces établissements, avec leur contenu, leur historique et les messages échangés avec l’OPCO ;',
    'les demandes de remboursement de ces demandes ;',
    'vos demandes d’assistance et leurs réponses ;',
    'vos sessions de connexion en cours et la liste des emails qui vous ont été adressés.',
  ],
  fichiers: 'Les pièces déposées y figurent par leur nom, leur taille et leur empreinte ; elles se téléchargent depuis la page de chaque demande.',
  bouton: 'Télécharger mes données',
  prudence: 'Ce fichier contient des données personnelles (numéros de sécurité sociale et coordonnées bancaires des demandes, par exemple) : conservez-le en lieu sûr.',
  conservationTitre: 'Combien de temps vos données sont conservées',
  conservation: [
    'Un brouillon de demande qui n’est plus modifié est supprimé au bout de 12 mois, après deux rappels par email (à 10 et 11 mois) à la personne qui l’a créé : l’enregistrer suffit pour le garder.',
    'Un dossier soldé, annulé ou refusé est conservé pendant la durée légale de conservation des pièces de financement, puis supprimé avec ses pièces, ses messages et ses remboursements.',
  ],
} as const;
