/**
 * Span-level NER scoring as conlleval (CoNLL 2000–2003) does it: spans are
 * read from BIO tags (an I- tag after O or after another type opens a span),
 * a predicted span is correct only when its start, end and type all equal a
 * gold span's, so a partly right span counts as one false positive and one
 * false negative. Precision, recall and F1 are micro-averaged over all spans.
 */
import { spansFromTags, type TokenSpan } from "../nlp/ner/labels.js";

export interface SpanScore {
  /** Entity type, or "overall". */
  type: string;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface NerScores {
  overall: SpanScore;
  /** One row per requested type, in the requested order. */
  types: SpanScore[];
}

/** Scores predicted tag sequences against gold ones (same sentences, same lengths), over the given types. */
export function scoreTagSequences(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], types: readonly string[]): NerScores {
  if (gold.length !== predicted.length) throw new Error(`${gold.length} gold sentences but ${predicted.length} predicted`);
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>(types.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }]));
  gold.forEach((tags, s) => {
    if (tags.length !== predicted[s].length) throw new Error(`sentence ${s + 1}: ${tags.length} gold tags but ${predicted[s].length} predicted`);
    countSentence(spansFromTags(tags), spansFromTags(predicted[s]), counts);
  });
  const rows = types.map((type) => scoreRow(type, counts.get(type) ?? { gold: 0, predicted: 0, correct: 0 }));
  const total = rows.reduce((sum, r) => ({ gold: sum.gold + r.gold, predicted: sum.predicted + r.predicted, correct: sum.correct + r.correct }), {
    gold: 0,
    predicted: 0,
    correct: 0,
  });
  return { overall: scoreRow("overall", total), types: rows };
}

function countSentence(gold: TokenSpan[], predicted: TokenSpan[], counts: Map<string, { gold: number; predicted: number; correct: number }>): void {
  const goldKeys = new Set(gold.map(spanKey));
  for (const span of gold) {
    const c = counts.get(span.type);
    if (c) c.gold += 1;
  }
  for (const span of predicted) {
    const c = counts.get(span.type);
    if (!c) continue;
    c.predicted += 1;
    if (goldKeys.has(spanKey(span))) c.correct += 1;
  }
}

const spanKey = (s: TokenSpan): string => `${s.start}:${s.end}:${s.type}`;

function scoreRow(type: string, c: { gold: number; predicted: number; correct: number }): SpanScore {
  const precision = c.predicted === 0 ? 0 : c.correct / c.predicted;
  const recall = c.gold === 0 ? 0 : c.correct / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { type, ...c, precision, recall, f1 };
}
