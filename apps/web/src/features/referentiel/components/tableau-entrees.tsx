import { Badge, Table, Text } from '@mantine/core';
import { formaterDate } from '@mse/shared/commun/dates';
import type { RubriqueReferentiel } from '@mse/shared/referentiel/referentiel-admin.schema';
import { LIBELLES_STATUTS_ENTREE, type StatutEntree } from '@mse/shared/referentiel/rubriques';
import { TEXTES } from '../textes';
import { ValeurEntree } from './valeur-entree';

const COULEURS: Record<StatutEntree, string> = { en_vigueur: 'green', a_venir: 'opco', passee: 'gray', remplacee: 'orange' };

/** The entries of one rubrique, oldest first, each with its dates, where it stands today and its source. */
export function TableauEntrees({ rubrique }: { rubrique: RubriqueReferentiel }) {
  const { colonnes } = TEXTES;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs" aria-label={rubrique.libelle}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">N°</Table.Th>
            <Table.Th scope="col">{colonnes.debut}</Table.Th>
            <Table.Th scope="col">{colonnes.fin}</Table.Th>
            <Table.Th scope="col">{colonnes.statut}</Table.Th>
            <Table.Th scope="col">{colonnes.valeur}</Table.Th>
            <Table.Th scope="col">{colonnes.source}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rubrique.entrees.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{e.id}</Table.Td>
              <Table.Td>{formaterDate(e.debut)}</Table.Td>
              <Table.Td>{e.fin ? formaterDate(e.fin) : TEXTES.sansFin}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={COULEURS[e.statut]} c="dark.8">
                  {LIBELLES_STATUTS_ENTREE[e.statut]}
                </Badge>
              </Table.Td>
              <Table.Td maw={420}>
                <ValeurEntree rubrique={rubrique.rubrique} valeur={e.valeur} />
              </Table.Td>
              <Table.Td maw={360}>
                <Text size="sm">{e.source}</Text>
                {(e.remplaceId !== null || e.creePar) && (
                  <Text size="xs" c="gray.7">
                    {[e.remplaceId !== null ? TEXTES.corrige(e.remplaceId) : null, e.creePar ? `ajoutée par ${e.creePar} le ${formaterDate(e.creeLe.slice(0, 10))}` : null].filter(Boolean).join(' · ')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
