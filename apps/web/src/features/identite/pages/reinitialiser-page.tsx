import { Alert, Anchor, Button, Loader, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ReinitialisationSchema, type Reinitialisation } from '@mse/shared/identite/compte.schema';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { TitrePage } from '../../../components/ui/titre-page';
import { appliquerErreurServeur } from '../../../lib/form-errors';
import { useEtatJeton, useReinitialiser } from '../api/mot-de-passe';
import { CadrePublic } from '../components/cadre-public';
import { ChampsNouveauMotDePasse } from '../components/champs-nouveau-mot-de-passe';

export const MESSAGE_BIENVENUE = 'Vous êtes à présent connecté à votre nouveau portail.';

/** The page the "Réinitialiser mon mot de passe" e-mail link opens (seed 002). */
export function ReinitialiserPage() {
  const [params] = useSearchParams();
  const jeton = params.get('jeton') ?? '';
  const navigate = useNavigate();
  const etat = useEtatJeton(jeton);
  const reinitialiser = useReinitialiser();
  const [erreur, setErreur] = useState<string>();
  const form = useForm<Reinitialisation>({
    mode: 'controlled',
    initialValues: { jeton, motDePasse: '', confirmation: '' },
    validate: schemaResolver(ReinitialisationSchema, { sync: true }),
  });
  const lienInvalide = jeton.length < 10 ? 'Ce lien n’est pas valide. Vérifiez que vous avez copié le lien complet, ou demandez-en un nouveau.' : etat.data?.etat !== 'valide' ? etat.data?.message : undefined;

  return (
    <CadrePublic>
      <TitrePage>Mettre à jour mon mot de passe</TitrePage>
      {etat.isPending && jeton.length >= 10 ? (
        <Loader role="progressbar" aria-label="Vérification du lien" />
      ) : lienInvalide ? (
        <Stack>
          <Alert color="orange" role="alert">
            {lienInvalide}
          </Alert>
          <Button component={Link} to="/mot-de-passe-oublie" w="fit-content">
            Recevoir un nouveau lien
          </Button>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            setErreur(undefined);
            reinitialiser.mutate(values, {
              onSuccess: () => {
                notifications.show({ color: 'green', message: MESSAGE_BIENVENUE, autoClose: 8000, closeButtonProps: { 'aria-label': 'Fermer le message' } });
                navigate('/accueil', { replace: true });
              },
              onError: (e) => setErreur(appliquerErreurServeur(form, e)),
            });
          })}
        >
          <Stack gap="sm">
            {erreur && (
              <Alert color="red" role="alert">
                {erreur}{' '}
                <Anchor component={Link} to="/mot-de-passe-oublie">
                  Recevoir un nouveau lien
                </Anchor>
              </Alert>
            )}
            <ChampsNouveauMotDePasse form={form} />
            <Button type="submit" loading={reinitialiser.isPending} mt="sm">
              Valider
            </Button>
          </Stack>
        </form>
      )}
    </CadrePublic>
  );
}
