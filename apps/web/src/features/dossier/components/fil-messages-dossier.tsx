import { Alert, Button, FileInput, Paper, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MESSAGE_ASSISTANCE_MAX } from '@mse/shared/aide/demande-assistance.schema';
import { EXTENSIONS_PIECE_JOINTE, LIMITES_PIECE_JOINTE, TYPES_PIECE_JOINTE, verifierPieceJointe } from '@mse/shared/aide/piece-jointe';
import { NouveauMessageDossierSchema } from '@mse/shared/dossier/dossier.schema';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { appliquerErreurServeur } from '../../../lib/form-errors';
import { versFormData } from '../../aide/api/formulaire';
import { CONTRASTE_ERREURS } from '../../aide/components/contraste-erreurs';
import { FilMessages } from '../../aide/components/fil-messages';
import { cheminFil, useEcrireMessage, useFilDossier, type CibleFil } from '../api/dossier';
import { TEXTES } from '../textes';

const T = TEXTES.fil;
type Valeurs = { message: string; pieceJointe: File | null };

/** A new message with its optional attachment, checked here as the server checks it (text, type, size). */
function FormulaireMessageDossier({ cible }: { cible: CibleFil }) {
  const ecrire = useEcrireMessage(cible);
  const [retour, setRetour] = useState<{ ok: boolean; texte: string }>();
  const form = useForm<Valeurs>({
    mode: 'controlled',
    initialValues: { message: '', pieceJointe: null },
    validate: (v) => {
      const erreurs: Record<string, string> = {};
      const r = NouveauMessageDossierSchema.safeParse({ message: v.message });
      if (!r.success) erreurs.message = r.error.issues[0]!.message;
      const fichier = v.pieceJointe ? verifierPieceJointe({ taille: v.pieceJointe.size, type: v.pieceJointe.type }) : null;
      if (fichier) erreurs.pieceJointe = fichier;
      return erreurs;
    },
  });
  return (
    <form
      noValidate
      aria-label={T.nom}
      style={CONTRASTE_ERREURS}
      onSubmit={form.onSubmit((v) => {
        setRetour(undefined);
        ecrire.mutate(versFormData(v), {
          onSuccess: () => {
            form.reset();
            setRetour({ ok: true, texte: T.envoye });
          },
          onError: (e) => {
            const general = appliquerErreurServeur(form, e);
            if (general) setRetour({ ok: false, texte: general });
          },
        });
      })}
    >
      <Stack gap="sm">
        {retour && (
          <Alert color={retour.ok ? 'green' : 'red'} role={retour.ok ? 'status' : 'alert'}>
            {retour.texte}
          </Alert>
        )}
        <Textarea label={T.message} description={`${T.messageAide} ${form.values.message.trim().length} / ${MESSAGE_ASSISTANCE_MAX} caractères.`} autosize minRows={3} maxRows={12} required {...form.getInputProps('message')} />
        <FileInput
          label={T.pieceJointe}
          description={LIMITES_PIECE_JOINTE}
          placeholder={T.pieceJointePlaceholder}
          accept={`${EXTENSIONS_PIECE_JOINTE},${Object.keys(TYPES_PIECE_JOINTE).join(',')}`}
          leftSection={<IconPaperclip aria-hidden size={16} />}
          // Mantine's placeholder grey is below 4.5:1 (WCAG 1.4.3).
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
          clearable
          clearButtonProps={{ 'aria-label': T.retirerPiece }}
          {...form.getInputProps('pieceJointe')}
        />
        <Button type="submit" loading={ecrire.isPending} w="fit-content">
          {T.envoyer}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * The thread between the employer and the OPCO on one dossier, oldest first, with attachments to
 * download, and the form to write (for those who may). The same block on the employer's dossier page
 * and in the back office's examination page.
 */
export function FilMessagesDossier({ cible, niveauTitre = 2 }: { cible: CibleFil; niveauTitre?: 2 | 3 }) {
  const { data, error, isPending, refetch } = useFilDossier(cible);
  const idTitre = `titre-fil-${cible.cote}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={idTitre}>
      <Title order={niveauTitre} size="h3" id={idTitre} mb="sm">
        {cible.cote === 'entreprise' ? T.titre : T.titreOpco}
      </Title>
      {error ? (
        <ErreurChargement erreur={error} onRetry={() => void refetch()} />
      ) : isPending ? (
        <Skeleton h={120} />
      ) : (
        <Stack>
          {data.messages.length === 0 ? <Text c="gray.7">{T.aucun}</Text> : <FilMessages messages={data.messages} lienPiece={(id) => `${cheminFil(cible)}/pieces/${encodeURIComponent(id)}`} />}
          {data.peutEcrire && <FormulaireMessageDossier cible={cible} />}
        </Stack>
      )}
    </Paper>
  );
}
