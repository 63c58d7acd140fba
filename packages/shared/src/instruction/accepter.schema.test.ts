import { describe, expect, it } from 'vitest';
import { AccepterSchema } from './instruction.schema';

describe('« Accepter la prise en charge » : le montant saisi', () => {
  it('refuse un montant démesuré avec un message, au lieu de le laisser jusqu’à la base', () => {
    const r = AccepterSchema.safeParse({ montantCentimes: 10 ** 15 });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('Le montant ne peut pas dépasser 1 milliard d’euros');
    expect(AccepterSchema.safeParse({ montantCentimes: 1_295_771 }).success).toBe(true);
  });
});
