import { Anchor, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { CORBEILLES, DESCRIPTIONS_CORBEILLES } from '@mse/shared/instruction/instruction.schema';
import { Link } from 'react-router';
import { ErreurChargement } from '../../components/ui/erreur-chargement';
import { TitrePage } from '../../components/ui/titre-page';
import { CadreBackOffice } from './cadre-back-office';
import { useSession } from '../identite/api/session';
import { useCompteursCorbeilles } from '../instruction/api/corbeilles';
import { TEXTES } from '../instruction/textes';

const T = TEXTES.accueil;

const OUTILS = [
  { chemin: '/opco/referentiel', libelle: 'Référentiel des règles de calcul', description: 'Les montants, taux et plafonds datés utilisés par les estimations, avec leurs sources.' },
  { chemin: '/opco/assistance', libelle: 'Demandes d’assistance', description: 'Les questions des entreprises, à traiter des plus anciennes aux plus récentes.' },
  { chemin: '/opco/aide', libelle: 'Aide en ligne', description: 'Les guides et la foire aux questions publiés aux entreprises.' },
];

/** Home of the back office: the queues of funding requests with their counts, and the other tools. */
export function BackOfficePage() {
  const { data: session } = useSession();
  const { data: compteurs, isPending, error, refetch } = useCompteursCorbeilles();
  return (
    <CadreBackOffice>
      <TitrePage>Back office</TitrePage>
      {session && (
        <Text>
          Bonjour {session.utilisateur.prenom} {session.utilisateur.nom}.
        </Text>
      )}
      <Stack gap="sm" component="section" aria-labelledby="titre-demandes">
        <Title order={2} size="h3" id="titre-demandes">
          {T.titre}
        </Title>
        <Text c="gray.7">{T.intro}</Text>
        {error && <ErreurChargement erreur={error} onRetry={() => void refetch()} />}
        {isPending && <Skeleton h={120} />}
        {compteurs && (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {CORBEILLES.map((c) => (
              <Paper key={c} component="li" withBorder p="md">
                <Anchor component={Link} to={`/opco/demandes?corbeille=${c}`} fw={700} size="lg">
                  {T.ouvrir(TEXTES.corbeilles[c], compteurs[c])}
                </Anchor>
                <Text size="sm" c="gray.7" mt={4}>
                  {DESCRIPTIONS_CORBEILLES[c]}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="titre-outils">
        <Title order={2} size="h3" id="titre-outils">
          {T.autres}
        </Title>
        {OUTILS.map((o) => (
          <div key={o.chemin}>
            <Anchor component={Link} to={o.chemin}>
              {o.libelle}
            </Anchor>
            <Text size="sm" c="gray.7">
              {o.description}
            </Text>
          </div>
        ))}
      </Stack>
    </CadreBackOffice>
  );
}
