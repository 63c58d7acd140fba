import { Alert, Anchor, Box, Button, Group, Paper, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { useGuide } from '../api/guides';
import { IllustrationGuide } from '../components/illustration-guide';
import { TexteAide } from '../components/texte-aide';
import { TEXTES } from '../textes';

const T = TEXTES.commentCaMarche;

/** One guide: its numbered steps, each with a button to the screen where it happens. */
export function GuidePage() {
  const { slug = '' } = useParams();
  const { data: guide, isPending, error, refetch } = useGuide(slug);
  return (
    <Stack maw={820}>
      <Anchor component={Link} to="/aide/comment-ca-marche" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft aria-hidden size={16} />
          {T.retour}
        </Group>
      </Anchor>
      {isPending && <Skeleton h={400} />}
      {error &&
        (error instanceof ApiError && error.status === 404 ? (
          <Alert color="red" role="alert">
            {T.introuvable}
          </Alert>
        ) : (
          <ErreurChargement erreur={error} onRetry={() => void refetch()} />
        ))}
      {guide && (
        <>
          <Group wrap="nowrap" align="center">
            <IllustrationGuide illustration={guide.illustration} taille={56} />
            <Box>
              <TitrePage>{guide.titre}</TitrePage>
            </Box>
          </Group>
          <Text>{guide.resume}</Text>
          <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {guide.etapes.map((etape, i) => (
              <Paper component="li" key={i} withBorder p="md">
                <Group wrap="nowrap" align="flex-start">
                  <ThemeIcon size={36} radius="xl" color="opco" aria-hidden>
                    <Text fw={700} c="white">
                      {i + 1}
                    </Text>
                  </ThemeIcon>
                  <Stack gap="xs" style={{ flex: 1 }}>
                    <Title order={2} size="h4">
                      <span className="visuellement-cache">{`${T.etape(i + 1)} : `}</span>
                      {etape.titre}
                    </Title>
                    <TexteAide texte={etape.texte} />
                    {etape.lien && (
                      <Button component={Link} to={etape.lien.chemin} variant="light" rightSection={<IconArrowRight aria-hidden size={16} />} w="fit-content">
                        {etape.lien.libelle}
                      </Button>
                    )}
                  </Stack>
                </Group>
              </Paper>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
