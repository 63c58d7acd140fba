import { Alert, Anchor, Button, Group, NativeSelect, Skeleton, Table, Text, TextInput } from '@mantine/core';
import { formaterEuros } from '@mse/shared/commun/montant';
import { FORMULAIRES, ORDRE_DISPOSITIFS } from '@mse/shared/demande/formulaire/formulaires';
import { libelleStatut } from '@mse/shared/demande/statut';
import { STATUTS_DEMANDE, type StatutDemande } from '@mse/shared/demande/statut.schema';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { CORBEILLES, DESCRIPTIONS_CORBEILLES, type Corbeille } from '@mse/shared/instruction/instruction.schema';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { CadreBackOffice } from '../../opco/cadre-back-office';
import { useCorbeille, type FiltresCorbeille } from '../api/corbeilles';
import { BadgeDelai, BadgeStatut } from '../components/badges';
import { TEXTES } from '../textes';

const T = TEXTES.liste;
const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'Europe/Paris' });
const SIRET = (s: string) => `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)} ${s.slice(9)}`;

function lireFiltres(params: URLSearchParams): FiltresCorbeille {
  const corbeille = (CORBEILLES as readonly string[]).includes(params.get('corbeille') ?? '') ? (params.get('corbeille') as Corbeille) : 'nouvelles';
  const dispositif = (ORDRE_DISPOSITIFS as readonly string[]).includes(params.get('dispositif') ?? '') ? (params.get('dispositif') as Dispositif) : undefined;
  const statut = (STATUTS_DEMANDE as readonly string[]).includes(params.get('statut') ?? '') && params.get('statut') !== 'brouillon' ? (params.get('statut') as StatutDemande) : undefined;
  return { corbeille, dispositif, statut, q: params.get('q')?.trim() || undefined };
}

function versParams(f: FiltresCorbeille): Record<string, string> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as Record<string, string>;
}

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
                to={`/opco/demandes?${new URLSearchParams(versParams({ ...filtres, corbeille: c })).toString()}`}
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

function Filtres({ filtres, appliquer }: { filtres: FiltresCorbeille; appliquer: (f: FiltresCorbeille) => void }) {
  const [dispositif, setDispositif] = useState(filtres.dispositif ?? '');
  const [statut, setStatut] = useState(filtres.statut ?? '');
  const [q, setQ] = useState(filtres.q ?? '');
  const envoyer = (e: FormEvent) => {
    e.preventDefault();
    appliquer({ corbeille: filtres.corbeille, dispositif: (dispositif || undefined) as Dispositif | undefined, statut: (statut || undefined) as StatutDemande | undefined, q: q.trim() || undefined });
  };
  return (
    <form onSubmit={envoyer} role="search" aria-label={T.filtres}>
      <Group align="flex-end" gap="sm">
        <NativeSelect label={T.dispositif} value={dispositif} onChange={(e) => setDispositif(e.currentTarget.value)} data={[{ value: '', label: T.tousDispositifs }, ...ORDRE_DISPOSITIFS.map((d) => ({ value: d, label: FORMULAIRES[d].titre }))]} />
        <NativeSelect label={T.statut} value={statut} onChange={(e) => setStatut(e.currentTarget.value)} data={[{ value: '', label: T.tousStatuts }, ...STATUTS_DEMANDE.filter((s) => s !== 'brouillon').map((s) => ({ value: s, label: libelleStatut(s) }))]} />
        <TextInput label={T.recherche} description={T.rechercheAide} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={320} />
        <Button type="submit">{T.appliquer}</Button>
        {(filtres.dispositif || filtres.statut || filtres.q) && (
          <Button
            variant="subtle"
            onClick={() => {
              setDispositif('');
              setStatut('');
              setQ('');
              appliquer({ corbeille: filtres.corbeille });
            }}
          >
            {T.effacer}
          </Button>
        )}
      </Group>
    </form>
  );
}

/** Back office: one queue of sent funding requests, oldest sent first, with its filters. */
export function CorbeillesPage() {
  const [params, setParams] = useSearchParams();
  const filtres = lireFiltres(params);
  const { data, isPending, error, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } = useCorbeille(filtres);
  const demandes = data?.pages.flatMap((p) => p.demandes) ?? [];
  return (
    <CadreBackOffice>
      <TitrePage>{T.titre}</TitrePage>
      <Onglets filtres={filtres} compteurs={data?.pages[0]?.compteurs} />
      <Text c="gray.7">{DESCRIPTIONS_CORBEILLES[filtres.corbeille]}</Text>
      <Filtres key={`${filtres.corbeille}-${filtres.dispositif}-${filtres.statut}-${filtres.q}`} filtres={filtres} appliquer={(f) => setParams(versParams(f))} />
      {error && <ErreurChargement erreur={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton h={240} />}
      {data && demandes.length === 0 && (
        <Alert color="gray" variant="light">
          {T.aucune}
        </Alert>
      )}
      {demandes.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                {(['numero', 'statut', 'etablissement', 'beneficiaire', 'montant', 'envoye', 'delai', 'gestionnaire'] as const).map((c) => (
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
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {hasNextPage && (
        <Button variant="light" onClick={() => void fetchNextPage()} loading={isFetchingNextPage} w="fit-content">
          {T.voirPlus}
        </Button>
      )}
    </CadreBackOffice>
  );
}
