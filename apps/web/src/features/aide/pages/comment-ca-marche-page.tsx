import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { useGuides } from '../api/guides';
import { IllustrationGuide } from '../components/illustration-guide';
import { TEXTES } from '../textes';

const T = TEXTES.commentCaMarche;

/** "1 - Comment ça marche ?": one card per guide; each opens its numbered steps. */
export function CommentCaMarchePage() {
  const { data, isPending, error, refetch } = useGuides();
  return (
    <Stack>
      <TitrePage>{T.titre}</TitrePage>
      <Text>{T.intro}</Text>
      {error && <ErreurChargement erreur={error} onRetry={() => void refetch()} />}
      {isPending ? (
        <Skeleton h={320} />
      ) : (
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} p={0} m={0} style={{ listStyle: 'none' }}>
          {data?.guides.map((g) => (
            <Card component="li" key={g.slug} withBorder padding="lg">
              <Group wrap="nowrap" align="flex-start">
                <IllustrationGuide illustration={g.illustration} />
                <Stack gap={4}>
                  <Title order={2} size="h4">
                    <Anchor component={Link} to={`/aide/comment-ca-marche/${g.slug}`} aria-label={T.ouvrir(g.titre)} underline="hover">
                      {g.titre}
                    </Anchor>
                  </Title>
                  <Text size="sm">{g.resume}</Text>
                  <Text size="sm" c="gray.7">
                    {T.etapes(g.etapes.length)}
                  </Text>
                </Stack>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <Text>
        {T.autreQuestion}{' '}
        <Anchor component={Link} to="/aide/foire-aux-questions">
          {T.versFaq}
        </Anchor>{' '}
        ou{' '}
        <Anchor component={Link} to="/aide/contacter-assistance">
          {TEXTES.assistance.titre.toLowerCase()}
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
