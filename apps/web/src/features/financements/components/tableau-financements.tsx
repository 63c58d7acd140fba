import { ActionIcon, Anchor, Button, Group, Table, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { formaterDate } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import type { LigneFinancement } from '@mse/shared/demande/liste.schema';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import type { OrdreTri, TriFinancements } from '@mse/shared/financement/criteres-recherche';
import { IconArrowsSort, IconCopy, IconEye, IconPencil, IconSortAscending, IconSortDescending, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formaterDateHeureParis as formaterDateHeure } from '../../demandes/catalogue/textes';
import { TEXTES } from '../textes';
import { BadgeStatut } from './badge-statut';

const C = TEXTES.colonnes;

function Montant({ ligne }: { ligne: LigneFinancement }) {
  const engage = ligne.montantEngageCentimes;
  const montant = engage ?? ligne.montantEstimeCentimes;
  if (montant === null) return <>{TEXTES.vide}</>;
  return (
    <>
      <Text span style={{ whiteSpace: 'nowrap' }}>
        {formaterEuros(montant)}
      </Text>{' '}
      <Text span size="xs" c="gray.7">
        {engage !== null ? TEXTES.montant.engage : TEXTES.montant.estime}
      </Text>
    </>
  );
}

function Actions({ ligne, onDupliquer, onSupprimer, duplicationEnCours }: { ligne: LigneFinancement } & ActionsProps) {
  const nom = TEXTES.nomLigne(ligne);
  const a = ligne.actions;
  return (
    <Group gap="xs" wrap="nowrap">
      {a.includes('reprendre') && (
        <Button component={Link} to={`/demandes/${ligne.id}/modifier`} size="xs" leftSection={<IconPencil aria-hidden size={14} />} aria-label={TEXTES.reprendreNom(nom)}>
          {TEXTES.reprendre}
        </Button>
      )}
      {a.includes('consulter') && (
        <Button
          component={Link}
          to={ligne.statut === 'brouillon' ? `/demandes/${ligne.id}/modifier` : `/demandes/${ligne.id}`}
          size="xs"
          variant="default"
          leftSection={<IconEye aria-hidden size={14} />}
          aria-label={TEXTES.consulterNom(nom)}
        >
          {TEXTES.consulter}
        </Button>
      )}
      {a.includes('dupliquer') && (
        <Tooltip label={TEXTES.dupliquer} withArrow>
          <ActionIcon variant="default" size="md" aria-label={TEXTES.dupliquerNom(nom)} loading={duplicationEnCours === ligne.id} onClick={() => onDupliquer(ligne)}>
            <IconCopy aria-hidden size={16} />
          </ActionIcon>
        </Tooltip>
      )}
      {a.includes('supprimer') && (
        <Tooltip label={TEXTES.supprimer} withArrow>
          <ActionIcon variant="default" size="md" aria-label={TEXTES.supprimerNom(nom)} onClick={() => onSupprimer(ligne)}>
            <IconTrash aria-hidden size={16} color="var(--mantine-color-red-9)" />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

type ActionsProps = {
  onDupliquer: (l: LigneFinancement) => void;
  onSupprimer: (l: LigneFinancement) => void;
  /** The id of the row being duplicated. */
  duplicationEnCours: string | undefined;
};

export type TriTableau = { tri: TriFinancements; ordre: OrdreTri; onTrier: (tri: TriFinancements) => void };

/** A sortable column's header: a button (its name is the column's), aria-sort on the one sorted. */
function EnteteTri({ colonne, children, tri }: { colonne: TriFinancements; children: ReactNode; tri: TriTableau }) {
  const actif = tri.tri === colonne;
  const Icone = !actif ? IconArrowsSort : tri.ordre === 'asc' ? IconSortAscending : IconSortDescending;
  return (
    <Table.Th scope="col" aria-sort={actif ? (tri.ordre === 'asc' ? 'ascending' : 'descending') : undefined} style={{ whiteSpace: 'nowrap' }}>
      <UnstyledButton onClick={() => tri.onTrier(colonne)} data-tri={colonne} fw={700} fz="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        {children}
        <Icone aria-hidden size={14} color={actif ? 'var(--mantine-color-opco-8)' : 'var(--mantine-color-gray-6)'} />
        {actif && <VisuallyHidden>{`, ${tri.ordre === 'asc' ? TEXTES.tri.croissant : TEXTES.tri.decroissant}`}</VisuallyHidden>}
      </UnstyledButton>
    </Table.Th>
  );
}

/** One tab's requests: the dossier (or « Brouillon »), what is funded, for whom, where, how much, and its status. */
export function TableauFinancements({
  lignes,
  legende,
  avecEtablissement,
  tri,
  ...actions
}: { lignes: LigneFinancement[]; legende: string; avecEtablissement: boolean; tri: TriTableau } & ActionsProps) {
  return (
    <Table.ScrollContainer minWidth={1280}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <caption>
          <VisuallyHidden>{legende}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <EnteteTri colonne="numero" tri={tri}>
              {C.numero}
            </EnteteTri>
            <EnteteTri colonne="dispositif" tri={tri}>
              {C.dispositif}
            </EnteteTri>
            <EnteteTri colonne="beneficiaire" tri={tri}>
              {C.beneficiaire}
            </EnteteTri>
            <EnteteTri colonne="formation" tri={tri}>
              {C.formation}
            </EnteteTri>
            <EnteteTri colonne="organisme" tri={tri}>
              {C.organisme}
            </EnteteTri>
            <EnteteTri colonne="debut" tri={tri}>
              {C.debut}
            </EnteteTri>
            <EnteteTri colonne="fin" tri={tri}>
              {C.fin}
            </EnteteTri>
            <EnteteTri colonne="montant" tri={tri}>
              {C.montant}
            </EnteteTri>
            <EnteteTri colonne="statut" tri={tri}>
              {C.statut}
            </EnteteTri>
            {avecEtablissement && (
              <EnteteTri colonne="etablissement" tri={tri}>
                {C.etablissement}
              </EnteteTri>
            )}
            <EnteteTri colonne="modifie" tri={tri}>
              {C.modifie}
            </EnteteTri>
            <Table.Th scope="col">
              <VisuallyHidden>{C.actions}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lignes.map((l) => (
            <Table.Tr key={l.id} data-demande={l.id}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                {l.numero ? (
                  // The number opens the dossier: the first thing read, without scrolling to the actions.
                  <Anchor component={Link} to={`/demandes/${l.id}`} fw={700}>
                    {l.numero}
                  </Anchor>
                ) : (
                  // A draft opens where it was left: the form.
                  <Anchor component={Link} to={`/demandes/${l.id}/modifier`} fs="italic" fw={500}>
                    {TEXTES.brouillon}
                  </Anchor>
                )}
              </Table.Th>
              <Table.Td>{FORMULAIRES[l.dispositif].titre}</Table.Td>
              <Table.Td>{l.beneficiaire ?? TEXTES.vide}</Table.Td>
              <Table.Td miw={180}>{l.intituleFormation ?? TEXTES.vide}</Table.Td>
              <Table.Td>{l.organisme ?? TEXTES.vide}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{l.dateDebut ? formaterDate(l.dateDebut) : TEXTES.vide}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{l.dateFin ? formaterDate(l.dateFin) : TEXTES.vide}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Montant ligne={l} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap', minWidth: 200 }}>
                <BadgeStatut statut={l.statut} />
              </Table.Td>
              {avecEtablissement && (
                <Table.Td>
                  <Text size="sm">{l.etablissement.raisonSociale}</Text>
                  <Text size="xs" c="gray.7" style={{ whiteSpace: 'nowrap' }}>
                    {l.etablissement.siretFormate}
                  </Text>
                </Table.Td>
              )}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formaterDateHeure(l.modifieLe)}</Table.Td>
              <Table.Td>
                <Actions ligne={l} {...actions} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
