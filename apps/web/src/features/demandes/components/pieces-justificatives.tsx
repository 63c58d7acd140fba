import '@mantine/dropzone/styles.css';
import { Anchor, Badge, Box, Button, FileButton, Group, Modal, Progress, Stack, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { formaterTaille } from '@mse/shared/commun/fichier';
import type { PieceDemande } from '@mse/shared/demande/demande.schema';
import type { Donnees } from '@mse/shared/demande/formulaire/champs';
import type { PieceRequise } from '@mse/shared/demande/formulaire/definition';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { EXTENSIONS_PIECE_DEMANDE, TYPES_PIECE_DEMANDE, verifierPieceDemande } from '@mse/shared/demande/piece-demande';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { IconFileCheck, IconRefresh, IconTrash, IconUpload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { cheminPiece, useDeposerPiece, useSupprimerPiece } from '../api/pieces';
import { formaterDateHeureParis, TEXTES } from '../catalogue/textes';

export interface PiecesJustificativesProps {
  /** The draft's id: pieces are uploaded to an existing draft. */
  demandeId: string;
  dispositif: Dispositif;
  /** The form's current content: which pieces are required depends on it (piecesRequises). */
  donnees: Donnees;
  pieces: PieceDemande[];
  /** Called after an upload, a replacement or a removal, with the draft's new list of pieces. */
  onChange: (pieces: PieceDemande[]) => void;
  lectureSeule?: boolean;
  /** Level of the block's heading, to fit the page around it (the form's step title is usually h2). */
  niveauTitre?: 2 | 3;
  /** When the page already titles the block « Pièces justificatives » (the form's step): no second heading. */
  sansTitre?: boolean;
  /** Only these types may be uploaded (a sent request « À compléter »: the pieces the OPCO named); the others are read-only. */
  typesModifiables?: readonly string[];
}

const T = TEXTES.pieces;
const TYPES_ACCEPTES = Object.keys(TYPES_PIECE_DEMANDE);
const ACCEPT_FICHIER = `${EXTENSIONS_PIECE_DEMANDE},${TYPES_ACCEPTES.join(',')}`;

type LigneProps = {
  demandeId: string;
  requise: PieceRequise;
  piece: PieceDemande | undefined;
  lectureSeule: boolean;
  onDepose: (piece: PieceDemande) => void;
  onRetire: (pieceId: string) => void;
  /** A file left over from a piece no longer asked for: it can only be removed. */
  horsListe?: boolean;
};

function FichierDepose({ demandeId, piece }: { demandeId: string; piece: PieceDemande }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <IconFileCheck aria-hidden size={20} color="var(--mantine-color-teal-8)" style={{ flexShrink: 0, marginTop: 2 }} />
      <Box>
        <Anchor href={cheminPiece(demandeId, piece.id)} aria-label={T.telecharger(piece.nomFichier)} fw={500} style={{ wordBreak: 'break-all' }}>
          {piece.nomFichier}
        </Anchor>
        <Text size="xs" c="gray.7">
          {T.deposeLe(formaterTaille(piece.taille), formaterDateHeureParis(piece.deposeLe))}
        </Text>
      </Box>
    </Group>
  );
}

/**
 * One piece the scheme asks for: its file (download, replace, remove after confirmation) or a drop
 * zone. The file is checked here before sending (type, empty, size) with the precise reason, then
 * uploaded with a progress bar; the server checks it again from its bytes, and its refusal is shown here.
 */
function LignePiece({ demandeId, requise, piece, lectureSeule, onDepose, onRetire, horsListe = false }: LigneProps) {
  const deposer = useDeposerPiece(demandeId);
  const supprimer = useSupprimerPiece(demandeId);
  const ouvrir = useRef<() => void>(null);
  const [erreur, setErreur] = useState<string>();
  const [envoi, setEnvoi] = useState<{ nom: string; progression: number }>();
  const [annonce, setAnnonce] = useState('');
  const [confirmation, setConfirmation] = useState(false);
  const idLibelle = `piece-${requise.type}`;
  const idErreur = `piece-${requise.type}-erreur`;

  const choisir = (fichier: File | undefined | null) => {
    if (!fichier) return;
    setAnnonce('');
    const refus = verifierPieceDemande({ taille: fichier.size, type: fichier.type || undefined });
    if (refus) {
      setErreur(`${fichier.name} : ${refus}`);
      return;
    }
    setErreur(undefined);
    setEnvoi({ nom: fichier.name, progression: 0 });
    deposer.mutate(
      { type: requise.type, fichier, onProgression: (progression) => setEnvoi({ nom: fichier.name, progression }) },
      {
        onSuccess: (nouvelle) => {
          onDepose(nouvelle);
          setAnnonce(T.enregistre(nouvelle.nomFichier));
        },
        onError: (e) => setErreur(`${fichier.name} : ${e.message}`),
        onSettled: () => setEnvoi(undefined),
      },
    );
  };

  const confirmerSuppression = () => {
    if (!piece) return;
    supprimer.mutate(piece.id, {
      onSuccess: () => {
        setConfirmation(false);
        onRetire(piece.id);
        setAnnonce(T.supprime(piece.nomFichier));
      },
    });
  };

  return (
    <Box component="li" data-piece={requise.type} py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600} id={idLibelle}>
            {requise.libelle}
          </Text>
          {!horsListe && (
            <Badge variant="light" color={requise.obligatoire ? 'red' : 'gray'} styles={{ label: { color: `var(--mantine-color-${requise.obligatoire ? 'red' : 'gray'}-9)` } }}>
              {requise.obligatoire ? T.obligatoire : T.facultative}
            </Badge>
          )}
        </Group>
        {requise.aide && (
          <Text size="sm" c="gray.7">
            {requise.aide}
          </Text>
        )}
        {piece && <FichierDepose demandeId={demandeId} piece={piece} />}
        {!piece && lectureSeule && (
          <Text size="sm" c="gray.7">
            {T.manquante}
          </Text>
        )}
        {piece && !lectureSeule && !envoi && (
          <Group gap="xs">
            {!horsListe && (
              <FileButton onChange={choisir} accept={ACCEPT_FICHIER}>
                {(props) => (
                  <Button {...props} size="xs" variant="default" leftSection={<IconRefresh aria-hidden size={14} />} aria-label={T.remplacerNom(requise.libelle)}>
                    {T.remplacer}
                  </Button>
                )}
              </FileButton>
            )}
            <Button size="xs" variant="default" leftSection={<IconTrash aria-hidden size={14} />} aria-label={T.supprimerNom(requise.libelle)} onClick={() => setConfirmation(true)}>
              {T.supprimer}
            </Button>
          </Group>
        )}
        {!piece && !lectureSeule && !envoi && (
          <Dropzone
            onDrop={(fichiers) => choisir(fichiers[0])}
            onReject={(rejets) => choisir(rejets[0]?.file)}
            accept={TYPES_ACCEPTES}
            multiple={false}
            openRef={ouvrir}
            activateOnClick={false}
            activateOnKeyboard={false}
            role="group"
            aria-labelledby={idLibelle}
            aria-describedby={erreur ? idErreur : undefined}
            inputProps={{ 'aria-label': T.champFichier(requise.libelle), 'aria-describedby': erreur ? idErreur : undefined }}
            p="sm"
          >
            <Group gap="sm" justify="center" style={{ pointerEvents: 'none' }}>
              <IconUpload aria-hidden size={20} />
              <Text size="sm">{T.deposer}</Text>
              <Button size="xs" variant="light" style={{ pointerEvents: 'all' }} onClick={() => ouvrir.current?.()}>
                {T.choisir}
              </Button>
            </Group>
          </Dropzone>
        )}
        {envoi && (
          <Stack gap={4}>
            <Progress value={envoi.progression} aria-label={T.envoi(envoi.nom)} animated={envoi.progression < 100} />
            <Text size="xs">{T.envoiEnCours(envoi.nom, envoi.progression)}</Text>
          </Stack>
        )}
        {erreur && (
          <Text size="sm" c="red.8" role="alert" id={idErreur}>
            {erreur}
          </Text>
        )}
        <Text size="xs" c="teal.9" role="status">
          {annonce}
        </Text>
      </Stack>
      {piece && (
        <Modal opened={confirmation} onClose={() => setConfirmation(false)} title={T.confirmationTitre} closeButtonProps={{ 'aria-label': T.annuler }}>
          <Stack>
            <Text>{T.confirmationTexte(piece.nomFichier, requise.libelle)}</Text>
            {supprimer.error && (
              <Text c="red.8" role="alert">
                {supprimer.error.message}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirmation(false)}>
                {T.annuler}
              </Button>
              <Button color="red.9" loading={supprimer.isPending} onClick={confirmerSuppression}>
                {T.confirmer}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Box>
  );
}

/**
 * The « Pièces justificatives » step: the pieces the scheme asks for given what was typed (required
 * ones marked), each with its file or a drop zone; the accepted formats and size are said before any
 * upload. Read-only, only the files and their downloads.
 */
export function PiecesJustificatives({
  demandeId,
  dispositif,
  donnees,
  pieces,
  onChange,
  lectureSeule = false,
  niveauTitre = 3,
  sansTitre = false,
  typesModifiables,
}: PiecesJustificativesProps) {
  const figee = (type: string) => lectureSeule || (typesModifiables !== undefined && !typesModifiables.includes(type));
  const requises = FORMULAIRES[dispositif].piecesRequises(donnees);
  // Uploads may end at the same moment: each change starts from the latest list, not the last render's.
  const courantes = useRef(pieces);
  useEffect(() => {
    courantes.current = pieces;
  }, [pieces]);
  const changer = (suivantes: PieceDemande[]) => {
    courantes.current = suivantes;
    onChange(suivantes);
  };
  const typesRequis = new Set(requises.map((r) => r.type));
  const autres = pieces.filter((p) => !typesRequis.has(p.type));

  return (
    <Stack gap="sm" component="section" aria-labelledby={sansTitre ? undefined : 'titre-pieces-justificatives'} aria-label={sansTitre ? T.titre : undefined}>
      {!sansTitre && (
        <Title order={niveauTitre} size="h4" id="titre-pieces-justificatives">
          {T.titre}
        </Title>
      )}
      {!lectureSeule && (typesModifiables === undefined || typesModifiables.length > 0) && <Text size="sm">{T.limites}</Text>}
      {requises.length === 0 && <Text size="sm">{T.aucuneDemandee}</Text>}
      <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {requises.map((r) => (
          <LignePiece
            key={r.type}
            demandeId={demandeId}
            requise={r}
            piece={pieces.find((p) => p.type === r.type)}
            lectureSeule={figee(r.type)}
            onDepose={(nouvelle) => changer([...courantes.current.filter((p) => p.type !== nouvelle.type), nouvelle])}
            onRetire={(id) => changer(courantes.current.filter((p) => p.id !== id))}
          />
        ))}
      </Box>
      {autres.length > 0 && (
        <Stack gap="xs">
          <Title order={niveauTitre === 2 ? 3 : 4} size="h5">
            {T.autres}
          </Title>
          {!lectureSeule && (
            <Text size="sm" c="gray.7">
              {T.autresAide}
            </Text>
          )}
          <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {autres.map((p) => (
              <LignePiece
                key={p.id}
                demandeId={demandeId}
                requise={{ type: p.type, libelle: p.nomFichier, obligatoire: false }}
                piece={p}
                horsListe
                lectureSeule={lectureSeule || typesModifiables !== undefined}
                onDepose={(nouvelle) => changer([...courantes.current.filter((x) => x.type !== nouvelle.type), nouvelle])}
                onRetire={(id) => changer(courantes.current.filter((x) => x.id !== id))}
              />
            ))}
          </Box>
        </Stack>
      )}
    </Stack>
  );
}
