import { Alert, Badge, Card, Container, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { TitrePage } from '../../components/ui/titre-page';
import { api } from '../../lib/api';

type Email = { id: string; destinataire: string; sujet: string; texte: string; statut: string; creeLe: string };

/** Development only: the messages the portal would have sent (no SMTP server configured). */
export function BoiteMailPage() {
  const { data, error } = useQuery({ queryKey: ['dev-emails'], queryFn: () => api<{ emails: Email[] }>('/api/dev/emails'), refetchInterval: 3_000 });
  return (
    <main>
      <Container size="md" py="lg">
        <TitrePage>Boîte mail de développement</TitrePage>
        <Text mb="md">Les e-mails envoyés par le portail quand aucun serveur SMTP n’est configuré (jamais en production).</Text>
        {error && <Alert color="red">{error.message}</Alert>}
        <Stack>
          {data?.emails.length === 0 && <Text>Aucun e-mail pour l’instant.</Text>}
          {data?.emails.map((m) => (
            <Card key={m.id} withBorder component="article" aria-label={m.sujet}>
              <Group justify="space-between">
                <Text fw={700}>{m.sujet}</Text>
                <Badge variant="light" color="gray.8">{new Date(m.creeLe).toLocaleString('fr-FR')}</Badge>
              </Group>
              <Text size="sm">À : {m.destinataire}</Text>
              <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {m.texte}
              </Text>
            </Card>
          ))}
        </Stack>
      </Container>
    </main>
  );
}
