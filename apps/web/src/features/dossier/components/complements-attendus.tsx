import { Alert, Badge, Blockquote, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ActionDossier, ComplementsAttendus } from '@mse/shared/dossier/dossier.schema';
import type { DemandeDetail } from '@mse/shared/demande/demande.schema';
import { lire, type Champ } from '@mse/shared/demande/formulaire/champs';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { IconSend } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { formaterDateHeureParis } from '../../demandes/catalogue/textes';
import { PiecesJustificatives } from '../../demandes/components/pieces-justificatives';
import { ChampFormulaire } from '../../demandes/formulaire/champ-formulaire';
import { dossierQuery, useCorrigerChamps, useEnvoyerComplements } from '../api/dossier';
import { TEXTES } from '../textes';

const T = TEXTES.complements;

const messageDe = (e: unknown) => (e instanceof Error ? e.message : 'Une erreur est survenue. Réessayez plus tard.');

/** The named fields, with the form's own inputs, saved together. */
function CorrectionChamps({ demande, champs }: { demande: DemandeDetail; champs: ComplementsAttendus['champs'] }) {
  const definitions = FORMULAIRES[demande.dispositif].etapes.flatMap((e) => e.champs);
  const nommes = champs.map((c) => ({ ...c, champ: definitions.find((d) => d.chemin === c.chemin) })).filter((c): c is typeof c & { champ: Champ } => !!c.champ);
  const [valeurs, setValeurs] = useState<Record<string, unknown>>(() => Object.fromEntries(nommes.map((c) => [c.chemin, lire(demande.donnees, c.chemin)])));
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const [retour, setRetour] = useState<{ ok: boolean; texte: string }>();
  const corriger = useCorrigerChamps(demande.id);
  return (
    <form
      noValidate
      aria-labelledby="titre-champs-a-corriger"
      onSubmit={(e) => {
        e.preventDefault();
        setRetour(undefined);
        setErreurs({});
        corriger.mutate(
          { valeurs },
          {
            onSuccess: () => setRetour({ ok: true, texte: T.champsEnregistres }),
            onError: (err) => {
              if (err instanceof ApiError && err.champs.length) setErreurs(Object.fromEntries(err.champs.map((c) => [c.chemin, c.message])));
              setRetour({ ok: false, texte: messageDe(err) });
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id="titre-champs-a-corriger">
          {T.champs}
        </Title>
        {nommes.map((c) => (
          <ChampFormulaire
            key={c.chemin}
            champ={c.champ}
            valeur={valeurs[c.chemin]}
            erreur={erreurs[c.chemin]}
            avertissements={[]}
            onChange={(v) => setValeurs((x) => ({ ...x, [c.chemin]: v }))}
            onBlur={() => undefined}
            codePostal={c.champ.codePostal ? String(valeurs[c.champ.codePostal] ?? lire(demande.donnees, c.champ.codePostal) ?? '') : undefined}
          />
        ))}
        {retour && (
          <Alert color={retour.ok ? 'green' : 'red'} role={retour.ok ? 'status' : 'alert'}>
            {retour.texte}
          </Alert>
        )}
        <Button type="submit" variant="default" loading={corriger.isPending} w="fit-content">
          {T.enregistrerChamps}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * « À compléter »: the gestionnaire's message, the pieces named (each deposited or not yet, with its drop
 * zone) and the fields named (with their inputs), then « Envoyer les compléments ».
 */
export function ComplementsAttendusBloc({ demande, complements, actions, onEnvoye }: { demande: DemandeDetail; complements: ComplementsAttendus; actions: readonly ActionDossier[]; onEnvoye: (message: string) => void }) {
  const queryClient = useQueryClient();
  const envoyer = useEnvoyerComplements(demande.id);
  const [retour, setRetour] = useState<{ ok: boolean; texte: string; details?: string[] }>();
  const peutAgir = actions.includes('envoyerComplements');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="titre-complements" style={{ borderColor: 'var(--mantine-color-orange-6)' }}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="titre-complements">
            {T.titre}
          </Title>
          <Text size="sm" c="gray.7">
            {T.demandeLe(formaterDateHeureParis(complements.demandesLe))}
          </Text>
        </div>
        {complements.message && (
          <Blockquote color="orange" p="sm" cite={T.message}>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{complements.message}</Text>
          </Blockquote>
        )}
        {peutAgir && <Text size="sm">{T.aide}</Text>}
        {complements.pieces.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h4">
              {T.pieces}
            </Title>
            <List spacing={4} data-testid="pieces-demandees">
              {complements.pieces.map((p) => (
                <List.Item key={p.type}>
                  <Group gap="xs">
                    <span>{p.libelle}</span>
                    <Badge color={p.fournie ? 'teal' : 'orange'} variant="light" styles={{ label: { color: 'var(--mantine-color-gray-9)' } }}>
                      {p.fournie ? T.fournie : T.aFournir}
                    </Badge>
                  </Group>
                </List.Item>
              ))}
            </List>
            {actions.includes('deposerPiece') && (
              <PiecesJustificatives
                demandeId={demande.id}
                dispositif={demande.dispositif}
                donnees={demande.donnees}
                pieces={demande.pieces}
                typesModifiables={complements.pieces.map((p) => p.type)}
                sansTitre
                onChange={() => void queryClient.invalidateQueries({ queryKey: dossierQuery(demande.id).queryKey })}
              />
            )}
          </Stack>
        )}
        {complements.champs.length > 0 &&
          (actions.includes('corrigerChamps') ? (
            <CorrectionChamps demande={demande} champs={complements.champs} />
          ) : (
            <Stack gap="xs">
              <Title order={3} size="h4">
                {T.champs}
              </Title>
              <List>
                {complements.champs.map((c) => (
                  <List.Item key={c.chemin}>{c.libelle}</List.Item>
                ))}
              </List>
            </Stack>
          ))}
        {retour && (
          <Alert color={retour.ok ? 'green' : 'red'} role={retour.ok ? 'status' : 'alert'}>
            <Text size="sm">{retour.texte}</Text>
            {retour.details && retour.details.length > 0 && (
              <List size="sm">
                {retour.details.map((d) => (
                  <List.Item key={d}>{d}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        {peutAgir && (
          <Button
            leftSection={<IconSend aria-hidden size={18} />}
            w="fit-content"
            loading={envoyer.isPending}
            onClick={() => {
              setRetour(undefined);
              envoyer.mutate(undefined, {
                onSuccess: () => onEnvoye(T.envoyes),
                onError: (e) => setRetour({ ok: false, texte: messageDe(e), details: e instanceof ApiError ? e.champs.filter((c) => !c.chemin.startsWith('pieces.')).map((c) => c.message) : [] }),
              });
            }}
          >
            {T.envoyer}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
