/**
 * Taxonomy files: an analyst-editable list of themes with match phrases.
 *
 *   { "version": 1,
 *     "themes": [
 *       { "id": "delivery", "label": "delivery / courier", "phrases": ["delivery", "courier", "parcel*"], "stage": "delivery" },
 *       { "id": "delivery-late", "label": "late", "phrases": ["late", "still waiting"], "parent": "delivery" } ] }
 *
 * A phrase matches a comment when its words appear in order as consecutive content words of one
 * clause (the stop words between them, as in "waste of time", are skipped on both sides). Words are
 * compared by Porter stem ("refunds" = "refund"); `refund*` matches any word starting with "refund";
 * `*` alone matches any one content word. A theme with a parent only matches rows its parent matches;
 * with `within` (a theme id) only rows that theme matches — discovery uses it for a specific issue
 * found inside one member of a broad parent.
 */
import { CxError } from '../errors.js';
import type { JourneyStage, Taxonomy, TaxonomyTheme, ThemeModel } from './types.js';
import { parseLocated, JsonSyntaxError, type Located } from './located-json.js';

export const journeyStages: readonly JourneyStage[] = ['awareness', 'purchase', 'delivery', 'use', 'support', 'renewal'];

/** The model's themes as a taxonomy: ids, labels, all keywords as phrases, parents; stages kept. */
export function toTaxonomy(model: ThemeModel): Taxonomy {
  const themes: TaxonomyTheme[] = [];
  const ids = new Set(model.themes.map((t) => t.id));
  // parents before children, each in model order
  const ordered = [...model.themes.filter((t) => t.parent === null), ...model.themes.filter((t) => t.parent !== null)];
  for (const theme of ordered) {
    const entry: { id: string; label: string; phrases: string[]; describedBy?: string[]; parent?: string; within?: string; stage?: JourneyStage } = {
      id: theme.id,
      label: theme.label,
      phrases: [...theme.keywords],
    };
    if (theme.describedBy !== undefined && theme.describedBy.length > 0) entry.describedBy = [...theme.describedBy];
    if (theme.parent !== null && ids.has(theme.parent)) entry.parent = theme.parent;
    if (theme.within !== undefined && ids.has(theme.within)) entry.within = theme.within;
    if (theme.stage !== null) entry.stage = theme.stage;
    themes.push(entry);
  }
  return { version: 1, themes };
}

const fieldsAllowed = new Set(['id', 'label', 'phrases', 'describedBy', 'parent', 'within', 'stage', 'description']);

