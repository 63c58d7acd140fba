import { z } from 'zod';

/** Back office: the audit log, read-only: who did what, when, from where. */

const jour = (libelle: string) =>
  z.iso.date({ error: `Le champ « ${libelle} » attend une date (AAAA-MM-JJ).` }).optional();

export const FiltresJournalSchema = z
  .object({
    evenement: z.string().trim().max(80, 'Le nom d’événement fait au plus 80 caractères.').regex(/^[a-z_]*$/, 'Choisissez un événement de la liste.').optional(),
    personne: z.string().trim().max(254, 'La recherche de personne fait au plus 254 caractères.').optional(),
    du: jour('Du'),
    au: jour('Au'),
    /** The sequence number of the last row of the previous page (keyset). */
    apres: z.coerce.number({ error: 'Curseur invalide.' }).int('Curseur invalide.').positive('Curseur invalide.').optional(),
  })
  .refine((f) => !f.du || !f.au || f.du <= f.au, { path: ['au'], message: 'La date de fin doit suivre la date de début.' });
export type FiltresJournal = z.infer<typeof FiltresJournalSchema>;

export const LigneJournalSchema = z.object({
  sequence: z.number().int(),
  evenement: z.string(),
  libelle: z.string(),
  personne: z.string().nullable(),
  email: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  creeLe: z.iso.datetime({ offset: true }),
});
export type LigneJournal = z.infer<typeof LigneJournalSchema>;

export const JournalSchema = z.object({
  lignes: z.array(LigneJournalSchema),
  suivant: z.number().int().nullable(),
  evenements: z.array(z.object({ valeur: z.string(), libelle: z.string() })),
});
export type Journal = z.infer<typeof JournalSchema>;

export const VerificationJournalSchema = z.object({
  intact: z.boolean(),
  lignesVerifiees: z.number().int(),
  premiereRompue: z.object({ sequence: z.number().int(), motif: z.string() }).nullable(),
});
export type VerificationJournal = z.infer<typeof VerificationJournalSchema>;

/** French labels of the audit events; an unknown event shows its technical name. */
export const LIBELLES_EVENEMENTS: Record<string, string> = {
  connexion_reussie: 'Connexion réussie',
  connexion_refusee: 'Connexion refusée',
  deconnexion: 'Déconnexion',
  inscription: 'Inscription',
  inscription_adresse_existante: 'Inscription avec une adresse existante',
  email_confirme: 'Adresse email confirmée',
  changement_email_demande: 'Changement d’adresse demandé',
  email_modifie: 'Adresse email modifiée',
  mot_de_passe_oublie: 'Mot de passe oublié',
  mot_de_passe_reinitialise: 'Mot de passe réinitialisé',
  mot_de_passe_modifie: 'Mot de passe modifié',
  coordonnees_modifiees: 'Coordonnées modifiées',
  compte_migre_importe: 'Compte migré importé',
  collegue_invite: 'Collègue invité',
  collegue_acces_modifie: 'Accès d’un collègue modifié',
  collegue_revoque: 'Collègue révoqué',
  invitation_acceptee: 'Invitation acceptée',
  invitation_refusee: 'Invitation refusée',
  invitation_renvoyee: 'Invitation renvoyée (collègue)',
  brouillon_supprime: 'Brouillon supprimé',
  demande_envoyee: 'Demande envoyée',
  piece_demande_deposee: 'Pièce déposée',
  demande_assistance_envoyee: 'Demande d’assistance envoyée',
  referentiel_valeur_ajoutee: 'Référentiel : valeur ajoutée',
  actualite_creee: 'Actualité créée',
  actualite_modifiee: 'Actualité modifiée',
  actualite_retiree: 'Actualité retirée',
  theme_faq_cree: 'Thématique de FAQ créée',
  theme_faq_modifie: 'Thématique de FAQ modifiée',
  theme_faq_supprime: 'Thématique de FAQ supprimée',
  question_faq_creee: 'Question de FAQ créée',
  question_faq_modifiee: 'Question de FAQ modifiée',
  question_faq_supprimee: 'Question de FAQ supprimée',
  guide_modifie: 'Guide modifié',
  parametres_modifies: 'Paramètres modifiés',
  logo_modifie: 'Logo modifié',
  personnel_invite: 'Membre du personnel invité',
  personnel_role_modifie: 'Rôle modifié',
  personnel_desactive: 'Compte du personnel désactivé',
  personnel_active: 'Compte du personnel activé',
  personnel_invitation_renvoyee: 'Invitation renvoyée',
  rgpd_brouillon_relance: 'Brouillon inactif : rappel envoyé',
  rgpd_brouillon_supprime: 'Brouillon inactif supprimé (RGPD)',
  rgpd_dossier_archive_supprime: 'Dossier archivé supprimé (durée de conservation)',
  rgpd_donnees_telechargees: 'Données personnelles téléchargées',
};

export const libelleEvenement = (evenement: string) => LIBELLES_EVENEMENTS[evenement] ?? evenement.replaceAll('_', ' ');
