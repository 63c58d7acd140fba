import { Alert, Anchor, Box, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Controle } from '@mse/shared/controles/controle.schema';
import type { PieceDemande } from '@mse/shared/demande/demande.schema';
import { champsVisibles, ETAPE_PIECES, lire, type Champ, type Donnees, type Etape } from '@mse/shared/demande/formulaire/champs';
import { IconAlertTriangle, IconCircleCheck, IconSend } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formaterValeur } from './saisie';
import { TEXTES } from './textes';
import type { ProblemeSitue } from './verification';

const T = TEXTES.recapitulatif;

export interface ProprietesRecapitulatif {
  etapes: readonly Etape[];
  titresEtapes: Map<string, string>;
  donnees: Donnees;
  pieces: readonly PieceDemande[];
  problemes: readonly ProblemeSitue[];
  avertissements: readonly Controle[];
  lienEtape: (etape: string) => string;
  /** Goes to the problem's step and focuses its field. */
  onCorriger: (probleme: ProblemeSitue) => void;
  peutEnvoyer: boolean;
  envoiEnCours: boolean;
  erreurEnvoi: string | null;
  refusServeur: boolean;
  onEnvoyer: () => void;
}

function libelleProbleme(p: ProblemeSitue, titres: Map<string, string>): string {
  const etape = p.cible ? titres.get(p.cible.etape) : undefined;
  const champ = p.cible?.champ?.libelle;
  return [etape, champ].filter(Boolean).join(' — ');
}

/** The fields of one step with their values as the person reads them (also the sent request's read-only page). */
export function ChampsRecapitules({ champs, donnees }: { champs: readonly Champ[]; donnees: Donnees }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing={4} verticalSpacing={6} m={0}>
      {champs.map((champ) => {
        const valeur = formaterValeur(champ, lire(donnees, champ.chemin));
        return (
          <Box key={champ.chemin}>
            <Text component="dt" size="xs" c="gray.7">
              {champ.libelle}
            </Text>
            <Text component="dd" size="sm" m={0} fs={valeur === null ? 'italic' : undefined} c={valeur === null ? 'gray.7' : undefined}>
              {valeur ?? T.nonRenseigne}
            </Text>
          </Box>
        );
      })}
    </SimpleGrid>
  );
}

/**
 * "Récapitulatif": every step with what was typed (as the person reads it), a "Modifier" link per
 * step, what blocks the sending (each one a link to its field), the warnings apart, and the button.
 */
export function Recapitulatif(props: ProprietesRecapitulatif) {
  const { etapes, titresEtapes, donnees, pieces, problemes, avertissements } = props;
  return (
    <Stack gap="lg">
      {problemes.length > 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={<span>{T.problemesTitre(problemes.length)}</span>} c="red.9">
          <Stack gap={6}>
            {props.refusServeur && <Text size="sm" c="dark.7">{T.refusServeur}</Text>}
            <Text size="sm" c="dark.7">
              {T.problemesAide}
            </Text>
            <List size="sm" spacing={4} data-testid="problemes-envoi">
              {problemes.map((p) => (
                <List.Item key={`${p.chemin}-${p.message}`}>
                  <Anchor
                    component={Link}
                    to={props.lienEtape(p.cible?.etape ?? etapes[0]!.id)}
                    onClick={() => props.onCorriger(p)}
                    c="red.9"
                    size="sm"
                  >
                    {libelleProbleme(p, titresEtapes) ? `${libelleProbleme(p, titresEtapes)} : ` : ''}
                    {p.message}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      ) : (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} c="green.9">
          <Text size="sm" c="dark.7">
            {T.rienNeBloque}
          </Text>
        </Alert>
      )}

      {avertissements.length > 0 && (
        <Box component="section" aria-labelledby="titre-avertissements">
          <Title order={3} size="h5" id="titre-avertissements" mb={4}>
            {T.avertissementsTitre}
          </Title>
          <List size="sm" spacing={4} data-testid="avertissements-envoi">
            {avertissements.map((a) => (
              <List.Item key={`${a.code}-${a.champ}`}>{a.message}</List.Item>
            ))}
          </List>
        </Box>
      )}

      {etapes.map((etape) => {
        const champs = champsVisibles(etape, donnees);
        if (champs.length === 0) return null;
        return (
          <Paper key={etape.id} withBorder p="md" component="section" aria-labelledby={`recap-${etape.id}`}>
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h4" id={`recap-${etape.id}`}>
                {etape.titre}
              </Title>
              <Anchor component={Link} to={props.lienEtape(etape.id)} size="sm" aria-label={T.modifierEtape(etape.titre)}>
                {T.modifier}
              </Anchor>
            </Group>
            <ChampsRecapitules champs={champs} donnees={donnees} />
          </Paper>
        );
      })}

      <Paper withBorder p="md" component="section" aria-labelledby="recap-pieces">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h4" id="recap-pieces">
            {T.pieces}
          </Title>
          <Anchor component={Link} to={props.lienEtape('pieces')} size="sm" aria-label={T.modifierEtape(ETAPE_PIECES.titre)}>
            {T.modifier}
          </Anchor>
        </Group>
        {pieces.length === 0 ? (
          <Text size="sm" c="gray.7">
            {T.aucunePiece}
          </Text>
        ) : (
          <List size="sm">
            {pieces.map((p) => (
              <List.Item key={p.id}>{p.nomFichier}</List.Item>
            ))}
          </List>
        )}
      </Paper>

      {props.erreurEnvoi && (
        <Alert color="red" variant="light" c="red.9">
          <Text size="sm" c="dark.7">
            {props.erreurEnvoi}
          </Text>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button leftSection={<IconSend aria-hidden size={18} />} onClick={props.onEnvoyer} disabled={!props.peutEnvoyer || props.envoiEnCours} loading={props.envoiEnCours}>
          {T.envoyer}
        </Button>
      </Group>
    </Stack>
  );
}
