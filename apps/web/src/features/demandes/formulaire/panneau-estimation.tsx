import { Box, Button, Collapse, Divider, Group, List, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { estDateIso, formaterDate } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import { lire, type Donnees } from '@mse/shared/demande/formulaire/champs';
import type { DefinitionFormulaire } from '@mse/shared/demande/formulaire/definition';
import type { DemandeEstimation, ResultatEstimation } from '@mse/shared/financement/estimation.schema';
import { DemandeRemunerationMinimaleSchema, type DemandeRemunerationMinimale } from '@mse/shared/remuneration/remuneration-minimale.schema';
import { IconChevronDown } from '@tabler/icons-react';
import { useId, useMemo } from 'react';
import { useEstimation } from '../api/estimation';
import { useRemunerationMinimale } from '../api/remuneration-minimale';
import { TEXTES } from './textes';

const T = TEXTES.estimation;
const NATURES = ['pedagogie', 'salaires', 'fraisAnnexes', 'aides', 'participationEmployeur'] as const;

/** A value that changes as one types, read after a pause (the JSON text keeps it stable between renders). */
function useApresPause<V>(valeur: V, delai: number): V {
  const texte = JSON.stringify(valeur) ?? 'null';
  const [stable] = useDebouncedValue(texte, delai);
  return useMemo(() => JSON.parse(stable) as V, [stable]);
}

function corpsRemuneration(donnees: Donnees): DemandeRemunerationMinimale | null {
  const chaine = (chemin: string) => {
    const v = lire(donnees, chemin);
    return typeof v === 'string' && estDateIso(v) ? v : undefined;
  };
  const smc = lire(donnees, 'contrat.smcMensuelCentimes');
  const resultat = DemandeRemunerationMinimaleSchema.safeParse({
    dateNaissance: chaine('apprenti.dateNaissance'),
    dateDebutContrat: chaine('contrat.dateDebutExecution'),
    dateFinContrat: chaine('contrat.dateFin'),
    ...(typeof smc === 'number' ? { smcMensuelCentimes: smc } : {}),
  });
  return resultat.success ? resultat.data : null;
}

function Montants({ resultat }: { resultat: ResultatEstimation }) {
  const { estimation } = resultat;
  const [ouvert, { toggle }] = useDisclosure(false);
  const idExplications = useId();
  return (
    <Stack gap="sm">
      {!estimation.eligible && (
        <Box>
          <Text size="sm" fw={600}>
            {T.nonEligible}
          </Text>
          <List size="sm">
            {estimation.motifs.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Box>
      )}
      <Box>
        <Text size="sm">{T.total}</Text>
        <Text fz={26} fw={700} c="opco.8" data-testid="estimation-total">
          {formaterEuros(estimation.montants.total)}
        </Text>
      </Box>
      <Group justify="space-between">
        <Text size="sm">{T.resteACharge}</Text>
        <Text size="sm" fw={600} data-testid="estimation-reste">
          {formaterEuros(estimation.montants.resteACharge)}
        </Text>
      </Group>
      {NATURES.some((n) => estimation.montants[n] !== 0) && (
        <Box component="dl" m={0}>
          {NATURES.filter((n) => estimation.montants[n] !== 0).map((n) => (
            <Group key={n} justify="space-between" wrap="nowrap" gap="xs">
              <Text component="dt" size="sm">
                {T.natures[n]}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {formaterEuros(estimation.montants[n])}
              </Text>
            </Group>
          ))}
        </Box>
      )}
      {estimation.echeancier.length > 0 && (
        <Box>
          <Title order={3} size="h5" mb={4}>
            {T.echeancier}
          </Title>
          <Table fz="sm" verticalSpacing={4} horizontalSpacing={4}>
            <Table.Tbody>
              {estimation.echeancier.map((e, i) => (
                <Table.Tr key={`${e.date}-${i}`}>
                  <Table.Td>{formaterDate(e.date)}</Table.Td>
                  <Table.Td>{e.libelle}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formaterEuros(e.montantCentimes)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
      {estimation.explications.length > 0 && (
        <Box>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={toggle}
            aria-expanded={ouvert}
            aria-controls={idExplications}
            rightSection={<IconChevronDown aria-hidden size={16} style={{ transform: ouvert ? 'rotate(180deg)' : undefined }} />}
          >
            {T.explications}
          </Button>
          <Collapse expanded={ouvert}>
            <List id={idExplications} size="xs" spacing={2} mt={4}>
              {estimation.explications.map((e, i) => (
                <List.Item key={i}>{e}</List.Item>
              ))}
            </List>
          </Collapse>
        </Box>
      )}
      <Text size="xs" c="gray.7">
        {T.referentiel(resultat.referentielVersion, formaterDate(resultat.date))}
      </Text>
    </Stack>
  );
}

function Remuneration({ donnees }: { donnees: Donnees }) {
  const corps = useApresPause(corpsRemuneration(donnees), 600);
  const { data } = useRemunerationMinimale(corps);
  if (!corps || !data) return null;
  return (
    <Stack gap={6}>
      <Divider />
      <Title order={3} size="h5">
        {T.remuneration}
      </Title>
      <List size="sm" spacing={4} listStyleType="none" p={0}>
        {data.periodes.map((p) => (
          <List.Item key={p.debut}>
            <Text size="sm" fw={600}>
              {T.periode(formaterDate(p.debut), formaterDate(p.fin))}
            </Text>
            <Text size="sm">
              {T.periodeDetail(p.anneeContrat, p.tauxPourcent, p.base === 'smc' ? 'salaire minimum conventionnel' : 'SMIC')} —{' '}
              {T.parMois(formaterEuros(p.montantMensuelMinimumCentimes))}
            </Text>
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="gray.7">
        {T.remunerationAide}
      </Text>
    </Stack>
  );
}

/**
 * "Estimation du financement", beside the form: the server prices what versEstimation gives (its NPEC
 * and referential), after a pause in the typing; the previous figures stay while the next arrive.
 */
export function PanneauEstimation({
  definition,
  donnees,
  etapesACompleter,
}: {
  definition: DefinitionFormulaire;
  donnees: Donnees;
  etapesACompleter: string[];
}) {
  const corps = useApresPause<DemandeEstimation | null>(definition.versEstimation(donnees), 700);
  const { data, error, isFetching } = useEstimation(corps);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="titre-estimation">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id="titre-estimation">
            {T.titre}
          </Title>
          {isFetching && <Loader size="xs" role="progressbar" aria-label={T.chargement} />}
        </Group>
        <Text size="xs" c="gray.7">
          {T.aide}
        </Text>
        {corps === null ? (
          <Text size="sm">{T.aComplete(etapesACompleter)}</Text>
        ) : error && !data ? (
          <Text size="sm">{T.indisponible(error.message)}</Text>
        ) : data ? (
          <Montants resultat={data} />
        ) : (
          <Text size="sm">{T.chargement}</Text>
        )}
        {definition.dispositif === 'apprentissage' && <Remuneration donnees={donnees} />}
      </Stack>
    </Paper>
  );
}
