import { Alert, Anchor, Button, SegmentedControl, Skeleton, Stack, Table, Text } from '@mantine/core';
import { LIBELLES_OBJET_ASSISTANCE } from '@mse/shared/aide/demande-assistance.schema';
import { Link, useSearchParams } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { useFileAssistance, type FiltreFile } from '../api/assistance-opco';
import { StatutAssistance } from '../components/statut-assistance';
import { TEXTES } from '../textes';
import { CadreBackOffice } from '../../opco/cadre-back-office';

const T = TEXTES.opco;
const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
const FILTRES: FiltreFile[] = ['en_attente', 'repondu', 'toutes'];

function FileDemandes() {
  const [params, setParams] = useSearchParams();
  const statut = (FILTRES as string[]).includes(params.get('statut') ?? '') ? (params.get('statut') as FiltreFile) : 'en_attente';
  const { data, isPending, error, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } = useFileAssistance(statut);
  const demandes = data?.pages.flatMap((p) => p.demandes) ?? [];
  return (
    <>
      <SegmentedControl
        aria-label={T.filtre}
        value={statut}
        onChange={(v) => setParams({ statut: v }, { replace: true })}
        data={FILTRES.map((f) => ({ value: f, label: T.filtres[f] }))}
        w="fit-content"
      />
      {error && <ErreurChargement erreur={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton h={240} />}
      {data && demandes.length === 0 && (
        <Alert color="gray" variant="light">
          {T.aucune}
        </Alert>
      )}
      {demandes.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                {(['numero', 'recue', 'contact', 'objet', 'statut'] as const).map((c) => (
                  <Table.Th key={c} scope="col">
                    {T.colonnes[c]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {demandes.map((d) => (
                <Table.Tr key={d.numero}>
                  <Table.Td>
                    <Anchor component={Link} to={`/opco/assistance/${encodeURIComponent(d.numero)}`} fw={600}>
                      {d.numero}
                    </Anchor>
                    <Text size="sm" c="gray.7" lineClamp={1} maw={320}>
                      {d.extrait}
                    </Text>
                  </Table.Td>
                  <Table.Td>{date.format(new Date(d.creeLe))}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{d.contact}</Table.Td>
                  <Table.Td>
                    {LIBELLES_OBJET_ASSISTANCE[d.objet]}
                    {d.numeroDossier && (
                      <Text size="sm" c="gray.7">
                        {d.numeroDossier}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <StatutAssistance statut={d.statut} aide={false} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {hasNextPage && (
        <Button variant="light" onClick={() => void fetchNextPage()} loading={isFetchingNextPage} w="fit-content">
          {T.suivante}
        </Button>
      )}
    </>
  );
}

/** Back office: the support requests, those waiting for an answer first (oldest first). */
export function OpcoAssistancePage() {
  return (
    <CadreBackOffice>
      <Stack>
        <TitrePage>{T.file}</TitrePage>
        <FileDemandes />
      </Stack>
    </CadreBackOffice>
  );
}
