import { Badge, Group } from '@mantine/core';
import { STATUTS_ASSISTANCE_DEFINITIONS } from '@mse/shared/aide/demande-assistance';
import type { StatutAssistance as Statut } from '@mse/shared/aide/demande-assistance.schema';
import { AideContextuelle } from '../../../components/ui/aide-contextuelle';

// Dark shades: white text on them passes WCAG AA (4.5:1).
const COULEURS: Record<Statut, string> = { en_attente: 'grape.9', repondu: 'teal.9' };

/** The status of a support request, with its "?" explanation. */
export function StatutAssistance({ statut, aide = true }: { statut: Statut; aide?: boolean }) {
  const { libelle, description } = STATUTS_ASSISTANCE_DEFINITIONS[statut];
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={COULEURS[statut]} variant="filled" tt="none">
        {libelle}
      </Badge>
      {aide && <AideContextuelle sujet={`le statut « ${libelle} »`}>{description}</AideContextuelle>}
    </Group>
  );
}
