/**
 * English names of bodies in running text: a run of capitalised words that
 * ends in an English noun heading an organisation's name is one organisation
 * span ("der National Environment Management Authority" — the tagger took
 * "Authority" for a person —, "die Dave Matthews Band", "des Danish Refugee
 * Council", "Google Inc."). The run may hold "of", "and", "for", "on", "the"
 * and "&" between capitalised words ("Builders Labourers Federation",
 * "Committee on Armed Services") and open with an ordinal or a code ("2nd
 * Tactical Air Force"). Words that open a sentence ("Die", "Eine", "And",
 * "Now") are no part of it, nor is a person before a connector ("Brian
 * McNamara of Ohio University"); "The University" alone and common phrases
 * ("High Society") are no names. Run over the untagged sentences of the
 * GermEval development file, the rule finds 22 names: 20 are organisation
 * spans there exactly, the other two take in a German word before the name
 * ("Schulen The Lindsey School …", "Schweizer SAM Group") — so a head the
 * tagger put in an organisation span keeps that span; run over the gold tags
 * it changes nothing. A span that reaches beyond the run is left alone. The
 * same runs ending in the head of an award or a championship ("Nobel Peace
 * Prize", "Davis Cup") are other names (tagEnglishAwardNames). Tags change in
 * place.
 */
import { FUNCTION_WORDS } from "../../lang/de/ner-cues.js";
import {
  ENGLISH_AWARD_HEADS,
  ENGLISH_BODY_HEADS,
  ENGLISH_BODY_PHRASES,
  ENGLISH_HEAD_CONNECTORS,
  ENGLISH_LEADING_BODY_HEADS,
  ENGLISH_LEADING_TITLES,
  ENGLISH_NAME_CONNECTORS,
  ENGLISH_POSSESSED_HEADS,
  ENGLISH_QUALIFYING_PARTICIPLES,
  ENGLISH_SENTENCE_OPENERS,
  ENGLISH_TIME_NAMES,
} from "../../lang/en/ner-cues.js";
import { tagSpan } from "./labels.js";

const HEADS = new Set(ENGLISH_BODY_HEADS);
const CONNECTORS = new Set(ENGLISH_NAME_CONNECTORS);
const LEADING_HEADS = new Set(ENGLISH_LEADING_BODY_HEADS);
const HEAD_CONNECTORS = new Set(ENGLISH_HEAD_CONNECTORS);
/** Function words and sentence adverbs, capitalised at the start of a sentence ("Die", "Im", "And", "Now"); "The" opens names ("The Lancet"). */
const OPENERS = new Set([...FUNCTION_WORDS.filter((w) => w !== "the").map((w) => w[0].toUpperCase() + w.slice(1)), ...ENGLISH_SENTENCE_OPENERS]);
/** Common phrases that end in a head and name no body. */
const PHRASES = new Set(ENGLISH_BODY_PHRASES);

/** A capitalised word, an all-capital code or an ordinal or code opening with digits ("2nd", "3S"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|\d+\p{L}+)$/u;

/** The end (exclusive) of the run of name words and inner connectors that starts at `start`; after a leading head, "of the", "for the", "on the" connect too ("School of the Americas"). */
function runEnd(sentence: readonly string[], start: number): number {
  let end = start + 1;
  while (end < sentence.length) {
    if (NAME_WORD.test(sentence[end])) end++;
    else if (CONNECTORS.has(sentence[end]) && NAME_WORD.test(sentence[end + 1] ?? "")) end += 2;
    else if (LEADING_HEADS.has(sentence[end - 1]) && HEAD_CONNECTORS.has(sentence[end]) && sentence[end + 1] === "the" && NAME_WORD.test(sentence[end + 2] ?? "")) end += 3;
    else break;
  }
  return end;
}

/**
 * Where the name in the run from…to-1 starts: after words that open a
 * sentence ("Die", "And") and after a person the tagger found before a
 * connector ("Brian McNamara of Ohio University") — unless that "person"
 * ends in a leading head ("Nobel Committee for the Peace Prize", the
 * committee tagged as a person) — and never at a connector.
 */
function runStart(sentence: readonly string[], t: readonly string[], from: number, to: number): number {
  let start = from;
  for (let k = start + 1; k < to - 1; k++) if (CONNECTORS.has(sentence[k]) && t[k - 1].endsWith("-PER") && !LEADING_HEADS.has(sentence[k - 1])) start = k + 1;
  while (start < to && (OPENERS.has(sentence[start]) || CONNECTORS.has(sentence[start]))) start++;
  return start;
}

/** Possessive tokens, which may join the words of a name ("Lloyd's Register"). */
const POSSESSIVES = new Set(["'s", "’s"]);
const POSSESSED_HEADS = new Set(ENGLISH_POSSESSED_HEADS);

/** Whether the words from…to-1 end in one of `heads` and hold another name word than "The" ("The University" is none); an "Office" after a possessive is somebody's office ("the Defense Department's Office of …"), no name. */
function isHeadedName(sentence: readonly string[], from: number, to: number, heads: ReadonlySet<string>): boolean {
  if (!heads.has(sentence[to - 1])) return false;
  const words = sentence.slice(from, to);
  if (POSSESSED_HEADS.has(words[words.length - 1]) && words.some((w) => POSSESSIVES.has(w))) return false;
  const others = words.slice(0, -1).filter((w) => w !== "The" && !CONNECTORS.has(w));
  return others.length > 0 && !PHRASES.has(words.join(" "));
}

/** Whether a span crosses the run's edges. */
function crosses(t: readonly string[], from: number, to: number): boolean {
  return t[from].startsWith("I-") || (t[to] ?? "").startsWith("I-");
}

