import type { Inscription } from '@mse/shared/identite/compte.schema';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function useInscription() {
  return useMutation({ mutationFn: (input: Inscription) => api<{ message: string }>('/api/inscription', { method: 'POST', body: input }) });
}

export function useConfirmerJeton(chemin: '/api/inscription/confirmer' | '/api/compte/adresse-email/confirmer') {
  return useMutation({ mutationFn: (jeton: string) => api<{ message: string }>(chemin, { method: 'POST', body: { jeton } }) });
}
