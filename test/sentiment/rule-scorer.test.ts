import { describe, expect, it } from 'vitest';
import { expectLinear } from '../_linear.js';
import { createRuleScorer as createScorer, DEFAULT_THRESHOLDS, type SentimentLabel } from '../../src/sentiment/index.js';
import { tokenize } from '../../src/tokenize/index.js';

const scorer = createScorer();
const labelOf = (text: string): SentimentLabel => scorer.score(text).label;

// All sentences below are written for these tests (none come from the evaluation sets).
type Case = readonly [text: string, expected: SentimentLabel];

describe('createRuleScorer().score: negation with a scope', () => {
  const cases: readonly Case[] = [
    ['not bad at all', 'positive'],
    ['The courier was not bad, to be fair', 'positive'],
    ['no problems at all, very satisfied', 'positive'],
    ['I never had any problems with them', 'positive'],
    ['no complaints here', 'positive'],
    ["Can't complain, the price was right", 'positive'],
    ["couldn't be happier with the new sofa", 'positive'],
    ['Honestly could not be happier', 'positive'],
    ['never disappointed by this shop', 'positive'],
    ['not the worst airline I have flown', 'positive'],
    ['The app is not good', 'negative'],
    ["I don't think the staff were helpful", 'negative'],
    ["it doesn't work", 'negative'],
    ["my parcel still hasn't arrived", 'negative'],
    ["I can't sign in since the update", 'negative'],
    ['the videos will not play on my tablet', 'negative'],
    ['nobody replied to my email', 'negative'],
    ["couldn't be worse, honestly", 'negative'],
    ['not only fast but also cheap', 'positive'],
  ];
  it.each(cases)('%s → %s', (text, expected) => expect(labelOf(text)).toBe(expected));

  it('negation stops at clause punctuation: "not cheap, but lovely staff" keeps "lovely" positive', () => {
    const r = scorer.score('Not cheap, but lovely staff');
    const last = r.clauses[r.clauses.length - 1];
    expect(last?.score).toBeGreaterThan(0.05);
  });

  it('negation stops at "and": "not fast and the staff were lovely" has "lovely" unflipped', () => {
    const r = scorer.score('The checkout was not fast and the staff were lovely');
    const lovely = r.clauses[0]?.contributions.find((c) => c.term === 'lovely');
    const negations = r.clauses[0]?.contributions.filter((c) => c.source === 'negation') ?? [];
    expect(lovely?.effect).toBeGreaterThan(0);
    expect(negations).toHaveLength(1); // only "fast" is negated
  });
});

describe('createRuleScorer().score: contrast and concession', () => {
  it('"delivery was quick but support was rude" → clause 1 positive, clause 2 negative', () => {
    const text = 'delivery was quick but support was rude';
    const tokens = tokenize(text);
    const r = scorer.score(text, tokens);
    expect(r.clauses).toHaveLength(2);
    const [first, second] = r.clauses;
    expect(first?.score).toBeGreaterThan(0.05);
    expect(second?.score).toBeLessThan(-0.05);
    // token ranges index the given tokens: clause 2 starts at "but"
    expect(tokens[second?.tokenStart ?? -1]?.norm).toBe('but');
    expect(text.slice(first?.start, first?.end)).toBe('delivery was quick');
    expect(text.slice(second?.start, second?.end)).toBe('but support was rude');
    // the "but" clause weighs 1.5, the one before 0.5 (VADER's contrast weights)
    expect(first?.weight).toBe(0.5);
    expect(second?.weight).toBe(1.5);
    expect(r.label).toBe('negative');
  });

  it('"although X, Y": the concession weighs 0.5 and the main clause 1.5, once per sentence', () => {
    const r = scorer.score('Although the delivery was late, the product is great');
    expect(r.clauses.map((c) => c.weight)).toEqual([0.5, 1.5]);
    const two = scorer.score('Although it was late and although it was dented, the lamp is lovely');
    expect(two.clauses.map((c) => c.weight)).toEqual([0.5, 0.5, 1.5]);
  });

  const cases: readonly Case[] = [
    ['the app is great but checkout keeps failing', 'negative'],
    ['Checkout keeps failing, but the app is great', 'positive'],
    ['Delivery was late. However, the quality is excellent', 'positive'],
    ['Although the delivery was late, the product is great', 'positive'],
    ['The product is great, although the delivery was slow', 'positive'],
    ['Great product except the battery dies in an hour and it keeps crashing', 'negative'],
    ['Lovely staff. Terrible food though.', 'negative'],
    ['I expected nothing but trouble and it was lovely', 'positive'],
  ];
  it.each(cases)('%s → %s', (text, expected) => expect(labelOf(text)).toBe(expected));
});

