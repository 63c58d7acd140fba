import type { SaisieQuestionFaq, SaisieThemeFaq } from '@mse/shared/administration/aide-admin.schema';
import { count, eq, sql } from 'drizzle-orm';
import { questionsFaq, themesFaq } from '../../db/schema-aide';
import { transaction } from '../../db/transaction';
import { Conflit, DonneesInvalides, Introuvable } from '../../errors';
import type { Administrateur } from '../../policies/administration';
import type { Contexte } from '../identite/contexte';
import { trouverQuestion, trouverTheme } from './aide-admin.repository';
import { slugLibre } from './slug';
import { tracer } from './tracer';

const THEME_INTROUVABLE = 'Cette thématique n’existe pas.';
const QUESTION_INTROUVABLE = 'Cette question n’existe pas.';

/**
 * The FAQ's editor: themes and questions. A question keeps its address (slug) when edited, so that
 * links already sent (/aide/foire-aux-questions#slug) still open it; a new one is placed last.
 */
export async function creerTheme(ctx: Contexte, acteur: Administrateur, saisie: SaisieThemeFaq) {
  return transaction(ctx.database, ctx.boss, async ({ db }) => {
    await db.execute(sql`lock table ${themesFaq} in share row exclusive mode`);
    const slug = await slugLibre(db, themesFaq, themesFaq.slug, saisie.libelle);
    const [{ ordre }] = (await db.select({ ordre: sql<number>`coalesce(max(${themesFaq.ordre}), 0) + 1` }).from(themesFaq)) as [{ ordre: number }];
    const [theme] = await db.insert(themesFaq).values({ slug, libelle: saisie.libelle, ordre }).returning();
    await tracer(db, acteur, ctx.ip, 'theme_faq_cree', { themeId: theme!.id, libelle: saisie.libelle });
    return theme!;
  });
}

export async function modifierTheme(ctx: Contexte, acteur: Administrateur, id: string, saisie: SaisieThemeFaq) {
  return transaction(ctx.database, ctx.boss, async ({ db }) => {
    if (!(await trouverTheme(db, id))) throw new Introuvable(THEME_INTROUVABLE);
    await db.update(themesFaq).set({ libelle: saisie.libelle }).where(eq(themesFaq.id, id));
    await tracer(db, acteur, ctx.ip, 'theme_faq_modifie', { themeId: id, libelle: saisie.libelle });
  });
}

export async function supprimerTheme(ctx: Contexte, acteur: Administrateur, id: string) {
  return transaction(ctx.database, ctx.boss, async ({ db }) => {
    const theme = await trouverTheme(db, id);
    if (!theme) throw new Introuvable(THEME_INTROUVABLE);
    const [{ n }] = (await db.select({ n: count() }).from(questionsFaq).where(eq(questionsFaq.themeId, id))) as [{ n: number }];
    if (n > 0) throw new Conflit('theme_non_vide', `La thématique « ${theme.libelle} » contient encore ${n} question(s) : supprimez-les ou déplacez-les d’abord.`);
    await db.delete(themesFaq).where(eq(themesFaq.id, id));
    await tracer(db, acteur, ctx.ip, 'theme_faq_supprime', { themeId: id, libelle: theme.libelle });
  });
}

async function exigerTheme(db: Parameters<typeof trouverTheme>[0], themeId: string) {
  if (!(await trouverTheme(db, themeId))) throw new DonneesInvalides([{ chemin: 'themeId', message: 'Choisissez une thématique existante.' }]);
}

export async function creerQuestion(ctx: Contexte, acteur: Administrateur, saisie: SaisieQuestionFaq) {
  return transaction(ctx.database, ctx.boss, async ({ db }) => {
    await exigerTheme(db, saisie.themeId);
    await db.execute(sql`lock table ${questionsFaq} in share row exclusive mode`);
    const slug = await slugLibre(db, questionsFaq, questionsFaq.slug, saisie.question);
    const [{ ordre }] = (await db
      .select({ ordre: sql<number>`coalesce(max(${questionsFaq.ordre}), 0) + 1` })
      .from(questionsFaq)
      .where(eq(questionsFaq.themeId, saisie.themeId))) as [{ ordre: number }];
    const [question] = await db
      .insert(questionsFaq)
      .values({ ...saisie, slug, ordre, creeLe: ctx.now, modifieLe: ctx.now })
      .returning();
    await tracer(db, acteur, ctx.ip, 'question_faq_creee', { questionId: question!.id, slug, question: saisie.question });
    return question!;
  });
}

export async function modifierQuestion(ctx: Contexte, acteur: Administrateur, id: string, saisie: SaisieQuestionFaq) {
  return transaction(ctx.database, ctx.boss, async ({ db }) => {
    const actuelle = await trouverQuestion(db, id);
    if (!actuelle) throw new Introuvable(QUESTION_INTROUVABLE);
    await exigerTheme(db, saisie.themeId);
    const [question] = await db.update(questionsFaq).set({ ...saisie, modifieLe: ctx.now }).where(eq(questionsFaq.id, id)).returning();
    await tracer(db, acteur, ctx.ip, 'question_faq_modifiee', { questionId: id, slug: actuelle.slug, publie: saisie.publie });
    return question!;
  });
}

export async function supprimerQuestion(ctx: Contexte, acteur: Administrateur, id: string) {
  return transaction(ctx.database, ctx.boss, async ({ db }) => {
    const actuelle = await trouverQuestion(db, id);
    if (!actuelle) throw new Introuvable(QUESTION_INTROUVABLE);
    await db.delete(questionsFaq).where(eq(questionsFaq.id, id));
    await tracer(db, acteur, ctx.ip, 'question_faq_supprimee', { questionId: id, slug: actuelle.slug, question: actuelle.question });
  });
}
