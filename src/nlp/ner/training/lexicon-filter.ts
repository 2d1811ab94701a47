/**
 * Cleaning the name lists with unlabelled text. The big lists (surnames,
 * geographic names) contain many ordinary words ("Boden", "Stadt", "Mehr",
 * even "oder"); a one-word entry is dropped when the text shows it is one:
 * it is not capitalised, it is a function or time word ("Montag"), its lower-case form is more frequent than the
 * capitalised one ("Mehr"/"mehr"), or it follows determiners that go with
 * common nouns ("eine Stadt", "seinem Boden") at least twice.
 */
import { COMMON_NOUN_DETERMINERS, FUNCTION_WORDS, TEMPORAL_WORDS } from "../../../lang/de/ner-cues.js";
import type { GazetteerKind } from "../gazetteer.js";

const DETERMINERS = new Set(COMMON_NOUN_DETERMINERS);
const CAPITALISED = /^\p{Lu}/u;
const NEVER_NAMES = new Set([...TEMPORAL_WORDS, ...FUNCTION_WORDS.map((w) => w[0].toUpperCase() + w.slice(1))]);
/** Kinds whose entries are cleaned; first names and state names are kept as they are. */
const CLEANED: ReadonlySet<GazetteerKind> = new Set(["surname", "loc", "org"]);

interface WordEvidence {
  counts: Map<string, number>;
  afterDeterminer: Map<string, number>;
}

/** Counts of words and of words right after a common-noun determiner. */
export function wordEvidence(texts: readonly (readonly string[])[]): WordEvidence {
  const counts = new Map<string, number>();
  const afterDeterminer = new Map<string, number>();
  for (const text of texts) {
    text.forEach((w, i) => {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      if (i > 0 && DETERMINERS.has(text[i - 1].toLowerCase())) afterDeterminer.set(w, (afterDeterminer.get(w) ?? 0) + 1);
    });
  }
  return { counts, afterDeterminer };
}

/** The lists without the one-word entries the evidence shows to be ordinary words. */
export function dropCommonWords(lists: ReadonlyMap<GazetteerKind, readonly string[]>, evidence: WordEvidence): Map<GazetteerKind, string[]> {
  const out = new Map<GazetteerKind, string[]>();
  for (const [kind, names] of lists) out.set(kind, CLEANED.has(kind) ? names.filter((n) => !isCommonWord(n, evidence)) : [...names]);
  return out;
}

function isCommonWord(name: string, e: WordEvidence): boolean {
  if (/\s/u.test(name)) return false;
  if (!CAPITALISED.test(name) || NEVER_NAMES.has(name)) return true;
  const capitalised = e.counts.get(name) ?? 0;
  const lower = e.counts.get(name.toLowerCase()) ?? 0;
  if (lower > capitalised) return true;
  return (e.afterDeterminer.get(name) ?? 0) >= 2;
}
