/**
 * The stacked second pass. Pass 1 (the ordinary tagger) tags the sentence;
 * pass 2 adds scores of its own, from features of pass 1's output (the tags
 * of the token and its neighbours, the length of the span it is in, the
 * words right before and after that span, the type another occurrence of the
 * same word got, how sure pass 1 was), to pass 1's emission scores, and
 * decodes again with its own transitions. Pass 2 is trained on pass-1 output
 * that is out-of-fold (jackknifed), so it learns how far to trust pass 1 on
 * unseen text (training/stack.ts).
 */
import { emissionScores, viterbi } from "./decode.js";
import { hashString, mix } from "./hash.js";
import { allowedTransition, TAG_COUNT, type NerModel } from "./model.js";
import { shortShape } from "./shape.js";

/** Pass 2's parameters: hashed weights over the stacked features, full transitions, entity biases. */
export interface StackModel {
  readonly bits: number;
  /** bucket * TAG_COUNT + tag; added to pass 1's emission scores. */
  readonly weights: Float32Array;
  /** Used instead of pass 1's transitions (same layout). */
  readonly transitions: Float32Array;
  entityBias: number[];
}

/** What pass 1 says about a sentence: its tags and, per token, how far its tag wins over the next best (max-marginals). */
export interface PassOne {
  tags: Int32Array;
  margins: Float64Array;
}

const ALLOWED: boolean[] = [];
for (let from = 0; from <= TAG_COUNT; from++) for (let to = 0; to < TAG_COUNT; to++) ALLOWED.push(allowedTransition(from, to));

/** Pass 1's Viterbi tags and max-marginal margins for emission scores under the given transitions. */
export function passOne(transitions: Float32Array, emissions: Float64Array, length: number): PassOne {
  const tags = viterbi({ transitions } as NerModel, emissions, length);
  const margins = new Float64Array(length);
  if (length === 0) return { tags, margins };
  const fwd = new Float64Array(length * TAG_COUNT).fill(-Infinity);
  const bwd = new Float64Array(length * TAG_COUNT).fill(-Infinity);
  for (let t = 0; t < TAG_COUNT; t++) if (ALLOWED[TAG_COUNT * TAG_COUNT + t]) fwd[t] = emissions[t] + transitions[TAG_COUNT * TAG_COUNT + t];
  for (let i = 1; i < length; i++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      let max = -Infinity;
      for (let p = 0; p < TAG_COUNT; p++) {
        if (!ALLOWED[p * TAG_COUNT + t]) continue;
        max = Math.max(max, fwd[(i - 1) * TAG_COUNT + p] + transitions[p * TAG_COUNT + t]);
      }
      fwd[i * TAG_COUNT + t] = max + emissions[i * TAG_COUNT + t];
    }
  }
  for (let t = 0; t < TAG_COUNT; t++) bwd[(length - 1) * TAG_COUNT + t] = 0;
  for (let i = length - 2; i >= 0; i--) {
    for (let t = 0; t < TAG_COUNT; t++) {
      let max = -Infinity;
      for (let n = 0; n < TAG_COUNT; n++) {
        if (!ALLOWED[t * TAG_COUNT + n]) continue;
        max = Math.max(max, transitions[t * TAG_COUNT + n] + emissions[(i + 1) * TAG_COUNT + n] + bwd[(i + 1) * TAG_COUNT + n]);
      }
      bwd[i * TAG_COUNT + t] = max;
    }
  }
  for (let i = 0; i < length; i++) {
    const own = tags[i];
    const best = fwd[i * TAG_COUNT + own] + bwd[i * TAG_COUNT + own];
    let second = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) if (t !== own) second = Math.max(second, fwd[i * TAG_COUNT + t] + bwd[i * TAG_COUNT + t]);
    margins[i] = best - second;
  }
  return { tags, margins };
}

const enum S {
  Tag = 1, Prev, Next, Prev2, Next2, Window, Margin, PrevMargin, NextMargin, SameForm, SpanLength, Before, After, TagShape, PrevTagShape,
}

/** Entity type index of a tag: 0 for O, 1–4 for PER, ORG, LOC, MISC. */
const typeOf = (tag: number): number => (tag + 1) >> 1;
const BOUNDARY = TAG_COUNT;
const END = TAG_COUNT + 1;
const CAPITALISED = /^\p{Lu}/u;

/** Margin bucket: 0 for < 1, then one per doubling, at most 6. */
function marginBucket(margin: number): number {
  return margin < 1 ? 0 : Math.min(6, 1 + Math.floor(Math.log2(margin)));
}

