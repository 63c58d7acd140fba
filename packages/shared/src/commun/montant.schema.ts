import { z } from 'zod';

/** An amount in integer cents, never negative: every amount of the rules engine has this shape. */
export const CentimesSchema = z
  .number({ error: 'Montant attendu (en centimes)' })
  .int({ error: 'Le montant doit être un nombre entier de centimes' })
  .min(0, { error: 'Le montant ne peut pas être négatif' })
  // 1 milliard d'euros: far above any funding, and every sum of such amounts stays an exact integer.
  .max(100_000_000_000, { error: 'Le montant ne peut pas dépasser 1 milliard d’euros' });
export type Centimes = z.infer<typeof CentimesSchema>;
