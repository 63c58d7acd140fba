import { GuideSchema, GuidesSchema, type Guide, type Guides } from '@mse/shared/aide/guide.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const guidesQuery = queryOptions({
  queryKey: ['aide', 'guides'],
  queryFn: async () => GuidesSchema.parse(await api<Guides>('/api/aide/guides')),
  staleTime: 5 * 60_000,
});

export function useGuides() {
  return useQuery(guidesQuery);
}

export const guideQuery = (slug: string) =>
  queryOptions({
    queryKey: ['aide', 'guides', slug],
    queryFn: async () => GuideSchema.parse(await api<Guide>(`/api/aide/guides/${encodeURIComponent(slug)}`)),
    staleTime: 5 * 60_000,
  });

export function useGuide(slug: string) {
  return useQuery(guideQuery(slug));
}
