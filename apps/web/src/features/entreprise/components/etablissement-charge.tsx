import { Alert, Skeleton } from '@mantine/core';
import { ApiError } from '../../../lib/api';
import { useEtablissement } from '../api/etablissement';
import { TEXTES } from '../textes';
import { FicheEtablissement } from './fiche-etablissement';

/** Loads one establishment; a SIRET outside the account reads as "does not exist", like the API says. */
export function EtablissementCharge({ siret, multiSiret }: { siret: string; multiSiret: boolean }) {
  const { data, isPending, error } = useEtablissement(siret);
  if (isPending) return <Skeleton h={320} />;
  if (error) {
    return (
      <Alert color={error instanceof ApiError && error.status === 404 ? 'gray' : 'red'} role="alert">
        {error instanceof ApiError && error.status === 404 ? TEXTES.introuvable : error.message}
      </Alert>
    );
  }
  return <FicheEtablissement etablissement={data} multiSiret={multiSiret} />;
}
