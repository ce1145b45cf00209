import { describe, expect, it } from 'vitest';
import { CxError } from '../../src/errors.js';
import { discoverThemes, parseTaxonomy, toTaxonomy, type Taxonomy } from '../../src/themes/index.js';
import { tokenize } from '../../src/tokenize/index.js';
import { doc } from './helpers.js';
import { retailComments } from './retail-comments.js';

const docs = retailComments.map((t) => doc(t));
const discovered = discoverThemes(docs, {});

describe('toTaxonomy', () => {
  it('writes version 1 with every theme: id, label, all keywords as phrases, parent', () => {
    const taxonomy = toTaxonomy(discovered);
    expect(taxonomy.version).toBe(1);
    expect(taxonomy.themes.map((t) => t.id).sort()).toEqual(discovered.themes.map((t) => t.id).sort());
    for (const t of taxonomy.themes) {
      const theme = discovered.themes.find((d) => d.id === t.id)!;
      expect(t.label).toBe(theme.label);
      expect(t.phrases).toEqual(theme.keywords);
      expect(t.parent).toBe(theme.parent ?? undefined);
    }
  });

  it('round-trips: export → JSON → parse → apply gives the same ids, labels and row sets', () => {
    const taxonomy = parseTaxonomy(JSON.stringify(toTaxonomy(discovered), null, 2), 'themes.json');
    const applied = discoverThemes(docs, { taxonomy });
    const fromTaxonomy = applied.themes.filter((t) => t.origin === 'taxonomy');
    // guaranteed exactly: a discovered theme's rows are the rows containing one of its keywords
    // (within its parent's rows), which is what applying the same phrases matches
    expect(fromTaxonomy.map((t) => [t.id, t.label, t.rows])).toEqual(discovered.themes.map((t) => [t.id, t.label, t.rows]));
    // whatever emerges beside it comes only from rows no theme held before
    const held = new Set(discovered.themes.flatMap((t) => t.rows));
    for (const t of applied.themes.filter((x) => x.origin === 'emerging')) for (const r of t.rows) expect(held.has(r)).toBe(false);
  });
});

describe('applying a taxonomy: describedBy', () => {
  const texts = ['so slow and loud', 'the fan is loud', 'slow delivery again', 'delivery was fine', 'nothing to add here'];
  const own = texts.map((t) => doc(t));
  const taxonomy: Taxonomy = {
    version: 1,
    themes: [
      { id: 'noise', label: 'Noise', phrases: ['fan'], describedBy: ['loud'] },
      { id: 'delivery', label: 'Delivery', phrases: ['delivery'], describedBy: ['slow'] },
    ],
  };
  const model = discoverThemes(own, { taxonomy });
  const rows = (id: string) => model.themes.find((t) => t.id === id)?.rows;

  it('places a comment that names no theme by the words that describe one (each such theme)', () => {
    // row 0 names neither "fan" nor "delivery": "slow" and "loud" place it in both
    expect(rows('noise')).toEqual([0, 1]);
    expect(rows('delivery')).toEqual([0, 2, 3]);
  });

  it('never adds a describing word to a comment that names a theme ("slow delivery" is not noise)', () => {
    expect(rows('noise')).not.toContain(2);
  });

  it('parses describedBy and rejects what is not a list of phrases', () => {
    const parsed = parseTaxonomy(JSON.stringify(taxonomy), 't.json');
    expect(parsed.themes[0]?.describedBy).toEqual(['loud']);
    const bad = { version: 1, themes: [{ id: 'a', label: 'A', phrases: ['a'], describedBy: 'loud' }] };
    expect(() => parseTaxonomy(JSON.stringify(bad), 't.json')).toThrow(/describedBy: expected a list of strings/);
  });
});

