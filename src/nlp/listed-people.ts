/**
 * What the name lists say of persons, for rules outside the tagger's
 * features: the surnames of the well-known people (the last words of the
 * full names of src/lang/de/ner-people.ts) and the given names (the lists'
 * first names and the English short forms, "Bill", "Jim"). Built on first
 * use.
 */
import { ALL_FIRST_NAMES } from "../lang/de/ner-lists.js";
import { WELL_KNOWN_PEOPLE } from "../lang/de/ner-people.js";
import { NICKNAMES } from "../lang/en/nicknames.js";

let surnames: ReadonlySet<string> | null = null;
let given: ReadonlySet<string> | null = null;

/** The last word of a name ("Putin" of "Wladimir Putin"). */
export const lastWord = (name: string): string => name.slice(name.lastIndexOf(" ") + 1);

/** Whether a word is the last word of a well-known person's full name ("Putin", "Jobs", also "Martin" of "Ricky Martin"). */
export function isListedSurname(word: string): boolean {
  surnames ??= new Set(WELL_KNOWN_PEOPLE.filter((n) => n.includes(" ")).map(lastWord));
  return surnames.has(word);
}

/** Whether a word is a given name of the lists or an English short form ("Theresa", "Bill"). */
export function isGivenName(word: string): boolean {
  given ??= new Set([...ALL_FIRST_NAMES, ...Object.entries(NICKNAMES).flat(2)]);
  return given.has(word);
}

/** A well-known person's surname that is no given name ("Putin", "Nawalny"; not "Martin"). */
export const isFamousSurname = (word: string): boolean => isListedSurname(word) && !isGivenName(word);
