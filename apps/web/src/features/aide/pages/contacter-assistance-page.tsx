import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { Link } from 'react-router';
import { TitrePage } from '../../../components/ui/titre-page';
import { ContactTelephone } from '../components/contact-telephone';
import { FormulaireAssistance } from '../components/formulaire-assistance';
import { TEXTES } from '../textes';

const T = TEXTES.assistance;

/** "3 - Contacter l’assistance" for a signed-in employer: the phone line, and the form. */
export function ContacterAssistancePage() {
  return (
    <Stack maw={720}>
      <TitrePage>{T.titre}</TitrePage>
      <ContactTelephone />
      <Paper withBorder p="lg">
        <Stack>
          <Group justify="space-between" align="baseline">
            <Title order={2} size="h3">
              {T.ecrire}
            </Title>
            <Anchor component={Link} to="/aide/mes-demandes-assistance">
              <Group gap={4} component="span">
                <IconInbox aria-hidden size={18} />
                {T.mesDemandes}
              </Group>
            </Anchor>
          </Group>
          <Text>{T.ecrireIntro}</Text>
          <FormulaireAssistance connecte />
        </Stack>
      </Paper>
    </Stack>
  );
}
