/** Mantine's orange.9 and green.9 give white text less than 4.5:1 (WCAG AA): darker shades of the same hues. */
export const ORANGE_FONCE = '#9a3412';
export const VERT_FONCE = '#166534';
