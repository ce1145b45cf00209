// Segment columns (detectColumns step 7): low-cardinality labels, never a write-in box.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/columns/index.js';
import { openInput, type RawRecord } from '../../src/read/index.js';

const dir = mkdtempSync(join(tmpdir(), 'cx-segments-'));

async function detect(name: string, lines: readonly string[]) {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  const opened = await openInput({ path });
  const records: RawRecord[] = [];
  for await (const item of opened.items) if (item.kind === 'record') records.push(item);
  return detectColumns(opened.columns, records, {}, opened.questionTexts === undefined ? {} : { questionTexts: opened.questionTexts });
}

// A SurveyMonkey export (all responses, expanded) written for this test: the question row, the
// answer-label row, then 12 responses. "How did you hear about us?" is a choice question whose
// "Other (please specify)" box (blank header) holds two write-ins, each typed twice or more: by its
// values alone (2 distinct in 5 filled) it would pass for a segment.
const surveyMonkey = [
  'Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,Which store do you usually visit?,What could we do better?,How did you hear about us?,',
  ',,,,,,,,,Response,Open-Ended Response,Response,Other (please specify)',
  ...[
    ['Harbour Street', 'More staff at the tills on Saturday mornings', 'Search engine', ''],
    ['Harbour Street', 'The parking is always full after five', 'Other (please specify)', 'a flyer'],
    ['Mill Lane', 'Keep the bakery counter open later', 'Friend or family', ''],
    ['Mill Lane', 'Price labels on the top shelf are missing', 'Other (please specify)', 'my neighbour'],
    ['Harbour Street', 'Self checkout rejects my loyalty card', 'Search engine', ''],
    ['Mill Lane', 'Fresh fish ran out before noon', 'Other (please specify)', 'a flyer'],
    ['Harbour Street', 'Nothing, the new layout is easy to follow', 'Friend or family', ''],
    ['Mill Lane', 'The trolleys are sticky and bent', 'Other (please specify)', 'a flyer'],
    ['Harbour Street', 'Stock more gluten free bread', 'Search engine', ''],
    ['Mill Lane', 'Staff could say where things moved to', 'Other (please specify)', 'my neighbour'],
    ['Harbour Street', 'Longer opening hours on Sunday', 'Friend or family', ''],
    ['Mill Lane', 'The fridge aisle is freezing cold', 'Search engine', ''],
  ].map(([store, comment, heard, other], index) =>
    `${1188100 + index},452000,10/02/2025 09:${String(10 + index)}:02 AM,10/02/2025 09:${String(12 + index)}:40 AM,203.0.113.${index + 1},,,,,${store},${comment},${heard},${other}`),
];

describe('detectColumns: segments', () => {
  it("never offers a SurveyMonkey choice question's write-in box as a segment, but does offer the choice question", async () => {
    const mapping = await detect('surveymonkey-other.csv', surveyMonkey);
    expect(mapping.text.map((a) => a.column)).toEqual(['What could we do better?']);
    // column_13 is the blank-headed "Other (please specify)" box: 'a flyer' ×3, 'my neighbour' ×2.
    expect(mapping.segments.map((a) => a.column)).toEqual(['Which store do you usually visit?', 'How did you hear about us?']);
  });

  it('never offers a write-in box named in its own header ("… - Other (please specify)", "Other:")', async () => {
    const rows = Array.from({ length: 12 }, (_, index) => {
      const other = index % 3 === 0 ? (index % 2 === 0 ? 'a flyer' : 'my neighbour') : '';
      return [`R_${index}`, index % 2 === 0 ? 'North' : 'South', index % 3 === 0 ? 'Other' : index % 3 === 1 ? 'Radio' : 'Poster', other, other, `Comment number ${index} about the slow tills`].join(',');
    });
    const mapping = await detect('write-in-headers.csv', ['id,Region,How did you hear about us?,How did you hear about us? - Other (please specify),Other:,comment', ...rows]);
    // Both boxes hold 'a flyer' ×2 and 'my neighbour' ×2: label-like by their values alone.
    expect(mapping.segments.map((a) => a.column)).toEqual(['Region', 'How did you hear about us?']);
  });
});
