import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import {
  AccesCollegueSchema,
  InvitationCollegueSchema,
  ROLES_COLLEGUE,
  type Collegue,
  type InvitationCollegue,
} from '@mse/shared/collegues/collegue.schema';
import { useState } from 'react';
import { appliquerErreurServeur } from '../../../lib/form-errors';
import { useInviterCollegue } from '../api/inviter-collegue';
import { useModifierAccesCollegue } from '../api/modifier-acces-collegue';
import { TEXTES } from '../textes';
import { ChoixEtablissements } from './choix-etablissements';

const nomComplet = (c: Collegue) => `${c.prenom} ${c.nom}`;

/**
 * Invites a colleague (no `collegue`) or changes one's access: the role, and the establishments —
 * all of them, or those picked. A single-establishment account has nothing to pick: "all" it is.
 */
export function FormulaireCollegue({
  collegue,
  multiSiret,
  onClose,
  onDone,
}: {
  collegue?: Collegue;
  multiSiret: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const inviter = useInviterCollegue();
  const modifier = useModifierAccesCollegue();
  const [erreur, setErreur] = useState<string>();
  const form = useForm<InvitationCollegue>({
    mode: 'controlled',
    initialValues: {
      prenom: collegue?.prenom ?? '',
      nom: collegue?.nom ?? '',
      email: collegue?.email ?? '',
      role: collegue?.role ?? 'collaborateur',
      tous: collegue ? collegue.tous : !multiSiret,
      sirets: collegue?.etablissements.map((e) => e.siret) ?? [],
    },
    validate: schemaResolver(collegue ? AccesCollegueSchema : InvitationCollegueSchema, { sync: true }),
  });
  const valeurs = form.getValues();
  const enCours = inviter.isPending || modifier.isPending;

  const envoyer = form.onSubmit((v) => {
    setErreur(undefined);
    const acces = { role: v.role, tous: v.tous, sirets: v.tous ? [] : v.sirets };
    const surErreur = (e: Error) => setErreur(appliquerErreurServeur(form, e));
    if (collegue) modifier.mutate({ id: collegue.id, acces }, { onSuccess: () => onDone(TEXTES.messages.modifie(nomComplet(collegue))), onError: surErreur });
    else inviter.mutate({ ...v, ...acces }, { onSuccess: (c) => onDone(TEXTES.messages.invite(c.email)), onError: surErreur });
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={collegue ? TEXTES.formulaire.titreModification(nomComplet(collegue)) : TEXTES.formulaire.titreInvitation}
      size="lg"
      closeButtonProps={{ 'aria-label': TEXTES.formulaire.annuler }}
    >
      <form noValidate onSubmit={envoyer}>
        <Stack gap="sm">
          {erreur && (
            <Alert color="red" role="alert">
              {erreur}
            </Alert>
          )}
          {collegue ? (
            <Text size="sm">{collegue.email}</Text>
          ) : (
            <>
              <Group grow align="flex-start">
                <TextInput label={TEXTES.formulaire.prenom} required autoComplete="off" key={form.key('prenom')} {...form.getInputProps('prenom')} />
                <TextInput label={TEXTES.formulaire.nom} required autoComplete="off" key={form.key('nom')} {...form.getInputProps('nom')} />
              </Group>
              <TextInput
                label={TEXTES.formulaire.email}
                description={TEXTES.formulaire.emailAide}
                type="email"
                required
                autoComplete="off"
                key={form.key('email')}
                {...form.getInputProps('email')}
              />
            </>
          )}
          <Radio.Group label={TEXTES.formulaire.role} required key={form.key('role')} {...form.getInputProps('role')}>
            <Stack gap={6} mt={4}>
              {ROLES_COLLEGUE.map((r) => (
                <Radio key={r} value={r} label={TEXTES.roles[r]} description={TEXTES.descriptionsRoles[r]} />
              ))}
            </Stack>
          </Radio.Group>
          {multiSiret && (
            <>
              <Radio.Group
                label={TEXTES.formulaire.etendue}
                required
                value={valeurs.tous ? 'tous' : 'certains'}
                onChange={(v) => form.setFieldValue('tous', v === 'tous')}
              >
                <Stack gap={6} mt={4}>
                  <Radio value="tous" label={TEXTES.formulaire.tous} />
                  <Radio value="certains" label={TEXTES.formulaire.certains} />
                </Stack>
              </Radio.Group>
              {!valeurs.tous && (
                <ChoixEtablissements
                  value={valeurs.sirets}
                  onChange={(sirets) => form.setFieldValue('sirets', sirets)}
                  error={form.errors.sirets}
                  connus={(collegue?.etablissements ?? []).map((e) => ({ value: e.siret, label: `${e.raisonSociale} (${e.codePostal} ${e.ville})` }))}
                />
              )}
            </>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {TEXTES.formulaire.annuler}
            </Button>
            <Button type="submit" loading={enCours}>
              {collegue ? TEXTES.formulaire.enregistrer : TEXTES.formulaire.envoyer}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