/** Tags runs of capitalised words that end in one of `heads` as spans of `type`, in every sentence, unless a span of that type ends there already. */
function tagHeadedRuns(
  words: readonly (readonly string[])[],
  tags: string[][],
  heads: ReadonlySet<string>,
  type: string,
  keep: (t: readonly string[], start: number) => boolean = () => false,
): void {
  forEachRun(words, tags, (sentence, t, start, end) => {
    if (isHeadedName(sentence, start, end, heads) && !t[end - 1].endsWith(`-${type}`) && !crosses(t, start, end) && !keep(t, start)) tagSpan(t, start, end, type);
  });
}

/** Calls `visit` with every run of name words in every sentence, from where its name starts (runStart) to its end. */
function forEachRun(words: readonly (readonly string[])[], tags: string[][], visit: (sentence: readonly string[], t: string[], start: number, end: number) => void): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i < sentence.length; i++) {
      if (!NAME_WORD.test(sentence[i])) continue;
      const end = runEnd(sentence, i);
      visit(sentence, t, runStart(sentence, t, i, end), end);
      i = end - 1;
    }
  });
}

/** Tags runs of capitalised words that end in an English organisation head, or hold a leading one before "of", "for" or "on", as organisations, in every sentence. */
export function tagEnglishBodyNames(words: readonly (readonly string[])[], tags: string[][]): void {
  tagHeadedRuns(words, tags, HEADS, "ORG");
  tagLeadingHeadRuns(words, tags);
}

/** "Washington-based", "Saudi-led": a qualifying compound before a name is no part of it. */
const QUALIFYING = new RegExp(`-(?:${ENGLISH_QUALIFYING_PARTICIPLES.join("|")})$`, "u");

/** Titles before a person's name ("Chair Bill Anthony"). */
const TITLES = new Set([...ENGLISH_LEADING_TITLES, "Chair"]);

/** Months and weekdays, capitalised: "on Thursday" after a name is a date, not part of it ("the Justice Department on Thursday"). */
const TIME_WORDS = new Set(ENGLISH_TIME_NAMES);

/**
 * "the Washington-based Center for Strategic & International Studies", "the
 * Institute for Economic Research", "Massachusetts Institute of Technology":
 * a run of capitalised words that holds a leading head followed by "of",
 * "for" or "on" and more name words is one organisation span (the tagger
 * had found "Strategic & International Studies" alone, or nothing) — from
 * the run's first name word (not a qualifying compound such as
 * "Washington-based", nor "The") to its end, unless a span reaches over the
 * run's edges or the run is one organisation span already. A connector
 * before a month or weekday ends the run ("the State Department on
 * Thursday"), and so does a title before a name ("Franklin County Board of
 * Elections Chair Bill Anthony"); a possessive splits it, and the part with
 * the head is the name ("Iraq's Ministry of Health", "the University of
 * California's Office") unless that is an office ("the Defense
 * Department's Office of …"). After a leading head, "of the" connects too
 * ("School of the Americas", "Office of the Secretary of Defense").
 */
function tagLeadingHeadRuns(words: readonly (readonly string[])[], tags: string[][]): void {
  forEachRun(words, tags, (sentence, t, from, runTo) => {
    if (!hasLeadingHead(sentence, from, runTo)) return;
    for (const [start, end] of headedParts(sentence, from, runTo)) {
      const whole = t[start] === "B-ORG" && t.slice(start + 1, end).every((tag) => tag === "I-ORG");
      if (!whole && !crosses(t, start, end)) tagSpan(t, start, end, "ORG");
    }
  });
}

/** The parts of the run from…to-1 between possessives, and before a dated connector or a title, that hold a leading head, without a qualifying compound or "The" before them. */
function headedParts(sentence: readonly string[], from: number, to: number): [number, number][] {
  const parts: [number, number][] = [];
  let start = from;
  for (let k = from; k <= to; k++) {
    const dated = k < to && CONNECTORS.has(sentence[k]) && TIME_WORDS.has(sentence[k + 1] ?? "");
    // "Franklin County Board of Elections Chair Bill Anthony": a title between name words opens a person's name.
    const titled = k > from && k < to - 1 && TITLES.has(sentence[k]) && !CONNECTORS.has(sentence[k - 1]) && NAME_WORD.test(sentence[k + 1]);
    if (k < to && !POSSESSIVES.has(sentence[k]) && !dated && !titled) continue;
    let first = start;
    while (first < k && (QUALIFYING.test(sentence[first]) || sentence[first] === "The")) first++;
    // "the Defense Department's Office of the Inspector General": an office after a possessive is somebody's.
    const possessed = start > from && POSSESSED_HEADS.has(sentence[first]);
    if (hasLeadingHead(sentence, first, k) && !possessed) parts.push([first, k]);
    if (dated || titled) break;
    start = k + 1;
  }
  return parts;
}

/** Whether the words from…to-1 hold a leading head followed by a connector and at least one more word. */
function hasLeadingHead(sentence: readonly string[], from: number, to: number): boolean {
  for (let k = from; k + 2 < to; k++) if (LEADING_HEADS.has(sentence[k]) && HEAD_CONNECTORS.has(sentence[k + 1])) return true;
  return false;
}

const AWARD_HEADS = new Set(ENGLISH_AWARD_HEADS);

/**
 * Tags runs of capitalised words that end in the head of an English name of
 * an award or a championship as other names ("Nobel Peace Prize", "Stanley
 * Cup"), in every sentence — not a run that opens with an organisation the
 * tagger found, whose cup it is ("den UEFA Futsal Cup": GermEval tags the
 * organisation alone, the one such run of its development file).
 */
export function tagEnglishAwardNames(words: readonly (readonly string[])[], tags: string[][]): void {
  tagHeadedRuns(words, tags, AWARD_HEADS, "MISC", (t, start) => t[start] === "B-ORG");
}
