import { Accordion, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { QuestionFaq as Question } from '@mse/shared/aide/faq.schema';
import { IconLink, IconThumbDown, IconThumbUp } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useVoterFaq } from '../api/faq';
import { TEXTES } from '../textes';
import { TexteAide } from './texte-aide';

const T = TEXTES.faq;

/** "Cette réponse vous a-t-elle aidé ?" Oui / Non: the chosen answer stays pressed and may be changed. */
function Vote({ question }: { question: Question }) {
  const voter = useVoterFaq();
  const [merci, setMerci] = useState(false);
  const choix = voter.isPending ? voter.variables?.utile : question.monVote === null ? undefined : question.monVote === 'oui';
  const idQuestion = `vote-${question.slug}`;
  return (
    <Group gap="xs" role="group" aria-labelledby={idQuestion}>
      <Text id={idQuestion} size="sm" fw={600}>
        {T.aide}
      </Text>
      {[true, false].map((utile) => (
        <Button
          key={String(utile)}
          size="xs"
          variant={choix === utile ? 'filled' : 'default'}
          aria-pressed={choix === utile}
          leftSection={utile ? <IconThumbUp aria-hidden size={16} /> : <IconThumbDown aria-hidden size={16} />}
          onClick={() => voter.mutate({ slug: question.slug, utile }, { onSuccess: () => setMerci(true) })}
        >
          {utile ? T.oui : T.non}
        </Button>
      ))}
      <Text size="sm" role="status" c="gray.7">
        {merci ? T.merci : ''}
      </Text>
    </Group>
  );
}

/** One question: its expandable answer, its own link, and (signed in) "Cette réponse vous a-t-elle aidé ?". */
export function QuestionFaq({ question, ancre }: { question: Question; ancre: boolean }) {
  return (
    <Accordion.Item value={question.slug} id={ancre ? question.slug : undefined} style={{ scrollMarginTop: 72 }}>
      <Accordion.Control>
        <Text fw={600}>{question.question}</Text>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="sm">
          <TexteAide texte={question.reponse} />
          <Anchor component={Link} to={{ hash: question.slug }} size="sm" w="fit-content">
            <Group gap={4} component="span">
              <IconLink aria-hidden size={14} />
              {T.lien}
            </Group>
          </Anchor>
          {question.actions.includes('voter') && <Vote question={question} />}
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
