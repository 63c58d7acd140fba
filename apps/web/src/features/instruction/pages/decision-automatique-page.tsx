import { Alert, Button, Group, NativeSelect, Paper, Skeleton, Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { FORMULAIRES, ORDRE_DISPOSITIFS } from '@mse/shared/demande/formulaire/formulaires';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import type { ParametresDecisionAutomatique } from '@mse/shared/instruction/decision-automatique';
import { useState, type FormEvent } from 'react';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { CadreBackOffice } from '../../opco/cadre-back-office';
import { useDecisionAutomatique, useModifierDecisionAutomatique } from '../api/decision-automatique';
import { TEXTES } from '../textes';

const T = TEXTES.decisionAutomatique;
const titre = (d: Dispositif) => FORMULAIRES[d].titre;

function ParDispositif({ p, modifier, enCours }: { p: ParametresDecisionAutomatique; modifier: ReturnType<typeof useModifierDecisionAutomatique>['mutate']; enCours: boolean }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={T.dispositifs}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {T.dispositifs}
        </Title>
        <Stack gap="xs">
          {p.dispositifs.map((d) => (
            <Switch
              key={d.dispositif}
              label={T.activer(titre(d.dispositif))}
              description={d.active ? T.active : T.coupee}
              checked={d.active}
              disabled={enCours}
              onChange={(e) => modifier({ dispositif: d.dispositif, active: e.currentTarget.checked })}
            />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function Exceptions({ p, modifier, enCours, erreurs }: { p: ParametresDecisionAutomatique; modifier: ReturnType<typeof useModifierDecisionAutomatique>['mutate']; enCours: boolean; erreurs: Record<string, string> }) {
  const [dispositif, setDispositif] = useState<Dispositif>('apprentissage');
  const [idcc, setIdcc] = useState('');
  const [active, setActive] = useState('false');
  const [manque, setManque] = useState('');
  const ajouter = (e: FormEvent) => {
    e.preventDefault();
    if (!idcc) return setManque(T.brancheRequise);
    setManque('');
    modifier({ dispositif, idcc, active: active === 'true' }, { onSuccess: () => setIdcc('') });
  };
  return (
    <Paper withBorder p="md" component="section" aria-label={T.exceptions}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {T.exceptions}
        </Title>
        {p.exceptions.length === 0 ? (
          <Text c="gray.7">{T.aucuneException}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{T.dispositif}</Table.Th>
                <Table.Th scope="col">{T.branche}</Table.Th>
                <Table.Th scope="col">{T.etat}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{T.retirerCourt}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.exceptions.map((x) => (
                <Table.Tr key={`${x.dispositif}-${x.idcc}`}>
                  <Table.Td>{titre(x.dispositif)}</Table.Td>
                  <Table.Td>
                    {x.idcc} — {x.libelle}
                  </Table.Td>
                  <Table.Td>{x.active ? T.active : T.coupee}</Table.Td>
                  <Table.Td>
                    <Button variant="default" size="xs" disabled={enCours} aria-label={T.retirer(titre(x.dispositif), x.idcc)} onClick={() => modifier({ dispositif: x.dispositif, idcc: x.idcc, active: null })}>
                      {T.retirerCourt}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form onSubmit={ajouter} noValidate aria-label={T.ajouter}>
          <Title order={3} size="h5" mb="xs">
            {T.ajouter}
          </Title>
          <Group align="flex-start" gap="sm">
            <NativeSelect label={T.dispositif} value={dispositif} onChange={(e) => setDispositif(e.currentTarget.value as Dispositif)} data={ORDRE_DISPOSITIFS.map((d) => ({ value: d, label: titre(d) }))} />
            <NativeSelect
              label={T.branche}
              value={idcc}
              onChange={(e) => setIdcc(e.currentTarget.value)}
              error={manque || erreurs.idcc}
              data={[{ value: '', label: T.choisirBranche }, ...p.branches.map((b) => ({ value: b.idcc, label: `${b.idcc} — ${b.libelle}` }))]}
              maw={360}
            />
            <NativeSelect label={T.choix} value={active} onChange={(e) => setActive(e.currentTarget.value)} data={[{ value: 'true', label: T.active }, { value: 'false', label: T.coupee }]} />
            <Button type="submit" mt={25} loading={enCours}>
              {T.ajouterBouton}
            </Button>
          </Group>
        </form>
      </Stack>
    </Paper>
  );
}

/** Back office, administrator: the automatic decision at sending, switched on or off per scheme and branch. */
export function DecisionAutomatiquePage() {
  const { data, isPending, error, refetch } = useDecisionAutomatique();
  const modification = useModifierDecisionAutomatique();
  const [annonce, setAnnonce] = useState('');
  const erreurs = modification.error instanceof ApiError ? Object.fromEntries(modification.error.champs.map((c) => [c.chemin, c.message])) : {};
  const modifier: typeof modification.mutate = (m, options) => {
    setAnnonce('');
    modification.mutate(m, { ...options, onSuccess: (...args) => { setAnnonce(T.enregistre); options?.onSuccess?.(...args); } });
  };
  return (
    <CadreBackOffice>
      <TitrePage>{T.titre}</TitrePage>
      <Text>{T.intro}</Text>
      <div role="status" aria-live="polite">
        {annonce && <Text c="teal.9">{annonce}</Text>}
      </div>
      {modification.error && !erreurs.idcc && (
        <Alert color="red" role="alert">
          {modification.error.message}
        </Alert>
      )}
      {isPending && <Skeleton h={200} />}
      {error && <ErreurChargement erreur={error} onRetry={() => void refetch()} />}
      {data && (
        <>
          <ParDispositif p={data} modifier={modifier} enCours={modification.isPending} />
          <Exceptions p={data} modifier={modifier} enCours={modification.isPending} erreurs={erreurs} />
        </>
      )}
    </CadreBackOffice>
  );
}
