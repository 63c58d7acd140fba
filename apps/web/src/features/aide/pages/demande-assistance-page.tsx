import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { LIBELLES_OBJET_ASSISTANCE, NouveauMessageAssistanceSchema, type NouveauMessageAssistance } from '@mse/shared/aide/demande-assistance.schema';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { appliquerErreurServeur } from '../../../lib/form-errors';
import { useDemandeAssistance, useRelancerDemandeAssistance } from '../api/assistance';
import { FilMessages } from '../components/fil-messages';
import { CONTRASTE_ERREURS } from '../components/contraste-erreurs';
import { StatutAssistance } from '../components/statut-assistance';
import { TEXTES } from '../textes';

const T = TEXTES.mesDemandes;

function Relance({ numero }: { numero: string }) {
  const relancer = useRelancerDemandeAssistance(numero);
  const [message, setMessage] = useState<{ ok: boolean; texte: string }>();
  const form = useForm<NouveauMessageAssistance>({ mode: 'uncontrolled', initialValues: { message: '' }, validate: schemaResolver(NouveauMessageAssistanceSchema, { sync: true }) });
  return (
    <form
      noValidate
      style={CONTRASTE_ERREURS}
      onSubmit={form.onSubmit((valeurs) => {
        setMessage(undefined);
        relancer.mutate(valeurs, {
          onSuccess: () => {
            form.reset();
            setMessage({ ok: true, texte: T.relanceEnvoyee });
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
        <Textarea label={T.relancer} description={T.relancerAide} autosize minRows={3} required key={form.key('message')} {...form.getInputProps('message')} />
        <Button type="submit" loading={relancer.isPending} w="fit-content">
          {T.envoyerRelance}
        </Button>
      </Stack>
    </form>
  );
}

/** One of my support requests: the thread with the OPCO's replies, and a way to write again. */
export function DemandeAssistancePage() {
  const { numero = '' } = useParams();
  const { data, isPending, error, refetch } = useDemandeAssistance(numero);
  return (
    <Stack maw={820}>
      <Anchor component={Link} to="/aide/mes-demandes-assistance" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft aria-hidden size={16} />
          {T.retour}
        </Group>
      </Anchor>
      <TitrePage>{`Demande d’assistance n° ${numero}`}</TitrePage>
      {isPending && <Skeleton h={300} />}
      {error &&
        (error instanceof ApiError && error.status === 404 ? (
          <Alert color="red" role="alert">
            {T.introuvable}
          </Alert>
        ) : (
          <ErreurChargement erreur={error} onRetry={() => void refetch()} />
        ))}
      {data && (
        <>
          <Group gap="lg">
            <Text>
              <strong>Objet :</strong> {LIBELLES_OBJET_ASSISTANCE[data.objet]}
            </Text>
            {data.numeroDossier && <Text>{T.dossier(data.numeroDossier)}</Text>}
            <StatutAssistance statut={data.statut} />
          </Group>
          <Title order={2} size="h3">
            {T.fil}
          </Title>
          <FilMessages messages={data.messages} lienPiece={(id) => `/api/assistance/demandes/${encodeURIComponent(numero)}/pieces/${id}`} />
          {data.actions.includes('relancer') && (
            <Paper withBorder p="md">
              <Relance numero={numero} />
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
