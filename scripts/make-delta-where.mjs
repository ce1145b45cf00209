#!/usr/bin/env node
// Deterministic generator for the "where and why" delta fixtures (issue 20). Same script, same bytes.
//
//   node scripts/make-delta-where.mjs            # writes fixtures/delta-where-*.csv
//   node scripts/make-delta-where.mjs --out DIR  # writes them somewhere else (to compare)
//
// An imaginary broadband provider; every sentence below was written for cx (nothing from
// ../shared/data). Two quarters, 2025-Q1 (baseline) and 2025-Q2 (current), the last row dated
// 2025-06-30 so `--period quarter` compares exactly these two quarters.
//
// - delta-where-region.csv: NPS falls in region North only; there a new complaint (outages)
//   replaces 30% of the Q2 answers with detractors. Elsewhere Q1 and Q2 come from one process.
// - delta-where-mix.csv: phone answers go from 20% to 40% of the sample; inside each channel the
//   score distribution is the same in both quarters (pure mix).
// - delta-where-control.csv: one process for both quarters: nothing should be flagged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../fixtures/mulberry32.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : join(root, 'fixtures');
mkdirSync(outDir, { recursive: true });


const POSITIVE = [
  'The speed is great, streaming never buffers.',
  'Fast and steady connection all month.',
  'The engineer arrived on time and left everything tidy.',
  'Installation took less than an hour, very smooth.',
  'Support answered quickly and sorted my question.',
  'The new router covers the whole house, even the garden.',
  'Fair price for the speed we get.',
  'Switching to fibre was the best decision this year.',
  'Friendly staff on the phone, no script reading.',
  'Gaming latency is low and stable in the evenings.',
];
const NEGATIVE = [
  'I was billed twice this month and nobody explains why.',
  'The bill went up again without any warning.',
  'Waited forty minutes on hold before support picked up.',
  'Support kept transferring me between departments.',
  'In the evenings the speed drops to a crawl.',
  'Video calls freeze every afternoon, the speed is nowhere near what I pay for.',
  'The router keeps restarting by itself.',
  'The router lost its settings twice this week.',
  'The engineer never showed up for the appointment.',
  'Cancelling the old contract took three phone calls.',
];
const NEUTRAL = [
  'It does the job most days.',
  'Speed is fine, the app could be clearer.',
  'Average service, nothing special.',
  'Installation was fine but the router looks cheap.',
  'Price is ok, support is slow to answer emails.',
  'Works as expected, billing emails are confusing.',
];
/** The planted complaint of delta-where-region.csv (region North, Q2 only). */
const OUTAGE = [
  'A full day outage and nobody told us when it would be fixed.',
  'Third outage this month, I work from home and lost a whole day.',
  'The outage in our street lasted the whole weekend.',
  'Another outage last night and no compensation offered.',
  'Outage after outage since April, I am looking at other providers.',
  'The outage map said everything was fine while we had no internet for hours.',
  'Two outages in one week, the status page never mentioned them.',
];
const TAILS = ['', '', '', ' Thanks.', ' Please fix it.', ' Overall ok.', ' Would like an update.', ' Kind regards.'];

function makeWriter(seed) {
  const random = mulberry32(seed);
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  // Scores 0-10: promoter 9-10, passive 7-8, detractor 0-6.
  /** A score drawn at random from a class mix. */
  const score = (shares) => {
    const r = random();
    if (r < shares.promoter) return 9 + int(2);
    if (r < shares.promoter + shares.passive) return 7 + int(2);
    return int(7);
  };
  const comment = (value, planted) => {
    if (planted) return pick(OUTAGE) + pick(TAILS);
    const bank = value >= 9 ? POSITIVE : value >= 7 ? NEUTRAL : NEGATIVE;
    const first = pick(bank);
    let second = random() < 0.35 ? pick(bank) : '';
    if (second === first) second = '';
    return (second === '' ? first : `${first} ${second}`) + pick(TAILS);
  };
  const dateIn = (quarter, index, count) => {
    // Spread over the quarter's days; the last row of Q2 falls on 2025-06-30.
    const start = quarter === 1 ? Date.UTC(2025, 0, 1) : Date.UTC(2025, 3, 1);
    const days = quarter === 1 ? 90 : 91;
    const day = Math.min(days - 1, Math.floor((index * days) / count));
    const seconds = 6 * 3600 + int(15 * 3600);
    return new Date(start + day * 86400000 + seconds * 1000).toISOString().replace('.000Z', 'Z');
  };
  return { random, int, pick, score, comment, dateIn };
}

const csvField = (value) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function write(name, header, rows) {
  const text = [header.join(','), ...rows.map((row) => row.map((value) => csvField(String(value))).join(','))].join('\n') + '\n';
  writeFileSync(join(outDir, name), text);
}

/**
 * Rows of one quarter: `cells` = [{ region, channel, count, shares, plantedShare }]. `exact`: each
 * cell has exactly its shares of promoters, passives and detractors (a planted effect and nothing
 * else); otherwise every score is drawn at random (sampling noise, for the control).
 */