/** Parses and validates a taxonomy file; throws CxError('invalid_taxonomy') naming line and field. */
export function parseTaxonomy(text: string, file: string): Taxonomy {
  const error = (message: string, line: number, column?: string): never => {
    throw new CxError('invalid_taxonomy', `${file}: line ${line}: ${message}`, column === undefined ? { file, line } : { file, line, column });
  };
  let root: Located;
  try {
    root = parseLocated(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return error(e.message, e.line);
    throw e;
  }
  if (root.kind !== 'object') return error('expected a JSON object with "version" and "themes"', root.line);
  const field = (obj: Located & { kind: 'object' }, name: string) => obj.entries.find((e) => e.key === name);
  const version = field(root, 'version');
  if (version === undefined) return error('missing field "version" (expected 1)', root.line, 'version');
  if (version.value.kind !== 'number' || version.value.value !== 1) {
    return error('field "version": expected 1', version.value.line, 'version');
  }
  const list = field(root, 'themes');
  if (list === undefined) return error('missing field "themes" (a list of themes)', root.line, 'themes');
  if (list.value.kind !== 'array') return error('field "themes": expected a list', list.value.line, 'themes');

  const themes: TaxonomyTheme[] = [];
  const seen = new Map<string, number>();
  const parents: { id: string; parent: string; line: number }[] = [];
  const withins: { id: string; within: string; line: number }[] = [];
  list.value.items.forEach((item, i) => {
    const where = `themes[${i}]`;
    if (item.kind !== 'object') return error(`${where}: expected an object with "id", "label" and "phrases"`, item.line, where);
    for (const entry of item.entries) {
      if (!fieldsAllowed.has(entry.key)) {
        error(`${where}: unknown field "${entry.key}" (allowed: ${[...fieldsAllowed].join(', ')})`, entry.keyLine, `${where}.${entry.key}`);
      }
    }
    const text = (name: string, required: boolean): { value: string; line: number } | undefined => {
      const entry = field(item, name);
      if (entry === undefined) {
        if (required) error(`${where}: missing field "${name}"`, item.line, `${where}.${name}`);
        return undefined;
      }
      if (entry.value.kind !== 'string' || entry.value.value.trim() === '') {
        return error(`${where}.${name}: expected a non-empty string`, entry.value.line, `${where}.${name}`);
      }
      return { value: entry.value.value.trim(), line: entry.value.line };
    };
    const id = text('id', true)!;
    if (!/^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u.test(id.value)) {
      error(`${where}.id: "${id.value}" must be letters, digits, "-", "_" or "." (no spaces)`, id.line, `${where}.id`);
    }
    const previous = seen.get(id.value);
    if (previous !== undefined) error(`${where}.id: duplicate id "${id.value}" (first used on line ${previous})`, id.line, `${where}.id`);
    seen.set(id.value, id.line);
    const label = text('label', true)!;
    const phrasesEntry = field(item, 'phrases');
    if (phrasesEntry === undefined) return error(`${where}: missing field "phrases"`, item.line, `${where}.phrases`);
    if (phrasesEntry.value.kind !== 'array' || phrasesEntry.value.items.length === 0) {
      return error(`${where}.phrases: expected a non-empty list of strings`, phrasesEntry.value.line, `${where}.phrases`);
    }
    const phraseList = (name: 'phrases' | 'describedBy', items: readonly Located[]): string[] => {
      const out: string[] = [];
      items.forEach((p, j) => {
        if (p.kind !== 'string') return error(`${where}.${name}[${j}]: expected a string`, p.line, `${where}.${name}[${j}]`);
        const phrase = p.value.trim().replace(/\s+/g, ' ');
        if (phrase === '') return error(`${where}.${name}[${j}]: empty phrase`, p.line, `${where}.${name}[${j}]`);
        if (phrase.split(' ').every((w) => w === '*')) {
          return error(`${where}.${name}[${j}]: "${phrase}" matches everything (use at least one word)`, p.line, `${where}.${name}[${j}]`);
        }
        out.push(phrase);
      });
      return out;
    };
    const phrases = phraseList('phrases', phrasesEntry.value.items);
    const describedByEntry = field(item, 'describedBy');
    if (describedByEntry !== undefined && describedByEntry.value.kind !== 'array') {
      return error(`${where}.describedBy: expected a list of strings`, describedByEntry.value.line, `${where}.describedBy`);
    }
    const describedBy = describedByEntry === undefined || describedByEntry.value.kind !== 'array' ? [] : phraseList('describedBy', describedByEntry.value.items);
    const parent = text('parent', false);
    const within = text('within', false);
    const stage = text('stage', false);
    if (stage !== undefined && !(journeyStages as readonly string[]).includes(stage.value)) {
      error(`${where}.stage: "${stage.value}" is not a journey stage (allowed: ${journeyStages.join(', ')})`, stage.line, `${where}.stage`);
    }
    const theme: { id: string; label: string; phrases: string[]; describedBy?: string[]; parent?: string; within?: string; stage?: JourneyStage } = {
      id: id.value,
      label: label.value,
      phrases,
    };
    if (describedBy.length > 0) theme.describedBy = describedBy;
    if (parent !== undefined) {
      theme.parent = parent.value;
      parents.push({ id: id.value, parent: parent.value, line: parent.line });
    }
    if (within !== undefined) {
      theme.within = within.value;
      withins.push({ id: id.value, within: within.value, line: within.line });
    }
    if (stage !== undefined) theme.stage = stage.value as JourneyStage;
    themes.push(theme);
  });
  const byId = new Map(themes.map((t) => [t.id, t]));
  for (const { id, parent, line } of parents) {
    if (!byId.has(parent)) error(`theme "${id}": unknown parent "${parent}" (no theme has that id)`, line, 'parent');
    // cycles: follow the parent chain
    let at: string | undefined = parent;
    for (let steps = 0; at !== undefined; steps++) {
      if (at === id || steps > themes.length) error(`theme "${id}": parent chain loops back to itself`, line, 'parent');
      at = byId.get(at)?.parent;
    }
  }
  // a theme matches inside its `within` theme (else its parent): that chain must end too
  const gate = (t: TaxonomyTheme | undefined): string | undefined => t?.within ?? t?.parent;
  for (const { id, within, line } of withins) {
    if (!byId.has(within)) error(`theme "${id}": unknown within "${within}" (no theme has that id)`, line, 'within');
    let at: string | undefined = within;
    for (let steps = 0; at !== undefined; steps++) {
      if (at === id || steps > themes.length) error(`theme "${id}": within chain loops back to itself`, line, 'within');
      at = gate(byId.get(at));
    }
  }
  return { version: 1, themes };
}
