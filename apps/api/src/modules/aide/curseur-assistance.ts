import { AppError } from '../../errors';
import type { Curseur } from './assistance.repository';

/** The back office queue's cursor: opaque to the browser, checked on the way back. */
export function encoderCurseur(c: Curseur): string {
  return Buffer.from(JSON.stringify([c.creeLe, c.numero])).toString('base64url');
}

export function decoderCurseur(texte: string | undefined): Curseur | undefined {
  if (texte === undefined) return undefined;
  try {
    const [creeLe, numero] = JSON.parse(Buffer.from(texte, 'base64url').toString('utf8')) as unknown[];
    if (typeof creeLe === 'string' && !Number.isNaN(Date.parse(creeLe)) && typeof numero === 'string' && /^DA-\d{4}-\d{6}$/.test(numero)) return { creeLe, numero };
  } catch {
    // fall through: an unreadable cursor is a bad request
  }
  throw new AppError(400, 'requete_invalide', 'Curseur de pagination invalide : revenez à la première page.', [{ chemin: 'apres', message: 'Curseur de pagination invalide.' }]);
}
