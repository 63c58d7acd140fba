import { z } from 'zod';

/** A calendar day 'YYYY-MM-DD' that exists (2025-02-29 is refused). */
export const DateIsoSchema = z.iso.date({ error: 'Date invalide : format attendu AAAA-MM-JJ' });
export type DateIsoValide = z.infer<typeof DateIsoSchema>;
