/**
 * Quoted titles of works: a capitalised title in quotation marks right after
 * a noun naming a kind of work is one MISC span, as GermEval tags titles
 * (OTH) — "der Song „Till Death Do Us Part“", "Revue „The Rat Pack - live
 * from Las Vegas“" (also the quoted name of a craft after a noun naming its
 * kind, "der Raumfähre „Discovery“", which the model took for an
 * organisation). The model finds short titles but often breaks long or
 * English ones into person or place spans, or misses them. The marks stay
 * outside the span; whatever the model tagged inside is replaced. Tags change
 * in place. In the GermEval training part the pattern occurs 13 times, 11 of
 * them tagged so (the other two: a slogan left untagged, a song title with a
 * city inside).
 */
import { NAMING_NOUNS, VEHICLE_NOUN_ENDINGS, WORK_NOUN_ENDINGS } from "../../lang/de/ner-cues.js";
import { spanEndAt, tagSpan } from "./labels.js";
import { endsInNoun } from "./shape.js";

const OPENING = new Set(['"', "„", "»", "«", "“", "‚"]);
const CLOSING = new Set(['"', "“", "«", "»", "”", "‘"]);
const JOINERS = new Set(["und", "oder", ",", "sowie"]);
/** The longest title taken, in tokens. */
const MAX_TITLE = 15;

const NAMED_KINDS = [...WORK_NOUN_ENDINGS, ...VEHICLE_NOUN_ENDINGS];

/** Whether a capitalised word ends in the name of a kind of work or craft ("Song", "Dokumentationssendung", "Action-Spiels", "Raumfähre"). */
export const isWorkOrCraftNoun = (word: string): boolean => endsInNoun(word, NAMED_KINDS);

const NAMING = new Set(NAMING_NOUNS);

/** "unter dem Namen „…“", "mit dem Titel: „…“": the naming noun, perhaps with a colon, right before the marks at `open`, or null. */
function namingNounBefore(sentence: readonly string[], open: number): string | null {
  const before = sentence[open - 1] === ":" ? open - 2 : open - 1;
  return before >= 0 && NAMING.has(sentence[before]) ? sentence[before] : null;
}

/** Whether the tokens from…to-1 lie in one span the model tagged that opens at `from`. */
function wholeSpan(tags: readonly string[], from: number, to: number): boolean {
  return tags[from].startsWith("B-") && spanEndAt(tags, from) >= to;
}

/** The index of the closing mark of a title opening at `open`, or -1. */
function titleEnd(sentence: readonly string[], open: number): number {
  for (let j = open + 1; j < sentence.length && j - open <= MAX_TITLE + 1; j++) {
    if (CLOSING.has(sentence[j])) return j > open + 1 && /^[\p{Lu}\p{N}]/u.test(sentence[open + 1]) ? j : -1;
  }
  return -1;
}

/** Tags quoted titles after work nouns as MISC, in every sentence. */
export function tagWorkTitles(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 1; i + 2 < sentence.length; i++) {
      if (!OPENING.has(sentence[i]) || t[i - 1] !== "O") continue;
      const work = isWorkOrCraftNoun(sentence[i - 1]);
      const naming = work ? null : namingNounBefore(sentence, i);
      if (!work && naming === null) continue;
      let open = i;
      // "unter dem Namen „Kosovo“": what a bare name names may be a place or a firm; a quote the model tagged whole keeps its type.
      const ambiguousName = naming !== null && /^Namen?$/u.test(naming);
      // "die Modelle „Touareg“ und „Phaeton“": titles joined to the first one are titles too.
      while (open >= 0) {
        const close = titleEnd(sentence, open);
        if (close < 0 || (t[close + 1] ?? "").startsWith("I-")) break;
        if (ambiguousName && wholeSpan(t, open + 1, close)) break;
        tagSpan(t, open + 1, close, "MISC");
        i = close;
        open = JOINERS.has(sentence[close + 1] ?? "") && OPENING.has(sentence[close + 2] ?? "") ? close + 2 : -1;
      }
    }
  });
}
