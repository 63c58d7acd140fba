import type { CSSProperties } from 'react';

/** Mantine's error red (red.6) is below 4.5:1 on white (WCAG 1.4.3): the forms of this feature use red.9. */
export const CONTRASTE_ERREURS = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties;
