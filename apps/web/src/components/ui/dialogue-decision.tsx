import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../lib/api';

/** The back office's decision dialogs (a request, a reimbursement claim): the same frame and the same errors. */

export type ErreursDecision = { general?: string; champs: Record<string, string> };
const SANS_ERREUR: ErreursDecision = { champs: {} };
const INATTENDUE = 'Une erreur inattendue est survenue. Réessayez.';

/** The API's refusal as the dialog shows it: its message on top, each field's message under the field. */
export function lireErreurDecision(erreur: unknown): ErreursDecision {
  if (erreur instanceof ApiError) return { general: erreur.message, champs: Object.fromEntries(erreur.champs.filter((c) => c.chemin).map((c) => [c.chemin, c.message])) };
  return { general: INATTENDUE, champs: {} };
}

export type TextesDialogue = { fermer: string; abandonner: string; echec: string };

/** A decision's dialog: its form, its errors, its confirm button. */
export function DialogueDecision({ titre, ouvert, fermer, soumettre, enCours, erreurs, confirmer, couleur, textes, children }: {
  titre: string;
  ouvert: boolean;
  fermer: () => void;
  soumettre: () => void;
  enCours: boolean;
  erreurs: ErreursDecision;
  confirmer: string;
  couleur?: string;
  textes: TextesDialogue;
  children: ReactNode;
}) {
  const envoyer = (e: FormEvent) => {
    e.preventDefault();
    soumettre();
  };
  return (
    <Modal opened={ouvert} onClose={fermer} title={titre} size="lg" closeButtonProps={{ 'aria-label': textes.fermer }}>
      <form onSubmit={envoyer} noValidate>
        <Stack>
          {erreurs.general && (
            <Alert color="red" role="alert" title={textes.echec}>
              {erreurs.general}
            </Alert>
          )}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={fermer}>
              {textes.abandonner}
            </Button>
            <Button type="submit" loading={enCours} color={couleur}>
              {confirmer}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type Mutation<C> = { mutate: (corps: C, options: { onSuccess: () => void; onError: (e: Error) => void }) => void; isPending: boolean };

/** A dialog's state around its mutation: open, errors, sending; closes on success and tells `fini` what was done. */
export function useDialogueDecision<C>(mutation: Mutation<C>, fini: () => void) {
  const [ouvert, setOuvert] = useState(false);
  const [erreurs, setErreurs] = useState<ErreursDecision>(SANS_ERREUR);
  const envoyer = (corps: C) => {
    setErreurs(SANS_ERREUR);
    mutation.mutate(corps, {
      onSuccess: () => {
        setOuvert(false);
        fini();
      },
      onError: (e) => setErreurs(lireErreurDecision(e)),
    });
  };
  const ouvrir = () => {
    setErreurs(SANS_ERREUR);
    setOuvert(true);
  };
  return { ouvert, ouvrir, fermer: () => setOuvert(false), erreurs, setErreurs, envoyer, enCours: mutation.isPending };
}
