/**
 * A name rule applied to the gold tags of the whole GermEval development
 * file (OTH as MISC, deriv and part forms as O, as `lagebild eval ner`
 * scores them): prints each sentence the rule changes, with its tags before
 * and after, then how many it changed. Not a test; this is how the model card
 * and the rules' docstrings check that a rule agrees with GermEval's
 * annotation ("applied to the gold tags it changes nothing").
 *
 *   node --import tsx scripts/gold-tags.ts RULE [--data ../shared/data]
 *
 * RULE is one of the name rules the tagger runs (`NAME_RULES`, tagger.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { mapGermEvalTags, parseGermEval } from "../src/nlp/ner/germeval.js";
import { loadNerModel, NAME_RULES } from "../src/nlp/ner/tagger.js";
import { GERMEVAL_FILE } from "../src/nlp/ner/training/corpora.js";
import { sharedDataDir } from "./args.js";

const name = process.argv[2];
const rule = NAME_RULES.find(([ruleName]) => ruleName === name)?.[1];
if (rule === undefined) {
  console.error(`gold-tags: name a rule, one of ${NAME_RULES.map(([ruleName]) => ruleName).join(", ")} (got ${name === undefined ? "none" : `"${name}"`}).`);
  process.exit(2);
}
const file = join(sharedDataDir(), GERMEVAL_FILE);
if (!existsSync(file)) {
  console.error(`gold-tags: ${file} is missing; pass the shared data folder with --data DIR.`);
  process.exit(1);
}

const { resources } = loadNerModel();
const show = (words: readonly string[], tags: readonly string[]): string => words.map((w, i) => (tags[i] === "O" ? w : `${w}/${tags[i]}`)).join(" ");
let changed = 0;
for (const sentence of parseGermEval(readFileSync(file, "utf8"))) {
  const words = sentence.rows.map((r) => r.token);
  const gold = mapGermEvalTags(sentence.rows.map((r) => r.outer));
  const tags = [[...gold]];
  rule([words], tags, resources, false);
  if (tags[0].every((t, i) => t === gold[i])) continue;
  changed++;
  console.log(`before: ${show(words, gold)}\nafter:  ${show(words, tags[0])}\n`);
}
console.log(`${name}: ${changed} sentence(s) of the gold tags changed`);
