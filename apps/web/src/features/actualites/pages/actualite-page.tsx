import { Alert, Anchor, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { formaterDateLongue, TEXTES } from '../../accueil/textes';
import { useActualite } from '../api/actualite';

/** One news item, opened from "Actualités" on the home page. */
export function ActualitePage() {
  const { id = '' } = useParams();
  const { data, isPending, error } = useActualite(id);
  const retour = (
    <Anchor component={Link} to="/accueil" w="fit-content">
      <IconChevronLeft aria-hidden size={14} /> {TEXTES.actualite.retour}
    </Anchor>
  );
  if (error) {
    return (
      <Stack>
        <TitrePage>{TEXTES.actualite.titre}</TitrePage>
        <Alert color={error instanceof ApiError && error.status === 404 ? 'gray' : 'red'} role="alert">
          {error instanceof ApiError && error.status === 404 ? TEXTES.actualite.introuvable : error.message}
        </Alert>
        {retour}
      </Stack>
    );
  }
  return (
    <Stack maw={760}>
      {retour}
      {isPending ? (
        <Skeleton h={240} />
      ) : (
        <article>
          <TitrePage>{data.titre}</TitrePage>
          <Text size="sm" c="gray.7" mb="md">
            <time dateTime={data.publieLe}>{TEXTES.actualite.publieeLe(formaterDateLongue(data.publieLe))}</time>
          </Text>
          <Paper withBorder p="lg">
            <Text fw={500} mb="sm">
              {data.resume}
            </Text>
            <Text style={{ whiteSpace: 'pre-line' }}>{data.contenu}</Text>
          </Paper>
        </article>
      )}
    </Stack>
  );
}
