import { Alert, Anchor, Button, Group, NativeSelect, Skeleton, Table, Text, TextInput } from '@mantine/core';
import { formaterEuros } from '@mse/shared/commun/montant';
import { FORMULAIRES, ORDRE_DISPOSITIFS } from '@mse/shared/demande/formulaire/formulaires';
import { ETAPES_REMBOURSEMENT, type EtapeRemboursement } from '@mse/shared/facturation/facturation.schema';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { CadreBackOffice } from '../../opco/cadre-back-office';
import { useFileFacturation, type FiltresFacturation } from '../api/remboursements';
import { BadgeEtape } from '../components/badges';
import { TEXTES } from '../textes';

const T = TEXTES.liste;
const ETAPES = [...ETAPES_REMBOURSEMENT, 'toutes'] as const;
const jour = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'Europe/Paris' });
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** « 1 200,50 » → 120050 cents; undefined when empty or not a positive amount. */
function centimes(saisie: string | null): number | undefined {
  const texte = saisie?.replace(/\s/g, '').replace(',', '.');
  if (!texte || !/^\d+(\.\d{1,2})?$/.test(texte)) return undefined;
  return Math.round(Number(texte) * 100);
}
const euros = (c: number | undefined) => (c === undefined ? '' : (c / 100).toFixed(2).replace('.', ',').replace(',00', ''));

function lireFiltres(params: URLSearchParams): FiltresFacturation {
  const etape = (ETAPES as readonly string[]).includes(params.get('etape') ?? '') ? (params.get('etape') as EtapeRemboursement | 'toutes') : 'a_examiner';
  const dispositif = (ORDRE_DISPOSITIFS as readonly string[]).includes(params.get('dispositif') ?? '') ? (params.get('dispositif') as Dispositif) : undefined;
  const date = (cle: string) => (DATE.test(params.get(cle) ?? '') ? params.get(cle)! : undefined);
  return { etape, dispositif, du: date('du'), au: date('au'), montantMin: centimes(params.get('min')), montantMax: centimes(params.get('max')), q: params.get('q')?.trim() || undefined };
}

function versParams(f: FiltresFacturation): Record<string, string> {
  const p: Record<string, string> = { etape: f.etape };
  if (f.dispositif) p.dispositif = f.dispositif;
  if (f.du) p.du = f.du;
  if (f.au) p.au = f.au;
  if (f.montantMin !== undefined) p.min = euros(f.montantMin);
  if (f.montantMax !== undefined) p.max = euros(f.montantMax);
  if (f.q) p.q = f.q;
  return p;
}

function Onglets({ filtres, compteurs }: { filtres: FiltresFacturation; compteurs: Record<EtapeRemboursement | 'toutes', number> | undefined }) {
  return (
    <nav aria-label={T.onglets}>
      <Group gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {ETAPES.map((e) => {
          const actif = e === filtres.etape;
          return (
            <li key={e}>
              <Button component={Link} to={`/opco/facturation?${new URLSearchParams(versParams({ ...filtres, etape: e })).toString()}`} variant={actif ? 'filled' : 'light'} aria-current={actif ? 'page' : undefined} title={TEXTES.descriptionsEtapes[e]}>
                {T.onglet(TEXTES.etapes[e], compteurs?.[e])}
              </Button>
            </li>
          );
        })}
      </Group>
    </nav>
  );
}

