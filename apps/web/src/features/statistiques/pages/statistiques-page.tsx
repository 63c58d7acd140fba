import { Anchor, NativeSelect, SimpleGrid, Skeleton, Table, Text } from '@mantine/core';
import { formaterDate } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import type { Statistiques } from '@mse/shared/instruction/statistiques.schema';
import { Link, useSearchParams } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { CadreBackOffice } from '../../opco/cadre-back-office';
import { Section } from '../../opco/examen';
import { useStatistiques } from '../api/statistiques';
import { TEXTES as T } from '../textes';

const PERIODES = [4, 8, 12, 26, 52];

function Indicateurs({ s }: { s: Statistiques }) {
  const decidees = s.semaines.reduce((n, x) => n + x.decidees, 0);
  const automatiques = s.semaines.reduce((n, x) => n + x.automatiques, 0);
  const lignes: [string, string][] = [
    [T.recues, String(s.semaines.reduce((n, x) => n + x.recues, 0))],
    [T.decidees, String(decidees)],
    [T.automatiques, String(automatiques)],
    [T.partAutomatique, decidees ? `${Math.round((automatiques * 100) / decidees)} %` : '—'],
    [T.delaiMoyen, T.jours(s.delaiDecision.moyenneJours)],
    [T.delaiP90, T.jours(s.delaiDecision.percentile90Jours)],
    [T.plusDe15Jours, String(s.dossiersPlusDe15Jours)],
  ];
  return (
    <Section titre={T.indicateurs}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} component="dl" m={0}>
        {lignes.map(([libelle, valeur]) => (
          <div key={libelle}>
            <Text component="dt" size="sm" c="gray.7">
              {libelle}
            </Text>
            <Text component="dd" m={0} fw={700} size="xl">
              {valeur}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Text size="sm" c="gray.7">
        {T.plusDe15JoursAide}{' '}
        <Anchor component={Link} to="/opco/demandes?corbeille=echeance_proche">
          {T.voirEcheance}
        </Anchor>
      </Text>
    </Section>
  );
}

/** A bar beside each count, for the eye only: the figure itself is in the cell. */
function Barre({ valeur, max, couleur }: { valeur: number; max: number; couleur: string }) {
  return <div aria-hidden style={{ height: 8, width: `${max ? Math.round((valeur * 100) / max) : 0}%`, minWidth: valeur ? 2 : 0, background: couleur, borderRadius: 2 }} />;
}

function ParSemaine({ s }: { s: Statistiques }) {
  const max = Math.max(1, ...s.semaines.flatMap((x) => [x.recues, x.decidees]));
  return (
    <Section titre={T.parSemaine}>
      <Table.ScrollContainer minWidth={600}>
        <Table striped>
          <Table.Caption c="gray.8">{T.parSemaine}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{T.semaineDu}</Table.Th>
              <Table.Th scope="col">{T.recues}</Table.Th>
              <Table.Th scope="col">{T.decidees}</Table.Th>
              <Table.Th scope="col">{T.automatiques}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.semaines.map((x) => (
              <Table.Tr key={x.debut}>
                <Table.Th scope="row" fw={400}>
                  {formaterDate(x.debut)}
                </Table.Th>
                <Table.Td>
                  {x.recues}
                  <Barre valeur={x.recues} max={max} couleur="var(--mantine-color-opco-7, #1c4f8a)" />
                </Table.Td>
                <Table.Td>
                  {x.decidees}
                  <Barre valeur={x.decidees} max={max} couleur="var(--mantine-color-teal-9)" />
                </Table.Td>
                <Table.Td>
                  {x.automatiques}
                  <Barre valeur={x.automatiques} max={max} couleur="var(--mantine-color-gray-7)" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

function Engagements({ s }: { s: Statistiques }) {
  const total = s.engagements.reduce((n, e) => n + e.montantEngageCentimes, 0);
  return (
    <Section titre={T.engagements}>
      <Text size="sm" c="gray.7">
        {T.engagementsAide}
      </Text>
      {s.engagements.length === 0 ? (
        <Text c="gray.7">{T.aucunEngagement}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Caption c="gray.8">{T.engagements}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{T.dispositif}</Table.Th>
                <Table.Th scope="col">{T.branche}</Table.Th>
                <Table.Th scope="col">{T.nombre}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {T.montant}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.engagements.map((e) => (
                <Table.Tr key={`${e.dispositif}-${e.idcc}`}>
                  <Table.Td>{FORMULAIRES[e.dispositif].titre}</Table.Td>
                  <Table.Td>
                    {e.idcc} — {e.branche}
                  </Table.Td>
                  <Table.Td>{e.nombre}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formaterEuros(e.montantEngageCentimes)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row" colSpan={3}>
                  {T.total}
                </Table.Th>
                <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {formaterEuros(total)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

/** Back office, supervisors and administrators: the weeks' work in figures, as tables. */
export function StatistiquesPage() {
  const [params, setParams] = useSearchParams();
  const lu = Number(params.get('semaines'));
  const semaines = PERIODES.includes(lu) ? lu : 12;
  const { data, isPending, error, refetch } = useStatistiques(semaines);
  return (
    <CadreBackOffice>
      <TitrePage>{T.titre}</TitrePage>
      <NativeSelect label={T.periode} value={String(semaines)} onChange={(e) => setParams({ semaines: e.currentTarget.value })} data={PERIODES.map((n) => ({ value: String(n), label: T.semainesOption(n) }))} w={260} />
      {isPending && <Skeleton h={300} />}
      {error && <ErreurChargement erreur={error} onRetry={() => void refetch()} />}
      {data && (
        <>
          <Text>{T.intro(formaterDate(data.du), formaterDate(data.au))}</Text>
          <Indicateurs s={data} />
          <ParSemaine s={data} />
          <Engagements s={data} />
        </>
      )}
    </CadreBackOffice>
  );
}
