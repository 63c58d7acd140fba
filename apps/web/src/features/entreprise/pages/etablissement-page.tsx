import { Anchor, Stack } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import { Link, useLocation, useParams } from 'react-router';
import { TitrePage } from '../../../components/ui/titre-page';
import { useSession } from '../../identite/api/session';
import { EtablissementCharge } from '../components/etablissement-charge';
import { TEXTES } from '../textes';

/** One establishment of the account, opened from the list of "Mon entreprise". */
export function EtablissementPage() {
  const { siret = '' } = useParams();
  // Back to the list as it was left (search and sort), when we came from it.
  const etat: unknown = useLocation().state;
  const liste = etat && typeof etat === 'object' && 'liste' in etat && typeof etat.liste === 'string' && etat.liste.startsWith('?') ? etat.liste : '';
  const { data: session } = useSession();
  const multiSiret = session?.entreprise?.multiSiret ?? false;
  return (
    <Stack>
      <TitrePage>{TEXTES.titre}</TitrePage>
      {multiSiret && (
        <Anchor component={Link} to={`/mon-entreprise${liste}`} w="fit-content">
          <IconChevronLeft aria-hidden size={14} /> {TEXTES.retourListe}
        </Anchor>
      )}
      <EtablissementCharge key={siret} siret={siret} multiSiret={multiSiret} />
    </Stack>
  );
}
