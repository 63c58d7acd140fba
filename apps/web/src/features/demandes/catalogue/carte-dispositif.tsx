import { Box, Button, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { DefinitionFormulaire } from '@mse/shared/demande/formulaire/definition';
import { IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { TEXTES } from './textes';

const T = TEXTES.catalogue;

/**
 * What the card ends with: « Faire la demande », or why not — in words (a reason, not a greyed button),
 * so that everyone, screen reader or not, learns the same thing.
 */
export type IssueCarte = { etat: 'chargement' } | { etat: 'possible' } | { etat: 'non_eligible'; motif: string } | { etat: 'lecture_seule' } | { etat: 'inconnue' };

/** One scheme of the catalogue: what it funds, who is eligible, the pieces to have at hand. */
export function CarteDispositif({ formulaire, issue }: { formulaire: DefinitionFormulaire; issue: IssueCarte }) {
  const { carte, slug, dispositif } = formulaire;
  const idTitre = `carte-${dispositif}`;
  return (
    <Card withBorder component="article" aria-labelledby={idTitre} padding="lg" h="100%" data-dispositif={dispositif}>
      <Stack gap="sm" h="100%">
        <Title order={2} size="h3" id={idTitre}>
          {carte.titre}
        </Title>
        <Box>
          <Title order={3} size="h5">
            {T.finance}
          </Title>
          <Text size="sm">{carte.finance}</Text>
        </Box>
        <Box>
          <Title order={3} size="h5">
            {T.eligibles}
          </Title>
          <Text size="sm">{carte.eligibles}</Text>
        </Box>
        <Box>
          <Title order={3} size="h5">
            {T.piecesAPreparer}
          </Title>
          <List size="sm" spacing={2}>
            {carte.piecesAPreparer.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Box>
        <Box mt="auto" pt="sm">
          {issue.etat === 'chargement' && <Skeleton h={36} w={180} />}
          {issue.etat === 'possible' && (
            <Button component={Link} to={`/demander-un-financement/${slug}`} rightSection={<IconArrowRight aria-hidden size={16} />} aria-describedby={idTitre}>
              {T.faireLaDemande}
            </Button>
          )}
          {issue.etat === 'non_eligible' && (
            <Box p="sm" bg="gray.0" style={{ borderLeft: '4px solid var(--mantine-color-orange-7)', borderRadius: 4 }}>
              <Group gap="xs" wrap="nowrap" mb={4}>
                <IconInfoCircle aria-hidden size={18} />
                <Text fw={700} size="sm">
                  {T.nonEligible}
                </Text>
              </Group>
              <Text size="sm">{issue.motif}</Text>
            </Box>
          )}
          {issue.etat === 'lecture_seule' && (
            <Text size="sm" c="gray.7">
              {T.lectureSeuleCarte}
            </Text>
          )}
        </Box>
      </Stack>
    </Card>
  );
}
