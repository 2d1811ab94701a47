/**
 * "1. FC Köln", "1. FSV Mainz 05": the ordinal before a club's abbreviation
 * is part of its name (GermEval tags it so), but the tagger starts the span
 * at the abbreviation. An ordinal token ("1.") right before an organisation
 * span that opens with a club abbreviation joins the span. And the words
 * after the abbreviation belong to the name ("beim SSV Reutlingen", tagged
 * "SSV" alone): GermEval tags a club abbreviation and the capitalised words
 * after it as one organisation all 11 times in its development file. Tags
 * change in place.
 */
import { CLUB_ABBREVIATIONS } from "../../lang/de/ner-cues.js";
import { unitTypes, type Gazetteer } from "./gazetteer.js";
import { spanEndAt, tagSpan } from "./labels.js";
import { isRoleToken } from "./roles.js";

const CLUBS = new Set(CLUB_ABBREVIATIONS);
const ORDINAL = /^\d{1,2}\.$/u;

/** Extends organisation spans over a leading ordinal, in every sentence. */
export function joinClubOrdinals(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i + 1 < sentence.length; i++) {
      if (t[i] === "O" && ORDINAL.test(sentence[i]) && t[i + 1] === "B-ORG" && CLUBS.has(sentence[i + 1])) {
        t[i] = "B-ORG";
        t[i + 1] = "I-ORG";
      }
    }
  });
}

/** The most words after a club abbreviation taken into its name ("FC Carl Zeiss Jena"). */
const MAX_CLUB_WORDS = 4;

/**
 * The end of the name words after a club abbreviation at `i`: words the name
 * lists know (places, names: "Reutlingen", "Carl Zeiss Jena") that the model
 * left untagged or took for a place, up to a role ("FC Bayern Trainer Niko
 * Kovač"; roles.ts), and a squad number
 * ("Schalke 04"). A common noun ("der FC Bayern München Verhandlungen …") or
 * another span ("vom FC Bayern München Michael Ballack") ends the name.
 */
function clubNameEnd(sentence: readonly string[], tags: readonly string[], i: number, gazetteer: Gazetteer): number {
  let end = i + 1;
  const nameWord = (w: string, tag: string) =>
    (/^\p{Lu}/u.test(w) && !isRoleToken(w) && (tag === "O" || tag.endsWith("-LOC") || tag === "I-ORG") && (tag !== "O" || unitTypes(gazetteer, w) !== 0)) ||
    (end > i + 1 && /^\d{2}$/u.test(w));
  while (end < sentence.length && end - i <= MAX_CLUB_WORDS && nameWord(sentence[end], tags[end])) end++;
  return end;
}

/** Extends a club abbreviation's organisation span (or tags an untagged one) over the name words after it, in every sentence. */
export function joinClubNames(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  if (gazetteer === null) return;
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i + 1 < sentence.length; i++) {
      if (!CLUBS.has(sentence[i]) || (t[i] !== "O" && t[i] !== "B-ORG" && t[i] !== "I-ORG")) continue;
      const end = clubNameEnd(sentence, t, i, gazetteer);
      const spanEnd = t[i] === "O" ? i + 1 : spanEndAt(t, i);
      if (end <= spanEnd || (t[end] ?? "O").startsWith("I-")) continue;
      const start = t[i] === "I-ORG" ? i - 1 : i;
      if (start < i && !(t[start] === "B-ORG" && ORDINAL.test(sentence[start]))) continue;
      tagSpan(t, start, end, "ORG");
    }
  });
}
