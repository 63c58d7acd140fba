import { DemandeDetailSchema, type DemandeDetail } from '@mse/shared/demande/demande.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function fetchDemande(id: string): Promise<DemandeDetail> {
  return DemandeDetailSchema.parse(await api<DemandeDetail>(`/api/demandes/${encodeURIComponent(id)}`));
}

/** A draft is read once when the form opens: afterwards the form's own state is the truth (it saves it). */
export const demandeQuery = (id: string) =>
  queryOptions({ queryKey: ['demandes', 'detail', id], queryFn: () => fetchDemande(id), staleTime: Infinity, gcTime: 0 });

export function useDemande(id: string | undefined) {
  return useQuery({ ...demandeQuery(id ?? ''), enabled: id !== undefined });
}
