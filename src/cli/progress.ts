/**
 * The progress line on stderr for inputs that take more than about a second:
 * `cx: reading · 48,000 rows · 12,300 rows/s · 41% of 12.3 MB`, redrawn in place. Only when stderr
 * is a terminal, and never with --quiet, NO_COLOR or CI (logs and pipes stay clean). The pipeline
 * only reports counts (collect's `onProgress`); the clock lives here, in the CLI.
 */
import type { Progress } from '../pipeline/types.js';
import { commandLine } from '../render/html-parts.js';
import type { RenderContext } from '../render/types.js';
import type { CliIo } from './io.js';
import { version } from './program.js';

/** Nothing is drawn before this many milliseconds. */
export const PROGRESS_DELAY_MS = 1000;
/** Least time between two redraws. */
export const REDRAW_MS = 150;

export type ProgressLine = {
  /** Give to analyze()/delta() as `onProgress`; undefined when progress is off. */
  readonly onProgress: ((progress: Progress) => void) | undefined;
  /** Clears the line (call before writing anything else to stderr). */
  readonly done: () => void;
};

/** Whether to draw: stderr is a terminal, not --quiet, and neither NO_COLOR nor CI is set (non-empty). */
export function progressEnabled(io: CliIo, quiet: boolean): boolean {
  if (quiet || io.stderr.isTTY !== true) return false;
  const set = (name: string): boolean => {
    const value = io.env[name];
    return value !== undefined && value !== '';
  };
  return !set('NO_COLOR') && !set('CI');
}

const group = (value: number): string => String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function size(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/** The line's text: pure, so tests can check it. */
export function progressText(progress: Progress, elapsedMs: number): string {
  const parts = [progress.stage === 'reading' ? 'reading' : 'finding themes and KPIs', `${group(progress.rows)} rows`];
  if (progress.stage === 'reading' && elapsedMs > 0) parts.push(`${group((progress.rows * 1000) / elapsedMs)} rows/s`);
  if (progress.stage === 'reading' && progress.bytes !== null && progress.totalBytes !== null && progress.totalBytes > 0) {
    parts.push(`${Math.min(100, Math.floor((progress.bytes / progress.totalBytes) * 100))}% of ${size(progress.totalBytes)}`);
  }
  return `cx: ${parts.join(' · ')}`;
}

/** A progress line on `io.stderr`; `now` is injectable for tests (default: a monotonic clock). */
export function createProgress(io: CliIo, quiet: boolean, now: () => number = () => performance.now()): ProgressLine {
  if (!progressEnabled(io, quiet)) return { onProgress: undefined, done: () => {} };
  const start = now();
  let last = -Infinity;
  let drawn = false;
  const width = (): number => {
    const columns = (io.stderr as { columns?: number }).columns;
    return typeof columns === 'number' && columns > 20 ? columns - 1 : 79;
  };
  return {
    onProgress: (progress) => {
      const t = now();
      if (t - start < PROGRESS_DELAY_MS || (t - last < REDRAW_MS && progress.stage === 'reading')) return;
      last = t;
      drawn = true;
      io.stderr.write(`\r${progressText(progress, t - start).slice(0, width())}\x1b[K`);
    },
    done: () => {
      if (drawn) io.stderr.write('\r\x1b[K');
      drawn = false;
    },
  };
}

/** What the HTML report shows about its making: the exact command line and cx's version. */
export function reportContext(io: CliIo): Pick<RenderContext, 'command' | 'version'> {
  return { ...(io.argv === undefined ? {} : { command: commandLine(io.argv) }), version: version() };
}
