/**
 * A few worker threads that tokenize and score batches of comments (score-worker.ts). Each batch
 * goes to the worker with the fewest batches outstanding; every worker answers in the order it
 * was asked. A CxError thrown in a worker comes back as the same CxError; any other failure (an
 * exception, a worker that dies) rejects every outstanding batch with one Error, and `close()`
 * ends the threads (the caller closes the pool in a `finally`, so no thread outlives the run).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CxError, type CxErrorCode } from '../../errors.js';
import type { CxEntry } from '../../sentiment/index.js';
import type { Thresholds } from '../../sentiment/types.js';
import type { PackedBatch } from './packed.js';

export type WorkerSetup = {
  readonly cxScoreWorker: true;
  readonly thresholds?: Thresholds;
  readonly extraLexicon?: readonly CxEntry[];
  /** false: batches carry no token or clause character ranges (the comments are not kept; see scoreBatch). */
  readonly ranges?: boolean;
};
export type ScoreRequest = { readonly seq: number; readonly texts: readonly string[] };
export type ScoreReply =
  | { readonly seq: number; readonly batch: PackedBatch; readonly error?: undefined }
  | {
      readonly seq: number;
      readonly batch?: undefined;
      readonly error: {
        readonly message: string;
        readonly code?: CxErrorCode;
        readonly file?: string | undefined;
        readonly line?: number | undefined;
        readonly column?: string | undefined;
        readonly stack?: string | undefined;
      };
    };

/** A batch's result and which worker made it (its local vocabulary ids are that worker's). */
export type Scored = { readonly batch: PackedBatch; readonly worker: number };

type Outstanding = { readonly resolve: (scored: Scored) => void; readonly reject: (error: Error) => void };

const WORKER_URL = new URL('./score-worker.js', import.meta.url);
let available: boolean | undefined;

/** Whether the worker script is there: it is in a build (dist/), not next to the TypeScript sources. */
export function workersAvailable(): boolean {
  return (available ??= existsSync(fileURLToPath(WORKER_URL)));
}

export class ScorePool {
  private readonly workers: Worker[] = [];
  private readonly waiting: Map<number, Outstanding>[] = [];
  private seq = 0;
  private failure: Error | null = null;
  private closed = false;

  constructor(size: number, setup: Omit<WorkerSetup, 'cxScoreWorker'>) {
    const workerData: WorkerSetup = { cxScoreWorker: true, ...setup };
    for (let index = 0; index < size; index++) {
      const worker = new Worker(WORKER_URL, { workerData });
      const waiting = new Map<number, Outstanding>();
      worker.on('message', (reply: ScoreReply) => {
        const outstanding = waiting.get(reply.seq);
        if (outstanding === undefined) return;
        waiting.delete(reply.seq);
        if (reply.error === undefined) outstanding.resolve({ batch: reply.batch, worker: index });
        else outstanding.reject(fromReply(reply.error));
      });
      worker.on('error', (error: Error) => this.fail(new Error(`a worker thread failed: ${error.message}`, { cause: error })));
      worker.on('messageerror', (error: Error) => this.fail(new Error(`a worker thread's reply could not be read: ${error.message}`, { cause: error })));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
      });
      this.workers.push(worker);
      this.waiting.push(waiting);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Batches sent and not yet answered. */
  get outstanding(): number {
    let total = 0;
    for (const waiting of this.waiting) total += waiting.size;
    return total;
  }

  submit(texts: readonly string[]): Promise<Scored> {
    if (this.failure !== null) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    let chosen = 0;
    for (let index = 1; index < this.workers.length; index++) if ((this.waiting[index] as Map<number, Outstanding>).size < (this.waiting[chosen] as Map<number, Outstanding>).size) chosen = index;
    const seq = this.seq++;
    const request: ScoreRequest = { seq, texts };
    const scored = new Promise<Scored>((resolve, reject) => {
      (this.waiting[chosen] as Map<number, Outstanding>).set(seq, { resolve, reject });
      (this.workers[chosen] as Worker).postMessage(request);
    });
    // The caller awaits it in input order, or abandons it when the run fails: never unhandled.
    scored.catch(() => undefined);
    return scored;
  }

  /** Ends every thread; outstanding batches are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.rejectAll(this.failure ?? new Error('the worker pool is closed'));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private fail(error: Error): void {
    if (this.failure !== null) return;
    this.failure = error;
    this.rejectAll(error);
  }

  private rejectAll(error: Error): void {
    for (const waiting of this.waiting) {
      for (const outstanding of waiting.values()) outstanding.reject(error);
      waiting.clear();
    }
  }
}

function fromReply(error: Exclude<ScoreReply['error'], undefined>): Error {
  if (error.code !== undefined) {
    return new CxError(error.code, error.message, {
      ...(error.file === undefined ? {} : { file: error.file }),
      ...(error.line === undefined ? {} : { line: error.line }),
      ...(error.column === undefined ? {} : { column: error.column }),
    });
  }
  const out = new Error(error.message);
  if (error.stack !== undefined) out.stack = error.stack;
  return out;
}
