import { Alert, Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { LIBELLES_OBJET_ASSISTANCE } from '@mse/shared/aide/demande-assistance.schema';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { useDemandeAssistanceOpco, useRepondreDemandeAssistance } from '../api/assistance-opco';
import { FilMessages } from '../components/fil-messages';
import { FormulaireMessage } from '../components/formulaire-message';
import { StatutAssistance } from '../components/statut-assistance';
import { TEXTES } from '../textes';
import { CadreBackOffice } from '../../opco/cadre-back-office';

const T = TEXTES.opco;

function Reponse({ numero }: { numero: string }) {
  const repondre = useRepondreDemandeAssistance(numero);
  return <FormulaireMessage envoi={repondre} lignes={5} nom={T.repondre} textes={{ libelle: T.reponse, aide: T.reponseAide, bouton: T.envoyerReponse, envoye: T.reponseEnvoyee }} />;
}

/** Back office: one support request, who sent it, its thread, and the reply form. */
export function OpcoDemandeAssistancePage() {
  const { numero = '' } = useParams();
  const { data, isPending, error, refetch } = useDemandeAssistanceOpco(numero);
  return (
    <CadreBackOffice>
      <Anchor component={Link} to="/opco/assistance" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft aria-hidden size={16} />
          {T.retour}
        </Group>
      </Anchor>
      <TitrePage>{`Demande d’assistance n° ${numero}`}</TitrePage>
      {isPending && <Skeleton h={300} />}
      {error && <ErreurChargement erreur={error} onRetry={() => void refetch()} />}
      {data && (
        <>
          <Paper withBorder p="md">
            <Stack gap={4}>
              <Title order={2} size="h4">
                {T.contact}
              </Title>
              <Text>
                {data.contact.nom} — <Anchor href={`mailto:${data.contact.email}`}>{data.contact.email}</Anchor>
              </Text>
              {data.contact.raisonSociale && (
                <Text>
                  {T.entreprise} : {data.contact.raisonSociale}
                </Text>
              )}
              {data.contact.nonConnecte && (
                <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} p="xs">
                  <Text size="sm" c="dark">
                    {T.nonConnecte}
                  </Text>
                </Alert>
              )}
              <Group gap="lg" mt="xs">
                <Text>
                  <strong>Objet :</strong> {LIBELLES_OBJET_ASSISTANCE[data.objet]}
                </Text>
                {data.numeroDossier && (
                  <Text>
                    <strong>Dossier :</strong> {data.numeroDossier}
                  </Text>
                )}
                <StatutAssistance statut={data.statut} aide={false} />
              </Group>
            </Stack>
          </Paper>
          <FilMessages messages={data.messages} lienPiece={(id) => `/api/opco/assistance/${encodeURIComponent(numero)}/pieces/${id}`} />
          {data.actions.includes('repondre') && (
            <Paper withBorder p="md">
              <Reponse numero={numero} />
            </Paper>
          )}
        </>
      )}
    </CadreBackOffice>
  );
}
