/** Charts as inline SVG strings: no DOM, no browser, no network; every text escaped. */
export { scatterWhiskers, type ScatterPoint, type ScatterGroup, type ScatterOptions } from './scatter-whiskers.js';
export { dotWhiskers, type DotRow, type DotValue, type DotWhiskerOptions } from './dot-whiskers.js';
export { lineBands, type LineSeries, type LinePoint, type LineBandOptions } from './line-bands.js';
export { bars, type BarOptions } from './bars.js';
export { OKABE_ITO, SERIES_COLORS, WORSE, BETTER, NEUTRAL } from './palette.js';
export { niceDomain, linear, tickStep, extent } from './scale.js';
export { el, text, num } from './svg.js';
