/**
 * Worker-thread entry: tokenize + sentiment for the batches of comments the main thread sends
 * (src/pipeline/workers/pool.ts), answered in the order received, packed into transferred typed
 * arrays (src/pipeline/workers/packed.ts). Does nothing unless started as a cx score worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CxError } from '../../errors.js';
import { createScorer } from '../../sentiment/index.js';
import { tokenize, Vocabulary } from '../../tokenize/index.js';
import { scoreBatch, transferables } from './packed.js';
import type { ScoreRequest, ScoreReply, WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup | undefined;
if (parentPort !== null && setup?.cxScoreWorker === true) {
  const port = parentPort;
  const scorer = createScorer({
    collectContributions: false,
    ...(setup.thresholds === undefined ? {} : { thresholds: setup.thresholds }),
    ...(setup.extraLexicon === undefined || setup.extraLexicon.length === 0 ? {} : { extraLexicon: setup.extraLexicon }),
  });
  const vocabulary = new Vocabulary();
  port.on('message', (request: ScoreRequest) => {
    let reply: ScoreReply;
    try {
      const batch = scoreBatch(request.texts, tokenize, scorer, vocabulary, setup.ranges !== false);
      reply = { seq: request.seq, batch };
      port.postMessage(reply, transferables(batch));
    } catch (error) {
      reply = {
        seq: request.seq,
        error:
          error instanceof CxError
            ? { message: error.message, code: error.code, file: error.file, line: error.line, column: error.column }
            : { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined },
      };
      port.postMessage(reply);
    }
  });
}
