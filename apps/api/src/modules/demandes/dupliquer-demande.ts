import { randomUUID } from 'node:crypto';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { demandes } from '../../db/schema';
import { exigerDemandeurDeFinancement } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import type { Contexte } from '../identite/contexte';
import { colonnesResume } from './contenu';
import { trouverDemande } from './demandes.repository';
import { introuvable } from './regles-brouillon';

/**
 * A new draft with the content of a request (last year's apprentice, a second trainee on the same
 * course): neither its pieces, which belong to that request, nor its number, given at sending.
 */
export async function dupliquerDemande(ctx: Contexte, employeur: Employeur, id: string): Promise<string> {
  exigerDemandeurDeFinancement(employeur);
  const { db } = ctx.database;
  const source = await trouverDemande(db, employeur, id);
  if (!source) throw introuvable();
  const copie = randomUUID();
  await db.insert(demandes).values({
    id: copie,
    dispositif: source.dispositif,
    statut: 'brouillon',
    compteId: employeur.compteId,
    etablissementId: source.etablissementId,
    creePar: employeur.id,
    modifiePar: employeur.id,
    donnees: source.donnees,
    ...colonnesResume(FORMULAIRES[source.dispositif], source.donnees),
    creeLe: ctx.now,
    modifieLe: ctx.now,
  });
  return copie;
}
