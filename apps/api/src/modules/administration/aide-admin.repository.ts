import type { FaqAdmin, GuideAdmin } from '@mse/shared/administration/aide-admin.schema';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { guidesAide, questionsFaq, themesFaq } from '../../db/schema-aide';

/** The whole FAQ for its editor: every theme (empty ones too) and every question, published or not. */
export async function faqAdmin(db: Db): Promise<FaqAdmin> {
  const [themes, questions] = await Promise.all([
    db.select().from(themesFaq).orderBy(asc(themesFaq.ordre)),
    db.select().from(questionsFaq).orderBy(asc(questionsFaq.ordre)),
  ]);
  return {
    themes: themes.map((t) => {
      const siennes = questions.filter((q) => q.themeId === t.id);
      return {
        id: t.id,
        slug: t.slug,
        libelle: t.libelle,
        questions: siennes.map((q) => ({ id: q.id, slug: q.slug, themeId: q.themeId, question: q.question, reponse: q.reponse, publie: q.publie })),
        // A theme is removed only once empty: its questions are never deleted by surprise.
        actions: siennes.length ? ['modifier'] : ['modifier', 'supprimer'],
      };
    }),
  };
}

export async function guidesAdmin(db: Db): Promise<GuideAdmin[]> {
  return db
    .select({ slug: guidesAide.slug, titre: guidesAide.titre, resume: guidesAide.resume, etapes: guidesAide.etapes, publie: guidesAide.publie })
    .from(guidesAide)
    .orderBy(asc(guidesAide.ordre));
}

export async function guideAdmin(db: Db, slug: string): Promise<GuideAdmin | undefined> {
  return (await guidesAdmin(db)).find((g) => g.slug === slug);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function trouverTheme(db: Db, id: string) {
  if (!UUID.test(id)) return undefined;
  const [t] = await db.select().from(themesFaq).where(eq(themesFaq.id, id));
  return t;
}

export async function trouverQuestion(db: Db, id: string) {
  if (!UUID.test(id)) return undefined;
  const [q] = await db.select().from(questionsFaq).where(eq(questionsFaq.id, id));
  return q;
}
