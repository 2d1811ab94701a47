/**
 * Names that open with a geographic head are places, whatever type the
 * model gave them: "Cerro Amarillo", "Río Xingú" (tagged ORG), "Lido delle
 * Nazioni", "Kreuz Walldorf" (tagged PER). A span of two or more tokens
 * whose first word is such a head (`GEOGRAPHIC_HEADS`) becomes a place. In
 * the GermEval development file 16 of 17 spans that open with one of these
 * heads or with "San" are places (the other, "San Antonio Spurs", is why
 * "San" and "Santa" are not on the list). Tags change in place.
 */
import { ADMINISTRATIVE_HEADS, GEOGRAPHIC_HEADS } from "../../lang/de/ner-cues.js";
import { ENGLISH_PLACE_HEADS } from "../../lang/en/ner-cues.js";
import { retypePersonsEndingIn, retypeSpan, spanEndAt, tagSpan } from "./labels.js";

const HEADS = new Set(GEOGRAPHIC_HEADS);
const ADMINISTRATIVE = new Set(ADMINISTRATIVE_HEADS);
const ENGLISH_HEADS = new Set(ENGLISH_PLACE_HEADS);

/**
 * English names of buildings, streets and waters in German text ("Jones
 * House", "Fifth Avenue", "Hudson River"), which the model takes for
 * persons: a person span of two or more words that ends in such a head is a
 * place. In the GermEval development file the spans of two or more words
 * that end in one are 7 places, one organisation ("Wall Street") and one
 * person whose surname is a head left off the list ("Jason Hall").
 */
export function retypeEnglishPlaceNames(words: readonly (readonly string[])[], tags: string[][]): void {
  retypePersonsEndingIn(words, tags, (word) => ENGLISH_HEADS.has(word), (t, start) => retypeSpan(t, start, "LOC"));
}

/** Retypes spans that open with a geographic head as places, in every sentence. */
export function retypeGeographicNames(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i + 1 < t.length; i++) {
      if (t[i].startsWith("B-") && t[i] !== "B-LOC" && t[i + 1] === `I-${t[i].slice(2)}` && HEADS.has(sentence[i])) retypeSpan(t, i, "LOC");
    }
  });
}

/** "St." and "Sankt" before a place's name. */
const SAINT = new Set(["St.", "Sankt"]);
const CAPITALISED = /^\p{Lu}/u;

/**
 * "in St. Petersburg" (tagged as two places, "St." and "Petersburg"), "in
 * St. Johann im Pongau" ("Johann" a person), "in St. Georgen" ("St." alone a
 * place): "St." or "Sankt" tagged alone as a place before a capitalised
 * word, or untagged before a name the model found, opens that place's name,
 * which ends where the span after it ends. Not after a capitalised word (a
 * person's name, "Thania St. John"), nor a span the model found whole ("St.
 * Pölten", the club "FC St. Pauli"), nor an untagged "St." before an
 * untagged word ("den St. Martinsorden"). GermEval's development file has
 * no "St.".
 */
export function joinSaintPlaces(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i + 1 < t.length; i++) {
      if (!SAINT.has(sentence[i]) || !CAPITALISED.test(sentence[i + 1]) || t[i + 1].startsWith("I-") || (i > 0 && CAPITALISED.test(sentence[i - 1]))) continue;
      if (t[i] !== "B-LOC" && !(t[i] === "O" && t[i + 1].startsWith("B-"))) continue;
      const end = t[i + 1].startsWith("B-") ? spanEndAt(t, i + 1) : i + 2;
      tagSpan(t, i, end, "LOC");
      i = end - 1;
    }
  });
}

/**
 * "der autonomen Republik Krim" (tagged PER over both words), "die Stadt
 * Halle": the noun of an administrative unit leaves a span it opens, and
 * the name after it is a place, whatever type the model gave the span.
 */
export function trimAdministrativeHeads(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i + 1 < t.length; i++) {
      if (!t[i].startsWith("B-") || t[i + 1] !== `I-${t[i].slice(2)}` || !ADMINISTRATIVE.has(sentence[i])) continue;
      const end = spanEndAt(t, i);
      t[i] = "O";
      tagSpan(t, i + 1, end, "LOC");
    }
  });
}