describe('createRuleScorer().score: intensifiers, dampeners and emphasis', () => {
  it('an intensifier raises and a dampener lowers the score of the same word', () => {
    const plain = scorer.score('the service was good').score;
    const very = scorer.score('the service was very good').score;
    const bit = scorer.score('the service was slightly good').score;
    expect(very).toBeGreaterThan(plain);
    expect(bit).toBeLessThan(plain);
    expect(bit).toBeGreaterThan(0);
  });

  it('"kind of" dampens: "kind of disappointing" is milder than "disappointing"', () => {
    expect(scorer.score('it was kind of disappointing').score).toBeGreaterThan(scorer.score('it was disappointing').score);
  });

  it('ALL CAPS in mixed-case text adds VADER\'s 0.733 to the word', () => {
    const lower = scorer.score('the food was great').clauses[0];
    const caps = scorer.score('the food was GREAT').clauses[0];
    const capsEffect = caps?.contributions.find((c) => c.source === 'caps')?.effect;
    expect(capsEffect).toBeCloseTo(0.733, 10);
    expect(caps?.score).toBeGreaterThan(lower?.score ?? 1);
  });

  it('all-caps text is not emphasis (nothing to differ from)', () => {
    const caps = scorer.score('THE FOOD WAS GREAT').clauses[0];
    expect(caps?.contributions.some((c) => c.source === 'caps')).toBe(false);
  });

  it('"!!!" adds 3 × 0.292 in the direction of the clause; capped at 4', () => {
    // hand-worked: "great" = mean of VADER 3.1 and AFINN 3 × 0.8 = 2.75; x = 2.75 + 3×0.292; score = x / sqrt(x² + 15)
    const great = (3.1 + 3 * 0.8) / 2;
    const x = great + 3 * 0.292;
    expect(scorer.score('great!!!').score).toBeCloseTo(x / Math.sqrt(x * x + 15), 10);
    const x4 = great + 4 * 0.292;
    expect(scorer.score('great!!!!!!!').score).toBeCloseTo(x4 / Math.sqrt(x4 * x4 + 15), 10);
    expect(scorer.score('awful!!!').score).toBeLessThan(scorer.score('awful').score);
  });

  it('stretched words count as emphasis: "sooo goood" > "so good"', () => {
    expect(scorer.score('sooo goood').score).toBeGreaterThan(scorer.score('so good').score);
  });
});

describe('createRuleScorer().score: emoji and emoticons', () => {
  const cases: readonly Case[] = [
    ['👍', 'positive'],
    ['👍🏽', 'positive'],
    ['👍🏿👍🏿', 'positive'],
    ['❤️', 'positive'],
    ['❤', 'positive'],
    ['😡😡', 'negative'],
    ['arrived today 🙄', 'negative'],
    ['🤦‍♀️', 'negative'],
    [':)', 'positive'],
    ['sorted in 5 minutes :D', 'positive'],
    ['still waiting :(', 'negative'],
    ['meh :/', 'negative'],
    ['<3 this shop', 'positive'],
  ];
  it.each(cases)('%s → %s', (text, expected) => expect(labelOf(text)).toBe(expected));

  it('skin tones and VS16 do not change an emoji\'s value', () => {
    expect(scorer.score('👍🏽').score).toBe(scorer.score('👍').score);
    expect(scorer.score('❤️').score).toBe(scorer.score('❤').score);
  });

  it('adjacent emoji each count', () => {
    const one = scorer.score('😡').clauses[0]?.contributions.length;
    const two = scorer.score('😡😡').clauses[0]?.contributions.length;
    expect(one).toBe(1);
    expect(two).toBe(2);
  });
});

