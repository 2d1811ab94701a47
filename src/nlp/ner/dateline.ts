/**
 * "TOKIO (Dow Jones) Der japanische Aktienmarkt …", "RIEDLINGEN - Thema
 * Nummer eins …", "BRUSSELS, June 28, 2024 —", "BOCHUM Dass er …": a place
 * name in capitals that opens a sentence before a bracket, a dash, a comma
 * or a capitalised word is the dateline of a news item. When the word written
 * as a name ("Tokio", "Riedlingen") is a listed place or state, the first
 * token is that place, whatever the tagger made of it. Tags change in place.
 */
import { kindMask, unitTypes, type Gazetteer } from "./gazetteer.js";

const PLACE = kindMask("loc", "country");
const CAPITALS = /^\p{Lu}{3,}(?:-\p{Lu}{2,})*$/u;
const AFTER = new Set(["(", "-", "–", "—", "/", ","]);
/** The first word of the news item itself, where the dateline has no punctuation after it ("BOCHUM Dass er …"). */
const MIXED_CASE = /^\p{Lu}\p{Ll}/u;

/** "RIEDLINGEN" → "Riedlingen", "BADEN-BADEN" → "Baden-Baden". */
export function asName(word: string): string {
  return word
    .split("-")
    .map((part) => part[0] + part.slice(1).toLowerCase())
    .join("-");
}

/** Dashes after a dateline written as a name ("Jerusalem – Nach einem Raketenangriff …", "Linz – Die SPÖ …"). */
const DASHES = new Set(["–", "—"]);

/**
 * Tags datelines as places, in every sentence (nothing without a gazetteer):
 * a listed place in capitals as above, or written as a name before a dash
 * and a capitalised word ("Jerusalem – Nach …", as derStandard and Spiegel
 * Online open their items; the tagger took "Jerusalem" and "Linz" there for
 * persons).
 */
export function tagDatelines(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  if (gazetteer === null) return;
  words.forEach((sentence, s) => {
    const t = tags[s];
    if (sentence.length < 2 || t[1].startsWith("I-")) return;
    const capitals = CAPITALS.test(sentence[0]) && (AFTER.has(sentence[1]) || MIXED_CASE.test(sentence[1]));
    const name = MIXED_CASE.test(sentence[0]) && DASHES.has(sentence[1]) && MIXED_CASE.test(sentence[2] ?? "");
    if ((capitals || name) && (unitTypes(gazetteer, capitals ? asName(sentence[0]) : sentence[0]) & PLACE) !== 0) t[0] = "B-LOC";
  });
}
