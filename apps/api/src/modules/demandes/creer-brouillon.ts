import type { CreerBrouillonSchema } from '@mse/shared/demande/demande.schema';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import type { z } from 'zod';
import { demandes } from '../../db/schema';
import { DonneesInvalides, Introuvable } from '../../errors';
import { exigerDemandeurDeFinancement } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import type { Contexte } from '../identite/contexte';
import { colonnesResume, contenuInitial } from './contenu';
import { etablissementDeLaDemande, trouverDemande } from './demandes.repository';

export const MESSAGE_ETABLISSEMENT_A_CHOISIR = 'Choisissez l’établissement pour lequel vous faites la demande.';

/**
 * "Demander un financement": the draft exists from the first field typed. The id is the browser's, so a
 * retried creation (lost answer, double click) finds the draft it made instead of making a second one;
 * an id already used by another account answers like any request of another account (404).
 */
export async function creerBrouillon(ctx: Contexte, employeur: Employeur, saisie: z.output<typeof CreerBrouillonSchema>): Promise<{ id: string; cree: boolean }> {
  exigerDemandeurDeFinancement(employeur);
  const { db } = ctx.database;
  if (await trouverDemande(db, employeur, saisie.id)) return { id: saisie.id, cree: false };
  const etablissement = await etablissementDeLaDemande(db, employeur, saisie.siret);
  if (!etablissement) throw new DonneesInvalides([{ chemin: 'siret', message: MESSAGE_ETABLISSEMENT_A_CHOISIR }]);
  const definition = FORMULAIRES[saisie.dispositif];
  const donnees = contenuInitial(definition, etablissement, saisie.donnees);
  const inseree = await db
    .insert(demandes)
    .values({
      id: saisie.id,
      dispositif: saisie.dispositif,
      statut: 'brouillon',
      compteId: employeur.compteId,
      etablissementId: etablissement.id,
      creePar: employeur.id,
      modifiePar: employeur.id,
      donnees,
      ...colonnesResume(definition, donnees),
      creeLe: ctx.now,
      modifieLe: ctx.now,
    })
    .onConflictDoNothing({ target: demandes.id })
    .returning({ id: demandes.id });
  if (inseree.length) return { id: saisie.id, cree: true };
  // Two creations with one id crossed: the other one made it, if it is this account's.
  if (await trouverDemande(db, employeur, saisie.id)) return { id: saisie.id, cree: false };
  throw new Introuvable('Cette demande n’existe pas ou ne vous est pas accessible.');
}
