import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { NouveauMessageAssistanceSchema, type NouveauMessageAssistance } from '@mse/shared/aide/demande-assistance.schema';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { appliquerErreurServeur } from '../../../lib/form-errors';
import { CONTRASTE_ERREURS } from './contraste-erreurs';

interface Textes {
  libelle: string;
  aide: string;
  bouton: string;
  envoye: string;
}

/**
 * A new message in a support thread — the employer writing again or the OPCO replying: the same form,
 * the same checks, the same confirmation; only the words and the call differ.
 */
export function FormulaireMessage<R>({
  envoi,
  textes,
  lignes,
  nom,
}: {
  envoi: UseMutationResult<R, Error, NouveauMessageAssistance>;
  textes: Textes;
  lignes: number;
  /** Accessible name of the form, when the page has several. */
  nom?: string;
}) {
  const [message, setMessage] = useState<{ ok: boolean; texte: string }>();
  const form = useForm<NouveauMessageAssistance>({ mode: 'uncontrolled', initialValues: { message: '' }, validate: schemaResolver(NouveauMessageAssistanceSchema, { sync: true }) });
  return (
    <form
      noValidate
      style={CONTRASTE_ERREURS}
      aria-label={nom}
      onSubmit={form.onSubmit((valeurs) => {
        setMessage(undefined);
        envoi.mutate(valeurs, {
          onSuccess: () => {
            form.reset();
            setMessage({ ok: true, texte: textes.envoye });
          },
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
        <Textarea label={textes.libelle} description={textes.aide} autosize minRows={lignes} required key={form.key('message')} {...form.getInputProps('message')} />
        <Button type="submit" loading={envoi.isPending} w="fit-content">
          {textes.bouton}
        </Button>
      </Stack>
    </form>
  );
}
