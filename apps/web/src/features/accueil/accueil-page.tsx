import { Alert, Button, Card, Grid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { Accueil } from '@mse/shared/accueil/accueil.schema';
import { Link } from 'react-router';
import { TitrePage } from '../../components/ui/titre-page';
import { useAccueil } from './api/accueil';
import { ActualitesRecentes } from './components/actualites-recentes';
import { DiagrammeDemandes } from './components/diagramme-demandes';
import { TEXTES } from './textes';

function DemandesVides({ accueil }: { accueil: Accueil }) {
  return (
    <Stack gap="sm" align="flex-start">
      <Text fw={500}>{accueil.perimetre ? TEXTES.demandes.videEtablissement : TEXTES.demandes.vide}</Text>
      {accueil.actions.includes('demanderFinancement') && (
        <>
          <Text size="sm">{TEXTES.demandes.videInvitation}</Text>
          <Button component={Link} to="/demander-un-financement">
            {TEXTES.demandes.demander}
          </Button>
        </>
      )}
    </Stack>
  );
}

/** Home page (seed 000): the funding requests by status group, and the latest news — from one request. */
export function AccueilPage() {
  const { data, isPending, error } = useAccueil();
  return (
    <Stack>
      <TitrePage>{TEXTES.titre}</TitrePage>
      {error && (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder component="section" aria-labelledby="titre-demandes">
            <Title order={2} size="h3" id="titre-demandes">
              {TEXTES.demandes.titre}
            </Title>
            {isPending && <Skeleton h={200} mt="sm" />}
            {data && (
              <>
                <Text size="sm" c="gray.7" mb="md">
                  {data.perimetre ? TEXTES.demandes.perimetre(data.perimetre.raisonSociale) : TEXTES.demandes.perimetreTous}
                </Text>
                {data.demandes.total === 0 ? <DemandesVides accueil={data} /> : <DiagrammeDemandes demandes={data.demandes} />}
              </>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder component="section" aria-labelledby="titre-actualites">
            <Title order={2} size="h3" id="titre-actualites" mb="sm">
              {TEXTES.actualites.titre}
            </Title>
            {isPending && <Skeleton h={120} />}
            {data && <ActualitesRecentes actualites={data.actualites} />}
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
