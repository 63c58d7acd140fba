import { Alert, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { TitrePage } from '../../../components/ui/titre-page';
import { TEXTES } from '../textes';

/** « Mes données personnelles » (Mon compte): the download of everything held about the person (RGPD). */
export function MesDonneesPage() {
  return (
    <Stack maw={720}>
      <TitrePage>{TEXTES.titre}</TitrePage>
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Text>{TEXTES.intro}</Text>
          <Title order={2} size="h4">
            {TEXTES.contenuTitre}
          </Title>
          <List spacing={4}>
            {TEXTES.contenu.map((ligne) => (
              <List.Item key={ligne}>{ligne}</List.Item>
            ))}
          </List>
          <Text size="sm">{TEXTES.fichiers}</Text>
          <Alert color="yellow" variant="light">
            {TEXTES.prudence}
          </Alert>
          <Button component="a" href="/api/compte/mes-donnees" download w="fit-content" leftSection={<IconDownload aria-hidden size={18} />}>
            {TEXTES.bouton}
          </Button>
        </Stack>
      </Paper>
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {TEXTES.conservationTitre}
          </Title>
          {TEXTES.conservation.map((ligne) => (
            <Text key={ligne}>{ligne}</Text>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
