import { JournalSchema, VerificationJournalSchema, type Journal, type VerificationJournal } from '@mse/shared/administration/journal.schema';
import { infiniteQueryOptions, useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type FiltresSaisis = { evenement: string; personne: string; du: string; au: string };

/** The filters as query-string parameters (empty ones left out): also the export's address. */
export function parametresJournal(filtres: FiltresSaisis, apres?: number): string {
  const p = new URLSearchParams();
  for (const [cle, valeur] of Object.entries(filtres)) if (valeur.trim()) p.set(cle, valeur.trim());
  if (apres) p.set('apres', String(apres));
  const texte = p.toString();
  return texte ? `?${texte}` : '';
}

export const journalQuery = (filtres: FiltresSaisis) =>
  infiniteQueryOptions({
    queryKey: ['administration', 'journal', filtres],
    queryFn: async ({ pageParam }) => JournalSchema.parse(await api<Journal>(`/api/administration/journal${parametresJournal(filtres, pageParam ?? undefined)}`)),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.suivant,
  });

export const useJournal = (filtres: FiltresSaisis) => useInfiniteQuery(journalQuery(filtres));

export function useVerifierJournal() {
  return useMutation({ mutationFn: async () => VerificationJournalSchema.parse(await api<VerificationJournal>('/api/administration/journal/verification')) });
}
