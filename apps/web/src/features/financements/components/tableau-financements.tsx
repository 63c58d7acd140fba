import { ActionIcon, Anchor, Button, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { formaterDate } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import type { LigneFinancement } from '@mse/shared/demande/liste.schema';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { IconCopy, IconEye, IconPencil, IconTrash } from '@tabler/icons-react';
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
          to={ligne.statut === 'brouillon' ? `/demandes/${ligne.id}/modifier` : `/demandes/${ligne.id}/envoyee`}
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

/** One tab's requests: the dossier (or « Brouillon »), what is funded, for whom, where, how much, and its status. */
export function TableauFinancements({
  lignes,
  legende,
  avecEtablissement,
  ...actions
}: { lignes: LigneFinancement[]; legende: string; avecEtablissement: boolean } & ActionsProps) {
  return (
    <Table.ScrollContainer minWidth={1280}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <caption>
          <VisuallyHidden>{legende}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{C.numero}</Table.Th>
            <Table.Th scope="col">{C.dispositif}</Table.Th>
            <Table.Th scope="col">{C.beneficiaire}</Table.Th>
            <Table.Th scope="col">{C.formation}</Table.Th>
            <Table.Th scope="col">{C.organisme}</Table.Th>
            <Table.Th scope="col">{C.dates}</Table.Th>
            <Table.Th scope="col">{C.montant}</Table.Th>
            <Table.Th scope="col">{C.statut}</Table.Th>
            {avecEtablissement && <Table.Th scope="col">{C.etablissement}</Table.Th>}
            <Table.Th scope="col">{C.modifie}</Table.Th>
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
                  <Anchor component={Link} to={`/demandes/${l.id}/envoyee`} fw={700}>
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
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {l.dateDebut || l.dateFin ? (
                  <>
                    <Text size="sm">{TEXTES.du(l.dateDebut ? formaterDate(l.dateDebut) : TEXTES.vide)}</Text>
                    <Text size="sm">{TEXTES.au(l.dateFin ? formaterDate(l.dateFin) : TEXTES.vide)}</Text>
                  </>
                ) : (
                  TEXTES.vide
                )}
              </Table.Td>
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