describe('createRuleScorer().score: questions and requests', () => {
  const cases: readonly Case[] = [
    ['is the store open on Sunday?', 'neutral'],
    ['how do I reset my password', 'neutral'],
    ['Can you help me change my delivery address?', 'neutral'],
    ['Please send me the invoice for order 4471', 'neutral'],
    ['how do I get a refund?', 'neutral'],
    ['When will my card arrive?', 'neutral'],
    ['why is my refund still not here??', 'negative'],
    ['Why does the app keep crashing?', 'negative'],
    ['What a great experience!', 'positive'],
  ];
  it.each(cases)('%s → %s', (text, expected) => expect(labelOf(text)).toBe(expected));
});

describe('createRuleScorer().score: customer-feedback wording', () => {
  const cases: readonly Case[] = [
    ["I've been on hold for 2 hours", 'negative'],
    ['Order was cancelled without any warning', 'negative'],
    ['charged twice for one order', 'negative'],
    ['the parcel never arrived', 'negative'],
    ['Still waiting for someone to call me back', 'negative'],
    ['out of stock again', 'negative'],
    ['Arrived early and well packed', 'positive'],
    ['Easy to use and on time', 'positive'],
    ['Issue resolved within minutes', 'positive'],
    ['The screen was broken when it arrived', 'negative'],
    ['I like the new menu', 'positive'],
    ['it looks like a phone from 2010', 'neutral'],
    ['Contacted customer support about my order', 'neutral'],
    ['I ordered a blue kettle on Monday', 'neutral'],
    // idioms of a let-down, whatever the words inside them would say alone
    ['the big finale falls flat', 'negative'],
    ['the sequel never took off', 'negative'],
    ['the new layout misses the mark', 'negative'],
    ['logging my hours has become a chore', 'negative'],
    ['the game ran out of steam by level ten', 'negative'],
    // a change made without telling the customer: "without" does not turn "warning" into praise
    ['my plan changed without any warning', 'negative'],
    ['the flight was moved without notice', 'negative'],
  ];
  it.each(cases)('%s → %s', (text, expected) => expect(labelOf(text)).toBe(expected));
});

describe('createRuleScorer().score: lacking, failing, warnings, expectations, names', () => {
  const cases: readonly Case[] = [
    // lack-type negators: what is lacked is negated
    ['The lead actor is completely lacking in charm', 'negative'],
    ['The sequel is devoid of humour', 'negative'],
    // "fail to" / "unable to": the following verb is negated
    ['The courier failed to deliver my parcel', 'negative'],
    ['The app was unable to connect', 'negative'],
    ['It fails to impress', 'negative'],
    // "not … enough" and "no" + a neutral noun
    ['The speaker is not loud enough', 'negative'],
    ['No instructions in the box', 'negative'],
    ['The battery has no life', 'negative'],
    // prohibitive warnings keep the negative word negative; reassurance does not
    ["Don't waste your money", 'negative'],
    ["Please don't waste your money on this", 'negative'],
    ['Do not make my mistake', 'negative'],
    ["Don't worry, it arrived fine", 'positive'],
    // unmet expectations and counterfactuals (irrealis): praise turns into disappointment
    ['I expected better', 'negative'],
    ['I was hoping for more', 'negative'],
    ['It could have been great', 'negative'],
    ['I wish it was easier to assemble', 'negative'],
    ['If you want a good kettle, look elsewhere', 'neutral'],
    ['better than expected', 'positive'],
    // comparatives after modal or "never"
    ['The staff have never looked happier', 'positive'],
    // title-case names are not opinions (unless the whole text is title case)
    ['Booked a room at the Grand Hotel on Friday', 'neutral'],
    ['Ordered from Best Buy last week', 'neutral'],
    ['Great Product Fast Shipping', 'positive'],
    // loyalty and churn: a verb of coming back + "again"
    ['Will definitely order again', 'positive'],
    ['I will never buy from them again', 'negative'],
    ["Won't be using this courier again", 'negative'],
    // prohibitive + purchase verb is a warning
    ['DO NOT ORDER from this shop', 'negative'],
    // a conditional blocks praise but not complaints
    ['If you use it in the rain, the seal leaks', 'negative'],
    // negated neutral verbs report failures
    ['The courier never came and nobody helped', 'negative'],
    ['The charger was not included', 'negative'],
    // delays stated as durations, recurring problems, churn and effort
    ['It came nearly two weeks later', 'negative'],
    ['Parcel turned up three days after the date you promised.', 'negative'],
    ['Delivered a week after the expected delivery date', 'negative'],
    ['Arrived two days after I ordered, great', 'positive'],
    ['The link kept expiring', 'negative'],
    ['They kept crashing', 'negative'],
    ['It keeps getting better', 'positive'],
    ['I expect better', 'negative'],
    ['Going elsewhere from now on', 'negative'],
    ['Arrived a day earlier than expected', 'positive'],
    ['Honestly shocking', 'negative'],
  ];
  it.each(cases)('%s → %s', (text, expected) => expect(labelOf(text)).toBe(expected));
});

