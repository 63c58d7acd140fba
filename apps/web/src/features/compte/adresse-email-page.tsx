import { Alert, Button, Paper, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { ChangementEmailSchema, type ChangementEmail } from '@mse/shared/identite/compte.schema';
import { useState } from 'react';
import { TitrePage } from '../../components/ui/titre-page';
import { appliquerErreurServeur } from '../../lib/form-errors';
import { useChangerEmail } from './api/compte';

/** "Mettre à jour mon adresse email de connexion": new address + current password, confirmed by e-mail. */
export function AdresseEmailPage() {
  const changer = useChangerEmail();
  const [erreur, setErreur] = useState<string>();
  const form = useForm<ChangementEmail>({ mode: 'uncontrolled', initialValues: { nouvelleAdresse: '', motDePasse: '' }, validate: schemaResolver(ChangementEmailSchema, { sync: true }) });
  return (
    <Stack maw={560}>
      <TitrePage>Mettre à jour mon adresse email de connexion</TitrePage>
      <Paper withBorder p="lg">
        {changer.isSuccess ? (
          <Alert color="green" role="status">
            {changer.data.message}
          </Alert>
        ) : (
          <form
            noValidate
            onSubmit={form.onSubmit((values) => {
              setErreur(undefined);
              changer.mutate(values, { onError: (e) => setErreur(appliquerErreurServeur(form, e)) });
            })}
          >
            <Stack gap="sm">
              {erreur && (
                <Alert color="red" role="alert">
                  {erreur}
                </Alert>
              )}
              <TextInput label="Nouvelle adresse email" type="email" autoComplete="email" required key={form.key('nouvelleAdresse')} {...form.getInputProps('nouvelleAdresse')} />
              <PasswordInput
                label="Mot de passe actuel"
                description="Pour vérifier que c’est bien vous."
                autoComplete="current-password"
                required
                visibilityToggleButtonProps={{ 'aria-label': 'Afficher ou masquer le mot de passe actuel' }}
                key={form.key('motDePasse')}
                {...form.getInputProps('motDePasse')}
              />
              <Button type="submit" loading={changer.isPending} w="fit-content">
                Valider
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Stack>
  );
}
