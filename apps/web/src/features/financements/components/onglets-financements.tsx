import { Anchor, Box, Group } from '@mantine/core';
import type { PageFinancements } from '@mse/shared/demande/liste.schema';
import type { GroupeStatut } from '@mse/shared/demande/statut';
import { Link } from 'react-router';
import { CHEMIN_ONGLET, TEXTES } from '../textes';

/**
 * The three tabs, top left, with their counts. They are links (each tab has its address, the home
 * chart's links open them, the browser's back button works), marked aria-current on the one shown.
 * The criteria of the « Recherche avancée » go along: the counts are those of the search.
 */
export function OngletsFinancements({
  actif,
  compteurs,
  recherche = '',
}: {
  actif: GroupeStatut;
  compteurs: PageFinancements['compteurs'] | undefined;
  /** The query of the page (criteria, sort): kept from one tab to another. */
  recherche?: string;
}) {
  const groupes: { groupe: GroupeStatut; libelle: string }[] = [
    { groupe: 'brouillon', libelle: 'Brouillon' },
    { groupe: 'en_cours', libelle: 'En cours' },
    { groupe: 'archive', libelle: 'Archivé' },
  ];
  return (
    <Box component="nav" aria-label={TEXTES.onglets} style={{ borderBottom: '1px solid var(--mantine-color-gray-4)' }}>
      <Group component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
        {groupes.map(({ groupe, libelle }) => {
          const nombre = compteurs?.find((c) => c.groupe === groupe)?.nombre;
          const courant = groupe === actif;
          return (
            <li key={groupe}>
              <Anchor
                component={Link}
                to={recherche ? `${CHEMIN_ONGLET[groupe]}?${recherche}` : CHEMIN_ONGLET[groupe]}
                aria-current={courant ? 'page' : undefined}
                data-groupe={groupe}
                underline="never"
                fw={courant ? 700 : 500}
                c={courant ? 'opco.8' : 'gray.8'}
                px="md"
                py="sm"
                style={{ display: 'inline-block', marginBottom: -1, borderBottom: `3px solid ${courant ? 'var(--mantine-color-opco-7)' : 'transparent'}` }}
              >
                {nombre === undefined ? libelle : TEXTES.onglet(libelle, nombre)}
              </Anchor>
            </li>
          );
        })}
      </Group>
    </Box>
  );
}
