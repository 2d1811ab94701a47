/**
 * English person spans that end in a common noun: the model reads English
 * with German eyes, where every noun is capitalised, and takes capitalised
 * phrases for persons ("the Restricted Files", "Social Security benefits",
 * "Action on Smoking and Health", "Nobel Peace Laureate", "Core Diameter :
 * 5.1 m"). The article itself tells such a noun: it writes the word in
 * lower case elsewhere ("files", "security", "peace"), which it does not do
 * with a person's surname. A person span whose last word the article also
 * writes in lower case, and none of whose words the name lists know as a
 * given name, a surname or a well-known person's ("Theresa May" beside
 * "may", "Colin Powell"), is no person: untagged, and so not spread to the
 * article's other mentions of the word. English only; tags change in place.
 */
import { ENGLISH_TITLE_SMALL_WORDS } from "../../lang/en/ner-cues.js";
import { isGivenName, isListedSurname } from "../listed-people.js";
import { kindMask, wordKinds, type Gazetteer } from "./gazetteer.js";
import { spansFromTags } from "./labels.js";
import { lowerCaseWords } from "./shape.js";

const PERSON_NAME = kindMask("first", "surname", "person");
const SMALL_WORDS = new Set(ENGLISH_TITLE_SMALL_WORDS);

/** Whether a word is a name by the lists: a given name (also an English short form, "Bob"), a surname, a listed person, or a well-known person's surname. */
const isNameWord = (word: string, gazetteer: Gazetteer | null): boolean => (wordKinds(gazetteer, word) & PERSON_NAME) !== 0 || isGivenName(word) || isListedSurname(word);

/** Untags English person spans that end in a word the article writes in lower case, where no word of the span is a listed name. */
export function untagEnglishNounPersons(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  let lower: Set<string> | null = null;
  words.forEach((sentence, s) => {
    for (const span of spansFromTags(tags[s])) {
      if (span.type !== "PER") continue;
      const last = sentence[span.end - 1];
      // A small word the span ran into ("From: Miriam Thorin To: …") says nothing of the name before it.
      if (!/^\p{Lu}\p{Ll}+$/u.test(last) || SMALL_WORDS.has(last.toLowerCase())) continue;
      lower ??= lowerCaseWords(words);
      if (!lower.has(last.toLowerCase())) continue;
      if (sentence.slice(span.start, span.end).some((word) => isNameWord(word, gazetteer))) continue;
      for (let i = span.start; i < span.end; i++) tags[s][i] = "O";
    }
  });
}
