import { z } from 'zod';

/**
 * How a computed amount goes to the cent. Funding rounds down (the funder never pays above the
 * entitlement), minimum pay rounds up (never below the legal minimum); which one applies is data.
 */
export const ModeArrondiSchema = z.enum(['inferieur', 'superieur', 'plus_proche']);
export type ModeArrondi = z.infer<typeof ModeArrondiSchema>;
