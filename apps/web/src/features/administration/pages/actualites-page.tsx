import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LIBELLES_STATUT_ACTUALITE, type ActualiteAdmin, type SaisieActualite } from '@mse/shared/administration/actualite-admin.schema';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { useActualitesAdmin, useEnregistrerActualite, useRetirerActualite } from '../api/actualites';
import { CadreAdministration, erreursDesChamps, MessageSucces, STYLE_FORMULAIRE } from '../components/cadre-administration';
import { depuisSaisieDateHeure, formaterDateHeure, versSaisieDateHeure } from '../components/dates';
import { TEXTES } from '../textes';

const T = TEXTES.actualites;
const COULEURS = { a_venir: 'blue', publiee: 'green', retiree: 'gray' } as const;

type Saisie = { titre: string; resume: string; contenu: string; publieLe: string; depublieLe: string };

function FormulaireActualite({ actualite, onTermine }: { actualite?: ActualiteAdmin; onTermine: (message: string) => void }) {
  const enregistrer = useEnregistrerActualite();
  const [erreur, setErreur] = useState('');
  const form = useForm<Saisie>({
    mode: 'uncontrolled',
    initialValues: {
      titre: actualite?.titre ?? '',
      resume: actualite?.resume ?? '',
      contenu: actualite?.contenu ?? '',
      publieLe: versSaisieDateHeure(actualite?.publieLe ?? new Date().toISOString()),
      depublieLe: versSaisieDateHeure(actualite?.depublieLe),
    },
  });
  const titre = actualite ? T.formulaireModifier(actualite.titre) : T.formulaireNouvelle;
  const envoyer = (s: Saisie) => {
    setErreur('');
    const saisie: SaisieActualite = { titre: s.titre, resume: s.resume, contenu: s.contenu, publieLe: depuisSaisieDateHeure(s.publieLe), depublieLe: s.depublieLe ? depuisSaisieDateHeure(s.depublieLe) : null };
    enregistrer.mutate(
      { id: actualite?.id, saisie },
      {
        onSuccess: () => onTermine(actualite ? TEXTES.commun.enregistre : T.creee),
        onError: (e) => {
          if (e instanceof ApiError && e.champs.length) form.setErrors(erreursDesChamps(e.champs));
          else setErreur(e.message);
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" style={STYLE_FORMULAIRE}>
      <form noValidate onSubmit={form.onSubmit(envoyer)} aria-label={titre}>
        <Stack gap="sm">
          <Title order={2} size="h3">
            {titre}
          </Title>
          {erreur && (
            <Alert color="red" role="alert">
              {erreur}
            </Alert>
          )}
          <TextInput label={T.champTitre} required maxLength={200} key={form.key('titre')} {...form.getInputProps('titre')} />
          <Textarea label={T.champResume} description={T.champResumeAide} required autosize minRows={2} key={form.key('resume')} {...form.getInputProps('resume')} />
          <Textarea label={T.champContenu} required autosize minRows={5} key={form.key('contenu')} {...form.getInputProps('contenu')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="datetime-local" label={T.champPublieLe} required key={form.key('publieLe')} {...form.getInputProps('publieLe')} />
            <TextInput type="datetime-local" label={T.champDepublieLe} description={T.champDepublieLeAide} key={form.key('depublieLe')} {...form.getInputProps('depublieLe')} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={enregistrer.isPending}>
              {TEXTES.commun.enregistrer}
            </Button>
            <Button variant="subtle" onClick={() => onTermine('')}>
              {TEXTES.commun.annuler}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** `/opco/administration/actualites`: the news of the employers' home page. */
export function ActualitesAdminPage() {
  const requete = useActualitesAdmin();
  const retirer = useRetirerActualite();
  const [edition, setEdition] = useState<ActualiteAdmin | 'nouvelle' | null>(null);
  const [message, setMessage] = useState('');
  const terminer = (texte: string) => {
    setEdition(null);
    setMessage(texte);
  };
  return (
    <CadreAdministration titre={T.titre} introduction={T.introduction} chargement={requete}>
      <MessageSucces>{message}</MessageSucces>
      {retirer.error && (
        <Alert color="red" role="alert">
          {retirer.error.message}
        </Alert>
      )}
      {edition ? (
        <FormulaireActualite key={edition === 'nouvelle' ? 'nouvelle' : edition.id} actualite={edition === 'nouvelle' ? undefined : edition} onTermine={terminer} />
      ) : (
        <Button w="fit-content" onClick={() => { setMessage(''); setEdition('nouvelle'); }}>
          {T.nouvelle}
        </Button>
      )}
      {requete.data && requete.data.actualites.length === 0 && <Alert color="gray">{T.aucune}</Alert>}
      {requete.data && requete.data.actualites.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                {(['titre', 'publieLe', 'depublieLe', 'statut', 'actions'] as const).map((c) => (
                  <Table.Th key={c} scope="col">
                    {T.colonnes[c]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requete.data.actualites.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={500}>
                    {a.titre}
                  </Table.Th>
                  <Table.Td>{formaterDateHeure(a.publieLe)}</Table.Td>
                  <Table.Td>{a.depublieLe ? formaterDateHeure(a.depublieLe) : '—'}</Table.Td>
                  <Table.Td>
                    <Badge color={COULEURS[a.statut]} variant="light" c="dark.8">
                      {LIBELLES_STATUT_ACTUALITE[a.statut]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {a.actions.includes('modifier') && (
                        <Button size="xs" variant="light" aria-label={T.modifierLibelle(a.titre)} onClick={() => { setMessage(''); setEdition(a); }}>
                          {TEXTES.commun.modifier}
                        </Button>
                      )}
                      {a.actions.includes('retirer') && (
                        <Button size="xs" variant="outline" color="red.9" aria-label={T.retirerLibelle(a.titre)} loading={retirer.isPending && retirer.variables === a.id} onClick={() => retirer.mutate(a.id, { onSuccess: () => setMessage(T.retiree) })}>
                          {T.retirer}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </CadreAdministration>
  );
}
