/** Charts as inline SVG strings: no DOM, no browser, no network; every text escaped. */
export { scatterWhiskers, type ScatterPoint } from './scatter-whiskers.js';
export { dotWhiskers, type DotRow } from './dot-whiskers.js';
export { lineBands, type LineSeries } from './line-bands.js';
export { bars } from './bars.js';
export { SERIES_COLORS, WORSE, BETTER, NEUTRAL } from './palette.js';
export { niceDomain, linear, tickStep } from './scale.js';
export { el } from './svg.js';
