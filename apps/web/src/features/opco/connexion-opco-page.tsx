import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { ConnexionOpcoSchema, type ConnexionOpco } from '@mse/shared/identite/compte.schema';
import { SessionSchema, type Session } from '@mse/shared/identite/session.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { TitrePage } from '../../components/ui/titre-page';
import { api, setCsrfToken } from '../../lib/api';
import { appliquerErreurServeur } from '../../lib/form-errors';
import { sessionQuery } from '../identite/api/session';
import { CadrePublic } from '../identite/components/cadre-public';

/** The OPCO staff's own entry: password and the code of their authenticator app. */
export function ConnexionOpcoPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [erreur, setErreur] = useState<string>();
  const connexion = useMutation({
    mutationFn: async (input: ConnexionOpco) => SessionSchema.parse(await api<Session>('/api/opco/session', { method: 'POST', body: input })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQuery.queryKey, session);
      navigate('/opco', { replace: true });
    },
  });
  const form = useForm<ConnexionOpco>({ mode: 'uncontrolled', initialValues: { email: '', motDePasse: '', code: '' }, validate: schemaResolver(ConnexionOpcoSchema, { sync: true }) });
  return (
    <CadrePublic>
      <TitrePage>Connexion du personnel de l’OPCO</TitrePage>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setErreur(undefined);
          connexion.mutate(values, { onError: (e) => setErreur(appliquerErreurServeur(form, e)) });
        })}
      >
        <Stack>
          {erreur && (
            <Alert color="red" role="alert">
              {erreur}
            </Alert>
          )}
          <TextInput label="Email" type="email" autoComplete="username" required key={form.key('email')} {...form.getInputProps('email')} />
          <PasswordInput label="Mot de passe" autoComplete="current-password" required visibilityToggleButtonProps={{ 'aria-label': 'Afficher ou masquer le mot de passe' }} key={form.key('motDePasse')} {...form.getInputProps('motDePasse')} />
          <TextInput
            label="Code à usage unique"
            description="Les 6 chiffres affichés par votre application d’authentification."
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            key={form.key('code')}
            {...form.getInputProps('code')}
          />
          <Button type="submit" loading={connexion.isPending}>
            Valider
          </Button>
          <Text size="sm">Employeur ? Utilisez l’accès « Mes services en ligne ».</Text>
        </Stack>
      </form>
    </CadrePublic>
  );
}