/** A pass-1 span: type and token range. */
interface Span {
  type: number;
  start: number;
  end: number;
}

/** The pass-1 span covering each token (null outside spans). */
function spansByToken(tags: Int32Array): (Span | null)[] {
  const out: (Span | null)[] = new Array<Span | null>(tags.length).fill(null);
  let current: Span | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag === 0) {
      current = null;
      continue;
    }
    if (tag % 2 === 1 || !current || current.type !== typeOf(tag)) current = { type: typeOf(tag), start: i, end: i };
    current.end = i + 1;
    out[i] = current;
  }
  return out;
}

/** Hashed pass-2 features of every token, from the tokens and pass 1's output. */
export function stackFeatures(tokens: readonly string[], pass: PassOne): Uint32Array[] {
  const { tags, margins } = pass;
  const n = tokens.length;
  const spans = spansByToken(tags);
  const lower = tokens.map((t) => hashString(t.toLowerCase()));
  const shapes = tokens.map((t) => hashString(shortShape(t)));
  const tag = (i: number): number => (i < 0 ? BOUNDARY : i >= n ? END : tags[i]);
  const formTypes = sameFormTypes(tokens, tags);
  return tokens.map((_, i) => {
    const out: number[] = [];
    const add = (template: S, value: number): void => {
      out.push(mix(template, value));
    };
    const t = tags[i];
    add(S.Tag, t);
    add(S.Prev, tag(i - 1));
    add(S.Next, tag(i + 1));
    add(S.Prev2, tag(i - 2));
    add(S.Next2, tag(i + 2));
    add(S.Window, mix(mix(tag(i - 1), t), tag(i + 1)));
    add(S.Margin, mix(t, marginBucket(margins[i])));
    if (i > 0) add(S.PrevMargin, mix(tags[i - 1], marginBucket(margins[i - 1])));
    if (i + 1 < n) add(S.NextMargin, mix(tags[i + 1], marginBucket(margins[i + 1])));
    add(S.TagShape, mix(t, shapes[i]));
    add(S.PrevTagShape, mix(tag(i - 1), shapes[i]));
    for (const other of formTypes[i]) add(S.SameForm, other);
    const span = spans[i];
    if (span) {
      const position = i === span.start ? 0 : i === span.end - 1 ? 2 : 1;
      add(S.SpanLength, mix(span.type, mix(position, Math.min(4, span.end - span.start))));
      add(S.Before, mix(span.type, span.start > 0 ? lower[span.start - 1] : BOUNDARY));
      add(S.After, mix(span.type, span.end < n ? lower[span.end] : END));
    }
    return Uint32Array.from(out);
  });
}

/** For each capitalised token, the entity types pass 1 gave other occurrences of the same form in the sentence. */
function sameFormTypes(tokens: readonly string[], tags: Int32Array): number[][] {
  const byForm = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    if (!CAPITALISED.test(token)) return;
    const list = byForm.get(token) ?? [];
    list.push(i);
    byForm.set(token, list);
  });
  return tokens.map((token, i) => {
    const others = byForm.get(token);
    if (!others || others.length < 2) return [];
    const types = new Set<number>();
    for (const j of others) if (j !== i) types.add(typeOf(tags[j]));
    return [...types];
  });
}

/** Adds pass 2's weights for the features to `emissions` (in place), and its entity biases when asked. */
export function addStackScores(stack: StackModel, emissions: Float64Array, features: readonly Uint32Array[], withBias: boolean): Float64Array {
  const mask = (1 << stack.bits) - 1;
  const w = stack.weights;
  for (let i = 0; i < features.length; i++) {
    const row = i * TAG_COUNT;
    for (const f of features[i]) {
      const b = (f & mask) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) emissions[row + t] += w[b + t];
    }
    if (withBias) for (let t = 1; t < TAG_COUNT; t++) emissions[row + t] += stack.entityBias[(t - 1) >> 1];
  }
  return emissions;
}

/** Both passes: pass 1 without entity biases, then pass 2's scores, biases and transitions. */
export function decodeStacked(model: NerModel, stack: StackModel, tokens: readonly string[], features: readonly Uint32Array[]): Int32Array {
  const plain = emissionScores({ ...model, entityBias: [0, 0, 0, 0] }, features);
  const first = passOne(model.transitions, plain, tokens.length);
  const scores = addStackScores(stack, plain, stackFeatures(tokens, first), true);
  return viterbi({ transitions: stack.transitions } as NerModel, scores, tokens.length);
}
