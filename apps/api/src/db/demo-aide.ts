import type { EtapeGuide, IllustrationGuide } from '@mse/shared/aide/guide.schema';
import { count } from 'drizzle-orm';
import type { Db } from './database';
import { guidesAide, questionsFaq, themesFaq } from './schema-aide';

/**
 * "Besoin d’aide ?" content until the back office's content editor exists (issue 8): the guides of
 * "Comment ça marche ?" (one per task of the user guides) and the FAQ. Answers link to the portal's
 * screens with [libellé](/chemin). Loaded into a database that has none, demo or not yet seeded.
 */

type GuideDemo = { slug: string; titre: string; resume: string; illustration: IllustrationGuide; etapes: EtapeGuide[] };

const MES_FINANCEMENTS = { libelle: 'Ouvrir Mes financements', chemin: '/mes-financements/en-cours' };

export const GUIDES_DEMO: GuideDemo[] = [
  {
    slug: 'premiere-connexion',
    titre: 'Première connexion au nouveau portail',
    resume: 'Votre compte a été repris de l’ancien portail : choisissez votre mot de passe avec « Mot de passe oublié ? ».',
    illustration: 'premiere_connexion',
    etapes: [
      {
        titre: 'Ouvrir la page de connexion',
        texte: 'Depuis la page d’accueil du portail, cliquez sur « Accéder à mes services en ligne » : la page « Me connecter » s’affiche.',
        lien: { libelle: 'Me connecter', chemin: '/connexion' },
      },
      {
        titre: 'Cliquer sur « Mot de passe oublié ? »',
        texte: 'Saisissez l’adresse email que vous utilisiez dans les anciens services en ligne, puis cliquez sur « Valider ». Le message « Un message a été envoyé » confirme la demande.',
        lien: { libelle: 'Mot de passe oublié ?', chemin: '/mot-de-passe-oublie' },
      },
      {
        titre: 'Ouvrir l’email reçu',
        texte: 'Dans votre messagerie, ouvrez le message « Réinitialisation de votre mot de passe » et cliquez sur « Réinitialiser mon mot de passe ». Le lien est valable une heure et ne sert qu’une fois.',
      },
      {
        titre: 'Choisir votre mot de passe',
        texte: 'Saisissez le « Nouveau mot de passe » puis la « Confirmation du mot de passe ». Il doit contenir 1 lettre minuscule, 1 lettre majuscule, 2 chiffres, 8 caractères et 1 caractère spécial : chaque règle est cochée dès qu’elle est respectée. L’icône en forme d’œil affiche ou masque ce que vous tapez.',
      },
      {
        titre: 'Valider',
        texte: 'Cliquez sur « Valider » : le message « Vous êtes à présent connecté à votre nouveau portail » s’affiche, puis la page d’accueil.',
        lien: { libelle: 'Aller à l’accueil', chemin: '/accueil' },
      },
    ],
  },
  {
    slug: 'gerer-mon-compte',
    titre: 'Gérer mon compte',
    resume: 'Vos coordonnées, votre adresse email de connexion et votre mot de passe, depuis la flèche en haut à droite.',
    illustration: 'compte',
    etapes: [
      {
        titre: 'Ouvrir la gestion de compte',
        texte: 'Cliquez sur votre nom, en haut à droite de l’écran : le menu de gestion de compte s’ouvre.',
      },
      {
        titre: 'Mettre à jour vos coordonnées',
        texte: '« Mes coordonnées » : civilité, nom, prénom, fonction et téléphone. Cliquez sur « Valider » pour enregistrer.',
        lien: { libelle: 'Mes coordonnées', chemin: '/mon-compte/coordonnees' },
      },
      {
        titre: 'Changer d’adresse email de connexion',
        texte: 'Saisissez la nouvelle adresse et votre mot de passe actuel, puis « Valider ». Confirmez la nouvelle adresse par le lien qu’elle reçoit : d’ici là, l’ancienne reste valable.',
        lien: { libelle: 'Mettre à jour mon adresse email de connexion', chemin: '/mon-compte/adresse-email' },
      },
      {
        titre: 'Changer de mot de passe',
        texte: 'Votre mot de passe actuel, puis le nouveau et sa confirmation, avec les mêmes règles qu’à la première connexion. Vos autres sessions sont alors fermées.',
        lien: { libelle: 'Mettre à jour mon mot de passe', chemin: '/mon-compte/mot-de-passe' },
      },
    ],
  },
  {
    slug: 'mon-entreprise',
    titre: 'Consulter mon entreprise et mes établissements',
    resume: 'Le bloc entreprise, la liste de vos établissements et la fiche de chacun.',
    illustration: 'entreprise',
    etapes: [
      {
        titre: 'Lire le bloc entreprise',
        texte: 'En haut à gauche : votre nom, la raison sociale, le code postal et la ville, le SIRET (suivi de « (Multi-SIRET) » si votre compte gère plusieurs établissements), la convention collective et la classe d’entreprise.',
        lien: { libelle: 'Aller à l’accueil', chemin: '/accueil' },
      },
      {
        titre: 'Ouvrir « Mon entreprise »',
        texte: 'Le menu « Mon entreprise » affiche votre établissement ; pour un compte multi-établissements, la liste de vos établissements.',
        lien: { libelle: 'Mon entreprise', chemin: '/mon-entreprise' },
      },
      {
        titre: 'Rechercher un établissement',
        texte: 'Saisissez un SIRET, un nom, une ville ou un code postal : la liste se filtre, sans tenir compte des accents ni des majuscules.',
      },
      {
        titre: 'Ouvrir un établissement',
        texte: 'L’action de la ligne ouvre la fiche de l’établissement : adresse, code NAF, convention collective, adhésion et personnes qui y ont accès. Vous pouvez y choisir l’établissement sur lequel vous travaillez.',
      },
    ],
  },
  {
    slug: 'action-individuelle',
    titre: 'Demander le financement d’une action individuelle',
    resume: 'La formation d’un salarié, à demander avant son premier jour.',
    illustration: 'action_individuelle',
    etapes: [
      {
        titre: 'Choisir le dispositif',
        texte: 'Menu « Demander un financement », puis « Action individuelle » et « Faire la demande ».',
        lien: { libelle: 'Action individuelle', chemin: '/demander-un-financement/action-individuelle' },
      },
      {
        titre: 'Avant le début de la formation',
        texte: 'Une action individuelle se demande avant le premier jour de formation : une demande envoyée après son démarrage est refusée.',
      },
      {
        titre: 'Décrire la formation',
        texte: 'Le salarié, l’organisme de formation (SIRET), l’intitulé, les dates, la durée en heures et le coût. Le montant estimé de la prise en charge s’affiche avec le détail de son calcul.',
      },
      {
        titre: 'Joindre les pièces et envoyer',
        texte: 'Ajoutez le devis ou la convention de formation et le programme, puis envoyez : la demande reçoit son numéro de dossier et passe au statut « Envoyé ».',
        lien: MES_FINANCEMENTS,
      },
    ],
  },
  {
    slug: 'contrat-apprentissage',
    titre: 'Déposer un contrat d’apprentissage',
    resume: 'Le CERFA en ligne, contrôlé au fil de la saisie, à envoyer dans les 5 jours ouvrables.',
    illustration: 'apprentissage',
    etapes: [
      {
        titre: 'Choisir le dispositif',
        texte: 'Menu « Demander un financement », puis « Contrat d’apprentissage » et « Faire la demande ».',
        lien: { libelle: 'Contrat d’apprentissage', chemin: '/demander-un-financement/contrat-apprentissage' },
      },
      {
        titre: 'Compléter le CERFA',
        texte: 'L’employeur est prérempli à partir de votre établissement. Complétez l’apprenti, le maître d’apprentissage, le contrat (dates, durée hebdomadaire, rémunération) et la formation (CFA, diplôme ou titre). Chaque champ est contrôlé pendant la saisie.',
      },
      {
        titre: 'Envoyer dans les délais',
        texte: 'Envoyez le contrat au plus tard 5 jours ouvrables après le début de son exécution, avec le CERFA signé et la convention de formation signée avec le CFA.',
      },
      {
        titre: 'Suivre la décision',
        texte: 'L’OPCO décide dans les 20 jours qui suivent la réception du dossier complet. Le financement est versé au CFA en plusieurs fois.',
        lien: MES_FINANCEMENTS,
      },
    ],
  },
  {
    slug: 'contrat-professionnalisation',
    titre: 'Déposer un contrat de professionnalisation',
    resume: 'Le CERFA EJ20, le tuteur et la formation, à envoyer dans les 5 jours ouvrables.',
    illustration: 'professionnalisation',
    etapes: [
      {
        titre: 'Choisir le dispositif',
        texte: 'Menu « Demander un financement », puis « Contrat de professionnalisation » et « Faire la demande ».',
        lien: { libelle: 'Contrat de professionnalisation', chemin: '/demander-un-financement/contrat-professionnalisation' },
      },
      {
        titre: 'Compléter le contrat',
        texte: 'Le salarié, le tuteur (2 ans d’expérience au moins dans la qualification visée), le contrat (CDD ou CDI, dates, rémunération) et la formation : organisme, qualification visée et heures (de 15 à 25 % de la durée du contrat, 150 heures au moins).',
      },
      {
        titre: 'Envoyer dans les délais',
        texte: 'Envoyez le contrat dans les 5 jours ouvrables qui suivent son début, avec le CERFA signé, la convention de formation et son annexe pédagogique.',
      },
      {
        titre: 'Suivre la décision',
        texte: 'Sans réponse de l’OPCO dans les 20 jours, la prise en charge est acceptée et le contrat réputé déposé.',
        lien: MES_FINANCEMENTS,
      },
    ],
  },
  {
    slug: 'promotion-alternance',
    titre: 'Demander une promotion par l’alternance (Pro-A)',
    resume: 'Faire progresser un salarié en CDI vers une certification prévue par votre branche.',
    illustration: 'pro_a',
    etapes: [
      {
        titre: 'Vérifier que le salarié peut en bénéficier',
        texte: 'La Pro-A s’adresse aux salariés en CDI dont la qualification est inférieure à la licence, pour une certification prévue par l’accord de votre branche.',
      },
      {
        titre: 'Choisir le dispositif',
        texte: 'Menu « Demander un financement », puis « Promotion par l’alternance » et « Faire la demande ».',
        lien: { libelle: 'Promotion par l’alternance', chemin: '/demander-un-financement/promotion-alternance' },
      },
      {
        titre: 'Joindre l’avenant',
        texte: 'Joignez l’avenant au contrat de travail, signé par le salarié, qui précise la durée et l’objet de la Pro-A.',
      },
      {
        titre: 'Suivre la décision',
        texte: 'Comme pour le contrat de professionnalisation, sans réponse dans les 20 jours la prise en charge est acceptée.',
        lien: MES_FINANCEMENTS,
      },
    ],
  },
  {
    slug: 'suivre-mes-demandes',
    titre: 'Suivre mes demandes de financement',
    resume: 'Les onglets Brouillon, En cours et Archivé, la recherche avancée et les statuts.',
    illustration: 'suivi',
    etapes: [
      {
        titre: 'Ouvrir « Mes financements »',
        texte: 'Trois onglets : Brouillon (demandes pas encore envoyées), En cours (de l’envoi à la facturation) et Archivé (soldées, annulées ou refusées).',
        lien: MES_FINANCEMENTS,
      },
      {
        titre: 'Rechercher un dossier',
        texte: '« Recherche avancée » : saisissez vos critères puis « Rechercher ». « Réinitialiser les critères » puis « Rechercher » affiche de nouveau toutes les demandes.',
      },
      {
        titre: 'Lire le statut',
        texte: 'Chaque demande affiche son statut : Envoyé, En cours de traitement, À compléter, Pris en charge, Facturation en cours… Le « ? » à côté d’un statut explique ce qu’il signifie et qui doit agir.',
      },
      {
        titre: 'Compléter une demande « À compléter »',
        texte: 'Ouvrez la demande : les pièces ou informations attendues sont nommées. Complétez-les et renvoyez la demande : l’examen reprend.',
      },
      {
        titre: 'Depuis l’accueil',
        texte: 'Le graphique « Mes demandes de financement » de la page d’accueil répartit vos demandes par statut ; chaque partie ouvre la liste correspondante.',
        lien: { libelle: 'Aller à l’accueil', chemin: '/accueil' },
      },
    ],
  },
  {
    slug: 'demander-un-remboursement',
    titre: 'Demander un remboursement',
    resume: 'Après la formation : les justificatifs, le délai, et le suivi dans « Mes remboursements ».',
    illustration: 'remboursement',
    etapes: [
      {
        titre: 'Déclarer la formation réalisée',
        texte: 'La formation terminée, ouvrez la demande prise en charge dans « Mes financements » et déclarez sa réalisation.',
        lien: MES_FINANCEMENTS,
      },
      {
        titre: 'Joindre les justificatifs',
        texte: 'La facture, le certificat de réalisation (ou les feuilles d’émargement) et, selon le dispositif, l’état des salaires. Dates, heures et montants doivent concorder sur toutes les pièces : même un écart de 30 minutes bloque le paiement.',
      },
      {
        titre: 'Respecter le délai',
        texte: 'Envoyez vos justificatifs au plus tard 6 mois après la fin de la formation : au-delà, la demande de remboursement est refusée.',
      },
      {
        titre: 'Suivre le paiement',
        texte: '« Mes remboursements » : À venir (en cours de traitement), Payé (date, montant et référence du virement), Refusé (avec le motif).',
        lien: { libelle: 'Mes remboursements', chemin: '/mes-remboursements/a-venir' },
      },
    ],
  },
];

