import { Alert, Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LIBELLES_ROLE_PERSONNEL, LIBELLES_STATUT_PERSONNEL, type MembrePersonnel, type NouveauPersonnel, type RolePersonnel } from '@mse/shared/administration/personnel.schema';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { useSession } from '../../identite/api/session';
import { useModifierPersonnel, usePersonnel } from '../api/personnel';
import { CadreAdministration, erreursDesChamps, MessageSucces, STYLE_FORMULAIRE } from '../components/cadre-administration';
import { TEXTES } from '../textes';

const T = TEXTES.personnel;
const ROLES = Object.entries(LIBELLES_ROLE_PERSONNEL).map(([value, label]) => ({ value, label }));
const COULEURS = { actif: 'green', invitation_envoyee: 'blue', invitation_expiree: 'orange', desactive: 'gray' } as const;

function FormulaireNouveau({ onTermine }: { onTermine: (message: string) => void }) {
  const modifier = useModifierPersonnel();
  const [erreur, setErreur] = useState('');
  const form = useForm<NouveauPersonnel>({ mode: 'uncontrolled', initialValues: { prenom: '', nom: '', email: '', role: 'gestionnaire' } });
  return (
    <Paper withBorder p="md" style={STYLE_FORMULAIRE}>
      <form
        noValidate
        aria-label={T.nouveau}
        onSubmit={form.onSubmit((s) => {
          setErreur('');
          modifier.mutate(
            { type: 'inviter', saisie: s },
            {
              onSuccess: () => {
                form.reset();
                onTermine(T.invite(s.email.trim().toLowerCase()));
              },
              onError: (e) => {
                if (e instanceof ApiError && e.champs.length) form.setErrors(erreursDesChamps(e.champs));
                else setErreur(e.message);
              },
            },
          );
        })}
      >
        <Stack gap="sm">
          <Title order={2} size="h3">
            {T.nouveau}
          </Title>
          {erreur && (
            <Alert color="red" role="alert">
              {erreur}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={T.champPrenom} required autoComplete="off" key={form.key('prenom')} {...form.getInputProps('prenom')} />
            <TextInput label={T.champNom} required autoComplete="off" key={form.key('nom')} {...form.getInputProps('nom')} />
            <TextInput label={T.champEmail} required type="email" autoComplete="off" key={form.key('email')} {...form.getInputProps('email')} />
            <NativeSelect label={T.champRole} required data={ROLES} key={form.key('role')} {...form.getInputProps('role')} />
          </SimpleGrid>
          <Button type="submit" w="fit-content" loading={modifier.isPending}>
            {T.creer}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function LigneMembre({ membre, moi, onMessage }: { membre: MembrePersonnel; moi: boolean; onMessage: (m: string, erreur?: boolean) => void }) {
  const modifier = useModifierPersonnel();
  const nom = `${membre.prenom} ${membre.nom}`;
  const agir = (op: Parameters<typeof modifier.mutate>[0], succes: string) =>
    modifier.mutate(op, { onSuccess: () => onMessage(succes), onError: (e) => onMessage(e.message, true) });
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {nom} {moi && T.vous}
      </Table.Th>
      <Table.Td>{membre.email}</Table.Td>
      <Table.Td>
        {membre.actions.includes('changer_role') ? (
          <NativeSelect aria-label={T.roleDe(nom)} data={ROLES} value={membre.role} disabled={modifier.isPending} onChange={(e) => agir({ type: 'changer_role', id: membre.id, role: e.currentTarget.value as RolePersonnel }, T.roleModifie)} />
        ) : (
          LIBELLES_ROLE_PERSONNEL[membre.role]
        )}
      </Table.Td>
      <Table.Td>
        <Badge color={COULEURS[membre.statut]} variant="light" c="dark.8">
          {LIBELLES_STATUT_PERSONNEL[membre.statut]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {membre.actions.includes('desactiver') && (
            <Button size="xs" variant="outline" color="red.9" aria-label={T.desactiverLibelle(nom)} onClick={() => window.confirm(T.confirmerDesactivation(nom)) && agir({ type: 'desactiver', id: membre.id }, T.desactive)}>
              {T.desactiver}
            </Button>
          )}
          {membre.actions.includes('renvoyer_invitation') && (
            <Button size="xs" variant="light" aria-label={T.renvoyerLibelle(nom)} onClick={() => agir({ type: 'renvoyer_invitation', id: membre.id }, T.renvoye)}>
              {T.renvoyer}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** `/opco/administration/personnel`: the staff's accounts, their role and state. */
export function PersonnelPage() {
  const requete = usePersonnel();
  const { data: session } = useSession();
  const [message, setMessage] = useState<{ texte: string; erreur?: boolean }>({ texte: '' });
  return (
    <CadreAdministration titre={T.titre} introduction={T.introduction} chargement={requete}>
      {message.erreur ? (
        <Alert color="red" role="alert">
          {message.texte}
        </Alert>
      ) : (
        <MessageSucces>{message.texte}</MessageSucces>
      )}
      <FormulaireNouveau onTermine={(texte) => setMessage({ texte })} />
      <Table.ScrollContainer minWidth={820}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              {(['nom', 'email', 'role', 'statut', 'actions'] as const).map((c) => (
                <Table.Th key={c} scope="col">
                  {T.colonnes[c]}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requete.data?.personnel.map((m) => (
              <LigneMembre key={m.id} membre={m} moi={m.id === session?.utilisateur.id} onMessage={(texte, erreur) => setMessage({ texte, erreur })} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </CadreAdministration>
  );
}
