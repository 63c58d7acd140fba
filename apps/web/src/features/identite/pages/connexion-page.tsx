import { Alert, Anchor, Button, Checkbox, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { ConnexionSchema, type Connexion } from '@mse/shared/identite/connexion.schema';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { TitrePage } from '../../../components/ui/titre-page';
import { appliquerErreurServeur } from '../../../lib/form-errors';
import { useConnexion } from '../api/connexion';
import { useSession } from '../api/session';
import { CadrePublic } from '../components/cadre-public';
import { destinationApresConnexion } from '../destination';

/** "Me connecter" (seed 002), labels verbatim. */
export function ConnexionPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data: session } = useSession();
  const connexion = useConnexion();
  const [erreur, setErreur] = useState<string>();
  const form = useForm<Connexion>({
    mode: 'uncontrolled',
    initialValues: { email: '', motDePasse: '', seSouvenir: false },
    validate: schemaResolver(ConnexionSchema, { sync: true }),
    validateInputOnBlur: true,
  });
  const suite = destinationApresConnexion(params.get('suite'));
  if (session) return <Navigate to={suite} replace />;

  const onSubmit = form.onSubmit((values) => {
    setErreur(undefined);
    connexion.mutate(values, {
      onSuccess: () => navigate(suite, { replace: true }),
      onError: (e) => setErreur(appliquerErreurServeur(form, e)),
    });
  });

  return (
    <CadrePublic>
      <TitrePage>Me connecter</TitrePage>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {erreur && (
            <Alert color="red" role="alert">
              {erreur}
            </Alert>
          )}
          <TextInput label="Email" placeholder="Saisir l'adresse email" type="email" autoComplete="username" required key={form.key('email')} {...form.getInputProps('email')} />
          <PasswordInput
            label="Mot de passe"
            placeholder="Saisir le mot de passe"
            autoComplete="current-password"
            required
            visibilityToggleButtonProps={{ 'aria-label': 'Afficher ou masquer le mot de passe' }}
            key={form.key('motDePasse')}
            {...form.getInputProps('motDePasse')}
          />
          <Group justify="space-between">
            <Checkbox label="Se souvenir de moi" key={form.key('seSouvenir')} {...form.getInputProps('seSouvenir', { type: 'checkbox' })} />
            <Anchor component={Link} to="/mot-de-passe-oublie" size="sm">
              Mot de passe oublié ?
            </Anchor>
          </Group>
          <Button type="submit" loading={connexion.isPending}>
            Valider
          </Button>
          <Text size="sm" ta="center">
            Pas encore de compte ?{' '}
            <Anchor component={Link} to="/inscription">
              Inscrivez-vous !
            </Anchor>
          </Text>
          <Text size="sm" ta="center">
            Impossible de vous connecter ?{' '}
            <Anchor component={Link} to="/assistance">
              Contacter l’assistance
            </Anchor>
          </Text>
        </Stack>
      </form>
    </CadrePublic>
  );
}
