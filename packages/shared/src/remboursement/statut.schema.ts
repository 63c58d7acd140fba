import { z } from 'zod';

/** A payment claimed by or due to the employer ("Mes remboursements", tabs À venir / Payé / Refusé). */
export const STATUTS_REMBOURSEMENT = ['a_venir', 'paye', 'refuse'] as const;
export const StatutRemboursementSchema = z.enum(STATUTS_REMBOURSEMENT);
export type StatutRemboursement = z.infer<typeof StatutRemboursementSchema>;

export const ACTIONS_REMBOURSEMENT = ['payer', 'refuser'] as const;
export const ActionRemboursementSchema = z.enum(ACTIONS_REMBOURSEMENT);
export type ActionRemboursement = z.infer<typeof ActionRemboursementSchema>;
