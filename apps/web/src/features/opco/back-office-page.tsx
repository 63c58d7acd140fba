import { Alert, Anchor, Button, Center, Container, Group, Loader, Stack, Text } from '@mantine/core';
import { Link, Navigate } from 'react-router';
import { TitrePage } from '../../components/ui/titre-page';
import { useDeconnexion } from '../identite/api/deconnexion';
import { useSession } from '../identite/api/session';

/** Entry of the back office for signed-in staff; its screens come with the back-office issue. */
export function BackOfficePage() {
  const { data: session, isPending } = useSession();
  const deconnexion = useDeconnexion();
  if (isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Chargement" />
      </Center>
    );
  }
  if (!session || session.utilisateur.espace !== 'opco') return <Navigate to="/opco/connexion" replace />;
  return (
    <main>
      <Container size="md" py="xl">
        <Stack>
          <Group justify="space-between">
            <TitrePage>Back office</TitrePage>
            <Button variant="light" onClick={() => deconnexion.mutate()}>
              Me déconnecter
            </Button>
          </Group>
          <Text>
            Bonjour {session.utilisateur.prenom} {session.utilisateur.nom} ({session.utilisateur.role}).
          </Text>
          <Anchor component={Link} to="/opco/referentiel" w="fit-content">
            Référentiel des règles de calcul
          </Anchor>
          <Text size="sm" c="gray.7" mt={-12}>
            Les montants, taux et plafonds datés utilisés par les estimations, avec leurs sources.
          </Text>
          <Alert color="gray" title="Les corbeilles arrivent bientôt">
            L’instruction des demandes, les décisions et les paiements ne sont pas encore disponibles sur ce nouveau back office.
          </Alert>
        </Stack>
      </Container>
    </main>
  );
}
