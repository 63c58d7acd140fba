import { Badge, Group, Text } from '@mantine/core';
import { STATUTS } from '@mse/shared/demande/statut';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import { AideContextuelle } from '../../../components/ui/aide-contextuelle';
import { TEXTES } from '../textes';

/** The badges' tints, by how the request stands (to act on, refused, agreed…). */
const COULEURS: Record<StatutDemande, string> = {
  brouillon: 'gray',
  envoye: 'opco',
  en_cours_de_traitement: 'opco',
  a_completer: 'orange',
  pris_en_charge: 'teal',
  facturation_en_cours: 'teal',
  solde: 'gray',
  annule: 'gray',
  refuse: 'red',
};

/** The status's label, and behind the "?" what it means (the shared STATUTS' description) and who acts next. */
export function BadgeStatut({ statut }: { statut: StatutDemande }) {
  const { libelle, description, prochainActeur } = STATUTS[statut];
  return (
    <Group gap={4} wrap="nowrap" preventGrowOverflow={false}>
      {/* Dark text on the light tint: every status passes 4.5:1, the colour only adds to the words. */}
      <Badge color={COULEURS[statut]} variant="light" style={{ flexShrink: 0, overflow: 'visible' }} styles={{ label: { color: 'var(--mantine-color-gray-9)', overflow: 'visible' } }}>
        {libelle}
      </Badge>
      <AideContextuelle sujet={TEXTES.statutAide(libelle)} taille="xs">
        {description}
        <Text component="span" display="block" mt={4} fw={600} size="sm">
          {TEXTES.prochainActeur[prochainActeur ?? 'aucun']}
        </Text>
      </AideContextuelle>
    </Group>
  );
}
