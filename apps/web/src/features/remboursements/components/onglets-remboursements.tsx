import { Anchor, Box, Group } from '@mantine/core';
import type { PageRemboursements } from '@mse/shared/remboursement/liste.schema';
import { libelleStatutRemboursement } from '@mse/shared/remboursement/statut';
import { STATUTS_REMBOURSEMENT, type StatutRemboursement } from '@mse/shared/remboursement/statut.schema';
import { Link } from 'react-router';
import { CHEMIN_ONGLET, TEXTES } from '../textes';

/**
 * The three tabs À venir, Payé, Refusé, top left, with their counts — links, as in Mes financements
 * (each tab has its address, the back button works), aria-current on the one shown. The search's
 * criteria go along from one tab to the other.
 */
export function OngletsRemboursements({ actif, compteurs, recherche }: { actif: StatutRemboursement; compteurs: PageRemboursements['compteurs'] | undefined; recherche: string }) {
  return (
    <Box component="nav" aria-label={TEXTES.onglets} style={{ borderBottom: '1px solid var(--mantine-color-gray-4)' }}>
      <Group component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
        {STATUTS_REMBOURSEMENT.map((onglet) => {
          const libelle = libelleStatutRemboursement(onglet);
          const nombre = compteurs?.find((c) => c.onglet === onglet)?.nombre;
          const courant = onglet === actif;
          return (
            <li key={onglet}>
              <Anchor
                component={Link}
                to={{ pathname: CHEMIN_ONGLET[onglet], search: recherche }}
                aria-current={courant ? 'page' : undefined}
                data-onglet={onglet}
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
