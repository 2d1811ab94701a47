/**
 * Names joined by "und", "oder", "sowie" or a comma are mostly of one kind
 * ("Böhmen und Mähren", "Dresden , Spitzbergen oder …", "Siemens und
 * Bombardier"): a capitalised word the tagger left untagged right after such
 * a word that follows a place or organisation span is a one-word span
 * of that type when the name lists know the word as that kind of name and as
 * no other. In the GermEval development file one such word is tagged O (a
 * parliamentary group, "FDP und Linksfraktion"); the shipped model on the
 * held-out part and both half models on the second half each left one such
 * listed place untagged.
 * Tags change in place.
 */
import { kindMask, unitTypes, type Gazetteer } from "./gazetteer.js";
import { spansFromTags, tagSpan } from "./labels.js";

const JOINERS = new Set(["und", "oder", "sowie", ","]);
/**
 * The list kinds that name each type, and all kinds that name anything.
 * Persons are left out: the surname lists hold role nouns that follow a name
 * after a comma ("Max Muster , Gründer der …", "Leiter", "Obmann").
 */
const KINDS: Readonly<Record<string, number>> = {
  LOC: kindMask("loc", "country"),
  ORG: kindMask("org"),
};
const ANY = kindMask("first", "surname", "loc", "org", "country", "misc", "person");
/** A capitalised word of letters, perhaps hyphenated ("Mähren", "Nordrhein-Westfalen"). */
const WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

/** Tags untagged listed names joined to a span of their kind, in every sentence. */
export function tagCoordinatedNames(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  if (!gazetteer) return;
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (const span of spansFromTags(t)) {
      const kinds = KINDS[span.type];
      const at = span.end + 1;
      if (kinds === undefined || !JOINERS.has(sentence[span.end] ?? "") || t[at] !== "O" || !WORD.test(sentence[at] ?? "")) continue;
      if ((t[at + 1] ?? "O").startsWith("I-")) continue;
      const listed = unitTypes(gazetteer, sentence[at]);
      if ((listed & kinds) !== 0 && (listed & ANY & ~kinds) === 0) tagSpan(t, at, at + 1, span.type);
    }
  });
}

/** Separators of a list of names: a comma, a dash or a slash ("Lainer, Miranda, Caleta-Car", "Walke – Lainer", "Reyna/Schmitz"). */
const LIST_SEPARATORS = new Set([",", "–", "-", "/"]);

/**
 * "Salzburg: Walke – Lainer, Miranda, Caleta-Car, Ulmer": a one-word place
 * span between two person spans of a list, each one separator away, is a
 * person too, unless the name lists know the word as a place ("Lazaro",
 * "Martschinko", "Atanga" in line-ups of 10kGNAD: 18 of 21 such words
 * persons; the others a band, an app and a sport among names of their kind
 * the model took for persons). Tags change in place.
 */
export function retypePlacesAmongPersons(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    // Most sentences have no place span: the spans are read only where one is.
    if (!t.includes("B-LOC")) return;
    const spans = spansFromTags(t);
    spans.forEach((span, k) => {
      const [before, after] = [spans[k - 1], spans[k + 1]];
      if (span.type !== "LOC" || span.end - span.start !== 1 || before?.type !== "PER" || after?.type !== "PER") return;
      if (before.end !== span.start - 1 || after.start !== span.end + 1 || !LIST_SEPARATORS.has(sentence[before.end]) || !LIST_SEPARATORS.has(sentence[span.end])) return;
      if (gazetteer !== null && (unitTypes(gazetteer, sentence[span.start]) & KINDS.LOC) !== 0) return;
      tagSpan(t, span.start, span.end, "PER");
    });
  });
}

const GIVEN_OR_KNOWN = kindMask("first", "person");

/**
 * "Audi, BMW und Daimler", "Daimler und BMW": a one-word person span joined
 * by "und", "oder", "sowie" or a comma to an organisation span right before
 * or after it is an organisation too where the name lists know the word as
 * one — also when they hold it as a surname ("Daimler", "Peugeot",
 * "Ferrari"), not as a first name or a well-known person. Tags change in
 * place.
 */
export function retypePersonsAmongOrganisations(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  if (!gazetteer) return;
  words.forEach((sentence, s) => {
    const t = tags[s];
    if (!t.includes("B-ORG") || !t.includes("B-PER")) return;
    const spans = spansFromTags(t);
    spans.forEach((span, k) => {
      if (span.type !== "PER" || span.end - span.start !== 1) return;
      const [before, after] = [spans[k - 1], spans[k + 1]];
      const afterOrganisation = before?.type === "ORG" && before.end === span.start - 1 && JOINERS.has(sentence[before.end]);
      const beforeOrganisation = after?.type === "ORG" && after.start === span.end + 1 && JOINERS.has(sentence[span.end]);
      if (!afterOrganisation && !beforeOrganisation) return;
      const kinds = unitTypes(gazetteer, sentence[span.start]);
      if ((kinds & KINDS.ORG) !== 0 && (kinds & GIVEN_OR_KNOWN) === 0) tagSpan(t, span.start, span.end, "ORG");
    });
  });
}
