/**
 * Building word profiles (profiles.ts) from unlabelled text. For every word
 * form seen often enough, the text gives a few shares, each cut into coarse
 * buckets: how often the form is written in lower case, stands first in a
 * sentence, follows "ein/eine/sein…" (common nouns do, names hardly ever),
 * follows a definite article (organisations and places do, people hardly
 * ever), follows "in/nach/aus" (places), precedes or follows another
 * capitalised word (first names and surnames); plus its frequency. Optionally
 * the largest dimensions of the word's dense context vector, with their sign.
 */
import { COMMON_NOUN_DETERMINERS, DEFINITE_ARTICLES, FUNCTION_WORD_SET, PLACE_PREPOSITIONS } from "../../../lang/de/ner-cues.js";
import { PROFILE_STAT, VECTOR_BASE, type WordProfiles } from "../profiles.js";

export interface ProfileOptions {
  /** Forms seen fewer times get no profile. */
  minCount: number;
  /** Largest dimensions of the context vector given as codes (0: none). */
  vectorDims: number;
}

export const DEFAULT_PROFILE_OPTIONS: ProfileOptions = { minCount: 3, vectorDims: 16 };

/** Statistics in code order; the code of statistic s with bucket b is s * 16 + b. */
const Stat = PROFILE_STAT;
const SHARE_STATS = [Stat.Initial, Stat.AfterIndefinite, Stat.AfterDefinite, Stat.AfterPlacePreposition, Stat.BeforeCapitalised, Stat.AfterCapitalised];
export { VECTOR_BASE };

const INDEFINITE = new Set(COMMON_NOUN_DETERMINERS);
const DEFINITE = new Set(DEFINITE_ARTICLES);
const PLACE_PREPS = new Set(PLACE_PREPOSITIONS);
const CAPITALISED = /^\p{Lu}/u;

/** Counts per form: total, then one count per share statistic (SHARE_STATS order). */
type Counts = Map<string, Int32Array>;

/** Word profiles from token sequences, with dense vectors where given. */
export function buildWordProfiles(
  texts: readonly (readonly string[])[],
  vectors: ReadonlyMap<string, Float32Array> | null,
  options: ProfileOptions = DEFAULT_PROFILE_OPTIONS,
): WordProfiles {
  const counts = countContexts(texts);
  const codes = new Map<string, Uint16Array>();
  for (const [form, c] of counts) {
    if (c[0] < options.minCount) continue;
    const vector = vectors?.get(form);
    codes.set(form, Uint16Array.from([...statCodes(form, c, counts), ...(vector ? vectorCodes(vector, options.vectorDims) : [])]));
  }
  return { codes };
}

function countContexts(texts: readonly (readonly string[])[]): Counts {
  const counts: Counts = new Map();
  const isCapitalisedWord = (w: string | undefined): boolean => w !== undefined && CAPITALISED.test(w) && !FUNCTION_WORD_SET.has(w.toLowerCase());
  for (const text of texts) {
    text.forEach((w, i) => {
      let c = counts.get(w);
      if (!c) counts.set(w, (c = new Int32Array(1 + SHARE_STATS.length)));
      const prev = i > 0 ? text[i - 1].toLowerCase() : "";
      c[0] += 1;
      if (i === 0) c[1] += 1;
      if (INDEFINITE.has(prev)) c[2] += 1;
      if (DEFINITE.has(prev)) c[3] += 1;
      if (PLACE_PREPS.has(prev)) c[4] += 1;
      if (isCapitalisedWord(text[i + 1])) c[5] += 1;
      if (i > 1 && isCapitalisedWord(text[i - 1])) c[6] += 1;
    });
  }
  return counts;
}

/** Bucket of a share: 0 (never), then < 2 %, < 10 %, < 30 %, < 60 %, more. */
export function shareBucket(share: number): number {
  if (share <= 0) return 0;
  if (share < 0.02) return 1;
  if (share < 0.1) return 2;
  if (share < 0.3) return 3;
  if (share < 0.6) return 4;
  return 5;
}

function statCodes(form: string, c: Int32Array, counts: Counts): number[] {
  const total = c[0];
  const lower = form.toLowerCase();
  const lowerCount = lower === form ? total : (counts.get(lower)?.[0] ?? 0);
  const out = [Stat.Frequency * 16 + Math.min(12, Math.floor(Math.log2(total))), Stat.LowerCase * 16 + shareBucket(lowerCount / (total + (lower === form ? 0 : lowerCount)))];
  SHARE_STATS.forEach((stat, k) => out.push(stat * 16 + shareBucket(c[k + 1] / total)));
  return out;
}

/** The `n` largest dimensions of a vector, each with its sign. */
function vectorCodes(vector: Float32Array, n: number): number[] {
  return Array.from(vector.keys())
    .sort((a, b) => Math.abs(vector[b]) - Math.abs(vector[a]) || a - b)
    .slice(0, n)
    .map((d) => VECTOR_BASE + 2 * d + (vector[d] > 0 ? 1 : 0));
}
