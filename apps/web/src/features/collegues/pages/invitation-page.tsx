import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ReinitialisationSchema, type Reinitialisation } from '@mse/shared/identite/compte.schema';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { TitrePage } from '../../../components/ui/titre-page';
import { appliquerErreurServeur } from '../../../lib/form-errors';
import { CadrePublic } from '../../identite/components/cadre-public';
import { ChampsNouveauMotDePasse } from '../../identite/components/champs-nouveau-mot-de-passe';
import { useAccepterInvitation } from '../api/accepter-invitation';
import { useEtatInvitation } from '../api/etat-invitation';
import { TEXTES } from '../textes';

/** The page the invitation e-mail opens: the colleague chooses a password and is signed in. */
export function InvitationPage() {
  const [params] = useSearchParams();
  const jeton = params.get('jeton') ?? '';
  const navigate = useNavigate();
  const etat = useEtatInvitation(jeton);
  const accepter = useAccepterInvitation();
  const [erreur, setErreur] = useState<string>();
  const form = useForm<Reinitialisation>({
    mode: 'controlled',
    initialValues: { jeton, motDePasse: '', confirmation: '' },
    validate: schemaResolver(ReinitialisationSchema, { sync: true }),
  });
  const t = TEXTES.invitation;
  const invitation = etat.data?.invitation;
  const lienInvalide = jeton.length < 10 ? t.invalide : etat.data && etat.data.etat !== 'valide' ? etat.data.message : etat.error?.message;

  return (
    <CadrePublic>
      <TitrePage>{t.titre}</TitrePage>
      {etat.isPending && jeton.length >= 10 ? (
        <Loader role="progressbar" aria-label={t.verification} />
      ) : lienInvalide || !invitation ? (
        <Stack>
          <Alert color="orange" role="alert">
            {lienInvalide}
          </Alert>
          <Text>{t.demanderNouveau}</Text>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            setErreur(undefined);
            accepter.mutate(values, {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t.bienvenue, autoClose: 8000, closeButtonProps: { 'aria-label': 'Fermer le message' } });
                navigate('/accueil', { replace: true });
              },
              onError: (e) => setErreur(appliquerErreurServeur(form, e)),
            });
          })}
        >
          <Stack gap="sm">
            <Text>{t.invitePar(invitation.invitePar, invitation.raisonSociale)}</Text>
            <Text>
              {t.adresse} <strong>{invitation.email}</strong>
            </Text>
            <Text>{t.choisir}</Text>
            {erreur && (
              <Alert color="red" role="alert">
                {erreur}
              </Alert>
            )}
            <ChampsNouveauMotDePasse form={form} />
            <Button type="submit" loading={accepter.isPending} mt="sm">
              {t.valider}
            </Button>
          </Stack>
        </form>
      )}
    </CadrePublic>
  );
}
