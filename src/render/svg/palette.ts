/**
 * Okabe & Ito's colour-blind-safe palette ("Color Universal Design", 2008,
 * https://jfly.uni-koeln.de/color/). Marks also differ by shape or label, never by colour alone.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Series colours in order (yellow last: weak on white). */
export const SERIES_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
];

/** Bad news / good news / neutral, consistently across charts. */
export const WORSE = OKABE_ITO.vermillion;
export const BETTER = OKABE_ITO.blue;
export const NEUTRAL = '#6b6b6b';
