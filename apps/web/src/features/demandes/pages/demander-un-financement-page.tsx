import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { FORMULAIRES, ORDRE_DISPOSITIFS } from '@mse/shared/demande/formulaire/formulaires';
import type { Eligibilites } from '@mse/shared/demande/demande.schema';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { IconLock } from '@tabler/icons-react';
import { TitrePage } from '../../../components/ui/titre-page';
import { useSession } from '../../identite/api/session';
import { useDispositifs } from '../api/dispositifs';
import { CarteDispositif, type IssueCarte } from '../catalogue/carte-dispositif';
import { TEXTES } from '../catalogue/textes';

const T = TEXTES.catalogue;

function issueDe(dispositif: Dispositif, eligibilites: Eligibilites | undefined, enErreur: boolean): IssueCarte {
  if (!eligibilites) return enErreur ? { etat: 'inconnue' } : { etat: 'chargement' };
  const e = eligibilites.dispositifs.find((d) => d.dispositif === dispositif);
  if (e && !e.eligible) return { etat: 'non_eligible', motif: e.motif ?? T.nonEligible };
  if (!eligibilites.peutDemander) return { etat: 'lecture_seule' };
  return { etat: 'possible' };
}

/**
 * « Demander un financement » (seed 000): one card per scheme, for the establishment of the company
 * block; « Faire la demande » opens the scheme's form. The server says which schemes the establishment
 * may ask for and whether this person may ask at all; the cards show the reason when not.
 */
export function DemanderUnFinancementPage() {
  const { data: session } = useSession();
  const siret = session?.entreprise?.siret;
  const { data, error } = useDispositifs(siret);
  return (
    <Stack>
      <TitrePage>{T.titre}</TitrePage>
      {data && (
        <Stack gap={2}>
          <Text fw={600}>{T.pour(data.etablissement.raisonSociale, data.etablissement.siretFormate)}</Text>
          {session?.entreprise?.multiSiret && (
            <Text size="sm" c="gray.7">
              {T.autreEtablissement}
            </Text>
          )}
        </Stack>
      )}
      <Text>{T.intro}</Text>
      {error && (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      )}
      {data && !data.peutDemander && (
        <Alert color="gray" icon={<IconLock aria-hidden />}>
          {T.lectureSeule}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {ORDRE_DISPOSITIFS.map((d) => (
          <CarteDispositif key={d} formulaire={FORMULAIRES[d]} issue={issueDe(d, data, !!error)} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
