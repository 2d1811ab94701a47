/**
 * Descriptors: a definite article and a noun that describes a person the
 * text has just named — a nationality ("Teamchef Jean Todt … wird der
 * Franzose zitiert", "die Britin", "the Frenchman") or an age ("Trainer
 * Jürgen Klopp … sagte der 55-Jährige", "the 55-year-old"). Unlike a role
 * ("der Minister"), which may name someone new, such a phrase points back to
 * the person just written about. Word lists in the language data
 * (`descriptorNouns`, `descriptorEndings`, `articleGenders`).
 */
import type { QuoteDoc } from "./context.js";
import type { Gender } from "../name-gender.js";

/** A descriptor phrase: the gender it names, or null when its words do not tell. */
export interface Descriptor {
  gender: Gender | null;
}

/**
 * The descriptor a speaker phrase is ("der Franzose" → m, "die 34-Jährige"
 * → f, "the 55-year-old" → either), or null for any other phrase — also for
 * a plural one ("die Franzosen", "die 34-Jährigen") and for one of more
 * words ("die Deutsche Bank").
 */
export function descriptorOf(doc: QuoteDoc, text: string): Descriptor | null {
  const words = text.toLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length !== 2 || !doc.lex.sets.descriptorArticles.has(words[0])) return null;
  const [article, noun] = words;
  const data = doc.lex.data;
  const isAge = data.descriptorEndings.some((e) => noun.endsWith(e) && /\d/u.test(noun));
  if (!isAge && !doc.lex.sets.descriptorNouns.has(noun)) return null;
  const endsIn = (endings: readonly string[]): boolean => endings.some((e) => noun.endsWith(e));
  if (!isAge && endsIn(data.descriptorGenderEndings.f)) return { gender: "f" };
  if (!isAge && endsIn(data.descriptorGenderEndings.m)) return { gender: "m" };
  const byArticle = data.articleGenders[article] ?? null;
  // "die Amerikaner", "die 34-Jährigen" are many: after a feminine article a singular descriptor has its own ending.
  if (byArticle === "f" && !endsIn(data.feminineSingularEndings)) return null;
  return { gender: byArticle };
}
