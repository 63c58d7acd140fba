import { ActivationPersonnelSchema, ListePersonnelSchema, type ActivationPersonnel, type ActiverPersonnel, type ListePersonnel, type NouveauPersonnel, type RolePersonnel } from '@mse/shared/administration/personnel.schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const personnelQuery = queryOptions({
  queryKey: ['administration', 'personnel'],
  queryFn: async () => ListePersonnelSchema.parse(await api<ListePersonnel>('/api/administration/personnel')),
});
export const usePersonnel = () => useQuery(personnelQuery);

type OperationPersonnel =
  | { type: 'inviter'; saisie: NouveauPersonnel }
  | { type: 'changer_role'; id: string; role: RolePersonnel }
  | { type: 'desactiver'; id: string }
  | { type: 'renvoyer_invitation'; id: string };

function requete(op: OperationPersonnel): [string, { method: string; body?: unknown }] {
  switch (op.type) {
    case 'inviter':
      return ['/api/administration/personnel', { method: 'POST', body: op.saisie }];
    case 'changer_role':
      return [`/api/administration/personnel/${op.id}/role`, { method: 'PUT', body: { role: op.role } }];
    case 'desactiver':
      return [`/api/administration/personnel/${op.id}/desactivation`, { method: 'POST' }];
    case 'renvoyer_invitation':
      return [`/api/administration/personnel/${op.id}/invitation`, { method: 'POST' }];
  }
}

export function useModifierPersonnel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (op: OperationPersonnel) => ListePersonnelSchema.parse(await api<ListePersonnel>(...requete(op))),
    onSuccess: (liste) => queryClient.setQueryData(personnelQuery.queryKey, liste),
  });
}

export function useActivation(jeton: string) {
  return useQuery({
    queryKey: ['activation-personnel', jeton],
    queryFn: async () => ActivationPersonnelSchema.parse(await api<ActivationPersonnel>(`/api/opco/activation?jeton=${encodeURIComponent(jeton)}`)),
    enabled: jeton !== '',
    staleTime: Infinity,
    retry: false,
  });
}

export function useActiverCompte() {
  return useMutation({ mutationFn: (saisie: ActiverPersonnel) => api<void>('/api/opco/activation', { method: 'POST', body: saisie }) });
}
