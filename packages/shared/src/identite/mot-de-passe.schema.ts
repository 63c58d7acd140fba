import { z } from 'zod';

/**
 * The password policy of the portal, as the new-password page lists it (seed 002): the same list
 * drives the live checklist in the browser and the server's validation.
 */
export const CRITERES_MOT_DE_PASSE = [
  { code: 'minuscule', libelle: '1 lettre minuscule', estRespecte: (m: string) => /\p{Ll}/u.test(m) },
  { code: 'majuscule', libelle: '1 lettre majuscule', estRespecte: (m: string) => /\p{Lu}/u.test(m) },
  { code: 'chiffres', libelle: '2 chiffres', estRespecte: (m: string) => (m.match(/\d/g) ?? []).length >= 2 },
  { code: 'longueur', libelle: '8 caractères', estRespecte: (m: string) => [...m].length >= 8 },
  { code: 'special', libelle: '1 caractère spécial', estRespecte: (m: string) => /[^\p{L}\p{N}\s]/u.test(m) },
] as const;

export const LONGUEUR_MAX_MOT_DE_PASSE = 128;

export function criteresManquants(motDePasse: string): string[] {
  return CRITERES_MOT_DE_PASSE.filter((c) => !c.estRespecte(motDePasse)).map((c) => c.libelle);
}

export const MotDePasseSchema = z
  .string()
  .max(LONGUEUR_MAX_MOT_DE_PASSE, `Un mot de passe fait au plus ${LONGUEUR_MAX_MOT_DE_PASSE} caractères.`)
  .superRefine((motDePasse, ctx) => {
    const manquants = criteresManquants(motDePasse);
    if (manquants.length) {
      ctx.addIssue({ code: 'custom', message: `Votre mot de passe doit contenir : ${manquants.join(', ')}.` });
    }
  });

/** A new password typed twice (reset, sign-up, change). */
export const NouveauMotDePasseSchema = z
  .object({ motDePasse: MotDePasseSchema, confirmation: z.string().max(LONGUEUR_MAX_MOT_DE_PASSE) })
  .refine((v) => v.motDePasse === v.confirmation, {
    path: ['confirmation'],
    message: 'La confirmation ne correspond pas au nouveau mot de passe.',
  });

/**
 * Refuses passwords that merely dress up a very common one ("Azerty12!") or that contain the
 * local part of the person's e-mail address. `communs` is the list of the most used passwords.
 */
export function motDePasseTropPrevisible(motDePasse: string, email: string | undefined, communs: ReadonlySet<string>): string | undefined {
  const minuscule = motDePasse.toLowerCase();
  const lettres = minuscule.normalize('NFD').replace(/[^a-z]/g, '');
  if (communs.has(minuscule) || (lettres.length >= 4 && communs.has(lettres))) {
    return 'Ce mot de passe fait partie des plus utilisés : choisissez-en un moins prévisible.';
  }
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 3 && minuscule.includes(local)) {
    return 'Votre mot de passe ne doit pas contenir votre adresse email.';
  }
  return undefined;
}
