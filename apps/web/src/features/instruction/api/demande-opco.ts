import {
  DemandeOpcoSchema, type Accepter, type ActionInstruction, type Annuler, type Attribuer, type DemanderComplements, type EnregistrerRupture, type Refuser,
} from '@mse/shared/instruction/instruction.schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const demandeOpcoQuery = (numero: string) =>
  queryOptions({
    queryKey: ['opco', 'demandes', 'detail', numero],
    queryFn: async () => DemandeOpcoSchema.parse(await api(`/api/opco/demandes/${encodeURIComponent(numero)}`)),
  });

export function useDemandeOpco(numero: string) {
  return useQuery(demandeOpcoQuery(numero));
}

export type Corps = {
  commencerInstruction: undefined; demanderComplements: DemanderComplements; accepter: Accepter; refuser: Refuser; annuler: Annuler; attribuer: Attribuer; enregistrerRupture: EnregistrerRupture;
};

const CHEMINS: Record<ActionInstruction, string> = {
  commencerInstruction: 'commencer-instruction',
  demanderComplements: 'demander-complements',
  accepter: 'accepter',
  refuser: 'refuser',
  annuler: 'annuler',
  attribuer: 'attribuer',
  enregistrerRupture: 'enregistrer-rupture',
};

/** One decision on the request: the answer is the request as it now stands (status, history, actions). */
export function useDecision<A extends ActionInstruction>(numero: string, action: A) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (corps: Corps[A]) =>
      DemandeOpcoSchema.parse(await api(`/api/opco/demandes/${encodeURIComponent(numero)}/${CHEMINS[action]}`, { method: 'POST', ...(corps === undefined ? {} : { body: corps }) })),
    onSuccess: (detail) => {
      queryClient.setQueryData(demandeOpcoQuery(numero).queryKey, detail);
      void queryClient.invalidateQueries({ queryKey: ['opco', 'demandes'], predicate: (q) => q.queryKey[2] !== 'detail' });
    },
  });
}
