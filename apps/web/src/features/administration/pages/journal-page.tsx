import { Alert, Anchor, Button, Group, NativeSelect, Paper, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { LigneJournal } from '@mse/shared/administration/journal.schema';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../lib/api';
import { parametresJournal, useJournal, useVerifierJournal, type FiltresSaisis } from '../api/journal';
import { CadreAdministration, erreursDesChamps, STYLE_FORMULAIRE } from '../components/cadre-administration';
import { formaterDateHeure } from '../components/dates';
import { TEXTES } from '../textes';

const T = TEXTES.journal;
const CHAMPS = ['evenement', 'personne', 'du', 'au'] as const;

/** The details of an event in one line: "motif : mot_de_passe, espace : opco". */
function resumeDetails(details: LigneJournal['details']): string {
  return Object.entries(details)
    .map(([cle, valeur]) => `${cle} : ${typeof valeur === 'string' ? valeur : JSON.stringify(valeur)}`)
    .join(', ');
}

function Verification() {
  const verifier = useVerifierJournal();
  return (
    <Group>
      <Button variant="light" onClick={() => verifier.mutate()} loading={verifier.isPending}>
        {T.verifier}
      </Button>
      <div role="status">
        {verifier.data && (
          <Alert color={verifier.data.intact ? 'green' : 'red'} py={6}>
            {verifier.data.intact || !verifier.data.premiereRompue ? T.intact(verifier.data.lignesVerifiees) : T.rompu(verifier.data.premiereRompue.sequence, verifier.data.premiereRompue.motif)}
          </Alert>
        )}
      </div>
    </Group>
  );
}

/** `/opco/journal`: the audit log, read only, filtered in the address bar (shareable), exported as CSV. */
export function JournalPage() {
  const [parametres, setParametres] = useSearchParams();
  const filtres: FiltresSaisis = { evenement: parametres.get('evenement') ?? '', personne: parametres.get('personne') ?? '', du: parametres.get('du') ?? '', au: parametres.get('au') ?? '' };
  const journal = useJournal(filtres);
  const form = useForm<FiltresSaisis>({ mode: 'uncontrolled', initialValues: filtres });
  const erreurFiltres = journal.error instanceof ApiError && journal.error.champs.length ? erreursDesChamps(journal.error.champs) : undefined;
  const premiere = journal.data?.pages[0];
  const lignes = journal.data?.pages.flatMap((p) => p.lignes) ?? [];
  const appliquer = (s: FiltresSaisis) => {
    const suivants = new URLSearchParams();
    for (const c of CHAMPS) if (s[c].trim()) suivants.set(c, s[c].trim());
    setParametres(suivants);
  };
  return (
    <CadreAdministration titre={T.titre} introduction={T.introduction} chargement={{ isPending: false, error: erreurFiltres ? null : journal.error }}>
      <Paper withBorder p="md" style={STYLE_FORMULAIRE}>
        <form noValidate aria-label={T.filtres} onSubmit={form.onSubmit(appliquer)}>
          <Group align="flex-end">
            <NativeSelect
              label={T.champEvenement}
              data={[{ value: '', label: T.tousEvenements }, ...(premiere?.evenements.map((e) => ({ value: e.valeur, label: e.libelle })) ?? [])]}
              key={form.key('evenement')}
              {...form.getInputProps('evenement')}
              error={erreurFiltres?.evenement}
              w={280}
            />
            <TextInput label={T.champPersonne} key={form.key('personne')} {...form.getInputProps('personne')} error={erreurFiltres?.personne} w={260} />
            <TextInput type="date" label={T.champDu} key={form.key('du')} {...form.getInputProps('du')} error={erreurFiltres?.du} />
            <TextInput type="date" label={T.champAu} key={form.key('au')} {...form.getInputProps('au')} error={erreurFiltres?.au} />
            <Button type="submit">{T.filtrer}</Button>
            <Button
              variant="subtle"
              onClick={() => {
                form.setValues({ evenement: '', personne: '', du: '', au: '' });
                setParametres(new URLSearchParams());
              }}
            >
              {T.effacer}
            </Button>
          </Group>
        </form>
      </Paper>
      <Group justify="space-between">
        <Verification />
        <Anchor href={`/api/administration/journal/export${parametresJournal(filtres)}`} download fw={600}>
          {T.exporter}
        </Anchor>
      </Group>
      {journal.isPending && <Text>{TEXTES.commun.chargement}…</Text>}
      {journal.data && lignes.length === 0 && <Alert color="gray">{T.aucune}</Alert>}
      {lignes.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <caption style={{ textAlign: 'left', paddingBottom: 8 }}>{T.tableau}</caption>
            <Table.Thead>
              <Table.Tr>
                {(['date', 'evenement', 'personne', 'ip', 'details'] as const).map((c) => (
                  <Table.Th key={c} scope="col">
                    {T.colonnes[c]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lignes.map((l) => (
                <Table.Tr key={l.sequence}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formaterDateHeure(l.creeLe)}</Table.Td>
                  <Table.Td>{l.libelle}</Table.Td>
                  <Table.Td>{l.personne ? `${l.personne} (${l.email})` : T.anonyme}</Table.Td>
                  <Table.Td>{l.ip ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2} style={{ wordBreak: 'break-word' }}>
                      {resumeDetails(l.details)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {journal.hasNextPage && (
        <Button variant="light" w="fit-content" onClick={() => void journal.fetchNextPage()} loading={journal.isFetchingNextPage}>
          {T.suivante}
        </Button>
      )}
    </CadreAdministration>
  );
}
