import { Alert, Anchor, Button, Center, Code, Container, Loader, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { useActivation, useActiverCompte } from '../api/personnel';
import { erreursDesChamps, STYLE_FORMULAIRE } from '../components/cadre-administration';
import { TEXTES } from '../textes';

const T = TEXTES.activation;

/** `/opco/activation?jeton=…` (from the invitation e-mail): password and second factor of a new staff member. */
export function ActivationPage() {
  const [parametres] = useSearchParams();
  const jeton = parametres.get('jeton') ?? '';
  const activation = useActivation(jeton);
  const activer = useActiverCompte();
  const [erreur, setErreur] = useState('');
  const form = useForm({ mode: 'uncontrolled', initialValues: { motDePasse: '', code: '' } });
  const data = activation.data;
  return (
    <main id="contenu">
      <Container size="sm" py="xl">
        <Stack>
          <TitrePage>{T.titre}</TitrePage>
          {activation.isPending && jeton && (
            <Center>
              <Loader role="progressbar" aria-label={TEXTES.commun.chargement} />
            </Center>
          )}
          {activation.error && <ErreurChargement erreur={activation.error} />}
          {(!jeton || (data && data.etat !== 'valide')) && (
            <Alert color="red" role="alert">
              {data && data.etat !== 'valide' ? data.message : 'Ce lien n’est pas valide. Vérifiez que vous avez copié le lien complet.'}
            </Alert>
          )}
          {activer.isSuccess && (
            <Alert color="green" role="status">
              {T.active}{' '}
              <Anchor component={Link} to="/opco/connexion" fw={700}>
                {T.connexion}
              </Anchor>
            </Alert>
          )}
          {data?.etat === 'valide' && !activer.isSuccess && (
            <Paper withBorder p="md" style={STYLE_FORMULAIRE}>
              <Stack>
                <Text>{T.bonjour(data.prenom, data.email)}</Text>
                <Text>{T.etape1}</Text>
                <Anchor href={data.uri} fw={600}>
                  {T.lienApplication}
                </Anchor>
                <Text>
                  {T.cle} : <Code>{data.secret}</Code>
                </Text>
                <Text>{T.etape2}</Text>
                {erreur && (
                  <Alert color="red" role="alert">
                    {erreur}
                  </Alert>
                )}
                <form
                  noValidate
                  aria-label={T.titre}
                  onSubmit={form.onSubmit((s) => {
                    setErreur('');
                    activer.mutate(
                      { jeton, ...s },
                      {
                        onError: (e) => {
                          if (e instanceof ApiError && e.champs.length) form.setErrors(erreursDesChamps(e.champs));
                          else setErreur(e.message);
                        },
                      },
                    );
                  })}
                >
                  <Stack gap="sm">
                    <PasswordInput label={T.champMotDePasse} required autoComplete="new-password" key={form.key('motDePasse')} {...form.getInputProps('motDePasse')} />
                    <TextInput label={T.champCode} required inputMode="numeric" autoComplete="one-time-code" maxLength={6} key={form.key('code')} {...form.getInputProps('code')} />
                    <Button type="submit" w="fit-content" loading={activer.isPending}>
                      {T.activer}
                    </Button>
                  </Stack>
                </form>
              </Stack>
            </Paper>
          )}
        </Stack>
      </Container>
    </main>
  );
}
