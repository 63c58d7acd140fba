import type { Config } from '../config/env';
import type { Tx } from '../db/transaction';
import { programmerEmail, type Message } from './emails';
import { modeles } from './modeles';

type Modeles = typeof modeles;
type Args<K extends keyof Modeles> = Parameters<Modeles[K]> extends [unknown, ...infer A] ? A : never;

/** Queues one of the portal's e-mails in the caller's transaction. */
export function envoyerModele<K extends keyof Modeles>(tx: Tx, config: Config, modele: K, ...args: Args<K>): Promise<string> {
  const ctx = { opco: config.opco.nom, publicUrl: config.publicUrl };
  const construire = modeles[modele] as unknown as (c: typeof ctx, ...a: Args<K>) => Message;
  return programmerEmail(tx, construire(ctx, ...args), !!config.smtpUrl);
}
