import { DemandeDetailSchema, type CreerBrouillon, type DemandeDetail } from '@mse/shared/demande/demande.schema';
import type { QueryClient } from '@tanstack/react-query';
import { requeteJson } from './requete-json';

/** Idempotent on the id the browser chose: a retried creation finds the same draft. */
export async function creerBrouillon(queryClient: QueryClient, brouillon: CreerBrouillon): Promise<DemandeDetail> {
  return DemandeDetailSchema.parse(await requeteJson<DemandeDetail>(queryClient, '/api/demandes', 'POST', brouillon));
}
