import { ThemeIcon } from '@mantine/core';
import type { IllustrationGuide as Illustration } from '@mse/shared/aide/guide.schema';
import {
  IconBriefcase, IconBuildingStore, IconKey, IconListSearch, IconReceiptEuro, IconSchool, IconTool, IconTrendingUp, IconUserCog,
  type Icon,
} from '@tabler/icons-react';

const ICONES: Record<Illustration, Icon> = {
  premiere_connexion: IconKey,
  compte: IconUserCog,
  entreprise: IconBuildingStore,
  action_individuelle: IconSchool,
  apprentissage: IconTool,
  professionnalisation: IconBriefcase,
  pro_a: IconTrendingUp,
  suivi: IconListSearch,
  remboursement: IconReceiptEuro,
};

/** A guide's picture: an inline icon (SVG), decorative — the guide's title says what it is about. */
export function IllustrationGuide({ illustration, taille = 48 }: { illustration: Illustration; taille?: number }) {
  const Icone = ICONES[illustration];
  return (
    <ThemeIcon size={taille} radius="md" variant="light" color="opco" aria-hidden>
      <Icone size={taille * 0.6} stroke={1.6} />
    </ThemeIcon>
  );
}
