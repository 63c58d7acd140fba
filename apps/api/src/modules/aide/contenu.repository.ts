import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { guidesAide, questionsFaq, themesFaq, votesFaq } from '../../db/schema-aide';

/** The published help content: guides and FAQ. Public; the signed-in employer's own votes come along. */

const colonnesGuide = { slug: guidesAide.slug, titre: guidesAide.titre, resume: guidesAide.resume, illustration: guidesAide.illustration, etapes: guidesAide.etapes };

export async function listerGuides(db: Db) {
  return db.select(colonnesGuide).from(guidesAide).where(eq(guidesAide.publie, true)).orderBy(asc(guidesAide.ordre));
}

export async function trouverGuide(db: Db, slug: string) {
  const [guide] = await db.select(colonnesGuide).from(guidesAide).where(and(eq(guidesAide.slug, slug), eq(guidesAide.publie, true)));
  return guide;
}

const colonnesQuestion = (utilisateurId: string | undefined) => ({
  slug: questionsFaq.slug,
  theme: themesFaq.slug,
  question: questionsFaq.question,
  reponse: questionsFaq.reponse,
  monVote: utilisateurId
    ? sql<boolean | null>`(select ${votesFaq.utile} from ${votesFaq} where ${votesFaq.questionId} = ${questionsFaq.id} and ${votesFaq.utilisateurId} = ${utilisateurId})`
    : sql<boolean | null>`null::boolean`,
});

export async function listerFaq(db: Db, utilisateurId: string | undefined) {
  const [themes, questions] = await Promise.all([
    db.select({ slug: themesFaq.slug, libelle: themesFaq.libelle }).from(themesFaq).orderBy(asc(themesFaq.ordre)),
    db
      .select(colonnesQuestion(utilisateurId))
      .from(questionsFaq)
      .innerJoin(themesFaq, eq(themesFaq.id, questionsFaq.themeId))
      .where(eq(questionsFaq.publie, true))
      .orderBy(asc(themesFaq.ordre), asc(questionsFaq.ordre)),
  ]);
  return { themes, questions };
}

/**
 * Below this average similarity, a question is not shown. Measured on the demo FAQ: a typo or a
 * missing accent scores 0.6 to 1 on the word it damages, an unrelated word under 0.4.
 */
export const SEUIL_PERTINENCE = 0.5;
const POIDS_REPONSE = 0.9;
const RESULTATS_MAX = 10;

/**
 * Each meaningful word of the search is compared with the question and the answer, accents and case
 * aside (unaccent), typos tolerated (pg_trgm's word_similarity: the best-matching stretch of the text);
 * a question's score is the average over the words, the question itself weighing more than its answer.
 * A few dozen questions: no index, one query.
 */
export async function rechercherFaq(db: Db, mots: string[], utilisateurId: string | undefined) {
  if (mots.length === 0) return [];
  const score = sql<number>`(select avg(greatest(
      word_similarity(lower(unaccent(m)), lower(unaccent(${questionsFaq.question}))),
      ${POIDS_REPONSE} * word_similarity(lower(unaccent(m)), lower(unaccent(${questionsFaq.reponse})))
    )) from unnest(${sql.param(mots)}::text[]) as m)`;
  const lignes = await db
    .select({ ...colonnesQuestion(utilisateurId), score })
    .from(questionsFaq)
    .innerJoin(themesFaq, eq(themesFaq.id, questionsFaq.themeId))
    .where(and(eq(questionsFaq.publie, true), sql`${score} >= ${SEUIL_PERTINENCE}`))
    .orderBy(sql`${score} desc`, asc(themesFaq.ordre), asc(questionsFaq.ordre))
    .limit(RESULTATS_MAX);
  return lignes;
}

export async function idQuestionPubliee(db: Db, slug: string): Promise<string | undefined> {
  const [q] = await db.select({ id: questionsFaq.id }).from(questionsFaq).where(and(eq(questionsFaq.slug, slug), eq(questionsFaq.publie, true)));
  return q?.id;
}

/** For administrators: "Oui" and "Non" counts of every question, in the order of the FAQ. */
export async function statistiquesFaq(db: Db) {
  return db
    .select({
      slug: questionsFaq.slug,
      theme: themesFaq.libelle,
      question: questionsFaq.question,
      oui: sql<number>`count(*) filter (where ${votesFaq.utile})::int`,
      non: sql<number>`count(*) filter (where not ${votesFaq.utile})::int`,
    })
    .from(questionsFaq)
    .innerJoin(themesFaq, eq(themesFaq.id, questionsFaq.themeId))
    .leftJoin(votesFaq, eq(votesFaq.questionId, questionsFaq.id))
    .groupBy(questionsFaq.id, themesFaq.id)
    .orderBy(asc(themesFaq.ordre), asc(questionsFaq.ordre));
}
