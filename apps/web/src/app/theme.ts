import { Anchor, createTheme, type MantineColorsTuple } from '@mantine/core';

/** A deep blue whose shades 7–9 pass WCAG AA contrast on white (Mantine's default blue does not). */
const opco: MantineColorsTuple = [
  '#e8f1fb', '#cfdef2', '#a0bce5', '#6e98d8', '#477bcd', '#2f68c6', '#2260c4', '#1c4f8c', '#16457d', '#0e3768',
];

export const theme = createTheme({
  primaryColor: 'opco',
  primaryShade: 7,
  colors: { opco },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  // People who ask their system for less motion get modals and menus without transitions (WCAG 2.3.3).
  respectReducedMotion: true,
  // Links are underlined so that they are told apart from text without relying on colour (WCAG 1.4.1).
  components: {
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});
