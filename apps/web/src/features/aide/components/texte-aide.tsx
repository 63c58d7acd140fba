import { Anchor, Stack, Text } from '@mantine/core';
import { analyserTexteAide } from '@mse/shared/aide/texte-aide';
import { Link } from 'react-router';

/** Help content (guides, FAQ answers): paragraphs, and [libellé](/chemin) links to the portal's screens. */
export function TexteAide({ texte, size = 'md' }: { texte: string; size?: 'sm' | 'md' }) {
  return (
    <Stack gap="xs">
      {analyserTexteAide(texte).map((paragraphe, i) => (
        <Text key={i} size={size}>
          {paragraphe.map((s, j) =>
            s.type === 'texte' ? (
              s.texte
            ) : (
              <Anchor key={j} component={Link} to={s.chemin}>
                {s.libelle}
              </Anchor>
            ),
          )}
        </Text>
      ))}
    </Stack>
  );
}
