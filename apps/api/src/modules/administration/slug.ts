import { like, or, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database';
import type { questionsFaq, themesFaq } from '../../db/schema-aide';

/** "Comment déposer une pièce ?" → "comment-deposer-une-piece": the address of a question or theme. */
export function slugDe(texte: string, max = 60): string {
  const slug = texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || 'sans-titre';
}

/** The first free slug among base, base-2, base-3… in the table of `colonne`. */
export async function slugLibre(db: Db, table: typeof questionsFaq | typeof themesFaq, colonne: PgColumn, texte: string): Promise<string> {
  const base = slugDe(texte);
  const pris = new Set(
    (await db.select({ slug: colonne }).from(table).where(or(eq(colonne, base), like(colonne, `${base}-%`)) as SQL)).map((r) => r.slug as string),
  );
  if (!pris.has(base)) return base;
  let n = 2;
  while (pris.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
