import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { TEXTES } from '../textes';

/** "Supprimer ce brouillon ?": the deletion is final, so it is asked for twice. */
export function ConfirmationSuppression({
  nom,
  ouverte,
  enCours,
  erreur,
  onConfirmer,
  onFermer,
}: {
  nom: string;
  ouverte: boolean;
  enCours: boolean;
  erreur: string | undefined;
  onConfirmer: () => void;
  onFermer: () => void;
}) {
  return (
    <Modal opened={ouverte} onClose={onFermer} title={TEXTES.suppression.titre} closeButtonProps={{ 'aria-label': TEXTES.suppression.annuler }}>
      <Stack>
        <Text>{TEXTES.suppression.texte(nom)}</Text>
        {erreur && (
          <Alert color="red" role="alert">
            {erreur}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onFermer}>
            {TEXTES.suppression.annuler}
          </Button>
          <Button color="red.9" onClick={onConfirmer} loading={enCours}>
            {TEXTES.suppression.confirmer}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
