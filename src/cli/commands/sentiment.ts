/** `cx sentiment <text...>` or `cx sentiment -` (one text per stdin line). */
import { createInterface } from 'node:readline';
import { CxError } from '../../errors.js';
import { renderSentimentDetail, renderSentimentLine, sentimentJson, type ExplainedText } from '../../render/sentiment.js';
import { withoutControls } from '../../normalize/index.js';
import { createScorer } from '../../sentiment/index.js';
import { tokenize } from '../../tokenize/index.js';
import { colorLevel, note, openSink, terminalWidth, writeResult, type CliIo } from '../io.js';
import { toFormat, type RawOptions } from '../options.js';
import { lexiconSetting, loadSettings, thresholdSettings } from '../settings.js';

export async function runSentiment(args: readonly string[], raw: RawOptions, io: CliIo): Promise<number> {
  const format = toFormat<'table' | 'json'>(raw, 'table');
  const settings = await loadSettings(raw, io);
  const thresholds = thresholdSettings(raw, settings);
  const extraLexicon = await lexiconSetting(raw, settings, io);
  const scorer = createScorer({
    ...(thresholds === undefined ? {} : { thresholds }),
    ...(extraLexicon.length === 0 ? {} : { extraLexicon }),
  });
  if (extraLexicon.length > 0) {
    const sources = [settings.config.lexicon.length > 0 ? settings.file : null, raw.lexicon ?? null].filter((source) => source !== null);
    note(io, raw.quiet === true, `lexicon: ${extraLexicon.length} domain ${extraLexicon.length === 1 ? 'entry' : 'entries'} from ${sources.join(' and ')}`);
  }
  // Escape sequences and control characters are not words: "\x1b[31mterrible\x1b[0m" scores as "terrible".
  const explain = (raw: string): ExplainedText => {
    const text = withoutControls(raw);
    return { text, result: scorer.score(text, tokenize(text)) };
  };
  const fromStdin = args.length === 1 && args[0] === '-';
  if (args.length === 0 || (!fromStdin && args.join(' ').trim() === '')) throw new CxError('usage', 'cx sentiment: give a text, or - to read lines from stdin');
  const toFile = raw.output !== undefined && raw.output !== '-';
  const context = { color: colorLevel(raw.color !== false, io, toFile), width: terminalWidth(io, toFile) };
  const explainModel = raw.explain === true;
  const sink = await openSink(io, raw.output, []);
  if (!fromStdin) {
    const item = explain(args.join(' '));
    await writeResult(sink, format === 'json' ? `${JSON.stringify(sentimentJson(item, explainModel), null, 2)}\n` : renderSentimentDetail(item, context, explainModel));
    return 0;
  }
  async function* lines(): AsyncGenerator<string> {
    const reader = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of reader) {
      if (line.trim() === '') continue;
      const item = explain(line);
      yield format === 'json' ? `${JSON.stringify(sentimentJson(item, explainModel))}\n` : explainModel ? renderSentimentDetail(item, context, true) : renderSentimentLine(item, context);
    }
  }
  await writeResult(sink, lines());
  return 0;
}
