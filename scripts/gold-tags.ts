/**
 * A name rule applied to the gold tags of the whole GermEval development
 * file (OTH as MISC, deriv and part forms as O, as `lagebild eval ner`
 * scores them): prints each sentence the rule changes, with its tags before
 * and after, then how many it changed. Not a test; this is how the model card
 * and the rules' docstrings check that a rule agrees with GermEval's
 * annotation ("applied to the gold tags it changes nothing").
 *
 *   node --import tsx scripts/gold-tags.ts RULE [--data ../shared/data]
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { untagCommonNouns } from "../src/nlp/ner/common-nouns.js";
import { tagEnglishAwardNames, tagEnglishBodyNames } from "../src/nlp/ner/english-bodies.js";
import type { Gazetteer } from "../src/nlp/ner/gazetteer.js";
import { splitGenitiveOwners } from "../src/nlp/ner/genitive-owner.js";
import { mapGermEvalTags, parseGermEval } from "../src/nlp/ner/germeval.js";
import { tagDatelines } from "../src/nlp/ner/dateline.js";
import { retypeOutlets, tagListedOrganisationWords } from "../src/nlp/ner/organisations.js";
import { trimLeadingRoles } from "../src/nlp/ner/roles.js";
import { loadNerModel } from "../src/nlp/ner/tagger.js";
import { GERMEVAL_FILE } from "../src/nlp/ner/training/corpora.js";

type Rule = (words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null) => void;

/** The rules this script can apply, by the name they are exported under. */
const RULES: Readonly<Record<string, Rule>> = {
  untagCommonNouns,
  splitGenitiveOwners,
  tagListedOrganisationWords,
  retypeOutlets,
  trimLeadingRoles: (words, tags) => trimLeadingRoles(words, tags),
  tagDatelines,
  tagEnglishBodyNames: (words, tags) => tagEnglishBodyNames(words, tags),
  tagEnglishAwardNames: (words, tags) => tagEnglishAwardNames(words, tags),
};

const name = process.argv[2];
const rule = name === undefined ? undefined : RULES[name];
if (rule === undefined) {
  console.error(`gold-tags: name a rule, one of ${Object.keys(RULES).join(", ")} (got ${name === undefined ? "none" : `"${name}"`}).`);
  process.exit(2);
}
const at = process.argv.indexOf("--data");
const file = join(resolve(at >= 0 ? process.argv[at + 1] : join(import.meta.dirname, "..", "..", "shared", "data")), GERMEVAL_FILE);
if (!existsSync(file)) {
  console.error(`gold-tags: ${file} is missing; pass the shared data folder with --data DIR.`);
  process.exit(1);
}

const gazetteer = loadNerModel().resources.gazetteer;
const show = (words: readonly string[], tags: readonly string[]): string => words.map((w, i) => (tags[i] === "O" ? w : `${w}/${tags[i]}`)).join(" ");
let changed = 0;
for (const sentence of parseGermEval(readFileSync(file, "utf8"))) {
  const words = sentence.rows.map((r) => r.token);
  const gold = mapGermEvalTags(sentence.rows.map((r) => r.outer));
  const tags = [[...gold]];
  rule([words], tags, gazetteer);
  if (tags[0].every((t, i) => t === gold[i])) continue;
  changed++;
  console.log(`before: ${show(words, gold)}\nafter:  ${show(words, tags[0])}\n`);
}
console.log(`${name}: ${changed} sentence(s) of the gold tags changed`);
