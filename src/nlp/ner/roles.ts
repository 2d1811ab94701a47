/**
 * A role or title the tagger pulled into a person span ("Bäderleiter
 * Schmid", "Bundeskanzler Olaf Scholz"): GermEval, like our output, leaves
 * it outside the name. A person span whose first token is a listed title or
 * ends in a role ending, followed by a capitalised token of the span, starts
 * one token later. Likewise a place or organisation span that holds a
 * designator before the name ("Kanton Baselland" → "Baselland", "Jenaer
 * Stadtteil Lobeda" → LOC "Lobeda"). Tags change in place.
 */
import { DEMONYM_FORMS } from "../../lang/de/names.js";
import { ENGLISH_UNDOTTED_TITLES } from "../../lang/en/ner-cues.js";
import { KINSHIP_TITLES, NAME_INNER_PARTICLES, PERSON_ROLE_ENDINGS, PERSON_ROLE_NOUNS, PERSON_TITLE_ENDINGS, PERSON_TITLES, PLACE_DESIGNATORS } from "../../lang/de/ner-cues.js";
import { retypeSpan, spanEndAt, tagSpan } from "./labels.js";

const DESIGNATORS = new Set(PLACE_DESIGNATORS);

const TITLES = new Set(PERSON_TITLES.filter((t) => !/^(?:Sankt|St\.|Heilige|Heiligen|Sir|Lady)$/u.test(t)));
const ROLE_ENDING = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${[...PERSON_TITLE_ENDINGS, "leiter", "leiterin", "inhaber", "inhaberin"].join("|")})$`, "u");
const CAPITALISED = /^\p{Lu}/u;

/**
 * Titles after which a span is a person whatever the tagger made of it: in
 * the GermEval development file all 52 names right after an untagged title
 * of the list (or a word of kinship) are persons. "General" is left out
 * ("General Motors"); British titles without a full stop join ("Mr Lagos").
 */
const AFTER_TITLE = new Set([...[...TITLES].filter((t) => t !== "General"), ...KINSHIP_TITLES, ...ENGLISH_UNDOTTED_TITLES]);
const INNER_PARTICLES = new Set(NAME_INNER_PARTICLES);

/** Most words a name after a title may have ("Gallus Maximus", "Amalie Zephyrine von Hohenzollern"). */
const MAX_NAME_WORDS = 4;

/** A span of a few capitalised words or particles: a name, not a phrase the tagger ran on with ("Mr. Kim's decision to shut down …"). */
function isNameSpan(sentence: readonly string[], t: readonly string[], start: number): boolean {
  const words = sentence.slice(start, spanEndAt(t, start));
  return words.length <= MAX_NAME_WORDS && words.every((w) => CAPITALISED.test(w) || INNER_PARTICLES.has(w));
}

const ROLE_NOUNS = new Set(PERSON_ROLE_NOUNS);
const MORE_ROLE_ENDING = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${PERSON_ROLE_ENDINGS.join("|")})$`, "u");

/** Whether a token is a role or title rather than part of a name ("Bundeskanzler", "Olympiasieger", "CEO"). */
export function isRoleToken(token: string): boolean {
  if (TITLES.has(token) || ROLE_ENDING.test(token) || ROLE_NOUNS.has(token) || MORE_ROLE_ENDING.test(token)) return true;
  // "Bayern-Vorstand", "SPD-Vizefraktionschef": a role compounded with a name by a hyphen.
  const last = token.slice(token.lastIndexOf("-") + 1);
  return last !== token && /^\p{Lu}/u.test(last) && isRoleToken(last);
}

/** Moves the start of person spans past a leading role ("Bäderleiter Schmid" → "Schmid"), in every sentence. */
export function trimLeadingRoles(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i + 1 < sentence.length; i++) {
      if (t[i] === "B-PER" && t[i + 1] === "I-PER" && isRoleToken(sentence[i]) && CAPITALISED.test(sentence[i + 1])) {
        t[i] = "O";
        t[i + 1] = "B-PER";
      } else if (t[i] === "B-PER" && t[i + 1] === "B-PER" && isRoleToken(sentence[i])) {
        // "unter Coach Bruno Labbadia" tagged as two persons: the role alone is none.
        t[i] = "O";
      } else if ((t[i] === "B-LOC" || t[i] === "B-ORG") && placeAfterDesignator(sentence, t, i)) {
        continue;
      } else if (t[i] === "O" && AFTER_TITLE.has(sentence[i]) && (t[i + 1] === "B-LOC" || t[i + 1] === "B-ORG" || t[i + 1] === "B-MISC") && isNameSpan(sentence, t, i + 1)) {
        // "Oberst Ollendorf", "Onkel Gallus" (tagged LOC): after a title stands a person.
        retypeSpan(t, i + 1, "PER");
      } else if (t[i] === "O" && DESIGNATORS.has(sentence[i]) && t[i + 1] === "B-PER") {
        // "Am Standort Chakan" (tagged PER): after a designator stands a place.
        retypeSpan(t, i + 1, "LOC");
      } else if (FEMININE_DEMONYMS.has(sentence[i]) && t[i].startsWith("B-") && t[i + 1] === `I-${t[i].slice(2)}` && CAPITALISED.test(sentence[i + 1])) {
        retypeAsPerson(t, i);
      }
    }
  });
}

/**
 * "Kanton Baselland", "Jenaer Stadtteil Lobeda" (tagged ORG by the model): a
 * place span that holds a designator followed only by capitalised words is
 * the place those words name; the designator and what stands before it in
 * the span (a place adjective, which GermEval tags as a derivation) leave the
 * span. An organisation span is read so only when something stands before
 * the designator: "Kanton Zürich" alone may be the canton's government.
 * Returns whether the span at `i` was changed.
 */
function placeAfterDesignator(sentence: readonly string[], t: string[], i: number): boolean {
  const end = spanEndAt(t, i);
  for (let p = t[i] === "B-LOC" ? i : i + 1; p < end - 1; p++) {
    if (!DESIGNATORS.has(sentence[p])) continue;
    if (!sentence.slice(p + 1, end).every((w) => CAPITALISED.test(w))) return false;
    t.fill("O", i, p + 1);
    tagSpan(t, p + 1, end, "LOC");
    return true;
  }
  return false;
}

/** Feminine nationality nouns ("Finnin", "Französin"): unlike "Deutsche" or "Schweizer" they never begin an organisation's name. */
const FEMININE_DEMONYMS = new Set(DEMONYM_FORMS.filter((d) => d.endsWith("in")));

/** "Finnin Sanni Leinonen" tagged as one span of any type: the nationality noun is left out and the rest is a person. */
function retypeAsPerson(t: string[], i: number): void {
  const end = spanEndAt(t, i);
  t[i] = "O";
  tagSpan(t, i + 1, end, "PER");
}
