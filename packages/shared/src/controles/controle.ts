import type { Controle } from './controle.schema';

export function ok(code: string, champ: string, message: string): Controle {
  return { code, niveau: 'ok', message, champ };
}

export function avertissement(code: string, champ: string, message: string): Controle {
  return { code, niveau: 'avertissement', message, champ };
}

export function bloquant(code: string, champ: string, message: string): Controle {
  return { code, niveau: 'bloquant', message, champ };
}

export function comporteUnBlocage(controles: readonly Controle[]): boolean {
  return controles.some((c) => c.niveau === 'bloquant');
}
