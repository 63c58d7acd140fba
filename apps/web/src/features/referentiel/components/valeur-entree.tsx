import { Code, Text } from '@mantine/core';
import { formaterEuros } from '@mse/shared/commun/montant';
import type { Rubrique } from '@mse/shared/referentiel/rubriques';

type Montants = { mensuelCentimes?: unknown; horaireCentimes?: unknown };

const euros = (centimes: unknown) => (typeof centimes === 'number' ? formaterEuros(centimes) : '?');

/** The SMIC reads as amounts; other rubriques show their fields as the engine stores them (amounts in cents). */
export function ValeurEntree({ rubrique, valeur }: { rubrique: Rubrique; valeur: Record<string, unknown> }) {
  if (rubrique === 'smic') {
    const mayotte = valeur.mayotte as Montants | undefined;
    return (
      <Text size="sm">
        {euros(valeur.mensuelCentimes)} par mois · {euros(valeur.horaireCentimes)} de l’heure
        {mayotte && ` (Mayotte : ${euros(mayotte.mensuelCentimes)} · ${euros(mayotte.horaireCentimes)})`}
      </Text>
    );
  }
  return (
    <Code block fz="xs" mah={220} style={{ overflow: 'auto' }} tabIndex={0}>
      {JSON.stringify(valeur, null, 2)}
    </Code>
  );
}
