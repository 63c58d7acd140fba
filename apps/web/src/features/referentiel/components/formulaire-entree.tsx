import { Alert, Button, Group, JsonInput, NumberInput, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { formaterDate } from '@mse/shared/commun/dates';
import type { NouvelleEntreeReferentiel, RubriqueReferentiel } from '@mse/shared/referentiel/referentiel-admin.schema';
import { schemaEntree, type Rubrique } from '@mse/shared/referentiel/rubriques';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { useAjouterEntree } from '../api/ajouter-entree';
import { TEXTES } from '../textes';

type Saisie = {
  debut: string;
  fin: string;
  source: string;
  mensuel: number | string;
  horaire: number | string;
  mayotteMensuel: number | string;
  mayotteHoraire: number | string;
  json: string;
  remplaceId: string | null;
};

const textes = TEXTES.formulaire;
const CHAMPS_SMIC: Record<string, keyof Saisie> = {
  mensuelCentimes: 'mensuel',
  horaireCentimes: 'horaire',
  'mayotte.mensuelCentimes': 'mayotteMensuel',
  'mayotte.horaireCentimes': 'mayotteHoraire',
};

/** Euros typed with a comma, sent as integer cents: 1 823,03 → 182303. */
function centimes(euros: number | string): number | undefined {
  if (euros === '' || euros === undefined) return undefined;
  return Math.round(Number(String(euros).replace(',', '.')) * 100);
}

/** Where the form shows a message about a path of the entry (the server's or the shared schema's). */
function champDuFormulaire(rubrique: Rubrique, chemin: string): { champ: keyof Saisie; prefixe: string } {
  if (chemin === 'debut' || chemin === 'fin' || chemin === 'source' || chemin === 'remplaceId') return { champ: chemin, prefixe: '' };
  if (rubrique === 'smic' && CHAMPS_SMIC[chemin]) return { champ: CHAMPS_SMIC[chemin], prefixe: '' };
  return { champ: 'json', prefixe: chemin ? `${chemin} : ` : '' };
}

/** The schema speaks of cents; the SMIC form's fields are in euros. */
const MESSAGE_EUROS = 'Montant en euros attendu, au centime près (exemple : 1 823,03)';

function erreursParChamp(rubrique: Rubrique, champs: { chemin: string; message: string }[]): Partial<Record<keyof Saisie, string>> {
  const erreurs: Partial<Record<keyof Saisie, string>> = {};
  for (const champEnErreur of champs) {
    const chemin = champEnErreur.chemin.replace(/^valeur\.?/, '');
    const message = rubrique === 'smic' && CHAMPS_SMIC[chemin] ? MESSAGE_EUROS : champEnErreur.message;
    const { champ, prefixe } = champDuFormulaire(rubrique, chemin);
    erreurs[champ] = erreurs[champ] ? `${erreurs[champ]} ; ${prefixe}${message}` : `${prefixe}${message}`;
  }
  return erreurs;
}

function valeurSaisie(rubrique: Rubrique, s: Saisie): Record<string, unknown> | null {
  if (rubrique === 'smic') {
    const mayotte = { mensuelCentimes: centimes(s.mayotteMensuel), horaireCentimes: centimes(s.mayotteHoraire) };
    const avecMayotte = mayotte.mensuelCentimes !== undefined || mayotte.horaireCentimes !== undefined;
    return { mensuelCentimes: centimes(s.mensuel), horaireCentimes: centimes(s.horaire), ...(avecMayotte ? { mayotte } : {}) };
  }
  try {
    const valeur: unknown = JSON.parse(s.json);
    return typeof valeur === 'object' && valeur !== null && !Array.isArray(valeur) ? (valeur as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * A new dated value for a rubrique. The SMIC has its own fields in euros; other rubriques are edited as
 * JSON, pre-filled with the value in force. The rubrique's shared schema checks it before sending, the
 * server checks it again.
 */
export function FormulaireEntree({ rubrique, onTermine }: { rubrique: RubriqueReferentiel; onTermine: (message: string) => void }) {
  const ajouter = useAjouterEntree(rubrique.rubrique);
  const [erreurGenerale, setErreurGenerale] = useState<string>();
  const enVigueur = rubrique.entrees.find((e) => e.statut === 'en_vigueur') ?? rubrique.entrees.at(-1);
  const form = useForm<Saisie>({
    mode: 'uncontrolled',
    initialValues: {
      debut: '',
      fin: '',
      source: '',
      mensuel: '',
      horaire: '',
      mayotteMensuel: '',
      mayotteHoraire: '',
      json: JSON.stringify(enVigueur?.valeur ?? {}, null, 2),
      remplaceId: null,
    },
  });
  const corrigeables = rubrique.entrees.filter((e) => e.statut !== 'remplacee');

  const envoyer = (s: Saisie) => {
    setErreurGenerale(undefined);
    const valeur = valeurSaisie(rubrique.rubrique, s);
    if (valeur === null) {
      form.setErrors({ json: textes.jsonInvalide });
      return;
    }
    const entree: NouvelleEntreeReferentiel = {
      debut: s.debut,
      ...(s.fin ? { fin: s.fin } : {}),
      source: s.source.trim(),
      valeur,
      ...(s.remplaceId ? { remplaceId: Number(s.remplaceId) } : {}),
    };
    const verification = schemaEntree(rubrique.rubrique).safeParse({ ...valeur, debut: entree.debut, fin: entree.fin, source: entree.source });
    const ordre = entree.fin !== undefined && entree.fin < entree.debut ? [{ chemin: 'fin', message: 'La fin de validité ne peut pas précéder le début' }] : [];
    if (!verification.success || ordre.length) {
      const issues = verification.success ? [] : verification.error.issues.map((i) => ({ chemin: i.path.join('.'), message: i.message }));
      const erreurs = erreursParChamp(rubrique.rubrique, [...issues, ...ordre]);
      if (!s.debut) erreurs.debut = textes.debutObligatoire;
      form.setErrors(erreurs);
      return;
    }
    ajouter.mutate(entree, {
      onSuccess: (cree) => onTermine(textes.enregistre(formaterDate(cree.debut))),
      onError: (e) => {
        if (e instanceof ApiError && e.champs.length) form.setErrors(erreursParChamp(rubrique.rubrique, e.champs));
        else setErreurGenerale(e.message);
      },
    });
  };

  return (
    // Mantine's default error red (red.6) fails WCAG AA contrast on white; a darker one for this form.
    <Paper withBorder p="md" mt="md" style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' }}>
      <form noValidate onSubmit={form.onSubmit(envoyer)} aria-label={textes.titre(rubrique.libelle)}>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {textes.titre(rubrique.libelle)}
          </Title>
          {erreurGenerale && (
            <Alert color="red" role="alert">
              {erreurGenerale}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={textes.debut} required key={form.key('debut')} {...form.getInputProps('debut')} />
            <TextInput type="date" label={textes.fin} description={textes.finAide} key={form.key('fin')} {...form.getInputProps('fin')} />
          </SimpleGrid>
          {rubrique.rubrique === 'smic' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput label={textes.mensuel} required decimalSeparator="," thousandSeparator=" " decimalScale={2} min={0} hideControls key={form.key('mensuel')} {...form.getInputProps('mensuel')} />
              <NumberInput label={textes.horaire} required decimalSeparator="," thousandSeparator=" " decimalScale={2} min={0} hideControls key={form.key('horaire')} {...form.getInputProps('horaire')} />
              <NumberInput label={textes.mayotteMensuel} decimalSeparator="," thousandSeparator=" " decimalScale={2} min={0} hideControls key={form.key('mayotteMensuel')} {...form.getInputProps('mayotteMensuel')} />
              <NumberInput label={textes.mayotteHoraire} decimalSeparator="," thousandSeparator=" " decimalScale={2} min={0} hideControls key={form.key('mayotteHoraire')} {...form.getInputProps('mayotteHoraire')} />
            </SimpleGrid>
          ) : (
            <JsonInput label={textes.valeurJson} description={textes.valeurJsonAide} autosize minRows={6} maxRows={24} validationError={textes.jsonInvalide} key={form.key('json')} {...form.getInputProps('json')} />
          )}
          <Textarea label={textes.source} description={textes.sourceAide} required autosize minRows={2} key={form.key('source')} {...form.getInputProps('source')} />
          <Select
            label={textes.remplace}
            description={textes.remplaceAide}
            clearable
            data={corrigeables.map((e) => ({ value: String(e.id), label: `n° ${e.id} — à partir du ${formaterDate(e.debut)}` }))}
            key={form.key('remplaceId')}
            {...form.getInputProps('remplaceId')}
          />
          <Group>
            <Button type="submit" loading={ajouter.isPending}>
              {textes.enregistrer}
            </Button>
            <Button variant="subtle" onClick={() => onTermine('')}>
              {textes.annuler}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
