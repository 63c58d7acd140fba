import { Alert, Anchor, Group, Skeleton, Text } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { NavLink } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { CadreBackOffice } from '../../opco/cadre-back-office';
import { TEXTES } from '../textes';

const SECTIONS = [
  { chemin: '/opco/administration/actualites', libelle: TEXTES.sections.actualites },
  { chemin: '/opco/administration/foire-aux-questions', libelle: TEXTES.sections.faq },
  { chemin: '/opco/administration/guides', libelle: TEXTES.sections.guides },
  { chemin: '/opco/administration/parametres', libelle: TEXTES.sections.parametres },
  { chemin: '/opco/administration/personnel', libelle: TEXTES.sections.personnel },
  { chemin: '/opco/journal', libelle: TEXTES.journal.titre },
];

/** Every administration page: the back-office frame, the sections' links, the title and the loading states. */
export function CadreAdministration({
  titre,
  introduction,
  chargement,
  children,
}: {
  titre: string;
  introduction: string;
  chargement: { isPending: boolean; error: Error | null; refetch?: () => unknown };
  children: ReactNode;
}) {
  return (
    <CadreBackOffice>
      <nav aria-label={TEXTES.sections.navigation}>
        <Group gap="lg" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {SECTIONS.map((s) => (
            <li key={s.chemin}>
              <Anchor component={NavLink} to={s.chemin} fw={600}>
                {s.libelle}
              </Anchor>
            </li>
          ))}
        </Group>
      </nav>
      <TitrePage>{titre}</TitrePage>
      <Text maw={900}>{introduction}</Text>
      {chargement.error && <ErreurChargement erreur={chargement.error} onRetry={chargement.refetch ? () => void chargement.refetch?.() : undefined} />}
      {chargement.isPending && !chargement.error && <Skeleton h={240} aria-label={TEXTES.commun.chargement} />}
      {!chargement.isPending && !chargement.error && children}
    </CadreBackOffice>
  );
}

/** The green "saved" message, announced by screen readers. */
export function MessageSucces({ children }: { children: string }) {
  if (!children) return null;
  return (
    <Alert color="green" role="status">
      {children}
    </Alert>
  );
}

/** Mantine's default error red (red.6) fails WCAG AA contrast on white: forms use a darker one. */
export const STYLE_FORMULAIRE = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties;

/** The API's field messages as the form's errors (paths like "etapes.0.titre" kept as they are). */
export function erreursDesChamps(champs: { chemin: string; message: string }[]): Record<string, string> {
  const erreurs: Record<string, string> = {};
  for (const c of champs) erreurs[c.chemin] = erreurs[c.chemin] ? `${erreurs[c.chemin]} ; ${c.message}` : c.message;
  return erreurs;
}
