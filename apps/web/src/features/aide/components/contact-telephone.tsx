import { Anchor, Group, Paper, Skeleton, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPhone } from '@tabler/icons-react';
import { useConfiguration } from '../../portail/api/configuration';
import { TEXTES } from '../textes';

/**
 * "Nos équipes sont à votre écoute du lundi au vendredi de 5h à 23h au 09 70 838 837. (Appel non
 * surtaxé)": the seed's sentence, built from the OPCO's configuration. The number is a tel: link.
 */
export function ContactTelephone() {
  const { data, isPending } = useConfiguration();
  if (isPending) return <Skeleton h={72} />;
  if (!data) return null;
  const { supportTelephone, supportHoraires } = data.opco;
  return (
    <Paper withBorder p="md" bg="opco.0">
      <Group wrap="nowrap" align="flex-start">
        <ThemeIcon size={40} radius="xl" color="opco" aria-hidden>
          <IconPhone size={22} />
        </ThemeIcon>
        <div>
          <Title order={2} size="h4" mb={4}>
            {TEXTES.assistance.parTelephone}
          </Title>
          <Text>
            {TEXTES.assistance.ecoute(supportHoraires)}{' '}
            <Anchor href={`tel:${supportTelephone.replace(/[^\d+]/g, '')}`} fw={700}>
              {supportTelephone}
            </Anchor>
            . {TEXTES.assistance.nonSurtaxe}
          </Text>
        </div>
      </Group>
    </Paper>
  );
}
