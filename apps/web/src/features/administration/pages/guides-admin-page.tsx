import { Accordion, Alert, Button, Checkbox, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { GuideAdmin, SaisieGuide } from '@mse/shared/administration/aide-admin.schema';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { useGuidesAdmin, useModifierGuide } from '../api/aide';
import { CadreAdministration, erreursDesChamps, MessageSucces, STYLE_FORMULAIRE } from '../components/cadre-administration';
import { TEXTES } from '../textes';

const T = TEXTES.guides;

function FormulaireGuide({ guide }: { guide: GuideAdmin }) {
  const modifier = useModifierGuide();
  const [message, setMessage] = useState('');
  const [erreur, setErreur] = useState('');
  const form = useForm<SaisieGuide>({ mode: 'controlled', initialValues: { titre: guide.titre, resume: guide.resume, etapes: guide.etapes, publie: guide.publie } });
  const etapes = form.getValues().etapes;
  return (
    <form
      noValidate
      aria-label={guide.titre}
      style={STYLE_FORMULAIRE}
      onSubmit={form.onSubmit((s) => {
        setMessage('');
        setErreur('');
        modifier.mutate(
          { slug: guide.slug, saisie: s },
          {
            onSuccess: (g) => setMessage(T.enregistre(g.titre)),
            onError: (e) => {
              if (e instanceof ApiError && e.champs.length) form.setErrors(erreursDesChamps(e.champs));
              else setErreur(e.message);
            },
          },
        );
      })}
    >
      <Stack gap="sm">
        <MessageSucces>{message}</MessageSucces>
        {erreur && (
          <Alert color="red" role="alert">
            {erreur}
          </Alert>
        )}
        <TextInput label={T.champTitre} required {...form.getInputProps('titre')} />
        <Textarea label={T.champResume} required autosize minRows={2} {...form.getInputProps('resume')} />
        <Checkbox label={T.champPublie} {...form.getInputProps('publie', { type: 'checkbox' })} />
        {form.errors.etapes && (
          <Alert color="red" role="alert">
            {form.errors.etapes}
          </Alert>
        )}
        {etapes.map((_, i) => (
          <Paper key={i} withBorder p="sm" component="fieldset" style={{ border: undefined }}>
            <Stack gap="xs">
              <Title order={3} size="h5" component="legend">
                {T.etape(i + 1)}
              </Title>
              <TextInput label={T.champTitreEtape(i + 1)} required {...form.getInputProps(`etapes.${i}.titre`)} />
              <Textarea label={T.champTexteEtape(i + 1)} description={TEXTES.commun.liensAide} required autosize minRows={2} {...form.getInputProps(`etapes.${i}.texte`)} />
              <Button size="xs" variant="outline" color="red.9" w="fit-content" onClick={() => form.removeListItem('etapes', i)}>
                {T.retirerEtape(i + 1)}
              </Button>
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button variant="light" onClick={() => form.insertListItem('etapes', { titre: '', texte: '' })}>
            {T.ajouterEtape}
          </Button>
          <Button type="submit" loading={modifier.isPending}>
            {TEXTES.commun.enregistrer}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/opco/administration/guides`: the "Comment ça marche ?" guides, edited step by step. */
export function GuidesAdminPage() {
  const requete = useGuidesAdmin();
  return (
    <CadreAdministration titre={T.titre} introduction={T.introduction} chargement={requete}>
      <Accordion variant="separated" order={2}>
        {requete.data?.guides.map((g) => (
          <Accordion.Item key={g.slug} value={g.slug}>
            <Accordion.Control>{g.titre}</Accordion.Control>
            <Accordion.Panel>
              <FormulaireGuide guide={g} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </CadreAdministration>
  );
}
