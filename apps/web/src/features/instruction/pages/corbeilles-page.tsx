import { Alert, Anchor, Button, Checkbox, Group, List, NativeSelect, Paper, SimpleGrid, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { formaterEuros } from '@mse/shared/commun/montant';
import { FORMULAIRES, ORDRE_DISPOSITIFS } from '@mse/shared/demande/formulaire/formulaires';
import { libelleStatut } from '@mse/shared/demande/statut';
import { STATUTS_DEMANDE } from '@mse/shared/demande/statut.schema';
import { CORBEILLES, CRITERES_CORBEILLE, DESCRIPTIONS_CORBEILLES, LIBELLES_TRIS, TRIS_CORBEILLE, type Corbeille, type LigneDemandeOpco, type PersonneOpcoSchema } from '@mse/shared/instruction/instruction.schema';
import { REGIONS } from '@mse/shared/instruction/regions';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { CadreBackOffice } from '../../opco/cadre-back-office';
import { useAttribuerEnMasse, useCorbeille, versParametres, type CritereCorbeille, type FiltresCorbeille } from '../api/corbeilles';
import { useEnregistrerVue, useSupprimerVue, useVues } from '../api/vues';
import { BadgeDelai, BadgeStatut } from '../components/badges';
import { TEXTES } from '../textes';

const T = TEXTES.liste;
const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'Europe/Paris' });
const SIRET = (s: string) => `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)} ${s.slice(9)}`;
type Personne = z.infer<typeof PersonneOpcoSchema>;
type Champs = Record<string, string>;

/** Every criterion of the URL as typed; the queue falls back to « Nouvelles ». The API checks the rest. */
function lireFiltres(params: URLSearchParams): FiltresCorbeille {
  const corbeille = (CORBEILLES as readonly string[]).includes(params.get('corbeille') ?? '') ? (params.get('corbeille') as Corbeille) : 'nouvelles';
  const f: FiltresCorbeille = { corbeille };
  for (const c of CRITERES_CORBEILLE) {
    const v = params.get(c)?.trim();
    if (c !== 'corbeille' && v) f[c] = v;
  }
  return f;
}

const champsEnErreur = (erreur: unknown): Champs => (erreur instanceof ApiError ? Object.fromEntries(erreur.champs.map((c) => [c.chemin, c.message])) : {});

function Onglets({ filtres, compteurs }: { filtres: FiltresCorbeille; compteurs: Record<Corbeille, number> | undefined }) {
  return (
    <nav aria-label={T.onglets}>
      <Group gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {CORBEILLES.map((c) => {
          const actif = c === filtres.corbeille;
          return (
            <li key={c}>
              <Button
                component={Link}
                to={`/opco/demandes?${new URLSearchParams(versParametres({ ...filtres, corbeille: c })).toString()}`}
                variant={actif ? 'filled' : 'light'}
                aria-current={actif ? 'page' : undefined}
                title={DESCRIPTIONS_CORBEILLES[c]}
              >
                {T.onglet(TEXTES.corbeilles[c], compteurs?.[c])}
              </Button>
            </li>
          );
        })}
      </Group>
    </nav>
  );
}

