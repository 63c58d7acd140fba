import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { DemandeAssistanceDetail } from '@mse/shared/aide/demande-assistance.schema';
import { formaterTaille } from '@mse/shared/aide/piece-jointe';
import { IconPaperclip } from '@tabler/icons-react';
import { TEXTES } from '../textes';

const dateHeure = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** The thread of a support request, oldest first; the OPCO's messages stand out. */
export function FilMessages({ messages, lienPiece }: { messages: DemandeAssistanceDetail['messages']; lienPiece: (id: string) => string }) {
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {messages.map((m, i) => (
        <Paper
          component="li"
          key={i}
          withBorder
          p="md"
          bg={m.auteur === 'opco' ? 'opco.0' : undefined}
          ml={m.auteur === 'opco' ? 0 : { base: 0, sm: 'xl' }}
          mr={m.auteur === 'opco' ? { base: 0, sm: 'xl' } : 0}
        >
          <Group justify="space-between" mb="xs" gap="xs">
            <Text fw={700}>{m.signature}</Text>
            <Text size="sm" c="gray.7">
              <time dateTime={m.envoyeLe}>{TEXTES.fil.envoyeLe(dateHeure.format(new Date(m.envoyeLe)))}</time>
            </Text>
          </Group>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.texte}</Text>
          {m.piecesJointes.map((p) => (
            <Group key={p.id} gap={4} mt="xs">
              <IconPaperclip aria-hidden size={16} />
              <Anchor href={lienPiece(p.id)} download={p.nom} size="sm">
                {TEXTES.fil.piece(p.nom, formaterTaille(p.taille))}
              </Anchor>
            </Group>
          ))}
        </Paper>
      ))}
    </Stack>
  );
}
