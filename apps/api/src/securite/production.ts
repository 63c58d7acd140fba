import type { Config } from '../config/env';
import { ConfigError } from '../config/env';
import type { Database } from '../db/database';
import { demoAccountsPresent } from '../db/seed';

/**
 * In production, a database that holds the demo accounts (whose password is public, in the README)
 * is refused: the portal does not start until they are removed.
 */
export async function verifierBaseDeProduction(config: Config, database: Database): Promise<void> {
  if (config.env !== 'production') return;
  const comptes = await demoAccountsPresent(database.db);
  if (comptes.length) {
    throw new ConfigError(
      `La base contient ${comptes.length} compte(s) de démonstration (${comptes.slice(0, 3).join(', ')}${comptes.length > 3 ? '…' : ''}), dont le mot de passe est public : ` +
        'refusé en production (demo accounts found in a production database). Utilisez une base neuve, ou supprimez ces comptes avant de démarrer.',
    );
  }
}
