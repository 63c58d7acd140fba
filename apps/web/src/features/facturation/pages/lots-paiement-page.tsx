import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { formaterDate } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import type { LotPaiement } from '@mse/shared/facturation/facturation.schema';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { CadreBackOffice } from '../../opco/cadre-back-office';
import { cheminExport, useLotsPaiement, useMarquerPaye, usePreparerLot } from '../api/lots';
import { VERT_FONCE } from '../components/badges';
import { TEXTES } from '../textes';

const T = TEXTES.lots;
const jour = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'Europe/Paris' });
const AUJOURDHUI = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

function MarquerPaye({ lot, fini }: { lot: LotPaiement; fini: (m: string) => void }) {
  const [ouvert, setOuvert] = useState(false);
  const [date, setDate] = useState(() => AUJOURDHUI.format(new Date()));
  const [erreur, setErreur] = useState<{ general?: string; champ?: string }>({});
  const mutation = useMarquerPaye(lot.numero);
  const envoyer = (e: FormEvent) => {
    e.preventDefault();
    if (!date) return setErreur({ champ: T.dateRequise });
    setErreur({});
    mutation.mutate(
      { payeLe: date },
      {
        onSuccess: () => {
          setOuvert(false);
          fini(T.paye(lot.numero));
        },
        onError: (err) => setErreur(err instanceof ApiError ? { general: err.message, ...(err.champs[0] ? { champ: err.champs[0].message } : {}) } : { general: TEXTES.actions.inattendue }),
      },
    );
  };
  return (
    <>
      <Button size="xs" color="teal.9" onClick={() => { setErreur({}); setOuvert(true); }} aria-label={T.marquerPayeLot(lot.numero)}>
        {T.marquerPaye}
      </Button>
      <Modal opened={ouvert} onClose={() => setOuvert(false)} title={T.marquerPayeLot(lot.numero)} closeButtonProps={{ 'aria-label': TEXTES.actions.fermer }}>
        <form onSubmit={envoyer} noValidate>
          <Stack>
            {erreur.general && (
              <Alert color="red" role="alert" title={TEXTES.actions.echec}>
                {erreur.general}
              </Alert>
            )}
            <Text size="sm">
              {lot.nombre} — {formaterEuros(lot.montantTotalCentimes)}
            </Text>
            <TextInput type="date" label={T.datePaiement} description={T.datePaiementAide} required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={erreur.champ} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOuvert(false)}>
                {TEXTES.actions.abandonner}
              </Button>
              <Button type="submit" color="teal.9" loading={mutation.isPending}>
                {T.confirmerPaye}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** Back office: the payment batches — prepare one from the accepted claims, export it, mark it paid. */
export function LotsPaiementPage() {
  const { data, isPending, error, refetch } = useLotsPaiement();
  const preparer = usePreparerLot();
  const [annonce, setAnnonce] = useState<string | null>(null);
  return (
    <CadreBackOffice>
      <TitrePage>{T.titre}</TitrePage>
      <Group justify="space-between">
        <Text>{T.intro}</Text>
        <Anchor component={Link} to="/opco/facturation">
          {TEXTES.liste.titre}
        </Anchor>
      </Group>
      {isPending && <Skeleton h={200} />}
      {error && <ErreurChargement erreur={error} onRetry={() => void refetch()} />}
      <div role="status" aria-live="polite">
        {annonce && (
          <Alert color="teal" variant="light" withCloseButton closeButtonLabel={TEXTES.actions.fermer} onClose={() => setAnnonce(null)}>
            {annonce}
          </Alert>
        )}
      </div>
      {data && (
        <>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Text fw={600}>{T.enAttente(data.enAttente.nombre, formaterEuros(data.enAttente.montantTotalCentimes))}</Text>
              {data.peutGerer ? (
                <Group>
                  <Button
                    disabled={data.enAttente.nombre === 0}
                    loading={preparer.isPending}
                    onClick={() => preparer.mutate(undefined, { onSuccess: (r) => setAnnonce(T.prepare(r.numero)) })}
                  >
                    {T.preparer}
                  </Button>
                </Group>
              ) : (
                <Text c="gray.7">{T.reserve}</Text>
              )}
              {preparer.error && (
                <Alert color="red" role="alert" title={TEXTES.actions.echec}>
                  {preparer.error.message}
                </Alert>
              )}
            </Stack>
          </Paper>
          {data.lots.length === 0 ? (
            <Alert color="gray" variant="light">
              {T.aucun}
            </Alert>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    {(['numero', 'statut', 'nombre', 'montant', 'cree', 'paye', 'actions'] as const).map((c) => (
                      <Table.Th key={c} scope="col">
                        {T.colonnes[c]}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.lots.map((l) => (
                    <Table.Tr key={l.numero}>
                      <Table.Th scope="row">{l.numero}</Table.Th>
                      <Table.Td>
                        <Badge color={l.statut === 'paye' ? VERT_FONCE : 'indigo.9'} variant="filled" tt="none">
                          {T.statuts[l.statut]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{l.nombre}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formaterEuros(l.montantTotalCentimes)}</Table.Td>
                      <Table.Td>{T.parQui(jour.format(new Date(l.creeLe)), l.creePar)}</Table.Td>
                      <Table.Td>{l.payeLe ? T.parQui(formaterDate(l.payeLe), l.payePar) : '—'}</Table.Td>
                      <Table.Td>
                        {data.peutGerer && (
                          <Group gap="xs" wrap="nowrap">
                            <Anchor href={cheminExport(l.numero)} download aria-label={T.exporter(l.numero)} size="sm">
                              {T.exporterCourt}
                            </Anchor>
                            {l.statut === 'prepare' && <MarquerPaye lot={l} fini={setAnnonce} />}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </CadreBackOffice>
  );
}
