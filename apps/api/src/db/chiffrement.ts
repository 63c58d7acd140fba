import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';

/**
 * Encryption at rest of the most sensitive data (issue 10): the NIR in a request's content (and IBAN/BIC
 * should a form ever ask for them), and the staff's TOTP secrets (their account, their pending
 * invitation). The columns holding them are of the types below, so every read and write through drizzle
 * passes here — the one choke point: the values are AES-256-GCM encrypted on their way to PostgreSQL and
 * decrypted on their way back; the rest of the code sees plain values.
 * The key comes from the environment (DONNEES_CLE, 32 bytes in hex); production refuses to start without it
 * (config/env.ts). A value stored before encryption was switched on is read as it is.
 */

const PREFIXE = 'chiffre:v1:';
const CLES_SENSIBLES = new Set(['nir', 'iban', 'bic', 'totpSecret']);
/** Development and tests only: a production process installs DONNEES_CLE before its first query (runtime.ts). */
const CLE_DE_DEVELOPPEMENT = createHash('sha256').update('mes-services-en-ligne:developpement-uniquement').digest();

let cleInstallee: Buffer | null = null;

export function installerCleDeChiffrement(cleHex: string): void {
  const cle = Buffer.from(cleHex, 'hex');
  if (cle.length !== 32) throw new Error('DONNEES_CLE doit faire 32 octets en hexadécimal (64 caractères, ex. `openssl rand -hex 32`).');
  cleInstallee = cle;
}

function cle(): Buffer {
  if (cleInstallee) return cleInstallee;
  if (process.env.NODE_ENV === 'production') throw new Error('Clé de chiffrement des données absente (DONNEES_CLE).');
  return CLE_DE_DEVELOPPEMENT;
}

export function chiffrerTexte(texte: string): string {
  const iv = randomBytes(12);
  const chiffreur = createCipheriv('aes-256-gcm', cle(), iv);
  const corps = Buffer.concat([chiffreur.update(texte, 'utf8'), chiffreur.final()]);
  return PREFIXE + Buffer.concat([iv, chiffreur.getAuthTag(), corps]).toString('base64');
}

export function estChiffre(valeur: unknown): valeur is string {
  return typeof valeur === 'string' && valeur.startsWith(PREFIXE);
}

export function dechiffrerTexte(valeur: string): string {
  const octets = Buffer.from(valeur.slice(PREFIXE.length), 'base64');
  const dechiffreur = createDecipheriv('aes-256-gcm', cle(), octets.subarray(0, 12));
  dechiffreur.setAuthTag(octets.subarray(12, 28));
  return Buffer.concat([dechiffreur.update(octets.subarray(28)), dechiffreur.final()]).toString('utf8');
}

function transformer(valeur: unknown, feuille: (cle: string, v: unknown) => unknown): unknown {
  if (Array.isArray(valeur)) return valeur.map((v) => transformer(v, feuille));
  if (valeur && typeof valeur === 'object') {
    return Object.fromEntries(Object.entries(valeur).map(([k, v]) => [k, CLES_SENSIBLES.has(k) ? feuille(k, v) : transformer(v, feuille)]));
  }
  return valeur;
}

export function chiffrerChampsSensibles<T>(donnees: T): T {
  return transformer(donnees, (_, v) => (typeof v === 'string' && v !== '' && !estChiffre(v) ? chiffrerTexte(v) : v)) as T;
}

export function dechiffrerChampsSensibles<T>(donnees: T): T {
  return transformer(donnees, (_, v) => (estChiffre(v) ? dechiffrerTexte(v) : v)) as T;
}

/** A jsonb column whose sensitive keys are encrypted at rest (same SQL type as `jsonb`: no migration). */
export const jsonbChiffre = customType<{ data: Record<string, unknown>; driverData: string }>({
  dataType: () => 'jsonb',
  toDriver: (valeur) => JSON.stringify(chiffrerChampsSensibles(valeur)),
  fromDriver: (valeur) => dechiffrerChampsSensibles(typeof valeur === 'string' ? (JSON.parse(valeur) as Record<string, unknown>) : (valeur as Record<string, unknown>)),
});

/**
 * A text column encrypted at rest (staff's TOTP secrets). A value written before the column was encrypted
 * is read as it is and encrypted at its next write.
 */
export const texteChiffre = customType<{ data: string; driverData: string }>({
  dataType: () => 'text',
  toDriver: (valeur) => chiffrerTexte(valeur),
  fromDriver: (valeur) => (estChiffre(valeur) ? dechiffrerTexte(valeur) : valeur),
});

export const JSONB_VIDE = sql`'{}'::jsonb`;
