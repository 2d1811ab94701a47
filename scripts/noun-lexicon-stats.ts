/**
 * What the German noun lexicon (src/lang/de/noun-lexicon.ts) says about the
 * GermEval 2014 development file's gold names (models/ner-de.md, Method;
 * not a test). For every capitalised word inside a sentence (not its first
 * token), by what the lexicon says of it — a listed noun form, a compound
 * ending in one, nothing —, how many such words there are and how many of
 * them stand in a gold name (PER, ORG, LOC, MISC after the output mapping).
 * Then the lexicon's words that the shipped model's name lists hold, by list
 * kind (names the lexicon takes for nouns: "Bundeswehr", "Schweiz").
 *
 *   node --import tsx scripts/noun-lexicon-stats.ts [--data ../shared/data]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { germanNounForms, nounEvidence } from "../src/lang/de/noun-lexicon.js";
import { GAZETTEER_KINDS, unitTypes } from "../src/nlp/ner/gazetteer.js";
import { parseGermEval } from "../src/nlp/ner/germeval.js";
import { loadNerModel } from "../src/nlp/ner/tagger.js";
import { GERMEVAL_FILE, germEvalLabelled } from "../src/nlp/ner/training/corpora.js";
import { sharedDataDir } from "./args.js";

const file = join(sharedDataDir(), GERMEVAL_FILE);
if (!existsSync(file)) {
  console.error(`noun-lexicon-stats: ${file} is missing; pass the shared data folder with --data DIR.`);
  process.exit(1);
}
const nouns = germanNounForms();
console.log(`noun lexicon: ${nouns.size} forms`);

const counts = new Map<string, { words: number; inNames: number }>();
for (const { tokens, tags } of germEvalLabelled(parseGermEval(readFileSync(file, "utf8")))) {
  tokens.forEach((token, i) => {
    if (i === 0 || !/^\p{Lu}\p{Ll}/u.test(token)) return;
    const key = nounEvidence(nouns, token) ?? "not in the lexicon";
    const c = counts.get(key) ?? { words: 0, inNames: 0 };
    c.words++;
    if (tags[i] !== "O") c.inNames++;
    counts.set(key, c);
  });
}
console.log("capitalised words inside a sentence (GermEval dev, gold tags):");
for (const [key, c] of counts) console.log(`  ${key.padEnd(20)} ${String(c.words).padStart(6)} words, ${(c.inNames / c.words * 100).toFixed(1)} % of them in a name`);

const gazetteer = loadNerModel().resources.gazetteer;
if (gazetteer) {
  console.log("the lexicon's words that the name lists hold, by kind:");
  GAZETTEER_KINDS.forEach((kind, bit) => {
    const held = [...nouns].filter((w) => (unitTypes(gazetteer, w) & (1 << bit)) !== 0);
    console.log(`  ${kind.padEnd(8)} ${String(held.length).padStart(5)}  ${held.slice(0, 8).join(", ")}`);
  });
}
