import { Anchor, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { formaterDate } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import type { LigneRemboursement } from '@mse/shared/remboursement/demande-remboursement.schema';
import type { TriRemboursements } from '@mse/shared/remboursement/liste.schema';
import type { StatutRemboursement } from '@mse/shared/remboursement/statut.schema';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { TEXTES } from '../textes';

const C = TEXTES.colonnes;
type Colonne = 'date' | 'montant';

const jourEnFrance = (iso: string) => new Date(iso).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });

/** A sortable column's header: a button named by the column, aria-sort on the one sorted. */
function EnteteTri({ colonne, tri, onTrier, children }: { colonne: Colonne; tri: TriRemboursements; onTrier: (c: Colonne) => void; children: ReactNode }) {
  const actif = tri.startsWith(colonne);
  const croissant = tri.endsWith('asc');
  const Icone = !actif ? IconArrowsSort : croissant ? IconSortAscending : IconSortDescending;
  return (
    <Table.Th scope="col" aria-sort={actif ? (croissant ? 'ascending' : 'descending') : undefined} style={{ whiteSpace: 'nowrap' }}>
      <UnstyledButton onClick={() => onTrier(colonne)} data-tri={colonne} fw={700} fz="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        {children}
        <Icone aria-hidden size={14} color={actif ? 'var(--mantine-color-opco-8)' : 'var(--mantine-color-gray-6)'} />
        {actif && <VisuallyHidden>{`, ${croissant ? TEXTES.tri.croissant : TEXTES.tri.decroissant}`}</VisuallyHidden>}
      </UnstyledButton>
    </Table.Th>
  );
}

/**
 * One tab's claims: the number, the dossier (a link to its page), scheme, beneficiary, date and amount
 * claimed; on « Payé » the amount, date and reference of the payment; on « Refusé » the reason.
 */
export function TableauRemboursements({ lignes, onglet, legende, tri, onTrier }: { lignes: LigneRemboursement[]; onglet: StatutRemboursement; legende: string; tri: TriRemboursements; onTrier: (c: Colonne) => void }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <caption>
          <VisuallyHidden>{legende}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{C.numero}</Table.Th>
            <Table.Th scope="col">{C.dossier}</Table.Th>
            <Table.Th scope="col">{C.dispositif}</Table.Th>
            <Table.Th scope="col">{C.beneficiaire}</Table.Th>
            <EnteteTri colonne="date" tri={tri} onTrier={onTrier}>
              {C.date}
            </EnteteTri>
            <EnteteTri colonne="montant" tri={tri} onTrier={onTrier}>
              {C.montantDemande}
            </EnteteTri>
            {onglet === 'paye' && <Table.Th scope="col">{C.montantPaye}</Table.Th>}
            {onglet === 'paye' && <Table.Th scope="col">{C.paiement}</Table.Th>}
            {onglet === 'refuse' && <Table.Th scope="col">{C.motif}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lignes.map((l) => (
            <Table.Tr key={l.id} data-remboursement={l.id}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                {l.numero}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {l.demande.numero ? (
                  <Anchor component={Link} to={`/demandes/${l.demande.id}`} aria-label={TEXTES.dossierLien(l.demande.numero)}>
                    {l.demande.numero}
                  </Anchor>
                ) : (
                  TEXTES.vide
                )}
              </Table.Td>
              <Table.Td>{FORMULAIRES[l.dispositif].titre}</Table.Td>
              <Table.Td>{l.beneficiaire ?? TEXTES.vide}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{jourEnFrance(l.demandeLe)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formaterEuros(l.montantDemandeCentimes)}</Table.Td>
              {onglet === 'paye' && <Table.Td style={{ whiteSpace: 'nowrap' }}>{l.montantPayeCentimes === null ? TEXTES.vide : formaterEuros(l.montantPayeCentimes)}</Table.Td>}
              {onglet === 'paye' && (
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {l.payeLe ? formaterDate(l.payeLe) : TEXTES.vide}
                  </Text>
                  <Text size="xs" c="gray.7">
                    {l.referencePaiement ?? ''}
                  </Text>
                </Table.Td>
              )}
              {onglet === 'refuse' && <Table.Td miw={240}>{l.motifRefus ?? TEXTES.vide}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
