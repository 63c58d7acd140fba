import { Alert, Anchor, Box, Button, FileInput, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import {
  DemandeAssistancePubliqueSchema, DemandeAssistanceSchema, MESSAGE_ASSISTANCE_MAX, OBJETS_ASSISTANCE, type AccuseEnvoiAssistance,
} from '@mse/shared/aide/demande-assistance.schema';
import { EXTENSIONS_PIECE_JOINTE, LIMITES_PIECE_JOINTE, TYPES_PIECE_JOINTE, verifierPieceJointe } from '@mse/shared/aide/piece-jointe';
import { IconPaperclip } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { AideContextuelle } from '../../../components/ui/aide-contextuelle';
import { appliquerErreurServeur } from '../../../lib/form-errors';
import { useEnvoyerDemandeAssistance } from '../api/assistance';
import { versFormData } from '../api/formulaire';
import { TEXTES } from '../textes';
import { CONTRASTE_ERREURS } from './contraste-erreurs';

type Valeurs = { nom: string; email: string; objet: string; numeroDossier: string; message: string; pieceJointe: File | null };
const VIDE: Valeurs = { nom: '', email: '', objet: '', numeroDossier: '', message: '', pieceJointe: null };
const T = TEXTES.assistance;

/** A field with its "?" beside it (outside the label, so the field keeps a clean name). */
function AvecAide({ aide, sujet, children }: { aide: string; sujet: string; children: ReactNode }) {
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <Box style={{ flex: 1 }}>{children}</Box>
      <Box mt={30}>
        <AideContextuelle sujet={sujet}>{aide}</AideContextuelle>
      </Box>
    </Group>
  );
}

/**
 * "3 - Contacter l’assistance": subject from the list, optional dossier number (signed in), message,
 * optional attachment (limits shown before choosing; type and size checked here, then from the bytes
 * by the server). Signed out, the sender also gives a name and an address for the answer.
 */
export function FormulaireAssistance({ connecte }: { connecte: boolean }) {
  const envoyer = useEnvoyerDemandeAssistance(connecte);
  const [accuse, setAccuse] = useState<AccuseEnvoiAssistance>();
  const [erreur, setErreur] = useState<string>();
  const schema = connecte ? DemandeAssistanceSchema : DemandeAssistancePubliqueSchema;
  const resolveur = schemaResolver(schema, { sync: true });
  const form = useForm<Valeurs>({
    mode: 'controlled',
    initialValues: VIDE,
    validate: (valeurs) => {
      const { pieceJointe, nom, email, numeroDossier, ...communs } = valeurs;
      const erreurs = resolveur(connecte ? { ...communs, numeroDossier } : { ...communs, nom, email });
      const fichier = pieceJointe ? verifierPieceJointe({ taille: pieceJointe.size, type: pieceJointe.type }) : null;
      return fichier ? { ...erreurs, pieceJointe: fichier } : erreurs;
    },
  });
  const longueur = form.values.message.trim().length;

  const onSubmit = form.onSubmit((valeurs) => {
    setErreur(undefined);
    setAccuse(undefined);
    const { nom, email, numeroDossier, ...communs } = valeurs;
    envoyer.mutate(versFormData(connecte ? { ...communs, numeroDossier } : { ...communs, nom, email }), {
      onSuccess: (a) => {
        setAccuse(a);
        form.reset();
      },
      onError: (e) => setErreur(appliquerErreurServeur(form, e) ?? T.erreurGenerale),
    });
  }, () => setErreur(T.erreurGenerale));

  return (
    <form onSubmit={onSubmit} noValidate aria-label={T.ecrire} style={CONTRASTE_ERREURS}>
      <Stack>
        {accuse && (
          <Alert color="green" role="status">
            <Text>{accuse.message}</Text>
            {connecte && accuse.numero && (
              <Anchor component={Link} to={`/aide/mes-demandes-assistance/${encodeURIComponent(accuse.numero)}`}>
                {T.voirMesDemandes}
              </Anchor>
            )}
          </Alert>
        )}
        {erreur && (
          <Alert color="red" role="alert">
            {erreur}
          </Alert>
        )}
        {!connecte && (
          <>
            <TextInput label={T.nom} autoComplete="name" required {...form.getInputProps('nom')} />
            <TextInput label={T.email} description={T.emailAide} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          </>
        )}
        <NativeSelect
          label={T.objet}
          required
          data={[{ value: '', label: T.objetChoisir }, ...OBJETS_ASSISTANCE.map((o) => ({ value: o, label: T.objets[o] }))]}
          {...form.getInputProps('objet')}
        />
        {connecte && (
          <AvecAide sujet="le numéro de dossier" aide={T.numeroDossierAideContextuelle}>
            <TextInput label={T.numeroDossier} description={T.numeroDossierAide} autoComplete="off" {...form.getInputProps('numeroDossier')} />
          </AvecAide>
        )}
        <Textarea
          label={T.message}
          required
          autosize
          minRows={5}
          maxRows={14}
          description={T.compteur(longueur, MESSAGE_ASSISTANCE_MAX)}
          {...form.getInputProps('message')}
        />
        <AvecAide sujet="la pièce jointe" aide={T.pieceJointeAideContextuelle}>
          <FileInput
            label={T.pieceJointe}
            description={LIMITES_PIECE_JOINTE}
            placeholder={T.pieceJointePlaceholder}
            accept={`${EXTENSIONS_PIECE_JOINTE},${Object.keys(TYPES_PIECE_JOINTE).join(',')}`}
            leftSection={<IconPaperclip aria-hidden size={16} />}
            // Mantine's placeholder grey is below 4.5:1 (WCAG 1.4.3).
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            clearable
            clearButtonProps={{ 'aria-label': 'Retirer la pièce jointe' }}
            {...form.getInputProps('pieceJointe')}
          />
        </AvecAide>
        <Button type="submit" loading={envoyer.isPending} w="fit-content">
          {T.envoyer}
        </Button>
      </Stack>
    </form>
  );
}