describe('applying a taxonomy', () => {
  const texts = [
    'Refunds are slow',
    'the refund never came',
    'I was refunded twice',
    'charged me twice for one order',
    'charged twice',
    'delivery was late',
    'late again',
    'the app is late to load',
  ];
  const own = texts.map((t) => doc(t));
  const taxonomy: Taxonomy = {
    version: 1,
    themes: [
      { id: 'refunds', label: 'Refunds', phrases: ['refund*'] },
      { id: 'double-charge', label: 'Charged twice', phrases: ['charged * twice', 'charged twice'], stage: 'purchase' },
      { id: 'delivery', label: 'Delivery', phrases: ['delivery'], stage: 'delivery' },
      { id: 'delivery-late', label: 'Late', phrases: ['late'], parent: 'delivery' },
    ],
  };
  const model = discoverThemes(own, { taxonomy });
  const rows = (id: string) => model.themes.find((t) => t.id === id)?.rows;

  it('matches prefixes with "word*" and any one content word with "*"', () => {
    expect(rows('refunds')).toEqual([0, 1, 2]);
    // "charged me twice": "me" is a stop word, so the content words are charged, twice → "charged twice";
    // "charged * twice" needs one content word between them ("order" is after "twice")
    expect(rows('double-charge')).toEqual([3, 4]);
  });

  it('matches a child theme only where its parent matches', () => {
    expect(rows('delivery')).toEqual([5]);
    expect(rows('delivery-late')).toEqual([5]); // "late again" and "late to load" have no delivery
  });

  it('matches a theme with "within" only where that theme matches (not just its parent)', () => {
    const narrowed: Taxonomy = {
      version: 1,
      themes: [
        { id: 'money', label: 'Money', phrases: ['refund*', 'charged'] },
        { id: 'refunds', label: 'Refunds', phrases: ['refund*'], parent: 'money' },
        { id: 'twice', label: 'Twice', phrases: ['twice'], parent: 'money', within: 'refunds' },
      ],
    };
    const m = discoverThemes(own, { taxonomy: narrowed });
    const r = (id: string) => m.themes.find((t) => t.id === id)!;
    // hand-checked: "twice" is in rows 2 (refunded twice), 3 and 4 (charged twice); only row 2 is a refund row
    expect(r('money').rows).toEqual([0, 1, 2, 3, 4]);
    expect(r('twice').rows).toEqual([2]);
    expect([r('twice').parent, r('twice').within]).toEqual(['money', 'refunds']);
    const back = parseTaxonomy(JSON.stringify(toTaxonomy(m)), 'x.json');
    expect(back.themes.find((t) => t.id === 'twice')!.within).toBe('refunds');
  });

  it('keeps stage, parent and origin from the taxonomy', () => {
    const t = model.themes.find((x) => x.id === 'delivery-late')!;
    expect([t.parent, t.stage, t.origin]).toEqual(['delivery', null, 'taxonomy']);
    expect(model.themes.find((x) => x.id === 'delivery')!.stage).toBe('delivery');
  });

  it('scores a theme by the clauses that mention it (aspect sentiment)', () => {
    const text = 'The staff were lovely, but the delivery was late';
    const tokens = tokenize(text);
    const cut = tokens.findIndex((t) => t.norm === 'but');
    const mixed = {
      tokens,
      clauses: [
        { tokenStart: 0, tokenEnd: cut, start: 0, end: tokens[cut]!.start, score: 0.6, weight: 1, contributions: [] },
        { tokenStart: cut, tokenEnd: tokens.length, start: tokens[cut]!.start, end: text.length, score: -0.4, weight: 1, contributions: [] },
      ],
      score: -0.1,
    };
    const staff: Taxonomy = { version: 1, themes: [{ id: 'staff', label: 'Staff', phrases: ['staff'] }, ...taxonomy.themes] };
    const m = discoverThemes([mixed, doc('delivery', 0.3)], { taxonomy: staff });
    const get = (id: string) => m.themes.find((t) => t.id === id)!;
    expect(get('staff').aspectScores).toEqual([0.6]);
    expect(get('delivery').aspectScores).toEqual([-0.4, 0.3]); // second doc: its one clause
    expect(get('delivery-late').aspectScores).toEqual([-0.4]);
  });
});

