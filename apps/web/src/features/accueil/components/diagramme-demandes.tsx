import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import type { Accueil } from '@mse/shared/accueil/accueil.schema';
import { Link, useNavigate } from 'react-router';
import { COULEURS_GROUPE, ONGLETS_FINANCEMENTS, TEXTES } from '../textes';

type Groupe = Accueil['demandes']['groupes'][number];

const TAILLE = 200;
const RAYON = 76;
const EPAISSEUR = 34;
export const CIRCONFERENCE = 2 * Math.PI * RAYON;
/** White space between two parts, so that neighbouring colours never touch. */
const ECART = 3;

/** The parts of the ring: where each non-empty group starts and how long it is, along the circumference. */
export function decouper(demandes: Accueil['demandes']): { groupe: Groupe; debut: number; longueur: number }[] {
  const visibles = demandes.groupes.filter((g) => g.nombre > 0);
  const longueurs = visibles.map((g) => (g.nombre / demandes.total) * CIRCONFERENCE);
  return visibles.map((groupe, i) => ({
    groupe,
    debut: longueurs.slice(0, i).reduce((a, b) => a + b, 0),
    longueur: visibles.length > 1 ? Math.max(longueurs[i]! - ECART, 1) : longueurs[i]!,
  }));
}

/**
 * "Mes demandes de financement" as a donut: each part opens its tab of "Mes financements". The drawing
 * is for the eye and the mouse (aria-hidden); its legend, a list of links with the counts in words, is
 * the same information and the same actions for the keyboard and screen readers.
 */
export function DiagrammeDemandes({ demandes }: { demandes: Accueil['demandes'] }) {
  const navigate = useNavigate();
  const parts = decouper(demandes);

  return (
    <Group align="center" gap="xl" wrap="wrap">
      <Box component="svg" viewBox={`0 0 ${TAILLE} ${TAILLE}`} w={200} h={200} aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
        {parts.map(({ groupe, debut: decalage, longueur }) => (
          <circle
            key={groupe.groupe}
            data-groupe={groupe.groupe}
            cx={TAILLE / 2}
            cy={TAILLE / 2}
            r={RAYON}
            fill="none"
            stroke={COULEURS_GROUPE[groupe.groupe]}
            strokeWidth={EPAISSEUR}
            strokeDasharray={`${longueur} ${CIRCONFERENCE - longueur}`}
            strokeDashoffset={-decalage}
            transform={`rotate(-90 ${TAILLE / 2} ${TAILLE / 2})`}
            style={{ cursor: 'pointer', pointerEvents: 'stroke' }}
            onClick={() => navigate(ONGLETS_FINANCEMENTS[groupe.groupe])}
          >
            <title>{TEXTES.demandes.entree(groupe.libelle, groupe.nombre)}</title>
          </circle>
        ))}
        <text x="50%" y="47%" textAnchor="middle" fontSize="34" fontWeight="700" fill="#1a1a1a">
          {demandes.total}
        </text>
        <text x="50%" y="61%" textAnchor="middle" fontSize="14" fill="#495057">
          {TEXTES.demandes.unite(demandes.total)}
        </text>
      </Box>
      <Stack gap="xs">
        <Text size="sm" id="legende-demandes" c="gray.7">
          {TEXTES.demandes.aide}
        </Text>
        <Box component="ul" aria-labelledby="legende-demandes" m={0} p={0} style={{ listStyle: 'none' }}>
          {demandes.groupes.map((g) => (
            <EntreeLegende key={g.groupe} groupe={g} />
          ))}
        </Box>
      </Stack>
    </Group>
  );
}

function EntreeLegende({ groupe }: { groupe: Groupe }) {
  return (
    <li>
      <Anchor component={Link} to={ONGLETS_FINANCEMENTS[groupe.groupe]} data-groupe={groupe.groupe} fw={500} py={4} style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
        <Box component="span" aria-hidden w={14} h={14} style={{ borderRadius: 3, background: COULEURS_GROUPE[groupe.groupe], flexShrink: 0 }} />
        {TEXTES.demandes.entree(groupe.libelle, groupe.nombre)}
      </Anchor>
    </li>
  );
}
