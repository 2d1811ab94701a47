/**
 * "1. FC Köln", "1. FSV Mainz 05": the ordinal before a club's abbreviation
 * is part of its name (GermEval tags it so), but the tagger starts the span
 * at the abbreviation. An ordinal token ("1.") right before an organisation
 * span that opens with a club abbreviation joins the span. Tags change in place.
 */
import { CLUB_ABBREVIATIONS } from "../../lang/de/ner-cues.js";

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
