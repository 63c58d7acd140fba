import { Alert, Anchor, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { libelleStatut } from '@mse/shared/demande/statut';
import { IconCircleCheck, IconDownload, IconMail } from '@tabler/icons-react';
import { Link, Navigate, useParams } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { useDemande } from '../api/demande';
import { formaterDateHeureParis, TEXTES } from '../catalogue/textes';

const T = TEXTES.envoyee;

function Introuvable() {
  return (
    <Stack align="flex-start">
      <TitrePage>{T.titre}</TitrePage>
      <Alert color="red" role="alert">
        {T.introuvable}
      </Alert>
      <Group>
        <Button component={Link} to="/mes-financements/en-cours">
          {T.mesFinancements}
        </Button>
        <Anchor component={Link} to="/accueil">
          {T.accueil}
        </Anchor>
      </Group>
    </Stack>
  );
}

/**
 * The acknowledgement after sending: the dossier number, the scheme, the establishment and the time of
 * sending, what happens next (the legal 20 days for work-study contracts, DOMAIN.md §3), the receipt
 * (PDF) and the way back. A draft has not been sent: it opens its form.
 */
export function DemandeEnvoyeePage() {
  const { id = '' } = useParams();
  const { data, error, isPending, refetch } = useDemande(id);
  if (error) return error instanceof ApiError && error.status === 404 ? <Introuvable /> : <ErreurChargement erreur={error} onRetry={() => void refetch()} />;
  if (isPending) return <Skeleton h={320} />;
  if (data.statut === 'brouillon') return <Navigate to={`/demandes/${data.id}/modifier`} replace />;

  const infos = [
    { terme: T.numero, valeur: data.numero ?? '—' },
    { terme: T.dispositif, valeur: FORMULAIRES[data.dispositif].titre },
    { terme: T.etablissement, valeur: `${data.etablissement.raisonSociale} — SIRET ${data.etablissement.siretFormate}` },
    { terme: T.envoyeeLe, valeur: data.envoyeLe ? formaterDateHeureParis(data.envoyeLe) : '—' },
    { terme: T.statut, valeur: libelleStatut(data.statut) },
  ];
  return (
    <Stack maw={860}>
      <TitrePage>{T.titre}</TitrePage>
      <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />}>
        <Text fw={600}>
          {T.numero} : <span data-testid="numero-dossier">{data.numero}</span>
        </Text>
        <Text size="sm">{T.conserver}</Text>
      </Alert>
      <Card withBorder component="section" aria-labelledby="titre-recapitulatif">
        <Title order={2} size="h3" id="titre-recapitulatif" mb="sm">
          {T.recapitulatif}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
          {infos.map((i) => (
            <div key={i.terme}>
              <Text component="dt" size="sm" c="gray.7">
                {i.terme}
              </Text>
              <Text component="dd" fw={500} m={0}>
                {i.valeur}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Card>
      <Card withBorder component="section" aria-labelledby="titre-suite">
        <Title order={2} size="h3" id="titre-suite" mb="sm">
          {T.suite}
        </Title>
        <Stack gap="xs">
          <Text>{T.examen}</Text>
          <Text>{T.delai[data.dispositif]}</Text>
        </Stack>
      </Card>
      <Group>
        <Button component="a" href={`/api/demandes/${encodeURIComponent(data.id)}/recepisse.pdf`} leftSection={<IconDownload aria-hidden size={18} />}>
          {T.accuse}
        </Button>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <IconMail aria-hidden size={18} />
        <Text size="sm">{T.email}</Text>
      </Group>
      <Group component="nav" aria-label="Suite" gap="lg">
        <Anchor component={Link} to={`/demandes/${encodeURIComponent(data.id)}`}>
          {T.suivre}
        </Anchor>
        <Anchor component={Link} to="/mes-financements/en-cours">
          {T.mesFinancements}
        </Anchor>
        <Anchor component={Link} to="/accueil">
          {T.accueil}
        </Anchor>
      </Group>
    </Stack>
  );
}
