import { Center, Loader } from '@mantine/core';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../features/identite/api/session';
import { ErreurChargement } from '../components/ui/erreur-chargement';
import { PortailLayout } from './layout';

/** The employer portal needs a signed-in employer; anyone else goes to the login page and comes back after. */
export function RequireSession() {
  const { data: session, isPending, error, refetch } = useSession();
  const location = useLocation();
  if (isPending) {
    return (
      <Center h="100vh">
        <Loader role="progressbar" aria-label="Chargement" />
      </Center>
    );
  }
  if (error) return <ErreurChargement erreur={error} onRetry={() => void refetch()} />;
  if (!session) {
    const suite = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/connexion?suite=${suite}`} replace />;
  }
  return <PortailLayout session={session} />;
}
