import { describe, expect, it } from 'vitest';
import { actionsAssistance, transitionAssistance } from './demande-assistance';
import { DemandeAssistancePubliqueSchema, DemandeAssistanceSchema } from './demande-assistance.schema';

describe('la vie d’une demande d’assistance', () => {
  it('passe à « Répondu » quand l’OPCO répond, puis revient « En attente de réponse » quand l’employeur écrit à nouveau', () => {
    expect(transitionAssistance('en_attente', 'repondre')).toEqual({ ok: true, statut: 'repondu' });
    expect(transitionAssistance('repondu', 'relancer')).toEqual({ ok: true, statut: 'en_attente' });
    expect(transitionAssistance('repondu', 'repondre')).toEqual({ ok: true, statut: 'repondu' });
  });

  it('ne propose à chaque côté que ses propres actions', () => {
    expect(actionsAssistance('en_attente', 'opco')).toEqual(['repondre']);
    expect(actionsAssistance('repondu', 'entreprise')).toEqual(['relancer']);
  });
});

describe('le formulaire « Contacter l’assistance »', () => {
  const valide = { objet: 'remboursement', message: '  Bonjour, où en est mon remboursement ?  ' };

  it('accepte un objet de la liste et un message, et nettoie le numéro de dossier', () => {
    expect(DemandeAssistanceSchema.parse({ ...valide, numeroDossier: ' ap-2026-000123 ' })).toEqual({
      objet: 'remboursement',
      numeroDossier: 'AP-2026-000123',
      message: 'Bonjour, où en est mon remboursement ?',
    });
    expect(DemandeAssistanceSchema.parse({ ...valide, numeroDossier: '  ' }).numeroDossier).toBeUndefined();
  });

  const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

  it('explique chaque champ faux en français', () => {
    const r = DemandeAssistanceSchema.safeParse({ objet: 'inconnu', numeroDossier: 'X'.repeat(31), message: '   ' });
    expect(messages(r)).toEqual({
      objet: 'Choisissez l’objet de votre demande.',
      numeroDossier: 'Un numéro de dossier fait au plus 30 caractères (par exemple AP-2026-000123).',
      message: 'Saisissez votre message.',
    });
  });

  it('refuse un message de 10 000 caractères en disant la limite et la longueur', () => {
    const r = DemandeAssistanceSchema.safeParse({ ...valide, message: 'a'.repeat(10_000) });
    expect(messages(r)).toEqual({ message: 'Votre message fait au plus 5 000 caractères (il en compte 10 000).' });
  });

  it('demande au visiteur non connecté son nom et une adresse email valide', () => {
    const r = DemandeAssistancePubliqueSchema.safeParse({ ...valide, nom: 'x'.repeat(10_000), email: 'pas-une-adresse' });
    expect(messages(r)).toEqual({
      nom: 'Vos nom et prénom font au plus 100 caractères.',
      email: 'Saisissez une adresse email valide, par exemple nom@entreprise.fr.',
    });
  });
});