describe('createRuleScorer().score: mixed and long comments', () => {
  // Comment score: X = Σ wᵢxᵢ, k = Σ wᵢ over opinionated clauses; S = X / sqrt(X² + 15·k) for k ≤ 3,
  // S = X / sqrt(X² + 15·k²/3) beyond (see docs/sentiment.md, "Comment score").
  const raw = (text: string): number =>
    scorer.score(text).clauses[0]?.contributions.reduce((sum, c) => sum + c.effect, 0) ?? NaN;

  it('a long evenly mixed comment does not saturate: 40 × (quick, rude) scores like its mean clause', () => {
    const quick = raw('The delivery was quick.');
    const rude = raw('The support agent was rude.');
    const r = scorer.score('The delivery was quick. The support agent was rude. '.repeat(40));
    expect(r.clauses).toHaveLength(80);
    // hand-worked: X = 40(quick + rude), k = 80 → S = X / sqrt(X² + 15·80²/3)
    const X = 40 * (quick + rude);
    expect(r.score).toBeCloseTo(X / Math.sqrt(X * X + (15 * 80 * 80) / 3), 10);
    expect(Math.abs(r.score)).toBeLessThan(0.3);
  });

  it('a long one-sided comment converges to x / sqrt(x² + 5), not to 1', () => {
    const x = raw('The staff were friendly.');
    const expected = x / Math.sqrt(x * x + 15 / 3);
    expect(scorer.score('The staff were friendly. '.repeat(30)).score).toBeCloseTo(expected, 10);
    expect(scorer.score('The staff were friendly. '.repeat(90)).score).toBeCloseTo(expected, 10);
    expect(expected).toBeLessThan(0.8);
  });

  it('two agreeing clauses add up: S = (x₁ + x₂) / sqrt((x₁ + x₂)² + 30)', () => {
    const a = raw('The food was lovely.');
    const b = raw('The view was great.');
    const r = scorer.score('The food was lovely. The view was great.');
    expect(r.score).toBeCloseTo((a + b) / Math.sqrt((a + b) ** 2 + 30), 10);
  });

  it('a neutral clause does not dilute the score (weight 0)', () => {
    const r = scorer.score('The food was cold. We went on a Tuesday.');
    expect(r.clauses[1]?.weight).toBe(0);
    expect(r.score).toBeCloseTo(scorer.score('The food was cold.').score, 12);
  });

  it('empty text and punctuation are neutral 0 with no clauses', () => {
    expect(scorer.score('')).toEqual({ score: 0, label: 'neutral', clauses: [] });
    expect(scorer.score('...').score).toBe(0);
  });
});

