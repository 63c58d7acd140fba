import { Stack, Title } from '@mantine/core';
import { TitrePage } from '../../../components/ui/titre-page';
import { SectionCollegues } from '../../collegues/components/section-collegues';
import { useSession } from '../../identite/api/session';
import { EtablissementCharge } from '../components/etablissement-charge';
import { ListeEtablissements } from '../components/liste-etablissements';
import { TEXTES } from '../textes';

/** "Mon entreprise": the establishment itself for a single-establishment account, else the list to search; then the owner's colleagues. */
export function MonEntreprisePage() {
  const { data: session } = useSession();
  const entreprise = session?.entreprise;
  return (
    <Stack>
      <TitrePage>{TEXTES.titre}</TitrePage>
      {entreprise?.multiSiret ? (
        <>
          <Title order={2} size="h3">
            {TEXTES.titreListe}
          </Title>
          <ListeEtablissements />
        </>
      ) : (
        entreprise && <EtablissementCharge siret={entreprise.siret} multiSiret={false} />
      )}
      {entreprise && <SectionCollegues multiSiret={entreprise.multiSiret} />}
    </Stack>
  );
}
