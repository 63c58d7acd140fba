import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { Accueil } from '@mse/shared/accueil/accueil.schema';
import { Link } from 'react-router';
import { formaterDateLongue, TEXTES } from '../textes';

/** "Actualités": the latest published news, each opening its own page. */
export function ActualitesRecentes({ actualites }: { actualites: Accueil['actualites'] }) {
  if (actualites.length === 0) return <Text>{TEXTES.actualites.aucune}</Text>;
  return (
    <Stack gap="md">
      {actualites.map((a) => (
        <article key={a.id}>
          <Title order={3} size="h5">
            <Anchor component={Link} to={`/actualites/${a.id}`} c="opco.8">
              {a.titre}
            </Anchor>
          </Title>
          <Text size="xs" c="gray.7">
            <time dateTime={a.publieLe}>{formaterDateLongue(a.publieLe)}</time>
          </Text>
          <Text size="sm">{a.resume}</Text>
        </article>
      ))}
    </Stack>
  );
}
