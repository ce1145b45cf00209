export * from '../../src/themes/index.js';
export { isStopWord } from '../../src/tokenize/index.js';