function Filtres({ filtres, appliquer }: { filtres: FiltresFacturation; appliquer: (f: FiltresFacturation) => void }) {
  const [dispositif, setDispositif] = useState(filtres.dispositif ?? '');
  const [du, setDu] = useState(filtres.du ?? '');
  const [au, setAu] = useState(filtres.au ?? '');
  const [min, setMin] = useState(euros(filtres.montantMin));
  const [max, setMax] = useState(euros(filtres.montantMax));
  const [q, setQ] = useState(filtres.q ?? '');
  const montantInvalide = (s: string) => (s.trim() && centimes(s) === undefined ? 'Montant en euros, par exemple 1 200,50' : undefined);
  const envoyer = (e: FormEvent) => {
    e.preventDefault();
    if (montantInvalide(min) || montantInvalide(max)) return;
    appliquer({ etape: filtres.etape, dispositif: (dispositif || undefined) as Dispositif | undefined, du: du || undefined, au: au || undefined, montantMin: centimes(min), montantMax: centimes(max), q: q.trim() || undefined });
  };
  const actifs = filtres.dispositif || filtres.du || filtres.au || filtres.montantMin !== undefined || filtres.montantMax !== undefined || filtres.q;
  return (
    <form onSubmit={envoyer} role="search" aria-label={T.filtres}>
      <Group align="flex-start" gap="sm">
        <NativeSelect label={T.dispositif} value={dispositif} onChange={(e) => setDispositif(e.currentTarget.value)} data={[{ value: '', label: T.tousDispositifs }, ...ORDRE_DISPOSITIFS.map((d) => ({ value: d, label: FORMULAIRES[d].titre }))]} />
        <TextInput type="date" label={T.du} value={du} onChange={(e) => setDu(e.currentTarget.value)} />
        <TextInput type="date" label={T.au} value={au} onChange={(e) => setAu(e.currentTarget.value)} error={du && au && au < du ? 'La date de fin précède la date de début' : undefined} />
        <TextInput label={T.montantMin} inputMode="decimal" value={min} onChange={(e) => setMin(e.currentTarget.value)} w={170} error={montantInvalide(min)} />
        <TextInput label={T.montantMax} inputMode="decimal" value={max} onChange={(e) => setMax(e.currentTarget.value)} w={170} error={montantInvalide(max)} />
        <TextInput label={T.recherche} description={T.rechercheAide} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={300} />
        <Button type="submit" mt={24}>
          {T.appliquer}
        </Button>
        {actifs && (
          <Button variant="subtle" mt={24} onClick={() => appliquer({ etape: filtres.etape })}>
            {T.effacer}
          </Button>
        )}
      </Group>
    </form>
  );
}

/** Back office: the reimbursement claims at one step, oldest first, with their filters. */
export function FacturationPage() {
  const [params, setParams] = useSearchParams();
  const filtres = lireFiltres(params);
  const { data, isPending, error, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } = useFileFacturation(filtres);
  const lignes = data?.pages.flatMap((p) => p.remboursements) ?? [];
  return (
    <CadreBackOffice>
      <TitrePage>{T.titre}</TitrePage>
      <Group justify="space-between">
        <Text>{T.intro}</Text>
        <Anchor component={Link} to="/opco/lots-paiement">
          {T.lots}
        </Anchor>
      </Group>
      <Onglets filtres={filtres} compteurs={data?.pages[0]?.compteurs} />
      <Text c="gray.7">{TEXTES.descriptionsEtapes[filtres.etape]}</Text>
      <Filtres key={params.toString()} filtres={filtres} appliquer={(f) => setParams(versParams(f))} />
      {error && <ErreurChargement erreur={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton h={240} />}
      {data && lignes.length === 0 && (
        <Alert color="gray" variant="light">
          {T.aucune}
        </Alert>
      )}
      {lignes.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                {(['numero', 'etape', 'dossier', 'etablissement', 'beneficiaire', 'montant', 'envoye', 'alertes'] as const).map((c) => (
                  <Table.Th key={c} scope="col">
                    {T.colonnes[c]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lignes.map((r) => (
                <Table.Tr key={r.numero}>
                  <Table.Td>
                    <Anchor component={Link} to={`/opco/facturation/${encodeURIComponent(r.numero)}`} fw={600}>
                      {r.numero}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <BadgeEtape etape={r.etape} />
                  </Table.Td>
                  <Table.Td>
                    {r.dossier.numero}
                    <Text size="sm" c="gray.7">
                      {FORMULAIRES[r.dossier.dispositif].titre}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {r.etablissement.raisonSociale}
                    <Text size="sm" c="gray.7">
                      {formaterSiret(r.etablissement.siret)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{r.beneficiaire ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formaterEuros(r.montantDemandeCentimes)}
                    {r.montantAccepteCentimes !== null && r.montantAccepteCentimes !== r.montantDemandeCentimes && (
                      <Text size="sm" c="gray.7">
                        {TEXTES.detail.montantAccepte} : {formaterEuros(r.montantAccepteCentimes)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{jour.format(new Date(r.creeLe))}</Table.Td>
                  <Table.Td>{r.nombreAlertes > 0 ? <Text span c="red.9" fw={600}>{T.alertes(r.nombreAlertes)}</Text> : <Text span c="gray.7">{T.alertes(0)}</Text>}</Table.Td>
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
