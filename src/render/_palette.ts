// A chalk instance at the colour level the CLI decided (never auto-detected here). Its own file so
// `cx sentiment` loads chalk without cli-table3.
import { Chalk, type ChalkInstance } from 'chalk';
import type { ColorLevel } from './types.js';

export function palette(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}
