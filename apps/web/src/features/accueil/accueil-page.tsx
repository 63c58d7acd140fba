import { Alert, Card, Grid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { TitrePage } from '../../components/ui/titre-page';
import { useActualites } from '../actualites/api/actualites';

/** Home page: the chart of funding requests (to come with the requests) and the latest news. */
export function AccueilPage() {
  const { data, isPending, error } = useActualites();
  return (
    <Stack>
      <TitrePage>Accueil</TitrePage>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder component="section" aria-labelledby="titre-demandes">
            <Title order={2} size="h3" id="titre-demandes">
              Mes demandes de financement
            </Title>
            <Text mt="sm">Le diagramme de vos demandes par statut (Brouillon, En cours, Archivé) arrive avec le suivi des financements.</Text>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder component="section" aria-labelledby="titre-actualites">
            <Title order={2} size="h3" id="titre-actualites" mb="sm">
              Actualités
            </Title>
            {isPending && <Skeleton h={120} />}
            {error && <Alert color="red">{error.message}</Alert>}
            <Stack gap="md">
              {data?.actualites.map((a) => (
                <article key={a.id}>
                  <Title order={3} size="h5">{a.titre}</Title>
                  <Text size="xs" c="gray.7">
                    {new Date(a.publieLe).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })}
                  </Text>
                  <Text size="sm">{a.resume}</Text>
                </article>
              ))}
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
