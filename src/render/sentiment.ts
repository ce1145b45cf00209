/** `cx sentiment`: a score, its label and the words and rules that moved it. */
import type { ChalkInstance } from 'chalk';
import { terminalSafe } from '../escape/index.js';
import type { SentimentResult } from '../pipeline/types.js';
import { palette } from './_palette.js';
import { fixed, signed } from './format.js';
import type { RenderContext } from './types.js';

export type ExplainedText = { readonly text: string; readonly result: SentimentResult };

/** The JSON form: the text, score, label and each clause with its text and contributions. */
export function sentimentJson(item: ExplainedText, explain = false): object {
  return {
    text: item.text,
    score: item.result.score,
    label: item.result.label,
    clauses: item.result.clauses.map((clause) => ({
      text: item.text.slice(clause.start, clause.end),
      start: clause.start,
      end: clause.end,
      score: clause.score,
      weight: clause.weight,
      contributions: clause.contributions,
    })),
    ...(!explain || item.result.ruleScore === undefined ? {} : { ruleScore: item.result.ruleScore }),
    ...(!explain || item.result.probabilities === undefined ? {} : { probabilities: item.result.probabilities }),
    ...(!explain || item.result.features === undefined ? {} : { features: item.result.features }),
  };
}

/** Learned-layer features shown by `--explain`: those that pulled by at least this much (log-odds). */
const SHOWN_PULL = 0.05;

function labelled(c: ChalkInstance, score: number, label: string): string {
  const text = `${signed(score, 3)} ${label}`;
  return label === 'positive' ? c.green(text) : label === 'negative' ? c.red(text) : c.yellow(text);
}

/** Detailed explanation of one text. */
export function renderSentimentDetail(item: ExplainedText, context: RenderContext, explain = false): string {
  const c = palette(context.color);
  const lines = [`${labelled(c, item.result.score, item.result.label)}  ${terminalSafe(item.text)}`];
  for (const clause of item.result.clauses) {
    const clauseText = terminalSafe(item.text.slice(clause.start, clause.end)).trim();
    lines.push(`  clause ${c.dim(`(weight ${fixed(clause.weight, 2)})`)} ${signed(clause.score, 3)}  “${clauseText}”`);
    for (const contribution of clause.contributions) {
      const effect = signed(contribution.effect, 2);
      const coloured = contribution.effect > 0 ? c.green(effect) : contribution.effect < 0 ? c.red(effect) : c.dim(effect);
      lines.push(`    ${coloured.padStart(6)}  ${terminalSafe(contribution.term)} ${c.dim(`[${contribution.source}]`)}`);
    }
    if (clause.contributions.length === 0) lines.push(`    ${c.dim('no sentiment words')}`);
  }
  const r = item.result;
  if (explain && r.probabilities !== undefined && r.features !== undefined) {
    const p = r.probabilities;
    lines.push(`  learned layer: rules ${signed(r.ruleScore ?? 0, 3)} → P(negative) ${fixed(p.negative, 2)}  P(neutral) ${fixed(p.neutral, 2)}  P(positive) ${fixed(p.positive, 2)}`);
    lines.push(`    ${c.dim('→positive  →neutral  feature (value)')}`);
    for (const f of r.features) {
      if (Math.abs(f.toPositive) < SHOWN_PULL && Math.abs(f.toNeutral) < SHOWN_PULL) continue;
      const pos = signed(f.toPositive, 2);
      lines.push(`    ${(f.toPositive > 0 ? c.green(pos) : f.toPositive < 0 ? c.red(pos) : pos).padStart(9)}  ${signed(f.toNeutral, 2).padStart(8)}  ${terminalSafe(f.feature)} ${c.dim(`(${fixed(f.value, 2)})`)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** One compact line per text (for many lines from stdin). */
export function renderSentimentLine(item: ExplainedText, context: RenderContext): string {
  const c = palette(context.color);
  return `${labelled(c, item.result.score, item.result.label)}\t${terminalSafe(item.text)}\n`;
}
