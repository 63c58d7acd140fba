import { Anchor, Button, Center, Container, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, Navigate, NavLink } from 'react-router';
import { useDeconnexion } from '../identite/api/deconnexion';
import { useSession } from '../identite/api/session';

const T = {
  backOffice: 'Back office',
  navigation: 'Navigation du back office',
  accueil: 'Accueil du back office',
  deconnexion: 'Me déconnecter',
};
const LIENS = [
  { chemin: '/opco/demandes', libelle: 'Demandes de financement' },
  { chemin: '/opco/facturation', libelle: 'Facturation' },
  { chemin: '/opco/assistance', libelle: 'Assistance' },
  { chemin: '/opco/aide', libelle: 'Foire aux questions' },
  { chemin: '/opco/referentiel', libelle: 'Référentiel' },
];
/** Administrators only (the API refuses the others anyway). */
const LIENS_ADMINISTRATEUR = [
  { chemin: '/opco/administration', libelle: 'Administration' },
  { chemin: '/opco/journal', libelle: 'Journal d’audit' },
  { chemin: '/opco/decision-automatique', libelle: 'Décision automatique' },
];
/** Supervisors and administrators: the dashboard. */
const LIENS_SUPERVISEUR = [{ chemin: '/opco/statistiques', libelle: 'Tableau de bord' }];

/**
 * The frame of every back-office page: signed-in OPCO staff only (anyone else goes
 * to /opco/connexion); what each role may see is the API's answer, not a check made here.
 */
export function CadreBackOffice({ children }: { children: ReactNode }) {
  const { data: session, isPending } = useSession();
  const deconnexion = useDeconnexion();
  if (isPending) {
    return (
      <Center h="100vh">
        <Loader role="progressbar" aria-label="Chargement" />
      </Center>
    );
  }
  if (!session || session.utilisateur.espace !== 'opco') return <Navigate to="/opco/connexion" replace />;
  return (
    <>
      <header>
        <Group bg="opco.8" px="md" h={60} justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Text component={Link} to="/opco" c="white" fw={700} size="lg" style={{ textDecoration: 'none' }} aria-label={T.accueil}>
              {T.backOffice}
            </Text>
            <nav aria-label={T.navigation}>
              <Group gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {[...LIENS, ...(session.utilisateur.role === 'superviseur' || session.utilisateur.role === 'administrateur' ? LIENS_SUPERVISEUR : []), ...(session.utilisateur.role === 'administrateur' ? LIENS_ADMINISTRATEUR : [])].map((l) => (
                  <li key={l.chemin}>
                    <Anchor component={NavLink} to={l.chemin} c="white" fw={600}>
                      {l.libelle}
                    </Anchor>
                  </li>
                ))}
              </Group>
            </nav>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text c="white" size="sm" visibleFrom="sm">
              {session.utilisateur.prenom} {session.utilisateur.nom}
            </Text>
            <Button variant="white" size="xs" onClick={() => deconnexion.mutate()}>
              {T.deconnexion}
            </Button>
          </Group>
        </Group>
      </header>
      <main id="contenu">
        <Container size="lg" py="lg">
          <Stack>{children}</Stack>
        </Container>
      </main>
    </>
  );
}
