import { Alert, Button, Paper, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { ChangementMotDePasseSchema, type ChangementMotDePasse } from '@mse/shared/identite/compte.schema';
import { useState } from 'react';
import { TitrePage } from '../../components/ui/titre-page';
import { appliquerErreurServeur } from '../../lib/form-errors';
import { ChampsNouveauMotDePasse } from '../identite/components/champs-nouveau-mot-de-passe';
import { useChangerMotDePasse } from './api/compte';

/** "Mettre à jour mon mot de passe" from the account menu: same rules as the first connection. */
export function MotDePassePage() {
  const changer = useChangerMotDePasse();
  const [erreur, setErreur] = useState<string>();
  const form = useForm<ChangementMotDePasse>({
    mode: 'controlled',
    initialValues: { motDePasseActuel: '', motDePasse: '', confirmation: '' },
    validate: schemaResolver(ChangementMotDePasseSchema, { sync: true }),
  });
  return (
    <Stack maw={560}>
      <TitrePage>Mettre à jour mon mot de passe</TitrePage>
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
              <PasswordInput
                label="Mot de passe actuel"
                autoComplete="current-password"
                required
                visibilityToggleButtonProps={{ 'aria-label': 'Afficher ou masquer le mot de passe actuel' }}
                key={form.key('motDePasseActuel')}
                {...form.getInputProps('motDePasseActuel')}
              />
              <ChampsNouveauMotDePasse form={form} />
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
