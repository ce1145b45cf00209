// Start-up: each command imports its handler, and each handler the renderer for its --format,
// when it runs (main.ts, load-renderer.ts). This walks the static imports (not `import type`,
// not `import()`) from an entry file through src/ and lists the files and packages loaded before
// any command runs, so a new static import that drags the theme code or the HTML report into
// `cx --help` or `cx sentiment` fails here instead of slowing every run.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\s+from\s+)?'([^']+)';/gms;

/** src/-relative files (and 'package:<name>' entries) reachable through static imports. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    const key = relative(root, file);
    if (seen.has(key)) return;
    seen.add(key);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!specifier.startsWith('node:')) seen.add(`package:${specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')}`);
    }
  };
  visit(join(root, entry));
  return seen;
}

const matching = (files: Set<string>, pattern: RegExp): string[] => [...files].filter((file) => pattern.test(file)).sort();

describe('static imports of the CLI (what loads before a command runs)', () => {
  it('the walk follows imports and re-exports, and skips type-only ones', () => {
    const files = staticClosure('src/render/index.ts');
    expect(files.has('src/render/html-analyze.ts')).toBe(true); // import { renderAnalyzeHtml } from './html-analyze.js'
    expect(files.has('src/render/delta.ts')).toBe(true); // export { … } from './delta.js'
    expect(files.has('package:chalk')).toBe(true);
    expect(files.has('src/pipeline/types.ts')).toBe(false); // import type { AnalyzeReport } from '../pipeline/types.js'
  });

  it('cx --help and --version: commander and the CLI shell only', () => {
    const files = staticClosure('src/cli/main.ts');
    expect(matching(files, /^src\/(?!cli\/|errors\.ts)/)).toEqual([]);
    expect(matching(files, /^package:/)).toEqual(['package:commander']);
  });

  it('cx sentiment: no reader, column detection, themes, KPIs or report renderers', () => {
    const files = staticClosure('src/cli/commands/sentiment.ts');
    expect(matching(files, /^src\/(read|columns|themes|kpi|delta|pipeline)\//)).toEqual([]);
    expect(matching(files, /^src\/render\/(?!sentiment|_palette|format)/)).toEqual([]);
    expect(matching(files, /^package:(csv-parse|cli-table3)/)).toEqual([]);
  });

  it('cx analyze: no renderer until the format is known, no delta or enrich pipeline', () => {
    const files = staticClosure('src/cli/commands/analyze.ts');
    expect(matching(files, /^src\/render\/(analyze-|html-(?!parts)|delta|svg|_table)/)).toEqual([]);
    expect(matching(files, /^src\/pipeline\/(delta|enrich|themes-export)\.ts$/)).toEqual([]);
    expect(matching(files, /^package:(chalk|cli-table3)$/)).toEqual([]);
  });
});
