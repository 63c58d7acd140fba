import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { formaterEuros } from '@mse/shared/commun/montant';
import { formaterDate, estDateIso } from '@mse/shared/commun/dates';
import type { Dossier } from '@mse/shared/dossier/dossier.schema';
import { champsVisibles } from '@mse/shared/demande/formulaire/champs';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { STATUTS } from '@mse/shared/demande/statut';
import { IconCopy, IconDownload, IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { formaterDateHeureParis } from '../../demandes/catalogue/textes';
import { PiecesJustificatives } from '../../demandes/components/pieces-justificatives';
import { ChampsRecapitules } from '../../demandes/formulaire/recapitulatif';
import { useDupliquerDemande } from '../../financements/api/dupliquer-demande';
import { BadgeStatut } from '../../financements/components/badge-statut';
import { useDossier } from '../api/dossier';
import { AnnulerDossier } from '../components/annuler-dossier';
import { ComplementsAttendusBloc } from '../components/complements-attendus';
import { FilMessagesDossier } from '../components/fil-messages-dossier';
import { HistoriqueDossier } from '../components/historique-dossier';
import { TEXTES } from '../textes';

const T = TEXTES;
const date = (d: string | null) => (d && estDateIso(d) ? formaterDate(d) : (d ?? '—'));

function Actions({ dossier, onMessage }: { dossier: Dossier; onMessage: (m: string) => void }) {
  const { demande, actionsDossier: actions } = dossier;
  const navigate = useNavigate();
  const dupliquer = useDupliquerDemande();
  const [erreur, setErreur] = useState<string>();
  const chemin = `/api/demandes/${encodeURIComponent(demande.id)}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby="titre-actions">
      <Title order={2} size="h3" id="titre-actions">
        {T.actions.titre}
      </Title>
      {actions.length === 0 && <Text size="sm">{T.lectureSeule}</Text>}
      {erreur && (
        <Alert color="red" role="alert">
          {erreur}
        </Alert>
      )}
      <Group>
        {actions.includes('demanderRemboursement') && (
          <Button component={Link} to={`/demandes/${encodeURIComponent(demande.id)}/remboursement`} leftSection={<IconReceipt aria-hidden size={18} />}>
            {T.actions.rembourser}
          </Button>
        )}
        {actions.includes('dupliquer') && (
          <Button
            variant="default"
            leftSection={<IconCopy aria-hidden size={18} />}
            loading={dupliquer.isPending}
            onClick={() => dupliquer.mutate(demande.id, { onSuccess: (copie) => void navigate(`/demandes/${copie.id}/modifier`), onError: (e) => setErreur(e.message) })}
          >
            {T.actions.dupliquer}
          </Button>
        )}
        {actions.includes('annuler') && <AnnulerDossier id={demande.id} onAnnule={onMessage} />}
      </Group>
      <Group>
        <Anchor href={`${chemin}/recepisse.pdf`}>
          <Group gap={4} component="span">
            <IconDownload aria-hidden size={16} />
            {T.actions.recepisse}
          </Group>
        </Anchor>
        {dossier.lettreDecision && (
          <Anchor href={`${chemin}/lettre-decision.pdf`}>
            <Group gap={4} component="span">
              <IconDownload aria-hidden size={16} />
              {T.actions.lettre}
            </Group>
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}

function EngagementBloc({ engagement }: { engagement: NonNullable<Dossier['engagement']> }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="titre-engagement">
      <Title order={2} size="h3" id="titre-engagement" mb="sm">
        {T.engagement.titre}
      </Title>
      <Text>
        {T.engagement.montant} :{' '}
        <Text span fw={700} data-testid="montant-engage">
          {formaterEuros(engagement.montantEngageCentimes)}
        </Text>
      </Text>
      {engagement.decideLe && (
        <Text size="sm" c="gray.7">
          {T.engagement.decideLe(formaterDateHeureParis(engagement.decideLe))}
        </Text>
      )}
      <Text size="sm" mt="xs">
        {engagement.explication}
      </Text>
      {engagement.motif && (
        <Text size="sm">
          {T.engagement.precision} : {engagement.motif}
        </Text>
      )}
      <Title order={3} size="h4" mt="md" mb="xs">
        {T.engagement.echeancier}
      </Title>
      {engagement.echeancier.length === 0 ? (
        <Text size="sm">{T.engagement.aucuneEcheance}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {engagement.echeancier.map((e, i) => (
              <Table.Tr key={i}>
                <Table.Th scope="row">{e.libelle}</Table.Th>
                <Table.Td>{date(e.date)}</Table.Td>
                <Table.Td>{e.montantCentimes !== null ? formaterEuros(e.montantCentimes) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function Paiements({ paiements }: { paiements: Dossier['paiements'] }) {
  const C = T.paiements.colonnes;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="titre-paiements">
      <Title order={2} size="h3" id="titre-paiements" mb="sm">
        {T.paiements.titre}
      </Title>
      {paiements.length === 0 ? (
        <Text size="sm">{T.paiements.aucun}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{C.numero}</Table.Th>
              <Table.Th>{C.date}</Table.Th>
              <Table.Th>{C.montant}</Table.Th>
              <Table.Th>{C.reference}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paiements.map((p) => (
              <Table.Tr key={p.numero}>
                <Table.Td>{p.numero}</Table.Td>
                <Table.Td>{date(p.payeLe)}</Table.Td>
                <Table.Td>{p.montantPayeCentimes !== null ? formaterEuros(p.montantPayeCentimes) : '—'}</Table.Td>
                <Table.Td>{p.referencePaiement ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function Contenu({ dossier }: { dossier: Dossier }) {
  const { demande } = dossier;
  const etapes = FORMULAIRES[demande.dispositif].etapes.filter((e) => !e.visible || e.visible(demande.donnees));
  return (
    <Stack gap="sm" component="section" aria-labelledby="titre-contenu">
      <Title order={2} size="h3" id="titre-contenu">
        {T.contenu}
      </Title>
      {etapes.map((etape) => {
        const champs = champsVisibles(etape, demande.donnees);
        if (!champs.length) return null;
        return (
          <Paper key={etape.id} withBorder p="md" component="section" aria-labelledby={`contenu-${etape.id}`}>
            <Title order={3} size="h4" id={`contenu-${etape.id}`} mb="xs">
              {etape.titre}
            </Title>
            <ChampsRecapitules champs={champs} donnees={demande.donnees} />
          </Paper>
        );
      })}
    </Stack>
  );
}

/**
 * The dossier page of a sent request (« Mes financements » → a row): the status and what it means, what
 * is expected now, the buttons of the status, the committed amount and the payments, the timeline, the
 * content as sent, the documents and the thread with the OPCO. A draft has its form, not this page (404).
 */
export function DossierPage() {
  const { id = '' } = useParams();
  const { data, error, isPending, refetch } = useDossier(id);
  const [confirmation, setConfirmation] = useState<string>();
  if (error) {
    if (error instanceof ApiError && error.status === 404) {
      return (
        <Stack align="flex-start">
          <TitrePage>{T.titre('—')}</TitrePage>
          <Alert color="red" role="alert">
            {T.introuvable}
          </Alert>
          <Anchor component={Link} to="/mes-financements/en-cours">
            {T.mesFinancements}
          </Anchor>
        </Stack>
      );
    }
    return <ErreurChargement erreur={error} onRetry={() => void refetch()} />;
  }
  if (isPending) return <Skeleton h={400} aria-label={T.chargement} />;
  const { demande } = data;
  const statut = STATUTS[demande.statut];
  const infos = [
    { terme: T.dispositif, valeur: FORMULAIRES[demande.dispositif].titre },
    { terme: T.etablissement, valeur: `${demande.etablissement.raisonSociale} — SIRET ${demande.etablissement.siretFormate}` },
    ...(demande.envoyeLe ? [{ terme: 'Envoi', valeur: T.envoyeeLe(formaterDateHeureParis(demande.envoyeLe)) }] : []),
  ];

  return (
    <Stack maw={960}>
      <TitrePage>{T.titre(demande.numero ?? '—')}</TitrePage>
      {confirmation && (
        <Alert color="green" role="status" withCloseButton onClose={() => setConfirmation(undefined)} closeButtonLabel="Fermer le message">
          {confirmation}
        </Alert>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="titre-statut">
        <Group gap="sm" mb="xs">
          <Title order={2} size="h3" id="titre-statut">
            {T.statut}
          </Title>
          <BadgeStatut statut={demande.statut} />
        </Group>
        <Text>{statut.description}</Text>
        {statut.prochainActeur && (
          <Text size="sm" fw={600} mt={4}>
            {T.prochainActeur[statut.prochainActeur]}
          </Text>
        )}
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="sm" mt="md" mb={0}>
          {infos.map((i) => (
            <div key={i.terme}>
              <Text component="dt" size="sm" c="gray.7">
                {i.terme}
              </Text>
              <Text component="dd" fw={500} m={0}>
                {i.valeur}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>

      {data.complements && <ComplementsAttendusBloc demande={demande} complements={data.complements} actions={data.actionsDossier} onEnvoye={setConfirmation} />}
      <Actions dossier={data} onMessage={setConfirmation} />
      {data.engagement && <EngagementBloc engagement={data.engagement} />}
      {data.engagement && <Paiements paiements={data.paiements} />}
      <HistoriqueDossier historique={data.historique} />
      <Paper withBorder p="md" component="section" aria-labelledby="titre-documents">
        <Title order={2} size="h3" id="titre-documents" mb="sm">
          {T.documents.titre}
        </Title>
        {data.complements && data.actionsDossier.includes('deposerPiece') ? (
          <Text size="sm">{T.documents.voirComplements}</Text>
        ) : (
          <PiecesJustificatives demandeId={demande.id} dispositif={demande.dispositif} donnees={demande.donnees} pieces={demande.pieces} lectureSeule niveauTitre={3} onChange={() => undefined} />
        )}
      </Paper>
      <Contenu dossier={data} />
      <FilMessagesDossier cible={{ cote: 'entreprise', id: demande.id }} />
      <Anchor component={Link} to="/mes-financements/en-cours">
        {T.mesFinancements}
      </Anchor>
    </Stack>
  );
}
