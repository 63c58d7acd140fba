import { Alert, Stack, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';

/** A page of the seeds whose screen is not built yet: it says so plainly instead of pretending. */
export function PageAVenir({ titre, issue }: { titre: string; issue: string }) {
  return (
    <Stack>
      <Title order={1}>{titre}</Title>
      <Alert icon={<IconTools aria-hidden />} title="Cette page arrive bientôt" color="gray" variant="light">
        Ce service n’est pas encore disponible sur le nouveau portail ({issue}). En attendant, l’assistance
        peut vous aider : rubrique « Besoin d’aide ? ».
      </Alert>
    </Stack>
  );
}
