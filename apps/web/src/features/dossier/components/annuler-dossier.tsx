import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { AnnulerDossierSchema, MOTIF_ANNULATION_MAX, type AnnulerDossier } from '@mse/shared/dossier/dossier.schema';
import { useState } from 'react';
import { appliquerErreurServeur } from '../../../lib/form-errors';
import { CONTRASTE_ERREURS } from '../../aide/components/contraste-erreurs';
import { useAnnulerDossier } from '../api/dossier';
import { TEXTES } from '../textes';

const T = TEXTES.annulation;

/** « Annuler la demande »: the reason is asked in a dialog, then the request is withdrawn. */
export function AnnulerDossier({ id, onAnnule }: { id: string; onAnnule: (message: string) => void }) {
  const [ouvert, setOuvert] = useState(false);
  const [erreur, setErreur] = useState<string>();
  const annuler = useAnnulerDossier(id);
  const form = useForm<AnnulerDossier>({ mode: 'controlled', initialValues: { motif: '' }, validate: schemaResolver(AnnulerDossierSchema, { sync: true }) });
  return (
    <>
      <Button variant="outline" color="red.9" onClick={() => setOuvert(true)}>
        {TEXTES.actions.annuler}
      </Button>
      <Modal opened={ouvert} onClose={() => setOuvert(false)} title={T.titre} closeButtonProps={{ 'aria-label': T.garder }}>
        <form
          noValidate
          style={CONTRASTE_ERREURS}
          onSubmit={form.onSubmit((v) => {
            setErreur(undefined);
            annuler.mutate(v, {
              onSuccess: () => {
                setOuvert(false);
                form.reset();
                onAnnule(T.faite);
              },
              onError: (e) => setErreur(appliquerErreurServeur(form, e)),
            });
          })}
        >
          <Stack>
            <Text size="sm">{T.explication}</Text>
            {erreur && (
              <Alert color="red" role="alert">
                {erreur}
              </Alert>
            )}
            <Textarea label={T.motif} description={T.motifAide} required autosize minRows={3} maxLength={MOTIF_ANNULATION_MAX} data-autofocus {...form.getInputProps('motif')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOuvert(false)}>
                {T.garder}
              </Button>
              <Button type="submit" color="red.9" loading={annuler.isPending}>
                {T.confirmer}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
