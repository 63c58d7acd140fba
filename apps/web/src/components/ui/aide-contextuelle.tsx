import { ActionIcon, Popover, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHelpCircle } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';

/**
 * The small "?" beside a form field, a step or a status badge: a button that opens a short explanation.
 *
 *   <Badge>À compléter</Badge>
 *   <AideContextuelle sujet="le statut « À compléter »">Des pièces manquent : complétez la demande…</AideContextuelle>
 *
 * Accessible: a real button named "Aide : <sujet>", announced as opening a dialog, expanded or not; the
 * text is a non-modal dialog named by the same words, placed right after the button in the page (so
 * that it is read next to what it explains) but drawn above everything. Escape (on the button or in
 * the text) or a click outside closes it. Keep it to a few sentences: anything longer belongs to
 * "Comment ça marche ?" or the FAQ.
 */
export function AideContextuelle({ sujet, children, taille = 'sm' }: { sujet: string; children: ReactNode; taille?: 'xs' | 'sm' | 'md' }) {
  const id = useId();
  const [ouvert, { toggle, close }] = useDisclosure(false);
  return (
    <Popover
      opened={ouvert}
      onChange={(o) => !o && close()}
      width={300}
      position="top"
      withArrow
      shadow="md"
      withinPortal={false}
      floatingStrategy="fixed"
      returnFocus
    >
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="opco"
          radius="xl"
          size={taille}
          aria-label={`Aide : ${sujet}`}
          onClick={toggle}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && ouvert) {
              e.stopPropagation();
              close();
            }
          }}
        >
          <IconHelpCircle aria-hidden stroke={1.8} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={`${id}-titre`}>
        <Text id={`${id}-titre`} size="xs" fw={700} mb={4}>
          {sujet.charAt(0).toUpperCase() + sujet.slice(1)}
        </Text>
        <Text size="sm">{children}</Text>
      </Popover.Dropdown>
    </Popover>
  );
}
