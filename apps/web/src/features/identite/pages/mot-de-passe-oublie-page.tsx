import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { DemandeReinitialisationSchema, type DemandeReinitialisation } from '@mse/shared/identite/compte.schema';
import { useState } from 'react';
import { Link } from 'react-router';
import { TitrePage } from '../../../components/ui/titre-page';
import { appliquerErreurServeur } from '../../../lib/form-errors';
import { useDemanderReinitialisation } from '../api/mot-de-passe';
import { CadrePublic } from '../components/cadre-public';

/** "Mot de passe oublié ?" — also the first connection of an account migrated from the old portal. */
export function MotDePasseOubliePage() {
  const demande = useDemanderReinitialisation();
  const [erreur, setErreur] = useState<string>();
  const form = useForm<DemandeReinitialisation>({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: schemaResolver(DemandeReinitialisationSchema, { sync: true }),
  });
  return (
    <CadrePublic>
      <TitrePage>Mot de passe oublié ?</TitrePage>
      {demande.isSuccess ? (
        <Stack>
          <Alert color="green" role="status" title="Un message a été envoyé">
            {demande.data.message} Il contient le lien « Réinitialiser mon mot de passe », valable une heure. Pensez à regarder dans vos courriers indésirables.
          </Alert>
          <Anchor component={Link} to="/connexion">
            Revenir à la connexion
          </Anchor>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            setErreur(undefined);
            demande.mutate(values, { onError: (e) => setErreur(appliquerErreurServeur(form, e)) });
          })}
        >
          <Stack>
            <Text>Renseignez l’adresse email utilisée dans vos services en ligne : vous recevrez un lien pour choisir un nouveau mot de passe.</Text>
            {erreur && (
              <Alert color="red" role="alert">
                {erreur}
              </Alert>
            )}
            <TextInput label="Email" placeholder="Saisir l'adresse email" type="email" autoComplete="username" required key={form.key('email')} {...form.getInputProps('email')} />
            <Button type="submit" loading={demande.isPending}>
              Valider
            </Button>
            <Anchor component={Link} to="/connexion" size="sm">
              Revenir à la connexion
            </Anchor>
          </Stack>
        </form>
      )}
    </CadrePublic>
  );
}
