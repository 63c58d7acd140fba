import { z } from 'zod';

/** An amount in integer cents, never negative: every amount of the rules engine has this shape. */
export const CentimesSchema = z
  .number({ error: 'Montant attendu (en centimes)' })
  .int({ error: 'Le montant doit être un nombre entier de centimes' })
  .min(0, { error: 'Le montant ne peut pas être négatif' });
export type Centimes = z.infer<typeof CentimesSchema>;
