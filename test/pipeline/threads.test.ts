// Worker threads (collect's `threads`): the report, the enrich lines and the row ledger are the
// same byte for byte with one thread and with several. The threshold is lowered (`parallelFrom`)
// and batches made small (`batchRows`) so that the 651-row fixture is spread over several
// batches and workers, after a first part scored on the main thread. Runs the BUILT code
// (dist/): a worker thread loads dist/pipeline/workers/score-worker.js.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIXTURE = join(ROOT, 'fixtures', 'feedback.csv');
const dist = (path: string): Promise<any> => import(join(ROOT, 'dist', path));

const workerResources = (): number => process.getActiveResourcesInfo().filter((name) => /Worker|MessagePort/.test(name)).length;

describe('analyze with worker threads', () => {
  const run = async (threads: number): Promise<string> => {
    const { analyze } = await dist('pipeline.js');
    const { renderJson } = await dist('render/json.js');
    const report = await analyze({ input: { path: FIXTURE }, by: ['channel'], examples: 3, redact: true, threads, parallelFrom: 100, batchRows: 37 });
    return renderJson(report, {});
  };

  it('gives byte-identical JSON with 1, 2 and 3 threads, and leaves no thread behind', async () => {
    const before = workerResources();
    const one = await run(1);
    const two = await run(2);
    const three = await run(3);
    expect(two).toBe(one);
    expect(three).toBe(one);
    // 651 records, 10 without a comment (hand-counted in fixtures/feedback.csv): the ledger is the same object.
    const input = JSON.parse(three).input;
    expect([input.rows, input.analyzed, input.skipped]).toEqual([651, 641, 10]);
    expect(input.firstSkipped[0]).toEqual({ line: 116, reason: 'empty_text', detail: 'column "comment" is empty' });
    expect(workerResources()).toBe(before);
  });
});

describe('a failing input with worker threads', () => {
  it('fails with the same CxError as with one thread, and leaves no thread behind', async () => {
    const { analyze } = await dist('pipeline.js');
    const dir = mkdtempSync(join(tmpdir(), 'cx-threads-'));
    try {
      // The fixture, then a record whose quote never closes: the reader fails after the workers started.
      const file = join(dir, 'broken.csv');
      const fixture = readFileSync(FIXTURE, 'utf8').trimEnd();
      writeFileSync(file, `${fixture}\nR-9,2025-09-30T10:00:00Z,5,3,web,EMEA,Home,"never closed\n`);
      const failure = async (threads: number): Promise<unknown> =>
        analyze({ input: { path: file }, threads, parallelFrom: 100, batchRows: 37 }).then(
          () => null,
          (error: unknown) => error,
        );
      const before = workerResources();
      const one = (await failure(1)) as { code: string; line: number; message: string };
      const three = (await failure(3)) as { code: string; line: number; message: string };
      expect(one.code).toBe('malformed_input');
      expect(one.line).toBe(fixture.split('\n').length + 1); // the line after the fixture's last (some of its records span lines)
      expect([three.code, three.line, three.message]).toEqual([one.code, one.line, one.message]);
      expect(workerResources()).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('enrich with worker threads', () => {
  it('writes the same lines, skipped records included, with 1 and 3 threads', async () => {
    const { enrich } = await dist('pipeline.js');
    const lines = async (threads: number): Promise<string[]> => {
      const result = await enrich({ input: { path: FIXTURE }, threads, parallelFrom: 100, batchRows: 37 });
      const out: string[] = [];
      for await (const line of result.lines) out.push(JSON.stringify(line));
      return out;
    };
    const one = await lines(1);
    expect(one).toHaveLength(651);
    expect(await lines(3)).toEqual(one);
  });
});

describe('ScorePool', () => {
  it('turns a failure inside a worker into an Error for the batch, and closes', async () => {
    const { ScorePool } = await dist('pipeline/workers/pool.js');
    const pool = new ScorePool(1, {});
    try {
      const good = await pool.submit(['The parcel came late.']);
      expect(good.batch.count).toBe(1);
      expect(good.batch.labels[0]).toBe(2); // LABELS[2] = 'negative'
      // Not a list of texts: scoreBatch throws a TypeError inside the worker, which comes back as an Error.
      await expect(pool.submit(null as unknown as string[])).rejects.toThrow(/null/);
    } finally {
      await pool.close();
    }
    await expect(pool.submit(['after close'])).rejects.toThrow('the worker pool is closed');
  });
});
