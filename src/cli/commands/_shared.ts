// Shared by the command handlers: the settings every pipeline command takes, and the stderr notes.
import type { ColumnMapping, ColumnOverrides } from '../../columns/types.js';
import type { InputSummary } from '../../pipeline/types.js';
import { columnsNote, ledgerNotes, warningNotes } from '../../render/notes.js';
import { terminalSafe } from '../../escape/index.js';
import { parseWhere, type WhereCondition } from '../../filter/index.js';
import type { CxEntry } from '../../sentiment/index.js';
import type { Thresholds } from '../../sentiment/types.js';
import type { Taxonomy } from '../../themes/types.js';
import { note, type CliIo } from '../io.js';
import type { RawOptions } from '../options.js';
import {
  columnSettings, dateFormatSetting, ignoreTermsSetting, lexiconSetting, loadSettings, maxThemesSetting, taxonomySetting, thresholdSettings,
  type Settings,
} from '../settings.js';

/** What every pipeline command takes from the flags and cx.config.json together. */
export type Common = {
  readonly settings: Settings;
  readonly columns: ColumnOverrides;
  readonly thresholds: Thresholds | undefined;
  readonly dateFormat: 'ymd' | 'mdy' | 'dmy' | undefined;
  readonly maxThemes: number | undefined;
  readonly taxonomy: Taxonomy | undefined;
  /** Files read besides the input (never written over by --output). */
  readonly taxonomyFile: string | undefined;
  readonly extraLexicon: readonly CxEntry[];
  readonly ignoreTerms: readonly string[];
  /** `--threads`; when absent the pipeline's default (the available cores, at most 4). */
  readonly threads: number | undefined;
  /** `--where` conditions (empty: every record). */
  readonly where: readonly WhereCondition[];
};

export async function commonSettings(raw: RawOptions, io: CliIo): Promise<Common> {
  const settings = await loadSettings(raw, io);
  const { taxonomy, file } = await taxonomySetting(raw, settings, io);
  return {
    settings,
    columns: columnSettings(raw, settings),
    thresholds: thresholdSettings(raw, settings),
    dateFormat: dateFormatSetting(raw, settings),
    maxThemes: maxThemesSetting(raw, settings),
    taxonomy,
    taxonomyFile: file,
    extraLexicon: await lexiconSetting(raw, settings, io),
    ignoreTerms: ignoreTermsSetting(raw, settings),
    threads: raw.threads,
    where: (raw.where ?? []).map(parseWhere),
  };
}

/** The optional pipeline fields of Common, only those set (so option objects stay minimal). */
export function commonOptions(common: Common): {
  readonly dateFormat?: 'ymd' | 'mdy' | 'dmy';
  readonly thresholds?: Thresholds;
  readonly maxThemes?: number;
  readonly taxonomy?: Taxonomy;
  readonly extraLexicon?: readonly CxEntry[];
  readonly ignoreTerms?: readonly string[];
  readonly threads?: number;
  readonly where?: readonly WhereCondition[];
} {
  return {
    ...(common.where.length === 0 ? {} : { where: common.where }),
    ...(common.threads === undefined ? {} : { threads: common.threads }),
    ...(common.dateFormat === undefined ? {} : { dateFormat: common.dateFormat }),
    ...(common.thresholds === undefined ? {} : { thresholds: common.thresholds }),
    ...(common.maxThemes === undefined ? {} : { maxThemes: common.maxThemes }),
    ...(common.taxonomy === undefined ? {} : { taxonomy: common.taxonomy }),
    ...(common.extraLexicon.length === 0 ? {} : { extraLexicon: common.extraLexicon }),
    ...(common.ignoreTerms.length === 0 ? {} : { ignoreTerms: common.ignoreTerms }),
  };
}

/**
 * 'columns: text=content (layout), …, rating scale 1-5; layout: Google Play scraper; config: cx.config.json',
 * then one line per detection note (close calls, question wording).
 */
export function mappingNotes(mapping: ColumnMapping, configFile: string | null): string[] {
  let line = columnsNote(mapping);
  if (mapping.csat !== null && mapping.csatScale !== undefined && mapping.csatScale !== null) line += `, csat scale ${mapping.csatScale.min}-${mapping.csatScale.max}`;
  if (mapping.layout !== undefined && mapping.layout !== null) line += `; layout: ${mapping.layout}`;
  if (configFile !== null) line += `; config: ${terminalSafe(configFile)}`;
  return [line, ...(mapping.notes ?? []).map((text) => `columns: ${terminalSafe(text)}`)];
}

export function printNotes(
  io: CliIo,
  quiet: boolean,
  result: { readonly columns: ColumnMapping; readonly input: InputSummary; readonly warnings: readonly string[] },
  configFile: string | null = null,
  label = '',
  /** false when the result itself shows the ledger and warnings on the same terminal (table on a TTY): say them once. */
  ledger = true,
): void {
  if (quiet) return;
  const prefix = label === '' ? '' : `${label}: `;
  for (const line of mappingNotes(result.columns, configFile)) note(io, false, prefix + line);
  if (!ledger) return;
  for (const line of ledgerNotes(result.input)) note(io, false, prefix + line);
  for (const line of warningNotes(result.warnings)) note(io, false, prefix + line);
}
