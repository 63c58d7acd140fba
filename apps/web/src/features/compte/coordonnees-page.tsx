import { Alert, Button, Group, Paper, Radio, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { CoordonneesSchema, type Coordonnees } from '@mse/shared/identite/compte.schema';
import { useEffect, useState } from 'react';
import { TitrePage } from '../../components/ui/titre-page';
import { appliquerErreurServeur } from '../../lib/form-errors';
import { useCoordonnees, useModifierCoordonnees } from './api/compte';

/** "Mes coordonnées": the account owner's details (seed 000, Gestion de compte). */
export function CoordonneesPage() {
  const { data, isPending, error } = useCoordonnees();
  const modifier = useModifierCoordonnees();
  const [message, setMessage] = useState<{ ok: boolean; texte: string }>();
  const form = useForm<Coordonnees>({
    mode: 'uncontrolled',
    initialValues: { civilite: 'Madame', nom: '', prenom: '', fonction: '', telephone: '' },
    validate: schemaResolver(CoordonneesSchema, { sync: true }),
  });
  useEffect(() => {
    if (data) {
      const { email: _email, ...valeurs } = data;
      form.setValues(valeurs);
      form.resetDirty(valeurs);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the server's data arrives
  }, [data]);
  return (
    <Stack maw={560}>
      <TitrePage>Mes coordonnées</TitrePage>
      {error && <Alert color="red">{error.message}</Alert>}
      {isPending ? (
        <Skeleton h={300} />
      ) : (
        <Paper withBorder p="lg">
          <Text mb="md">
            Adresse email de connexion : <strong>{data?.email}</strong>
          </Text>
          <form
            noValidate
            onSubmit={form.onSubmit((values) => {
              setMessage(undefined);
              modifier.mutate(values, {
                onSuccess: () => setMessage({ ok: true, texte: 'Vos coordonnées sont enregistrées.' }),
                onError: (e) => {
                  const general = appliquerErreurServeur(form, e);
                  if (general) setMessage({ ok: false, texte: general });
                },
              });
            })}
          >
            <Stack gap="sm">
              {message && (
                <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
                  {message.texte}
                </Alert>
              )}
              <Radio.Group label="Civilité" required key={form.key('civilite')} {...form.getInputProps('civilite')}>
                <Group mt={4}>
                  <Radio value="Madame" label="Madame" />
                  <Radio value="Monsieur" label="Monsieur" />
                </Group>
              </Radio.Group>
              <TextInput label="Nom" required key={form.key('nom')} {...form.getInputProps('nom')} />
              <TextInput label="Prénom" required key={form.key('prenom')} {...form.getInputProps('prenom')} />
              <TextInput label="Fonction" required key={form.key('fonction')} {...form.getInputProps('fonction')} />
              <TextInput label="Téléphone" type="tel" required key={form.key('telephone')} {...form.getInputProps('telephone')} />
              <Button type="submit" loading={modifier.isPending} w="fit-content">
                Valider
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
