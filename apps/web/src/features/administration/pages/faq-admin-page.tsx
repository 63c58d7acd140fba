import { Alert, Badge, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { QuestionFaqAdmin, ThemeFaqAdmin } from '@mse/shared/administration/aide-admin.schema';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { useFaqAdmin, useModifierFaq } from '../api/aide';
import { CadreAdministration, erreursDesChamps, MessageSucces, STYLE_FORMULAIRE } from '../components/cadre-administration';
import { TEXTES } from '../textes';

const T = TEXTES.faq;

function FormulaireTheme({ theme, onTermine }: { theme?: ThemeFaqAdmin; onTermine: (message: string) => void }) {
  const modifier = useModifierFaq();
  const form = useForm({ mode: 'uncontrolled', initialValues: { libelle: theme?.libelle ?? '' } });
  const titre = theme ? T.renommer(theme.libelle) : T.nouveauTheme;
  return (
    <form
      noValidate
      aria-label={titre}
      style={STYLE_FORMULAIRE}
      onSubmit={form.onSubmit((s) =>
        modifier.mutate(theme ? { type: 'modifier_theme', id: theme.id, saisie: s } : { type: 'creer_theme', saisie: s }, {
          onSuccess: () => {
            form.reset();
            onTermine(T.themeEnregistre);
          },
          onError: (e) => form.setErrors(e instanceof ApiError && e.champs.length ? erreursDesChamps(e.champs) : { libelle: e.message }),
        }),
      )}
    >
      <Group align="flex-end">
        <TextInput label={theme ? T.renommer(theme.libelle) : T.champTheme} required key={form.key('libelle')} {...form.getInputProps('libelle')} w={360} />
        <Button type="submit" loading={modifier.isPending}>
          {theme ? TEXTES.commun.enregistrer : T.ajouterTheme}
        </Button>
        {theme && (
          <Button variant="subtle" onClick={() => onTermine('')}>
            {TEXTES.commun.annuler}
          </Button>
        )}
      </Group>
    </form>
  );
}

function FormulaireQuestion({ themeId, themes, question, onTermine }: { themeId: string; themes: ThemeFaqAdmin[]; question?: QuestionFaqAdmin; onTermine: (message: string) => void }) {
  const modifier = useModifierFaq();
  const [erreur, setErreur] = useState('');
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { themeId, question: question?.question ?? '', reponse: question?.reponse ?? '', publie: question?.publie ?? true },
  });
  const titre = question ? T.modifierQuestion(question.question) : T.nouvelleQuestionDans(themes.find((t) => t.id === themeId)?.libelle ?? '');
  return (
    <Paper withBorder p="md" style={STYLE_FORMULAIRE}>
      <form
        noValidate
        aria-label={titre}
        onSubmit={form.onSubmit((s) =>
          modifier.mutate(question ? { type: 'modifier_question', id: question.id, saisie: s } : { type: 'creer_question', saisie: s }, {
            onSuccess: () => onTermine(T.questionEnregistree),
            onError: (e) => {
              if (e instanceof ApiError && e.champs.length) form.setErrors(erreursDesChamps(e.champs));
              else setErreur(e.message);
            },
          }),
        )}
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {titre}
          </Title>
          {erreur && (
            <Alert color="red" role="alert">
              {erreur}
            </Alert>
          )}
          <NativeSelect label={T.champTheme} data={themes.map((t) => ({ value: t.id, label: t.libelle }))} key={form.key('themeId')} {...form.getInputProps('themeId')} maw={360} />
          <TextInput label={T.champQuestion} required key={form.key('question')} {...form.getInputProps('question')} />
          <Textarea label={T.champReponse} description={TEXTES.commun.liensAide} required autosize minRows={4} key={form.key('reponse')} {...form.getInputProps('reponse')} />
          <Checkbox label={T.champPublie} key={form.key('publie')} {...form.getInputProps('publie', { type: 'checkbox' })} />
          <Group>
            <Button type="submit" loading={modifier.isPending}>
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

type Edition = { type: 'theme'; id: string } | { type: 'question'; themeId: string; id?: string } | null;

/** `/opco/administration/foire-aux-questions`: the FAQ's themes and questions. */
export function FaqAdminPage() {
  const requete = useFaqAdmin();
  const modifier = useModifierFaq();
  const [edition, setEdition] = useState<Edition>(null);
  const [message, setMessage] = useState('');
  const terminer = (texte: string) => {
    setEdition(null);
    setMessage(texte);
  };
  const themes = requete.data?.themes ?? [];
  const supprimer = (op: { type: 'supprimer_theme' | 'supprimer_question'; id: string }, confirmation: string | null, succes: string) => {
    if (confirmation && !window.confirm(confirmation)) return;
    setMessage('');
    modifier.mutate(op, { onSuccess: () => setMessage(succes) });
  };
  return (
    <CadreAdministration titre={T.titre} introduction={T.introduction} chargement={requete}>
      <MessageSucces>{message}</MessageSucces>
      {modifier.error && !edition && (
        <Alert color="red" role="alert">
          {modifier.error.message}
        </Alert>
      )}
      <FormulaireTheme onTermine={terminer} />
      {themes.map((theme) => (
        <Paper key={theme.id} withBorder p="md" component="section" aria-labelledby={`theme-titre-${theme.id}`}>
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h3" id={`theme-titre-${theme.id}`}>
                {theme.libelle}
              </Title>
              <Group gap="xs">
                <Button size="xs" variant="light" aria-label={T.renommer(theme.libelle)} onClick={() => setEdition({ type: 'theme', id: theme.id })}>
                  {TEXTES.commun.modifier}
                </Button>
                {theme.actions.includes('supprimer') && (
                  <Button size="xs" variant="outline" color="red.9" aria-label={T.supprimerTheme(theme.libelle)} onClick={() => supprimer({ type: 'supprimer_theme', id: theme.id }, null, T.themeSupprime)}>
                    {TEXTES.commun.supprimer}
                  </Button>
                )}
              </Group>
            </Group>
            {edition?.type === 'theme' && edition.id === theme.id && <FormulaireTheme theme={theme} onTermine={terminer} />}
            {theme.questions.length === 0 && <Text c="gray.7">{T.aucuneQuestion}</Text>}
            {theme.questions.map((q) =>
              edition?.type === 'question' && edition.id === q.id ? (
                <FormulaireQuestion key={q.id} themeId={theme.id} themes={themes} question={q} onTermine={terminer} />
              ) : (
                <Group key={q.id} justify="space-between" wrap="nowrap" align="flex-start">
                  <div>
                    <Text fw={600}>{q.question}</Text>
                    <Text size="sm" c="gray.7" lineClamp={2}>
                      {q.reponse}
                    </Text>
                  </div>
                  <Group gap="xs" wrap="nowrap">
                    {!q.publie && (
                      <Badge color="gray" variant="light" c="dark.8">
                        {TEXTES.commun.nonPublie}
                      </Badge>
                    )}
                    <Button size="xs" variant="light" aria-label={T.modifierQuestion(q.question)} onClick={() => { setMessage(''); setEdition({ type: 'question', themeId: theme.id, id: q.id }); }}>
                      {TEXTES.commun.modifier}
                    </Button>
                    <Button size="xs" variant="outline" color="red.9" aria-label={T.supprimerQuestion(q.question)} onClick={() => supprimer({ type: 'supprimer_question', id: q.id }, T.confirmerSuppression(q.question), T.questionSupprimee)}>
                      {TEXTES.commun.supprimer}
                    </Button>
                  </Group>
                </Group>
              ),
            )}
            {edition?.type === 'question' && !edition.id && edition.themeId === theme.id ? (
              <FormulaireQuestion themeId={theme.id} themes={themes} onTermine={terminer} />
            ) : (
              <Button size="xs" variant="light" w="fit-content" aria-label={T.nouvelleQuestionDans(theme.libelle)} onClick={() => { setMessage(''); setEdition({ type: 'question', themeId: theme.id }); }}>
                {T.nouvelleQuestion}
              </Button>
            )}
          </Stack>
        </Paper>
      ))}
    </CadreAdministration>
  );
}
