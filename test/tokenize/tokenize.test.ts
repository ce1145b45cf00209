import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/tokenize/index.js';
import { expectLinear } from '../_linear.js';

const show = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.norm}`);

describe('tokenize keeps special tokens whole', () => {
  // Expected tokens written by hand.
  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['see https://shop.example.com/o?id=12&x=(a). ok', ['word:see', 'url:https://shop.example.com/o?id=12&x=(a)', 'punct:.', 'word:ok']],
    ['(www.example.co.uk/help)', ['punct:(', 'url:www.example.co.uk/help', 'punct:)']],
    ['mail Jane.Doe+cx@mail.example.org, thanks', ['word:mail', 'email:jane.doe+cx@mail.example.org', 'punct:,', 'word:thanks']],
    ['@ShopHelp why?? #fail #NeverAgain', ['mention:@shophelp', 'word:why', 'punct:??', 'hashtag:#fail', 'hashtag:#neveragain']],
    ['great 👍🏽👍 ok', ['word:great', 'emoji:👍🏽', 'emoji:👍', 'word:ok']],
    ['love it ❤️!!', ['word:love', 'word:it', 'emoji:❤️', 'punct:!!']],
    ['family 👨‍👩‍👧‍👦 flag 🇬🇧🇫🇷', ['word:family', 'emoji:👨‍👩‍👧‍👦', 'word:flag', 'emoji:🇬🇧', 'emoji:🇫🇷']],
    ['woman tech 👩🏾‍💻 keycap 1️⃣', ['word:woman', 'word:tech', 'emoji:👩🏾‍💻', 'word:keycap', 'emoji:1️⃣']],
    ['nice :) bad :-( lol :D <3 ;) meh :/ :)))', ['word:nice', 'emoticon::)', 'word:bad', 'emoticon::-(', 'word:lol', 'emoticon::D', 'emoticon:<3', 'emoticon:;)', 'word:meh', 'emoticon::/', 'emoticon::)))']],
    ['see (note): fine', ['word:see', 'punct:(', 'word:note', 'punct:)', 'punct::', 'word:fine']],
    ['time: 10:30, xD', ['word:time', 'punct::', 'number:10:30', 'punct:,', 'emoticon:xD']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});

describe('tokenize words, contractions and numbers', () => {
  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    ["I don't, can't, won't; it isn't", ['word:i', "word:don't", 'punct:,', "word:can't", 'punct:,', "word:won't", 'punct:;', 'word:it', "word:isn't"]],
    ['I’ve WAITED – Don’t', ["word:i've", 'word:waited', 'punct:–', "word:don't"]],
    ['check-out was 2.5 hours, 10% off, $20 back after 24h', ['word:check-out', 'word:was', 'number:2.5', 'word:hours', 'punct:,', 'number:10%', 'word:off', 'punct:,', 'number:$20', 'word:back', 'word:after', 'number:24h']],
    ['1,299.99 and 2nd', ['number:1,299.99', 'word:and', 'number:2nd']],
    ['Wait... what?!? no!!!', ['word:wait', 'punct:...', 'word:what', 'punct:?!?', 'word:no', 'punct:!!!']],
    ['café naïve Straße', ['word:café', 'word:naïve', 'word:straße']],
    ["customers' rights", ["word:customers", "punct:'", 'word:rights']],
    // The ASCII fast path must agree with the Unicode pattern at its edges (expected tokens written by hand):
    ['snake_case x_-y a-_b', ['word:snake_case', 'word:x_-y', 'word:a', 'punct:-', 'punct:_', 'word:b']],
    ['It’S well-known-ish', ["word:it's", 'word:well-known-ish']],
    ['re-élu café-bar naïve-ish', ['word:re-élu', 'word:café-bar', 'word:naïve-ish']],
    ['ok… fine’', ['word:ok', 'punct:…', 'word:fine', 'punct:’']],
    ['GREAT!!', ['word:great', 'punct:!!']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});

describe('tokenize offsets', () => {
  it('every token is text.slice(start, end), in order, never overlapping', () => {
    const text = 'Hi @bob 👍🏽 — can’t log in!!! https://x.io/a. 5⭐ :)';
    const tokens = tokenize(text);
    let last = 0;
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(last);
      last = t.end;
    }
    expect(tokens.map((t) => t.text).join('')).toBe(text.replace(/\s+/g, ''));
  });
  it('empty and whitespace-only text give no tokens', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \t\n\u00a0')).toEqual([]);
  });
});

describe('tokenize runs in linear time', () => {
  // A ratio guard (time on 4n vs n characters), not a wall-clock limit: see test/_linear.ts.
  // Each case repeats a unit; `count(units)` is the expected number of tokens (-1: not checked).
  const n = 50_000;
  const inputs: ReadonlyArray<readonly [string, string, (units: number) => number]> = [
    ['aaaa…', 'a', () => 1],
    ['!!!!…', '!', () => 1],
    ['emoji…', '😀', (units) => units],
    ['a-a-a-…', 'a-', () => 2],
    ['::::…', ':', () => 1],
    ['a@b.a@b.…', 'a@b.', () => -1],
  ];
  it.each(inputs)('%s', (_name, unit, count) => {
    const units = Math.ceil(n / unit.length);
    const expected = count(units);
    if (expected >= 0) expect(tokenize(unit.repeat(units)).length).toBe(expected);
    expectLinear((size) => unit.repeat(Math.ceil(size / unit.length)), tokenize, n);
  });
});