function quarterRows(w, quarter, cells, prefix, exact) {
  const drafts = [];
  for (const cell of cells) {
    if (!exact) {
      for (let k = 0; k < cell.count; k++) {
        const value = w.score(cell.shares);
        drafts.push({ region: cell.region, channel: cell.channel, value, text: w.comment(value, false) });
      }
      continue;
    }
    // Exact strata: round(share × rows) promoters and passives, the rest detractors; the planted
    // rows (detractors, 0-4) replace round(plantedShare × rows) of the cell's answers.
    const planted = Math.round(cell.plantedShare * cell.count);
    const rest = cell.count - planted;
    const promoters = Math.round(cell.shares.promoter * rest);
    const passives = Math.round(cell.shares.passive * rest);
    for (let k = 0; k < cell.count; k++) {
      const isPlanted = k < planted;
      const at = k - planted;
      const value = isPlanted ? w.int(5) : at < promoters ? 9 + w.int(2) : at < promoters + passives ? 7 + w.int(2) : w.int(7);
      drafts.push({ region: cell.region, channel: cell.channel, value, text: w.comment(value, isPlanted) });
    }
  }
  // Shuffle so regions and channels are spread over the quarter.
  for (let i = drafts.length - 1; i > 0; i--) {
    const j = w.int(i + 1);
    [drafts[i], drafts[j]] = [drafts[j], drafts[i]];
  }
  return drafts.map((draft, index) => [`${prefix}${quarter}-${String(index + 1).padStart(5, '0')}`, w.dateIn(quarter, index, drafts.length), draft.value, draft.region, draft.channel, draft.text]);
}

const HEADER = ['response_id', 'submitted_at', 'nps', 'region', 'channel', 'comment'];
const REGIONS = ['North', 'South', 'East', 'West'];
const CHANNELS = ['web', 'app', 'phone', 'shop'];
const BASE = { promoter: 0.45, passive: 0.3, detractor: 0.25 };

function summary(name, rows) {
  const groups = new Map();
  for (const [id, , value, region, channel] of rows) {
    const quarter = id.split('-')[0].slice(-1);
    for (const key of [`Q${quarter} all`, `Q${quarter} ${region}`, `Q${quarter} ${channel}`]) {
      const g = groups.get(key) ?? { n: 0, p: 0, d: 0 };
      g.n++;
      if (value >= 9) g.p++;
      if (value <= 6) g.d++;
      groups.set(key, g);
    }
  }
  process.stderr.write(`${name}\n`);
  for (const [key, g] of [...groups].sort()) process.stderr.write(`  ${key.padEnd(12)} n=${g.n} NPS=${((100 * (g.p - g.d)) / g.n).toFixed(1)}\n`);
}

// delta-where-region.csv: 4 regions × 4 channels × 75 rows per quarter (exact strata); North Q2: 30% outage complaints.
{
  const w = makeWriter(20250401);
  const cells = (quarter) => REGIONS.flatMap((region) =>
    CHANNELS.map((channel) => ({ region, channel, count: 75, shares: BASE, plantedShare: quarter === 2 && region === 'North' ? 0.3 : 0 })));
  const rows = [...quarterRows(w, 1, cells(1), 'G', true), ...quarterRows(w, 2, cells(2), 'G', true)];
  summary('delta-where-region.csv', rows);
  write('delta-where-region.csv', HEADER, rows);
}

// delta-where-mix.csv: 1,000 rows per quarter; phone 20% → 40%; phone NPS −25, web +45 in both quarters (exact strata).
{
  const w = makeWriter(20250402);
  const PHONE = { promoter: 0.2, passive: 0.35, detractor: 0.45 };
  const WEB = { promoter: 0.6, passive: 0.25, detractor: 0.15 };
  const cells = (phoneShare) => REGIONS.flatMap((region) => [
    { region, channel: 'phone', count: (1000 * phoneShare) / 4, shares: PHONE, plantedShare: 0 },
    { region, channel: 'web', count: (1000 * (1 - phoneShare)) / 4, shares: WEB, plantedShare: 0 },
  ]);
  const rows = [...quarterRows(w, 1, cells(0.2), 'M', true), ...quarterRows(w, 2, cells(0.4), 'M', true)];
  summary('delta-where-mix.csv', rows);
  write('delta-where-mix.csv', HEADER, rows);
}

// delta-where-control.csv: the region layout, one process for both quarters.
{
  const w = makeWriter(20250403);
  const cells = REGIONS.flatMap((region) => CHANNELS.map((channel) => ({ region, channel, count: 75, shares: BASE, plantedShare: 0 })));
  const rows = [...quarterRows(w, 1, cells, 'C', false), ...quarterRows(w, 2, cells, 'C', false)];
  summary('delta-where-control.csv', rows);
  write('delta-where-control.csv', HEADER, rows);
}
