import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { TitrePage } from '../../components/ui/titre-page';

export function PageIntrouvable() {
  return (
    <Stack>
      <TitrePage>Page introuvable</TitrePage>
      <Text>Cette page n’existe pas ou n’est plus disponible.</Text>
      <Anchor component={Link} to="/accueil">
        Revenir à l’accueil
      </Anchor>
    </Stack>
  );
}
