/**
 * An institution named by its kind and its place is one organisation span
 * ("an der Universität Łódź", "TH Zürich", "der Realschule Spaichingen",
 * "im Kraftwerk Lippendorf"): the model tags the place on its own as LOC and
 * leaves the noun out. When an untagged head noun (INSTITUTION_HEADS, or a
 * noun ending in one of INSTITUTION_HEAD_ENDINGS), or one the model tagged as
 * an organisation of its own, stands right before a place span, noun and
 * place become one ORG span; a place span that opens with
 * such a noun is retyped ("im Maximilianmuseum Augsburg", tagged LOC whole).
 * Tags change in place.
 */
import { INSTITUTION_HEAD_ENDINGS, INSTITUTION_HEADS } from "../../lang/de/ner-cues.js";
import { spanEndAt, tagSpan } from "./labels.js";
import { endsInNoun } from "./shape.js";

const HEADS = new Set(INSTITUTION_HEADS);

/** Whether a word names a kind of institution ("Universität", "Realschule", "TU"). */
export function isInstitutionHead(word: string): boolean {
  return HEADS.has(word) || endsInNoun(word, INSTITUTION_HEAD_ENDINGS);
}

/** Joins an institution noun and the place span after it into one organisation span, in every sentence. */
export function joinInstitutionPlaces(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (let i = 0; i + 1 < sentence.length; i++) {
      // "im Maximilianmuseum Augsburg", tagged LOC with the noun: the same name.
      const tagged = t[i] === "B-LOC" && t[i + 1] === "I-LOC";
      // "an der TH Zürich", tagged ORG "TH" and LOC "Zürich": the noun alone names no institution.
      const before = (t[i] === "O" || (t[i] === "B-ORG" && !(t[i + 1] ?? "").startsWith("I-"))) && t[i + 1] === "B-LOC";
      if ((tagged || before) && isInstitutionHead(sentence[i])) tagSpan(t, i, spanEndAt(t, tagged ? i : i + 1), "ORG");
    }
  });
}
