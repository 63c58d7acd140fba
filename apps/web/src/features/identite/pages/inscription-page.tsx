import { Alert, Anchor, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { InscriptionSchema, type Inscription } from '@mse/shared/identite/compte.schema';
import { useState } from 'react';
import { Link } from 'react-router';
import { TitrePage } from '../../../components/ui/titre-page';
import { appliquerErreurServeur } from '../../../lib/form-errors';
import { useInscription } from '../api/inscription';
import { CadrePublic } from '../components/cadre-public';
import { ChampsNouveauMotDePasse } from '../components/champs-nouveau-mot-de-passe';

/** "Inscrivez-vous !": an establishment of the OPCO without an account creates one. */
export function InscriptionPage() {
  const inscription = useInscription();
  const [erreur, setErreur] = useState<string>();
  const form = useForm<Inscription>({
    mode: 'controlled',
    initialValues: { siret: '', civilite: 'Madame', nom: '', prenom: '', fonction: '', telephone: '', email: '', motDePasse: '', confirmation: '' },
    validate: schemaResolver(InscriptionSchema, { sync: true }),
    validateInputOnBlur: true,
  });
  if (inscription.isSuccess) {
    return (
      <CadrePublic>
        <TitrePage>Inscription</TitrePage>
        <Alert color="green" role="status" title="Un message a été envoyé">
          {inscription.data.message}
        </Alert>
        <Anchor component={Link} to="/connexion" mt="md" display="block">
          Revenir à la connexion
        </Anchor>
      </CadrePublic>
    );
  }
  return (
    <CadrePublic>
      <TitrePage>Inscription</TitrePage>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setErreur(undefined);
          inscription.mutate(values, { onError: (e) => setErreur(appliquerErreurServeur(form, e)) });
        })}
      >
        <Stack gap="sm">
          <Text size="sm">Votre entreprise doit être adhérente de l’OPCO. Tous les champs sont obligatoires.</Text>
          {erreur && (
            <Alert color="red" role="alert">
              {erreur}
            </Alert>
          )}
          <TextInput label="SIRET de l’établissement" description="14 chiffres, par exemple 493 832 309 00111" inputMode="numeric" required key={form.key('siret')} {...form.getInputProps('siret')} />
          <Radio.Group label="Civilité" required key={form.key('civilite')} {...form.getInputProps('civilite')}>
            <Group mt={4}>
              <Radio value="Madame" label="Madame" />
              <Radio value="Monsieur" label="Monsieur" />
            </Group>
          </Radio.Group>
          <TextInput label="Nom" autoComplete="family-name" required key={form.key('nom')} {...form.getInputProps('nom')} />
          <TextInput label="Prénom" autoComplete="given-name" required key={form.key('prenom')} {...form.getInputProps('prenom')} />
          <TextInput label="Fonction" autoComplete="organization-title" required key={form.key('fonction')} {...form.getInputProps('fonction')} />
          <TextInput label="Téléphone" type="tel" autoComplete="tel" required key={form.key('telephone')} {...form.getInputProps('telephone')} />
          <TextInput label="Email" type="email" autoComplete="email" required key={form.key('email')} {...form.getInputProps('email')} />
          <ChampsNouveauMotDePasse form={form} />
          <Button type="submit" loading={inscription.isPending} mt="sm">
            Valider
          </Button>
          <Anchor component={Link} to="/connexion" size="sm">
            J’ai déjà un compte : me connecter
          </Anchor>
        </Stack>
      </form>
    </CadrePublic>
  );
}
