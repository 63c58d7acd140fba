import { Accordion, Alert, Anchor, Button, CloseButton, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { RECHERCHE_FAQ_MAX } from '@mse/shared/aide/faq.schema';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { useFaq, useRechercheFaq } from '../api/faq';
import { QuestionFaq } from '../components/question-faq';
import { TEXTES } from '../textes';

const T = TEXTES.faq;

/**
 * "2 - La foire aux questions": the questions by theme, each answer expandable; a search that forgives
 * accents and typos; /aide/foire-aux-questions#<question> opens that question.
 */
export function FoireAuxQuestionsPage() {
  const { data, isPending, error, refetch } = useFaq();
  const { hash } = useLocation();
  const [saisie, setSaisie] = useState('');
  const [q, setQ] = useState('');
  // Searches as one types (after a pause), or at once on "Rechercher" / Enter.
  useEffect(() => {
    const t = setTimeout(() => setQ(saisie.trim()), 300);
    return () => clearTimeout(t);
  }, [saisie]);
  const recherche = useRechercheFaq(q);
  const [ouvertes, setOuvertes] = useState<string[]>([]);
  const cible = decodeURIComponent(hash.replace(/^#/, ''));

  // A link to a question opens it (once the questions are there) and brings it into view.
  const [cibleOuverte, setCibleOuverte] = useState('');
  if (data && cible && cible !== cibleOuverte) {
    setCibleOuverte(cible);
    setOuvertes((o) => (o.includes(cible) ? o : [...o, cible]));
  }
  useEffect(() => {
    if (!cibleOuverte) return;
    const element = document.getElementById(cibleOuverte);
    element?.scrollIntoView({ block: 'start' });
    element?.querySelector('button')?.focus({ preventScroll: true });
  }, [cibleOuverte]);

  const libelleTheme = (slug: string) => data?.themes.find((t) => t.slug === slug)?.libelle ?? '';

  return (
    <Stack maw={900}>
      <TitrePage>{T.titre}</TitrePage>
      <Text>{T.intro}</Text>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(saisie.trim());
        }}
      >
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={T.recherche}
            description={T.rechercheAide}
            type="search"
            maxLength={RECHERCHE_FAQ_MAX}
            value={saisie}
            onChange={(e) => setSaisie(e.currentTarget.value)}
            leftSection={<IconSearch aria-hidden size={16} />}
            rightSection={saisie ? <CloseButton aria-label={T.effacer} onClick={() => setSaisie('')} /> : null}
          />
          <Button type="submit">{T.rechercher}</Button>
        </Group>
      </form>

      <div role="status">
        {q && recherche.data && recherche.data.q === q && (
          <Text fw={600}>{T.resultats(recherche.data.resultats.length, q)}</Text>
        )}
      </div>
      {q && recherche.data && recherche.data.q === q && (
        <section aria-label="Résultats de la recherche">
          {recherche.data.resultats.length === 0 ? (
            <Alert color="gray" variant="light">
              {T.aucunResultatAide}
            </Alert>
          ) : (
            <Accordion multiple variant="separated" value={ouvertes} onChange={setOuvertes}>
              {recherche.data.resultats.map((question) => (
                <Stack key={question.slug} gap={4} mb="xs">
                  <Text size="sm" fw={600} c="gray.7">
                    {libelleTheme(question.theme)}
                  </Text>
                  <QuestionFaq question={question} ancre={false} />
                </Stack>
              ))}
            </Accordion>
          )}
        </section>
      )}

      {error && <ErreurChargement erreur={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton h={480} />}
      {data?.themes.map((theme) => (
        <section key={theme.slug} aria-labelledby={`theme-${theme.slug}`}>
          <Title order={2} size="h3" id={`theme-${theme.slug}`} mb="sm" mt="md">
            {theme.libelle}
          </Title>
          <Accordion multiple variant="separated" value={ouvertes} onChange={setOuvertes}>
            {theme.questions.map((question) => (
              <QuestionFaq key={question.slug} question={question} ancre />
            ))}
          </Accordion>
        </section>
      ))}

      <Text mt="lg">
        {T.contacter}{' '}
        <Anchor component={Link} to="/aide/contacter-assistance">
          {TEXTES.assistance.titre}
        </Anchor>
      </Text>
    </Stack>
  );
}
