import type { Db } from '../../db/database';
import { votesFaq } from '../../db/schema-aide';
import { Introuvable } from '../../errors';
import type { Employeur } from '../../policies/espaces';
import { idQuestionPubliee } from './contenu.repository';

/** "Cette réponse vous a-t-elle aidé ?": one answer per person and question; answering again changes it. */
export async function voterFaq(db: Db, employeur: Employeur, slug: string, utile: boolean, now: Date): Promise<void> {
  const questionId = await idQuestionPubliee(db, slug);
  if (!questionId) throw new Introuvable('Cette question n’existe pas ou n’est plus publiée.');
  await db
    .insert(votesFaq)
    .values({ questionId, utilisateurId: employeur.id, utile, voteLe: now })
    .onConflictDoUpdate({ target: [votesFaq.questionId, votesFaq.utilisateurId], set: { utile, voteLe: now } });
}
