import { Paper, Text, Timeline, Title } from '@mantine/core';
import type { EvenementDossier } from '@mse/shared/dossier/dossier.schema';
import { formaterDateHeureParis } from '../../demandes/catalogue/textes';
import { TEXTES } from '../textes';

const T = TEXTES.historique;

/** Every change of the request, oldest first: when, who (« Vous », « Opco », « Automatique ») and why. */
export function HistoriqueDossier({ historique }: { historique: readonly EvenementDossier[] }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="titre-historique">
      <Title order={2} size="h3" id="titre-historique" mb="md">
        {T.titre}
      </Title>
      <Timeline active={historique.length - 1} bulletSize={14} lineWidth={2}>
        {historique.map((h, i) => (
          <Timeline.Item key={`${h.le}-${i}`} title={<Text fw={600}>{h.libelle}</Text>}>
            <Text size="sm" c="gray.8">
              <time dateTime={h.le}>{formaterDateHeureParis(h.le)}</time> — {T.qui} : {h.libelleQui}
            </Text>
            {h.motif && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {T.motif} : {h.motif}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
