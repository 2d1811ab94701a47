/**
 * Document-level splitting of person spans that join two names or a
 * descriptor and a name. German puts subject and object side by side after
 * the verb ("Später holte Niessl Doskozil nach Eisenstadt", "forderte Kickl
 * Van der Bellen auf"), and news writes a descriptor right before a surname
 * ("sagt IHS-Mann Hofer", "Stuttgarts Harnik"); the model tags each as one
 * person, which the entity list then shows as a person of its own ("Niessl
 * Doskozil", "IHS-Mann Hofer"). Only with evidence from the same document:
 * the part after the split must be a person the document names elsewhere —
 * not through this span's own words — and the part before it either such a
 * person too, or a word that cannot open a name (a hyphenated compound whose
 * parts are no first names, the genitive of a listed place or organisation).
 * Tags are changed in place.
 */
import { genitiveTypes, kindMask, unitTypes, type Gazetteer } from "./gazetteer.js";
import { spansFromTags } from "./labels.js";

const FIRST_NAME = kindMask("first");
const PERSON_NAME = kindMask("first", "surname", "person");
const PLACE_OR_BODY = kindMask("loc", "country", "org");

interface PersonSpan {
  s: number;
  start: number;
  words: readonly string[];
}

/** The document's person spans with their words. */
function personSpans(tokens: readonly (readonly string[])[], tags: readonly (readonly string[])[]): PersonSpan[] {
  return tags.flatMap((sentenceTags, s) =>
    spansFromTags(sentenceTags)
      .filter((span) => span.type === "PER")
      .map((span) => ({ s, start: span.start, words: tokens[s].slice(span.start, span.end) })),
  );
}

/** The person spans of two or more words by their last word, and their names: looked up per span, so a long text with thousands of persons is read once. */
interface FullNames {
  byLastWord: Map<string, PersonSpan[]>;
  names: Set<string>;
}

function fullNames(persons: readonly PersonSpan[]): FullNames {
  const byLastWord = new Map<string, PersonSpan[]>();
  const names = new Set<string>();
  for (const p of persons) {
    if (p.words.length < 2) continue;
    const last = p.words[p.words.length - 1];
    const list = byLastWord.get(last);
    if (list) list.push(p);
    else byLastWord.set(last, [p]);
    names.add(p.words.join(" "));
  }
  return { byLastWord, names };
}

/**
 * Whether another span of the document names `words` as the end of a
 * person's full name, with another word before them than `before` ("Hofer"
 * of "Helmut Hofer" counts for "IHS-Mann Hofer", a second "IHS-Mann Hofer"
 * does not; nor does a one-word span alone, which is often a mistagged
 * noun: "Igel", "Software"). The words open with a capital ("Van der
 * Bellen", not "von Birdlife").
 */
function namedElsewhere(full: FullNames, self: PersonSpan, words: readonly string[], before: string): boolean {
  const n = words.length;
  if (!/^\p{Lu}/u.test(words[0])) return false;
  const candidates = full.byLastWord.get(words[n - 1]) ?? [];
  return candidates.some((p) => p !== self && p.words.length > n && words.every((w, i) => p.words[p.words.length - n + i] === w) && p.words[p.words.length - n - 1] !== before);
}

/**
 * Whether the words before the split name another person of the document:
 * a full name it writes elsewhere ("Erwin Pröll"), or one word that ends
 * such a name ("Niessl" after "Hans Niessl"; not "Cam", which the document
 * also writes alone). They end in no first name or initial.
 */
function isOtherPerson(gazetteer: Gazetteer, full: FullNames, self: PersonSpan, head: readonly string[]): boolean {
  const last = head[head.length - 1];
  // "John W. Kluge": an initial or a first name does not end a name.
  if ((unitTypes(gazetteer, last) & FIRST_NAME) !== 0 || /^\p{Lu}\.?$/u.test(last)) return false;
  if (head.length > 1) return full.names.has(head.join(" "));
  return (full.byLastWord.get(last) ?? []).some((p) => p !== self);
}

/** A word before a surname that cannot open a name: "IHS-Mann", "AfD-Vize", "Ex-Nationaltorwart" (not "Hans-Peter"), "Stuttgarts". */
function isDescriptor(gazetteer: Gazetteer, word: string): boolean {
  if ((unitTypes(gazetteer, word) & PERSON_NAME) !== 0) return false;
  const parts = word.split("-");
  if (parts.length > 1 && parts.every((p) => p !== "") && !parts.every((p) => (unitTypes(gazetteer, p) & FIRST_NAME) !== 0)) return true;
  return (genitiveTypes(gazetteer, word) & PLACE_OR_BODY) !== 0;
}

/** Splits person spans of two persons, and drops a descriptor before a person, where the document names the persons elsewhere. */
export function splitJoinedPersons(tokens: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  if (gazetteer === null) return;
  const persons = personSpans(tokens, tags);
  const full = fullNames(persons);
  for (const self of persons) {
    for (let k = 1; k < self.words.length; k++) {
      const head = self.words.slice(0, k);
      if (!namedElsewhere(full, self, self.words.slice(k), head[k - 1])) continue;
      if (isOtherPerson(gazetteer, full, self, head)) {
        tags[self.s][self.start + k] = "B-PER";
      } else if (k === 1 && isDescriptor(gazetteer, head[0])) {
        tags[self.s][self.start] = "O";
        tags[self.s][self.start + 1] = "B-PER";
      } else {
        continue;
      }
      break;
    }
  }
}
