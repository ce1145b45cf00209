/**
 * Settings that persist: cx.config.json in the working folder (or `--config FILE`; `--no-config`
 * ignores it), merged with the flags. Flags win field by field; lists from both (`ignoreTerms`,
 * `lexicon`) are combined, the flag's entry winning for the same term. The files are read here
 * (the CLI is the only place that sees the working folder); parsing and validation are pure
 * (src/config).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { ColumnOverrides } from '../columns/types.js';
// The config files one by one, not config/index.js: that also exports detectInput (the reader and
// column detection), which `cx sentiment` does not need.
import { FIELDS, parseConfig, ROLES } from '../config/parse-config.js';
import { parseLexicon } from '../config/parse-lexicon.js';
import { EMPTY_CONFIG, type CxConfig, type LexiconEntry } from '../config/types.js';
import { CxError } from '../errors.js';
import type { Thresholds } from '../sentiment/types.js';
import type { Taxonomy } from '../themes/types.js';
import { note, type CliIo } from './io.js';
import { toColumnOverrides, toDateFormat, toThresholds, type RawOptions } from './options.js';

export const CONFIG_FILE = 'cx.config.json';

export type Settings = {
  readonly config: CxConfig;
  /** The config file used, as the analyst would name it (relative to the working folder), or null. */
  readonly file: string | null;
  /** Absolute folder of the config file (paths inside it are relative to it). */
  readonly folder: string;
};

/** Finds and parses the config file; EMPTY_CONFIG with `--no-config` or when there is none. */
export async function loadSettings(raw: RawOptions, io: CliIo): Promise<Settings> {
  if (raw.config === false) return { config: EMPTY_CONFIG, file: null, folder: io.cwd };
  const explicit = typeof raw.config === 'string';
  const path = resolve(io.cwd, explicit ? (raw.config as string) : CONFIG_FILE);
  if (!explicit && !existsSync(path)) return { config: EMPTY_CONFIG, file: null, folder: io.cwd };
  const name = explicit ? (raw.config as string) : CONFIG_FILE;
  const text = await readText(path, name, 'config file');
  const config = parseConfig(text, name);
  if (config.ignored.length > 0) {
    const listed = config.ignored.map((field) => `"${field}"`).join(', ');
    note(
      io,
      raw.quiet === true,
      `warning: ${name}: ignored unknown field${config.ignored.length === 1 ? '' : 's'} ${listed} (the fields are: ${FIELDS.filter((field) => field !== '$schema').join(', ')}; the column roles: ${ROLES.join(', ')})`,
    );
  }
  return { config, file: relative(io.cwd, path) || name, folder: dirname(path) };
}

export async function readText(path: string, name: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CxError('usage', `${what} ${name} not found`, { file: name });
    if (code === 'EISDIR') throw new CxError('usage', `${what} ${name} is a folder, not a file`, { file: name });
    throw new CxError('usage', `cannot read the ${what} ${name}: ${(error as Error).message}`, { file: name });
  }
}

/** Column flags, with the config file's mapping underneath (`detectedBy: 'config'`). */
export function columnSettings(raw: RawOptions, settings: Settings): ColumnOverrides {
  const flags = toColumnOverrides(raw);
  const configured = settings.config.columns;
  return Object.keys(configured).length === 0 ? flags : { ...flags, config: configured };
}

/** Flag thresholds over the config's, each bound on its own; undefined when neither sets one. */
export function thresholdSettings(raw: RawOptions, settings: Settings): Thresholds | undefined {
  const configured = settings.config.thresholds;
  if (configured.positive === undefined && configured.negative === undefined) return toThresholds(raw);
  return toThresholds({
    ...raw,
    positiveThreshold: raw.positiveThreshold ?? configured.positive,
    negativeThreshold: raw.negativeThreshold ?? configured.negative,
  });
}

export function dateFormatSetting(raw: RawOptions, settings: Settings): 'ymd' | 'mdy' | 'dmy' | undefined {
  return toDateFormat(raw) ?? settings.config.dateFormat ?? undefined;
}

export function maxThemesSetting(raw: RawOptions, settings: Settings): number | undefined {
  return raw.maxThemes ?? settings.config.maxThemes ?? undefined;
}

export function bySetting(raw: RawOptions, settings: Settings): string[] {
  return raw.by !== undefined && raw.by.length > 0 ? [...raw.by] : [...settings.config.by];
}

/** `--ignore-terms a,b --ignore-terms c` and the config's ignoreTerms: lower-cased, each once, in order. */
export function ignoreTermsSetting(raw: RawOptions, settings: Settings): string[] {
  const fromFlag = (raw.ignoreTerms ?? []).flatMap((value) => value.split(','));
  const terms = [...settings.config.ignoreTerms, ...fromFlag].map((term) => term.trim().toLowerCase()).filter((term) => term !== '');
  return [...new Set(terms)];
}

/** The config's lexicon, then `--lexicon FILE` (its entries win for the same term). */
export async function lexiconSetting(raw: RawOptions, settings: Settings, io: CliIo): Promise<LexiconEntry[]> {
  const entries = new Map(settings.config.lexicon.map((entry) => [entry.term, entry] as const));
  if (raw.lexicon !== undefined) {
    const text = await readText(resolve(io.cwd, raw.lexicon), raw.lexicon, 'lexicon file');
    for (const entry of parseLexicon(text, raw.lexicon)) entries.set(entry.term, entry);
  }
  return [...entries.values()];
}

/** `--taxonomy FILE`, else the config's taxonomy (a path relative to the config file, or inline). */
export async function taxonomySetting(raw: RawOptions, settings: Settings, io: CliIo): Promise<{ readonly taxonomy: Taxonomy | undefined; readonly file: string | undefined }> {
  const { parseTaxonomy } = await import('../themes/index.js');
  if (raw.taxonomy !== undefined) {
    return { taxonomy: parseTaxonomy(await readTaxonomy(resolve(io.cwd, raw.taxonomy), raw.taxonomy), raw.taxonomy), file: raw.taxonomy };
  }
  const configured = settings.config.taxonomy;
  if (configured === null) return { taxonomy: undefined, file: undefined };
  if ('inline' in configured) return { taxonomy: parseTaxonomy(JSON.stringify(configured.inline, null, 2), `${settings.file} (taxonomy)`), file: undefined };
  const path = resolve(settings.folder, configured.path);
  return { taxonomy: parseTaxonomy(await readTaxonomy(path, configured.path), configured.path), file: path };
}

async function readTaxonomy(path: string, name: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CxError('file_not_found', 'taxonomy file not found', { file: name });
    throw new CxError('unreadable_input', `cannot read the taxonomy: ${(error as Error).message}`, { file: name });
  }
}
