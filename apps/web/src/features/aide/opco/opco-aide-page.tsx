import { Skeleton, Table, Text } from '@mantine/core';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { useStatistiquesFaq } from '../api/assistance-opco';
import { TEXTES } from '../textes';
import { CadreBackOffice } from '../../opco/cadre-back-office';

const T = TEXTES.opco;

/** Back office (administrators): how useful each FAQ answer was found. */
export function OpcoAidePage() {
  const { data, isPending, error, refetch } = useStatistiquesFaq();
  return (
    <CadreBackOffice>
      <TitrePage>{T.statistiques}</TitrePage>
      <Text>{T.statistiquesIntro}</Text>
      {error && <ErreurChargement erreur={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton h={400} />}
      {data && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                {(['theme', 'question', 'oui', 'non', 'utile'] as const).map((c) => (
                  <Table.Th key={c} scope="col">
                    {T.colonnesStats[c]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.questions.map((q) => (
                <Table.Tr key={q.slug}>
                  <Table.Td>{q.theme}</Table.Td>
                  <Table.Th scope="row" fw={400}>
                    {q.question}
                  </Table.Th>
                  <Table.Td>{q.oui}</Table.Td>
                  <Table.Td>{q.non}</Table.Td>
                  <Table.Td>{q.oui + q.non > 0 ? `${Math.round((100 * q.oui) / (q.oui + q.non))} %` : T.aucunAvis}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </CadreBackOffice>
  );
}
