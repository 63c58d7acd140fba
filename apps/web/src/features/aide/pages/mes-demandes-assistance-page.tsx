import { Alert, Anchor, Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { LIBELLES_OBJET_ASSISTANCE } from '@mse/shared/aide/demande-assistance.schema';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { useMesDemandesAssistance } from '../api/assistance';
import { StatutAssistance } from '../components/statut-assistance';
import { TEXTES } from '../textes';

const T = TEXTES.mesDemandes;
const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** "Mes demandes d’assistance": the requests I sent, the most recently active first. */
export function MesDemandesAssistancePage() {
  const { data, isPending, error, refetch } = useMesDemandesAssistance();
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <TitrePage>{T.titre}</TitrePage>
        <Button component={Link} to="/aide/contacter-assistance" leftSection={<IconPlus aria-hidden size={16} />} variant="light">
          {T.nouvelle}
        </Button>
      </Group>
      {error && <ErreurChargement erreur={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton h={200} />}
      {data && data.demandes.length === 0 && (
        <Alert color="gray" variant="light">
          {T.aucune}
        </Alert>
      )}
      {data && data.demandes.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{T.colonnes.numero}</Table.Th>
                <Table.Th scope="col">{T.colonnes.objet}</Table.Th>
                <Table.Th scope="col">{T.colonnes.statut}</Table.Th>
                <Table.Th scope="col">{T.colonnes.modifie}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.demandes.map((d) => (
                <Table.Tr key={d.numero}>
                  <Table.Td>
                    <Anchor component={Link} to={`/aide/mes-demandes-assistance/${encodeURIComponent(d.numero)}`} aria-label={T.ouvrir(d.numero)} fw={600}>
                      {d.numero}
                    </Anchor>
                    <Text size="sm" c="gray.7" lineClamp={1}>
                      {d.extrait}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {LIBELLES_OBJET_ASSISTANCE[d.objet]}
                    {d.numeroDossier && (
                      <Text size="sm" c="gray.7">
                        {T.dossier(d.numeroDossier)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <StatutAssistance statut={d.statut} aide={false} />
                  </Table.Td>
                  <Table.Td>{date.format(new Date(d.modifieLe))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
