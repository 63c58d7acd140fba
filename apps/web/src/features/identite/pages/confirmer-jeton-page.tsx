import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { TitrePage } from '../../../components/ui/titre-page';
import { useConfirmerJeton } from '../api/inscription';
import { CadrePublic } from '../components/cadre-public';

/** The pages opened by a confirmation link (sign-up, change of login e-mail). */
export function ConfirmerJetonPage({ titre, chemin }: { titre: string; chemin: '/api/inscription/confirmer' | '/api/compte/adresse-email/confirmer' }) {
  const [params] = useSearchParams();
  const confirmer = useConfirmerJeton(chemin);
  const envoye = useRef(false);
  const jeton = params.get('jeton') ?? '';
  useEffect(() => {
    if (envoye.current) return;
    envoye.current = true;
    confirmer.mutate(jeton);
  }, [confirmer, jeton]);
  return (
    <CadrePublic>
      <TitrePage>{titre}</TitrePage>
      <Stack>
        {confirmer.isPending && <Loader role="progressbar" aria-label="Confirmation en cours" />}
        {confirmer.isSuccess && (
          <Alert color="green" role="status">
            {confirmer.data.message}
          </Alert>
        )}
        {confirmer.isError && (
          <Alert color="orange" role="alert">
            {confirmer.error.message}
          </Alert>
        )}
        <Anchor component={Link} to="/connexion">
          Aller à la connexion
        </Anchor>
      </Stack>
    </CadrePublic>
  );
}
