import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate } from 'react-router';
import { TitrePage } from '../../../components/ui/titre-page';
import { useSession } from '../../identite/api/session';
import { CadrePublic } from '../../identite/components/cadre-public';
import { ContactTelephone } from '../components/contact-telephone';
import { FormulaireAssistance } from '../components/formulaire-assistance';
import { TEXTES } from '../textes';

const T = TEXTES.assistance;

/** "Contacter l’assistance" from the login page, for someone who cannot sign in. */
export function AssistancePubliquePage() {
  const { data: session } = useSession();
  if (session?.utilisateur.espace === 'entreprise') return <Navigate to="/aide/contacter-assistance" replace />;
  return (
    <CadrePublic>
      <Stack>
        <TitrePage>{T.titre}</TitrePage>
        <Text>{T.publiqueIntro}</Text>
        <ContactTelephone />
        <Title order={2} size="h3">
          {T.ecrire}
        </Title>
        <FormulaireAssistance connecte={false} />
        <Anchor component={Link} to="/connexion" size="sm">
          {T.retourConnexion}
        </Anchor>
      </Stack>
    </CadrePublic>
  );
}
