import { Alert, Anchor, Group, Paper, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErreurChargement } from '../../components/ui/erreur-chargement';
import { TitrePage } from '../../components/ui/titre-page';
import { CadreBackOffice } from './cadre-back-office';

/**
 * What the back office's examination pages share (a request in instruction, a reimbursement claim in
 * facturation, the dashboard's blocks): the frame with its way back, the loading and its error, the
 * announcement of the decision just taken, the titled sections and the timeline of what happened.
 */

const horodatage = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

export function Section({ titre, children }: { titre: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={titre}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {titre}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** The page of one file: back link, title, then the file once loaded (or its error, with « Réessayer »). */
export function PageExamen<D>({ retour, titre, requete, children }: {
  retour: { chemin: string; libelle: string };
  titre: string;
  requete: { data: D | undefined; isPending: boolean; error: Error | null; refetch: () => unknown };
  children: (donnees: D) => ReactNode;
}) {
  return (
    <CadreBackOffice>
      <Anchor component={Link} to={retour.chemin} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft aria-hidden size={16} />
          {retour.libelle}
        </Group>
      </Anchor>
      <TitrePage>{titre}</TitrePage>
      {requete.isPending && <Skeleton h={300} />}
      {requete.error && <ErreurChargement erreur={requete.error} onRetry={() => void requete.refetch()} />}
      {requete.data !== undefined && children(requete.data)}
    </CadreBackOffice>
  );
}

/** The decision just taken, read out by screen readers, until closed. */
export function AnnonceDecision({ annonce, fermer, libelleFermer }: { annonce: string | null; fermer: () => void; libelleFermer: string }) {
  return (
    <div role="status" aria-live="polite">
      {annonce && (
        <Alert color="teal" variant="light" withCloseButton closeButtonLabel={libelleFermer} onClose={fermer}>
          {annonce}
        </Alert>
      )}
    </div>
  );
}

export type EvenementHistorique = { date: string; qui: string; libelle: string; motif?: string | null; precisions: string[] };

/** Every change of the file, oldest first: what, when, who, and why. */
export function HistoriqueExamen({ titre, historique }: { titre: string; historique: EvenementHistorique[] }) {
  return (
    <Section titre={titre}>
      <Timeline bulletSize={14} lineWidth={2} active={historique.length - 1}>
        {historique.map((h, i) => (
          <Timeline.Item key={i} title={<Text fw={600}>{h.libelle}</Text>}>
            <Text size="sm" c="gray.7">
              {horodatage.format(new Date(h.date))} — {h.qui}
            </Text>
            {h.motif && <Text size="sm">{h.motif}</Text>}
            {h.precisions.map((p) => (
              <Text key={p} size="sm">
                {p}
              </Text>
            ))}
          </Timeline.Item>
        ))}
      </Timeline>
    </Section>
  );
}