type QuestionDemo = { slug: string; question: string; reponse: string };

export const FAQ_DEMO: { slug: string; libelle: string; questions: QuestionDemo[] }[] = [
  {
    slug: 'connexion-et-compte',
    libelle: 'Connexion et compte',
    questions: [
      {
        slug: 'premiere-connexion-mot-de-passe',
        question: 'C’est ma première connexion au nouveau portail : quel est mon mot de passe ?',
        reponse:
          'Votre compte a été repris de l’ancien portail, mais pas votre mot de passe. Sur la page [Me connecter](/connexion), cliquez sur « Mot de passe oublié ? » et saisissez l’adresse email que vous utilisiez avant : vous recevrez un lien pour choisir votre nouveau mot de passe.\n\nLe guide [Première connexion au nouveau portail](/aide/comment-ca-marche/premiere-connexion) détaille chaque étape.',
      },
      {
        slug: 'mot-de-passe-oublie',
        question: 'J’ai oublié mon mot de passe : comment en choisir un nouveau ?',
        reponse:
          'Cliquez sur [Mot de passe oublié ?](/mot-de-passe-oublie), saisissez votre adresse email de connexion et validez. Le lien reçu par email est valable une heure et ne sert qu’une fois ; si vous en demandez un autre, seul le plus récent fonctionne.\n\nVous ne recevez rien ? Regardez dans vos courriers indésirables, puis vérifiez l’adresse saisie : par sécurité, le portail affiche le même message que l’adresse ait un compte ou non.',
      },
      {
        slug: 'compte-bloque',
        question: 'Mon compte est bloqué après plusieurs essais de connexion : que faire ?',
        reponse:
          'Après 5 essais infructueux en 15 minutes, chaque nouvel essai impose un court délai ; après 10, la connexion est suspendue 15 minutes et un email vous prévient. Patientez, puis utilisez « Mot de passe oublié ? » si vous doutez de votre mot de passe.\n\nSi vous n’êtes pas à l’origine de ces essais, changez votre mot de passe et [contactez l’assistance](/aide/contacter-assistance).',
      },
      {
        slug: 'changer-adresse-email',
        question: 'Comment changer l’adresse email de connexion de mon compte ?',
        reponse:
          'Cliquez sur votre nom en haut à droite, puis sur [Mettre à jour mon adresse email de connexion](/mon-compte/adresse-email). Saisissez la nouvelle adresse et votre mot de passe : un lien de confirmation est envoyé à la nouvelle adresse. Tant qu’elle n’est pas confirmée, continuez à vous connecter avec l’ancienne.',
      },
      {
        slug: 'session-fermee',
        question: 'Pourquoi dois-je me reconnecter après une pause ?',
        reponse:
          'Sans « Se souvenir de moi », votre session se ferme après 30 minutes d’inactivité ou à la fermeture du navigateur, pour protéger vos données. Sur un ordinateur personnel, cochez « Se souvenir de moi » pour rester connecté 30 jours.',
      },
    ],
  },
  {
    slug: 'demandes-de-financement',
    libelle: 'Demandes de financement',
    questions: [
      {
        slug: 'quel-dispositif-choisir',
        question: 'Quel dispositif choisir pour financer une formation ?',
        reponse:
          'Action individuelle : une formation pour un salarié déjà en poste. Contrat d’apprentissage : un contrat en alternance vers un diplôme ou un titre professionnel, de 16 à 29 ans en général. Contrat de professionnalisation : un contrat en alternance vers une qualification reconnue par votre branche. Promotion par l’alternance (Pro-A) : faire progresser un salarié en CDI.\n\nTous se demandent depuis [Demander un financement](/demander-un-financement).',
      },
      {
        slug: 'formation-deja-commencee',
        question: 'Puis-je demander le financement d’une formation déjà commencée ?',
        reponse:
          'Non pour une action individuelle : la demande doit être envoyée avant le premier jour de formation, sinon elle est refusée.\n\nPour un contrat d’apprentissage ou de professionnalisation, vous avez 5 jours ouvrables après le début d’exécution du contrat pour l’envoyer.',
      },
      {
        slug: 'demande-a-completer',
        question: 'Ma demande est « À compléter » : que dois-je faire ?',
        reponse:
          'L’examen de votre demande est suspendu : des pièces ou des informations manquent ou sont à corriger. Ouvrez la demande dans [Mes financements](/mes-financements/en-cours) : les éléments attendus y sont nommés. Une fois complétée et renvoyée, elle repasse « En cours de traitement ».\n\nPour l’apprentissage, le délai de décision de 20 jours court à partir du dossier complet.',
      },
      {
        slug: 'numero-de-dossier',
        question: 'Où trouver le numéro de mon dossier ?',
        reponse:
          'Le numéro est attribué à l’envoi de la demande (par exemple AP-2026-000123). Il figure dans l’accusé de réception envoyé par email et sur chaque ligne de [Mes financements](/mes-financements/en-cours). Indiquez-le dans vos échanges avec l’assistance : votre demande sera traitée plus vite.',
      },
      {
        slug: 'demande-refusee',
        question: 'Pourquoi ma demande de financement a-t-elle été refusée ?',
        reponse:
          'Le motif est toujours indiqué sur la demande, dans l’onglet [Archivé](/mes-financements/archive) de Mes financements. Les causes les plus fréquentes : demande envoyée après le début de la formation, SIRET erroné ou fermé, certification non éligible, formation hors des critères de votre branche, fonds de la branche épuisés.',
      },
    ],
  },
  {
    slug: 'apprentissage',
    libelle: 'Apprentissage',
    questions: [
      {
        slug: 'financement-apprentissage',
        question: 'Comment un contrat d’apprentissage est-il financé ?',
        reponse:
          'L’OPCO verse au CFA le niveau de prise en charge (NPEC) fixé pour le diplôme ou le titre préparé et pour votre branche. Pour les contrats conclus depuis le 1er juillet 2025, il est calculé au jour près et versé en plusieurs fois : 40 % au démarrage, 30 % au 7e mois, 20 % au 10e mois et le solde à la fin de la formation.',
      },
      {
        slug: 'participation-employeur-750',
        question: 'Qu’est-ce que la participation de 750 € de l’employeur ?',
        reponse:
          'Depuis le 1er juillet 2025, pour un contrat qui prépare un diplôme ou un titre de niveau 6 ou plus (licence, master…), une participation de 750 € reste à la charge de l’employeur la première année. L’OPCO la déduit de son premier versement au CFA, et vous la réglez directement au CFA.',
      },
      {
        slug: 'age-apprenti',
        question: 'Jusqu’à quel âge peut-on signer un contrat d’apprentissage ?',
        reponse:
          'De 16 à 29 ans révolus au début du contrat (dès 15 ans si l’apprenti a terminé le collège), et jusqu’à 35 ans dans certains cas : un diplôme de niveau supérieur après un premier contrat, ou un contrat précédent rompu pour une raison indépendante de l’apprenti.\n\nIl n’y a pas de limite d’âge pour une personne reconnue travailleur handicapé (RQTH), un projet de création ou de reprise d’entreprise, ou un sportif de haut niveau.',
      },
      {
        slug: 'rupture-contrat-apprentissage',
        question: 'Le contrat d’apprentissage est rompu : que dois-je faire ?',
        reponse:
          'Déclarez la rupture sur la demande concernée, dans [Mes financements](/mes-financements/en-cours), avec sa date et sa cause. Le financement du CFA est alors calculé au prorata, au jour près, jusqu’à la date de rupture.',
      },
    ],
  },
  {
    slug: 'remboursements',
    libelle: 'Remboursements',
    questions: [
      {
        slug: 'delai-remboursement',
        question: 'Combien de temps après la formation puis-je demander un remboursement ?',
        reponse:
          'Envoyez vos justificatifs au plus tard 6 mois après la fin de la formation. Au-delà, la demande de remboursement est refusée. Le guide [Demander un remboursement](/aide/comment-ca-marche/demander-un-remboursement) montre chaque étape.',
      },
      {
        slug: 'justificatifs-remboursement',
        question: 'Quelles pièces fournir pour être remboursé ?',
        reponse:
          'La facture de l’organisme de formation, le certificat de réalisation (ou les feuilles d’émargement) et, si les salaires sont pris en charge, l’état des salaires.\n\nDates, heures et montants doivent concorder sur toutes les pièces : un écart, même de 30 minutes, bloque le paiement.',
      },
      {
        slug: 'remboursement-refuse',
        question: 'Mon remboursement est « Refusé » : pourquoi ?',
        reponse:
          'Le motif est affiché dans l’onglet [Refusé](/mes-remboursements/refuse) de Mes remboursements : justificatif manquant ou incohérent, montant supérieur à l’accord de prise en charge, demande envoyée trop tard… Si le motif n’est pas clair, [contactez l’assistance](/aide/contacter-assistance) en indiquant le numéro du dossier.',
      },
      {
        slug: 'subrogation-de-paiement',
        question: 'L’organisme de formation est payé directement : pourquoi ne vois-je rien dans Mes remboursements ?',
        reponse:
          'Avec la subrogation de paiement, l’OPCO paie directement l’organisme de formation. Ces paiements apparaissent sur la demande de financement elle-même, dans [Mes financements](/mes-financements/en-cours) ; « Mes remboursements » ne liste que les sommes versées à votre entreprise.',
      },
      {
        slug: 'date-de-paiement',
        question: 'Quand mon remboursement sera-t-il payé ?',
        reponse:
          'Une fois vos justificatifs vérifiés, le remboursement passe de « À venir » à « Payé » : la date, le montant et la référence du virement sont indiqués dans [Mes remboursements](/mes-remboursements/paye). Comptez quelques jours pour que le virement apparaisse sur votre compte bancaire.',
      },
    ],
  },
  {
    slug: 'entreprise',
    libelle: 'Mon entreprise',
    questions: [
      {
        slug: 'plusieurs-etablissements',
        question: 'Je gère plusieurs établissements : comment passer de l’un à l’autre ?',
        reponse:
          'Un compte « Multi-SIRET » regroupe plusieurs établissements. Dans [Mon entreprise](/mon-entreprise), recherchez l’établissement par SIRET, nom, ville ou code postal, ouvrez-le et choisissez de travailler sur cet établissement. « Tous les établissements » vous redonne la vue d’ensemble.',
      },
      {
        slug: 'informations-entreprise-erronees',
        question: 'Les informations de mon entreprise sont erronées : comment les corriger ?',
        reponse:
          'Raison sociale, adresse, code NAF, convention collective et effectif viennent de votre adhésion à l’OPCO. Pour les corriger, [contactez l’assistance](/aide/contacter-assistance) en joignant un extrait Kbis ou un avis de situation au répertoire SIRENE récent.',
      },
      {
        slug: 'ajouter-un-etablissement',
        question: 'Comment ajouter un établissement à mon compte ?',
        reponse:
          'Un établissement adhérent qui n’a pas encore de compte peut être rattaché au vôtre à la demande du propriétaire du compte : [contactez l’assistance](/aide/contacter-assistance) en indiquant son SIRET. Un établissement qui a déjà son propre compte ne peut pas être ajouté à un second.',
      },
      {
        slug: 'classe-entreprise',
        question: 'Que signifie la classe d’entreprise affichée dans le bloc entreprise ?',
        reponse:
          'La classe (moins de 11 salariés, de 11 à 49 salariés, plus de 50 salariés) dépend de l’effectif moyen annuel de toute l’entreprise l’année précédente. Elle détermine les règles et les plafonds de financement qui s’appliquent à vous.',
      },
    ],
  },
];

type Insertion = Pick<Db, 'insert' | 'select'>;

/** Loads the demo help content when the tables are empty; true when something was loaded. */
export async function chargerAideDemo(db: Insertion): Promise<boolean> {
  const [guides] = await db.select({ n: count() }).from(guidesAide);
  const [themes] = await db.select({ n: count() }).from(themesFaq);
  if ((guides?.n ?? 0) > 0 || (themes?.n ?? 0) > 0) return false;
  await db.insert(guidesAide).values(GUIDES_DEMO.map((g, i) => ({ ...g, ordre: i + 1 })));
  for (const [i, theme] of FAQ_DEMO.entries()) {
    const [t] = await db.insert(themesFaq).values({ slug: theme.slug, libelle: theme.libelle, ordre: i + 1 }).returning({ id: themesFaq.id });
    await db.insert(questionsFaq).values(theme.questions.map((q, j) => ({ ...q, themeId: t!.id, ordre: j + 1 })));
  }
  return true;
}
