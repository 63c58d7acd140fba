import {
  BrouillonEnregistreSchema,
  ConflitVersionSchema,
  type BrouillonEnregistre,
  type ConflitVersion,
  type EnregistrerBrouillon,
} from '@mse/shared/demande/demande.schema';
import type { QueryClient } from '@tanstack/react-query';
import { ErreurApiDetaillee, requeteJson } from './requete-json';

export async function enregistrerBrouillon(queryClient: QueryClient, id: string, brouillon: EnregistrerBrouillon): Promise<BrouillonEnregistre> {
  return BrouillonEnregistreSchema.parse(
    await requeteJson<BrouillonEnregistre>(queryClient, `/api/demandes/${encodeURIComponent(id)}`, 'PUT', brouillon),
  );
}

/** The details of a 409 "version_perimee" (someone saved first), or null for any other error. */
export function lireConflit(erreur: unknown): ConflitVersion['erreur'] | null {
  if (!(erreur instanceof ErreurApiDetaillee) || erreur.status !== 409) return null;
  const conflit = ConflitVersionSchema.safeParse(erreur.corps);
  return conflit.success ? conflit.data.erreur : null;
}