describe('createScorer: thresholds and lexicon options', () => {
  it('labels use ≥ positive and ≤ negative thresholds', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ positive: 0.05, negative: -0.05 });
    const strict = createScorer({ thresholds: { positive: 0.9, negative: -0.9 } });
    expect(strict.score('good').label).toBe('neutral');
    expect(scorer.score('good').label).toBe('positive');
  });

  it('extraLexicon adds a domain word', () => {
    const custom = createScorer({ extraLexicon: [{ term: 'backordered', valence: -1.5 }, { term: 'click and collect', valence: 0 }] });
    expect(scorer.score('my sofa is backordered').label).toBe('neutral');
    expect(custom.score('my sofa is backordered').label).toBe('negative');
  });

  it('words like "constructor" and "__proto__" are plain words, not prototype keys', () => {
    expect(scorer.score('constructor __proto__ toString hasOwnProperty').score).toBe(0);
  });

  it('does not mutate the tokens it is given and is deterministic', () => {
    const text = 'Fast delivery but the box was damaged 😡';
    const tokens = Object.freeze(tokenize(text).map((t) => Object.freeze(t)));
    const a = scorer.score(text, tokens);
    const b = scorer.score(text, tokens);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('createScorer({ collectContributions: false })', () => {
  const fast = createScorer({ collectContributions: false });
  // Written for this test: contrast, negation, emoji, a question and a clause without opinion.
  const texts = [
    'delivery was quick but support was rude',
    "not bad at all, can't complain 👍🏽",
    'How do I reset my password?',
    'Ordered on Monday. It came 3 weeks later!!! Never again.',
    '',
  ];
  it.each(texts)('same scores, labels, weights and ranges as the default: %s', (text) => {
    const full = scorer.score(text);
    const lean = fast.score(text);
    expect(lean.score).toBe(full.score);
    expect(lean.label).toBe(full.label);
    expect(lean.clauses.map((c) => ({ ...c, contributions: [] }))).toEqual(full.clauses.map((c) => ({ ...c, contributions: [] })));
  });
  it('gives every clause the same empty frozen contributions array; the default lists them', () => {
    const lean = fast.score('delivery was quick but support was rude');
    expect(lean.clauses).toHaveLength(2);
    for (const c of lean.clauses) {
      expect(c.contributions).toEqual([]);
      expect(Object.isFrozen(c.contributions)).toBe(true);
    }
    const full = scorer.score('delivery was quick but support was rude');
    expect(full.clauses[0]?.contributions.map((c) => c.term)).toContain('quick');
    expect(full.clauses[1]?.contributions.map((c) => c.term)).toContain('rude');
  });
});

describe('createRuleScorer().score: long inputs stay linear', () => {
  // A ratio guard (time on 4n vs n), not a wall-clock limit: see test/_linear.ts. `make(n)` builds
  // an input n units long; a quadratic pass over it would give a ratio near 16.
  const inputs: ReadonlyArray<readonly [string, (n: number) => string, number]> = [
    ['negator, n neutral words, 2n sentiment words', (n) => 'not ' + 'the parcel '.repeat(n / 2) + 'good '.repeat(n), 10_000],
    ['one clause of n mixed words', (n) => 'great but awful and not bad '.repeat(n / 6).replace(/but /g, ''), 10_000],
    ['n letters', (n) => 'a'.repeat(n), 200_000],
    ['n "!"', (n) => '!'.repeat(n), 100_000],
    ['emoji run', (n) => '😡👍🏽'.repeat(n), 10_000],
    ['n concessions in one sentence', (n) => 'although slow, great, '.repeat(n), 5_000],
    ['n contrasts in one sentence', (n) => 'fast but rude, '.repeat(n), 5_000],
  ];
  it.each(inputs)('%s', (_name, make, n) => {
    expect(Number.isFinite(scorer.score(make(n)).score)).toBe(true);
    expectLinear(make, (text) => scorer.score(text), n);
  });
});
