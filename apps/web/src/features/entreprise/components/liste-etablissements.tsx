import { ActionIcon, Alert, Badge, Button, Group, Skeleton, Stack, Table, Text, TextInput, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowsSort, IconChevronLeft, IconChevronRight, IconEye, IconSearch, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { TriEtablissementsSchema, OrdreSchema, type Ordre, type TriEtablissements } from '@mse/shared/entreprise/etablissement.schema';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useEtablissements } from '../api/etablissements';
import { TEXTES } from '../textes';

const TAILLE_PAGE = 10;

function EnTeteTriable({ colonne, tri, ordre, onTrier }: { colonne: TriEtablissements; tri: TriEtablissements; ordre: Ordre; onTrier: (c: TriEtablissements) => void }) {
  const actif = colonne === tri;
  const Icone = !actif ? IconArrowsSort : ordre === 'asc' ? IconSortAscending : IconSortDescending;
  const libelle = TEXTES.colonnes[colonne];
  return (
    <Table.Th aria-sort={actif ? (ordre === 'asc' ? 'ascending' : 'descending') : 'none'}>
      {/* The button is named by the column; aria-sort on the header tells the order (WAI-ARIA sortable table). */}
      <UnstyledButton onClick={() => onTrier(colonne)} fw={700}>
        <Group gap={4} wrap="nowrap">
          {libelle}
          <Icone aria-hidden size={16} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/**
 * The establishments of a multi-establishment account: search (debounced), sort by column, and pages.
 * Search and sort live in the URL, so that coming back from an establishment finds the same list;
 * the pages use the server's cursors, kept here as a stack to go back.
 */
export function ListeEtablissements() {
  const [params, setParams] = useSearchParams();
  const { search } = useLocation();
  const tri = TriEtablissementsSchema.catch('raisonSociale').parse(params.get('tri') ?? undefined);
  const ordre = OrdreSchema.catch('asc').parse(params.get('ordre') ?? undefined);
  const [saisie, setSaisie] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(saisie.trim(), 300);
  const [curseurs, setCurseurs] = useState<{ cle: string; pile: string[] }>({ cle: '', pile: [] });

  // A new search or sort starts again from the first page.
  const cle = `${q}|${tri}|${ordre}`;
  const pile = curseurs.cle === cle ? curseurs.pile : [];
  const apres = pile.at(-1);
  const { data, isPending, isPlaceholderData, error } = useEtablissements({ q: q || undefined, tri, ordre, taille: TAILLE_PAGE, apres });

  const modifierParams = (changements: Record<string, string>) => {
    const suivants = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changements)) {
      if (v) suivants.set(k, v);
      else suivants.delete(k);
    }
    setParams(suivants, { replace: true });
  };
  const trier = (colonne: TriEtablissements) => modifierParams({ tri: colonne, ordre: colonne === tri && ordre === 'asc' ? 'desc' : 'asc' });
  const rechercher = (valeur: string) => {
    setSaisie(valeur);
    modifierParams({ q: valeur.trim() });
  };

  const pages = data ? Math.max(1, Math.ceil(data.total / TAILLE_PAGE)) : 1;
  return (
    <Stack>
      <TextInput
        label={TEXTES.recherche}
        description={TEXTES.rechercheAide}
        leftSection={<IconSearch aria-hidden size={16} />}
        value={saisie}
        onChange={(event) => rechercher(event.currentTarget.value)}
        type="search"
        maw={480}
      />
      {error && (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      )}
      <Text role="status" fw={500}>
        {data ? TEXTES.resultats(data.total) : '\u00a0'}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover aria-busy={isPending || isPlaceholderData}>
          <caption>
            <VisuallyHidden>{TEXTES.titreListe}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <EnTeteTriable colonne="raisonSociale" tri={tri} ordre={ordre} onTrier={trier} />
              <EnTeteTriable colonne="siret" tri={tri} ordre={ordre} onTrier={trier} />
              <Table.Th>{TEXTES.colonnes.adresse}</Table.Th>
              <EnTeteTriable colonne="ville" tri={tri} ordre={ordre} onTrier={trier} />
              <Table.Th>
                <VisuallyHidden>{TEXTES.colonnes.actions}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {isPending &&
              Array.from({ length: 3 }, (_, i) => (
                <Table.Tr key={i}>
                  <Table.Td colSpan={5}>
                    <Skeleton h={20} />
                  </Table.Td>
                </Table.Tr>
              ))}
            {data?.etablissements.map((e) => (
              <Table.Tr key={e.siret}>
                <Table.Td>
                  <Group gap="xs">
                    <Text fw={500}>{e.raisonSociale}</Text>
                    {e.courant && (
                      <Badge variant="light" size="sm">
                        {TEXTES.courant}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.siretFormate}</Table.Td>
                <Table.Td>{e.adresse}</Table.Td>
                <Table.Td>
                  {e.codePostal} {e.ville}
                </Table.Td>
                <Table.Td>
                  <ActionIcon component={Link} to={`/mon-entreprise/${e.siret}`} state={{ liste: search }} variant="subtle" size="lg" aria-label={TEXTES.consulter(e.raisonSociale)}>
                    <IconEye aria-hidden size={20} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data && data.total === 0 && <Text>{TEXTES.aucunResultat}</Text>}
      {data && data.total > TAILLE_PAGE && (
        <Group component="nav" aria-label={TEXTES.pagination} justify="space-between">
          <Button
            variant="default"
            leftSection={<IconChevronLeft aria-hidden size={16} />}
            disabled={pile.length === 0}
            onClick={() => setCurseurs({ cle, pile: pile.slice(0, -1) })}
          >
            {TEXTES.pagePrecedente}
          </Button>
          <Text>{TEXTES.page(pile.length + 1, pages)}</Text>
          <Button
            variant="default"
            rightSection={<IconChevronRight aria-hidden size={16} />}
            disabled={!data.suivant || isPlaceholderData}
            onClick={() => data.suivant && setCurseurs({ cle, pile: [...pile, data.suivant] })}
          >
            {TEXTES.pageSuivante}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
