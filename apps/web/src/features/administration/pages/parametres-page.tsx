import { Alert, Button, FileInput, Group, Image, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ParametresAdmin, ParametresOpco } from '@mse/shared/administration/parametres.schema';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { useDeposerLogo, useModifierParametres, useParametres } from '../api/parametres';
import { CadreAdministration, erreursDesChamps, MessageSucces, STYLE_FORMULAIRE } from '../components/cadre-administration';
import { formaterDateHeure } from '../components/dates';
import { TEXTES } from '../textes';

const T = TEXTES.parametres;

function FormulaireOpco({ parametres }: { parametres: ParametresAdmin }) {
  const modifier = useModifierParametres();
  const [message, setMessage] = useState('');
  const [erreur, setErreur] = useState('');
  const form = useForm<ParametresOpco>({ mode: 'uncontrolled', initialValues: parametres.opco });
  return (
    <Paper withBorder p="md" style={STYLE_FORMULAIRE}>
      <form
        noValidate
        aria-label={T.formulaire}
        onSubmit={form.onSubmit((s) => {
          setMessage('');
          setErreur('');
          modifier.mutate(s, {
            onSuccess: () => setMessage(TEXTES.commun.enregistre),
            onError: (e) => {
              if (e instanceof ApiError && e.champs.length) form.setErrors(erreursDesChamps(e.champs));
              else setErreur(e.message);
            },
          });
        })}
      >
        <Stack gap="sm">
          <Title order={2} size="h3">
            {T.formulaire}
          </Title>
          <MessageSucces>{message}</MessageSucces>
          {erreur && (
            <Alert color="red" role="alert">
              {erreur}
            </Alert>
          )}
          <TextInput label={T.champNom} required key={form.key('nom')} {...form.getInputProps('nom')} />
          <TextInput label={T.champTelephone} description={T.champTelephoneAide} required type="tel" key={form.key('supportTelephone')} {...form.getInputProps('supportTelephone')} />
          <TextInput label={T.champHoraires} description={T.champHorairesAide} required key={form.key('supportHoraires')} {...form.getInputProps('supportHoraires')} />
          {parametres.modifiePar && parametres.modifieLe && (
            <Text size="sm" c="gray.7">
              {T.modifiePar(parametres.modifiePar, formaterDateHeure(parametres.modifieLe))}
            </Text>
          )}
          <Button type="submit" w="fit-content" loading={modifier.isPending}>
            {TEXTES.commun.enregistrer}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function FormulaireLogo({ parametres }: { parametres: ParametresAdmin }) {
  const deposer = useDeposerLogo();
  const [fichier, setFichier] = useState<File | null>(null);
  const [erreur, setErreur] = useState('');
  const [message, setMessage] = useState('');
  return (
    <Paper withBorder p="md" style={STYLE_FORMULAIRE}>
      <form
        noValidate
        aria-label={T.logo}
        onSubmit={(e) => {
          e.preventDefault();
          setErreur('');
          setMessage('');
          if (!fichier) {
            setErreur('Choisissez l’image du logo.');
            return;
          }
          deposer.mutate(fichier, {
            onSuccess: () => {
              setFichier(null);
              setMessage(T.logoDepose);
            },
            onError: (err) => setErreur(err instanceof ApiError && err.champs.length ? err.champs.map((c) => c.message).join(' ; ') : err.message),
          });
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3">
            {T.logo}
          </Title>
          <MessageSucces>{message}</MessageSucces>
          {parametres.logo ? <Image src={parametres.logo.url} alt={T.logoActuel} h={80} w="auto" fit="contain" /> : <Text c="gray.7">{T.aucunLogo}</Text>}
          <Group align="flex-end">
            <FileInput label={T.champLogo} description={T.champLogoAide} accept="image/png,image/jpeg" value={fichier} onChange={setFichier} error={erreur || undefined} clearable w={360} />
            <Button type="submit" loading={deposer.isPending}>
              {T.deposer}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** `/opco/administration/parametres`: the OPCO's name, logo and support contact shown by the portal. */
export function ParametresPage() {
  const requete = useParametres();
  return (
    <CadreAdministration titre={T.titre} introduction={T.introduction} chargement={requete}>
      {requete.data && (
        <>
          <FormulaireOpco parametres={requete.data} />
          <FormulaireLogo parametres={requete.data} />
        </>
      )}
    </CadreAdministration>
  );
}
