import { Badge } from '@mantine/core';
import { LIBELLES_ETAPES, type EtapeRemboursement } from '@mse/shared/facturation/facturation.schema';

// Dark shades: white text on them passes WCAG AA (4.5:1).
export const ORANGE_FONCE = '#9a3412';
export const VERT_FONCE = '#166534';
const COULEURS: Record<EtapeRemboursement, string> = {
  a_examiner: 'opco.8',
  accepte: 'teal.9',
  en_lot: 'indigo.9',
  paye: VERT_FONCE,
  refuse: 'red.9',
};

export function BadgeEtape({ etape }: { etape: EtapeRemboursement }) {
  return (
    <Badge color={COULEURS[etape]} variant="filled" tt="none">
      {LIBELLES_ETAPES[etape]}
    </Badge>
  );
}