function Filtres({ filtres, appliquer, erreurs }: { filtres: FiltresCorbeille; appliquer: (f: FiltresCorbeille) => void; erreurs: Champs }) {
  const [saisie, setSaisie] = useState<FiltresCorbeille>(filtres);
  const champ = (c: Exclude<CritereCorbeille, 'corbeille'>) => ({
    value: saisie[c] ?? '',
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setSaisie((s) => ({ ...s, [c]: value }));
    },
    error: erreurs[c],
  });
  const envoyer = (e: FormEvent) => {
    e.preventDefault();
    appliquer(saisie);
  };
  const actifs = CRITERES_CORBEILLE.some((c) => c !== 'corbeille' && filtres[c]);
  return (
    <Paper withBorder p="md">
      <form onSubmit={envoyer} role="search" aria-label={T.filtres} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            <NativeSelect label={T.dispositif} {...champ('dispositif')} data={[{ value: '', label: T.tousDispositifs }, ...ORDRE_DISPOSITIFS.map((d) => ({ value: d, label: FORMULAIRES[d].titre }))]} />
            <NativeSelect label={T.statut} {...champ('statut')} data={[{ value: '', label: T.tousStatuts }, ...STATUTS_DEMANDE.filter((s) => s !== 'brouillon').map((s) => ({ value: s, label: libelleStatut(s) }))]} />
            <NativeSelect label={T.region} {...champ('region')} data={[{ value: '', label: T.toutesRegions }, ...REGIONS.map((r) => ({ value: r.code, label: r.nom }))]} />
            <TextInput label={T.branche} description={T.brancheAide} inputMode="numeric" maxLength={4} {...champ('idcc')} />
            <TextInput label={T.recherche} description={T.rechercheAide} {...champ('q')} />
            <TextInput label={T.siret} inputMode="numeric" maxLength={14} {...champ('siret')} />
            <TextInput label={T.envoyeDu} type="date" {...champ('envoyeDu')} />
            <TextInput label={T.envoyeAu} type="date" {...champ('envoyeAu')} />
            <TextInput label={T.montantMin} inputMode="numeric" {...champ('montantMin')} />
            <TextInput label={T.montantMax} inputMode="numeric" {...champ('montantMax')} />
            <NativeSelect label={T.tri} {...champ('tri')} data={TRIS_CORBEILLE.map((t) => ({ value: t, label: LIBELLES_TRIS[t] }))} />
          </SimpleGrid>
          <Group gap="sm">
            <Button type="submit">{T.appliquer}</Button>
            {actifs && (
              <Button variant="subtle" onClick={() => appliquer({ corbeille: filtres.corbeille })}>
                {T.effacer}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The person's saved views: open one (its criteria become the URL), save the current criteria, delete one. */
function Vues({ filtres, ouvrir }: { filtres: FiltresCorbeille; ouvrir: (criteres: Record<string, string>) => void }) {
  const V = T.vues;
  const { data: vues = [] } = useVues();
  const enregistrer = useEnregistrerVue();
  const supprimer = useSupprimerVue();
  const [nom, setNom] = useState('');
  const [choisie, setChoisie] = useState('');
  const [annonce, setAnnonce] = useState('');
  const erreurs = champsEnErreur(enregistrer.error);
  const envoyer = (e: FormEvent) => {
    e.preventDefault();
    setAnnonce('');
    enregistrer.mutate({ nom, criteres: versParametres(filtres) }, { onSuccess: (v) => { setNom(''); setChoisie(v.id); setAnnonce(V.enregistree(v.nom)); } });
  };
  return (
    <Paper withBorder p="md" component="section" aria-label={V.titre}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {V.titre}
        </Title>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={V.choisir}
            value={choisie}
            onChange={(e) => {
              const id = e.currentTarget.value;
              setChoisie(id);
              const vue = vues.find((v) => v.id === id);
              if (vue) ouvrir(vue.criteres);
            }}
            data={[{ value: '', label: vues.length ? '—' : V.aucune }, ...vues.map((v) => ({ value: v.id, label: v.nom }))]}
            w={280}
          />
          {choisie && (
            <Button
              variant="default"
              loading={supprimer.isPending}
              onClick={() => supprimer.mutate(choisie, { onSuccess: () => { setChoisie(''); setAnnonce(V.supprimee); } })}
            >
              {V.supprimer}
            </Button>
          )}
        </Group>
        <form onSubmit={envoyer} noValidate>
          <Group align="flex-start" gap="sm">
            <TextInput label={V.nom} value={nom} onChange={(e) => setNom(e.currentTarget.value)} error={erreurs.nom ?? (enregistrer.error && !erreurs.nom ? enregistrer.error.message : undefined)} maxLength={80} w={280} />
            <Button type="submit" variant="light" loading={enregistrer.isPending} mt={25}>
              {V.enregistrer}
            </Button>
          </Group>
        </form>
        <div role="status" aria-live="polite">
          {annonce && <Text c="teal.9">{annonce}</Text>}
        </div>
      </Stack>
    </Paper>
  );
}

/** Supervisors give the ticked requests to a colleague; each one that could not move is named. */
function AttributionEnMasse({ selection, gestionnaires, fini }: { selection: string[]; gestionnaires: Personne[]; fini: () => void }) {
  const M = T.masse;
  const mutation = useAttribuerEnMasse();
  const [gestionnaireId, setGestionnaireId] = useState(gestionnaires[0]?.id ?? '');
  const [erreur, setErreur] = useState('');
  const envoyer = (e: FormEvent) => {
    e.preventDefault();
    if (selection.length === 0) return setErreur(M.aucune);
    setErreur('');
    mutation.mutate({ numeros: selection, gestionnaireId }, { onSuccess: fini });
  };
  const r = mutation.data;
  return (
    <Paper withBorder p="md" component="section" aria-label={M.titre}>
      <form onSubmit={envoyer} noValidate>
        <Group align="flex-end" gap="sm">
          <Text fw={600}>{M.selection(selection.length)}</Text>
          <NativeSelect label={M.gestionnaire} value={gestionnaireId} onChange={(e) => setGestionnaireId(e.currentTarget.value)} data={gestionnaires.map((g) => ({ value: g.id, label: g.nom }))} />
          <Button type="submit" loading={mutation.isPending}>
            {M.confirmer}
          </Button>
        </Group>
      </form>
      <div role="status" aria-live="polite">
        {erreur && <Text c="red.9">{erreur}</Text>}
        {mutation.error && <Text c="red.9">{mutation.error.message}</Text>}
        {r && r.attribuees.length > 0 && <Text c="teal.9">{M.faite(r.attribuees.length)}</Text>}
        {r && r.echecs.length > 0 && (
          <List size="sm" c="red.9">
            {r.echecs.map((e) => (
              <List.Item key={e.numero}>{M.echec(e.numero, e.message)}</List.Item>
            ))}
          </List>
        )}
      </div>
    </Paper>
  );
}

function Tableau({ demandes, corbeille, selection, setSelection, selectionnable }: { demandes: LigneDemandeOpco[]; corbeille: Corbeille; selection: string[]; setSelection: (s: string[]) => void; selectionnable: boolean }) {
  const tous = demandes.length > 0 && demandes.every((d) => selection.includes(d.numero));
  const colonnes = ['numero', 'statut', 'etablissement', 'beneficiaire', 'montant', 'envoye', 'delai', 'gestionnaire'] as const;
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {selectionnable && (
              <Table.Th scope="col">
                <Checkbox aria-label={T.toutSelectionner} checked={tous} indeterminate={!tous && selection.length > 0} onChange={() => setSelection(tous ? [] : demandes.map((d) => d.numero))} />
              </Table.Th>
            )}
            {colonnes.map((c) => (
              <Table.Th key={c} scope="col">
                {T.colonnes[c]}
              </Table.Th>
            ))}
            {corbeille === 'controles_en_echec' && <Table.Th scope="col">{T.controlesEnEchec}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {demandes.map((d) => (
            <Table.Tr key={d.numero}>
              {selectionnable && (
                <Table.Td>
                  <Checkbox
                    aria-label={T.selection(d.numero)}
                    checked={selection.includes(d.numero)}
                    onChange={(e) => setSelection(e.currentTarget.checked ? [...selection, d.numero] : selection.filter((n) => n !== d.numero))}
                  />
                </Table.Td>
              )}
              <Table.Td>
                <Anchor component={Link} to={`/opco/demandes/${encodeURIComponent(d.numero)}`} fw={600}>
                  {d.numero}
                </Anchor>
                <Text size="sm" c="gray.7">
                  {FORMULAIRES[d.dispositif].titre}
                </Text>
              </Table.Td>
              <Table.Td>
                <BadgeStatut statut={d.statut} />
              </Table.Td>
              <Table.Td>
                {d.etablissement.raisonSociale}
                <Text size="sm" c="gray.7">
                  {SIRET(d.etablissement.siret)}
                </Text>
              </Table.Td>
              <Table.Td>
                {d.beneficiaire ?? '—'}
                <Text size="sm" c="gray.7" lineClamp={2} maw={280}>
                  {d.intituleFormation}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.montantEstimeCentimes === null ? '—' : formaterEuros(d.montantEstimeCentimes)}</Table.Td>
              <Table.Td>{date.format(new Date(d.envoyeLe))}</Table.Td>
              <Table.Td>
                <BadgeDelai delai={d.delai} statut={d.statut} />
              </Table.Td>
              <Table.Td>{d.gestionnaire?.nom ?? <Text span c="gray.7">{T.nonAttribuee}</Text>}</Table.Td>
              {corbeille === 'controles_en_echec' && (
                <Table.Td>
                  <List size="sm" maw={320}>
                    {d.controlesEnEchec.map((c) => (
                      <List.Item key={c}>{c}</List.Item>
                    ))}
                  </List>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Back office: one queue of sent funding requests with its criteria (in the URL), saved views and bulk assignment. */
export function CorbeillesPage() {
  const [params, setParams] = useSearchParams();
  const filtres = lireFiltres(params);
  const { data, isPending, error, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } = useCorbeille(filtres);
  const [selection, setSelection] = useState<string[]>([]);
  const demandes = data?.pages.flatMap((p) => p.demandes) ?? [];
  const gestionnaires = data?.pages[0]?.gestionnaires ?? [];
  const erreursFiltres = champsEnErreur(error);
  const criteresInvalides = Object.keys(erreursFiltres).length > 0;
  const appliquer = (f: FiltresCorbeille) => {
    setSelection([]);
    setParams(versParametres(f));
  };
  return (
    <CadreBackOffice>
      <TitrePage>{T.titre}</TitrePage>
      <Onglets filtres={filtres} compteurs={data?.pages[0]?.compteurs} />
      <Text c="gray.7">{DESCRIPTIONS_CORBEILLES[filtres.corbeille]}</Text>
      <Filtres key={params.toString()} filtres={filtres} appliquer={appliquer} erreurs={erreursFiltres} />
      <Vues filtres={filtres} ouvrir={(criteres) => appliquer({ corbeille: 'nouvelles', ...criteres } as FiltresCorbeille)} />
      {error && !criteresInvalides && <ErreurChargement erreur={error} onRetry={() => void refetch()} />}
      {criteresInvalides && (
        <Alert color="red" role="alert">
          {error?.message}
        </Alert>
      )}
      {isPending && <Skeleton h={240} />}
      {gestionnaires.length > 0 && demandes.length > 0 && <AttributionEnMasse key={filtres.corbeille} selection={selection} gestionnaires={gestionnaires} fini={() => setSelection([])} />}
      {data && demandes.length === 0 && (
        <Alert color="gray" variant="light">
          {T.aucune}
        </Alert>
      )}
      {demandes.length > 0 && <Tableau demandes={demandes} corbeille={filtres.corbeille} selection={selection} setSelection={setSelection} selectionnable={gestionnaires.length > 0} />}
      {hasNextPage && (
        <Button variant="light" onClick={() => void fetchNextPage()} loading={isFetchingNextPage} w="fit-content">
          {T.voirPlus}
        </Button>
      )}
    </CadreBackOffice>
  );
}
