import type { Config } from '../../config/env';
import { stockageDe, supprimerFichier } from '../../fichiers/stockage';

/**
 * Removes files whose rows are gone for good (after commit): a failure leaves an orphan file, never a
 * row pointing at nothing. Every key is tried; the first failure is then reported (the job retries).
 */
export async function supprimerFichiers(config: Config, cles: readonly string[]): Promise<void> {
  const stockage = stockageDe(config);
  const resultats = await Promise.allSettled(cles.map((cle) => supprimerFichier(stockage, cle)));
  const echec = resultats.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (echec) throw echec.reason;
}
