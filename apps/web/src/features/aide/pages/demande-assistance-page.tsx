import { Alert, Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { LIBELLES_OBJET_ASSISTANCE } from '@mse/shared/aide/demande-assistance.schema';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { useDemandeAssistance, useRelancerDemandeAssistance } from '../api/assistance';
import { FilMessages } from '../components/fil-messages';
import { FormulaireMessage } from '../components/formulaire-message';
import { StatutAssistance } from '../components/statut-assistance';
import { TEXTES } from '../textes';

const T = TEXTES.mesDemandes;

function Relance({ numero }: { numero: string }) {
  const relancer = useRelancerDemandeAssistance(numero);
  return <FormulaireMessage envoi={relancer} lignes={3} textes={{ libelle: T.relancer, aide: T.relancerAide, bouton: T.envoyerRelance, envoye: T.relanceEnvoyee }} />;
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
