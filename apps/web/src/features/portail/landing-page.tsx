import { Button, Container, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useConfiguration } from './api/configuration';

/** The public entry of the portal (seed 002: "Cliquer sur Accéder à mes services en ligne"). */
export function LandingPage() {
  const { data } = useConfiguration();
  useEffect(() => {
    document.title = 'Mes services en ligne';
  }, []);
  return (
    <main>
      <Container size="sm" py={80}>
        <Paper p="xl" withBorder shadow="sm">
          <Stack gap="lg">
            {data?.logoUrl && <Image src={data.logoUrl} alt={`Logo de l’${data.opco.nom}`} h={64} w="auto" fit="contain" />}
            <Title order={1}>Mes services en ligne</Title>
            <Text size="lg">
              Demandez le financement de vos formations et de vos contrats en alternance, suivez vos dossiers et vos
              remboursements{data ? ` auprès de l’${data.opco.nom}` : ''}.
            </Text>
            <Button component={Link} to="/connexion" size="lg" w="fit-content">
              Accéder à mes services en ligne
            </Button>
          </Stack>
        </Paper>
      </Container>
    </main>
  );
}
