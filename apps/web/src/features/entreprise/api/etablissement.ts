import { EtablissementDetailSchema, type EtablissementDetail } from '@mse/shared/entreprise/etablissement.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function fetchEtablissement(siret: string): Promise<EtablissementDetail> {
  return EtablissementDetailSchema.parse(await api<EtablissementDetail>(`/api/etablissements/${encodeURIComponent(siret)}`));
}

export const etablissementQuery = (siret: string) =>
  queryOptions({ queryKey: ['etablissements', 'detail', siret], queryFn: () => fetchEtablissement(siret) });

export function useEtablissement(siret: string) {
  return useQuery(etablissementQuery(siret));
}