describe('parseTaxonomy errors name the line and field', () => {
  const fail = (text: string): CxError => {
    try {
      parseTaxonomy(text, 'themes.json');
    } catch (e) {
      return e as CxError;
    }
    throw new Error('expected an error');
  };
  const file = (themes: string) => `{\n  "version": 1,\n  "themes": [\n${themes}\n  ]\n}`;

  it.each([
    ['not JSON', '{\n  "version": 1,\n  "themes": [\n    { "id": "a" \n  ]\n}', 5, /expected "," or "}"/],
    ['missing id', file('    {\n      "label": "A",\n      "phrases": ["a"]\n    }'), 4, /themes\[0\]: missing field "id"/],
    ['missing label', file('    { "id": "a", "phrases": ["a"] }'), 4, /missing field "label"/],
    ['missing phrases', file('    { "id": "a", "label": "A" }'), 4, /missing field "phrases"/],
    ['duplicate id', file('    { "id": "a", "label": "A", "phrases": ["a"] },\n    {\n      "id": "a",\n      "label": "B", "phrases": ["b"] }'), 6, /duplicate id "a" \(first used on line 4\)/],
    ['unknown parent', file('    { "id": "a", "label": "A", "phrases": ["a"],\n      "parent": "zz" }'), 5, /unknown parent "zz"/],
    ['bad stage', file('    { "id": "a", "label": "A", "phrases": ["a"],\n\n      "stage": "checkout" }'), 6, /allowed: awareness, purchase, delivery, use, support, renewal/],
    ['empty phrase', file('    { "id": "a", "label": "A", "phrases": [\n      "ok",\n      "  "\n    ] }'), 6, /phrases\[1\]: empty phrase/],
    ['wrong version', '{ "themes": [],\n  "version": 2 }', 2, /"version": expected 1/],
    ['parent loop', file('    { "id": "a", "label": "A", "phrases": ["a"], "parent": "b" },\n    { "id": "b", "label": "B", "phrases": ["b"], "parent": "a" }'), 4, /loops back/],
    ['unknown within', file('    { "id": "a", "label": "A", "phrases": ["a"] },\n    { "id": "b", "label": "B", "phrases": ["b"], "parent": "a",\n      "within": "zz" }'), 6, /unknown within "zz"/],
    ['within loop', file('    { "id": "a", "label": "A", "phrases": ["a"], "within": "b" },\n    { "id": "b", "label": "B", "phrases": ["b"], "within": "a" }'), 4, /within chain loops back/],
  ])('%s', (_name, text, line, message) => {
    const error = fail(text);
    expect(error).toBeInstanceOf(CxError);
    expect(error.code).toBe('invalid_taxonomy');
    expect(error.line).toBe(line);
    expect(error.file).toBe('themes.json');
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`line ${line}`);
  });

  it('accepts a valid file with a UTF-8 BOM and returns its themes', () => {
    const t = parseTaxonomy('\uFEFF{"version":1,"themes":[{"id":"late","label":"Late","phrases":["late*"],"stage":"delivery"}]}', 'x.json');
    expect(t).toEqual({ version: 1, themes: [{ id: 'late', label: 'Late', phrases: ['late*'], stage: 'delivery' }] });
  });

  it('is safe with __proto__ and constructor as ids and phrases', () => {
    const t = parseTaxonomy('{"version":1,"themes":[{"id":"constructor","label":"__proto__","phrases":["__proto__","constructor","hasOwnProperty"]}]}', 'x.json');
    expect(t.themes[0]!.id).toBe('constructor');
    const m = discoverThemes([doc('the constructor was late'), doc('toString valueOf')], { taxonomy: t });
    expect(m.themes.find((x) => x.id === 'constructor')!.rows).toEqual([0]);
  });
});
