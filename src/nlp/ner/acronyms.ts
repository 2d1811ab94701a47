/**
 * An abbreviation in parentheses right after a name stands for an
 * organisation: the organisation's own short form ("Vereinigte
 * Saar-Elektrizitäts-AG ( VSE )", "Südstormarnsche Kreisbahn ( VKSt )") or,
 * after a person, the party or body the person belongs to ("Ilse Falk (
 * CDU )"). In the GermEval development file all 19 such abbreviations after
 * an organisation (13) or a person (6) are organisations; after a place or
 * an untagged word they are anything ("Frankfurt/Main ( AP )",
 * "Fluorchlorkohlenwasserstoffe ( FCKW )", "Master of Business
 * Administration ( MBA )"), so those are left to the tagger. The model often
 * misses these: a lone capitalised token in parentheses looks like nothing
 * in particular. Tags change in place.
 */
import { tagType } from "./labels.js";

/** An abbreviation: a capital, then 1–7 letters or digits, with at least two capitals ("VSE", "VKSt", "G8"). */
const ABBREVIATION = /^\p{Lu}[\p{L}\d&]{1,7}$/u;

/** Whether a token looks like an abbreviation ("BA", "VKSt"; not "Bonn"). */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATION.test(word) && (word.match(/\p{Lu}|\d/gu)?.length ?? 0) >= 2;
}

/** The types of the span before a parenthesised abbreviation that make the abbreviation an organisation. */
const BEFORE: ReadonlyMap<string, "retype" | "untagged"> = new Map([
  // The organisation's own short form: whatever the model made of it.
  ["ORG", "retype"],
  // A person's party or body: only where the model left it untagged (a tagged one may be a place, "( USA )").
  ["PER", "untagged"],
]);

/** Tags "( ABBR )" after an organisation or person span as an organisation, in every sentence. */
export function tagParenthesisedAbbreviations(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 2; i + 1 < sentence.length; i++) {
      if (sentence[i - 1] !== "(" || sentence[i + 1] !== ")" || !isAbbreviation(sentence[i])) continue;
      const before = tagType(t[i - 2]);
      const mode = before === null ? undefined : BEFORE.get(before);
      if (mode === "retype" || (mode === "untagged" && t[i] === "O")) t[i] = "B-ORG";
    }
  });
}
