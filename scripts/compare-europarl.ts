/**
 * Two NER models side by side on the three EuroParl files (out of domain,
 * evaluation only; models/ner-de.md, "The lists of 2026-12-06"). Not a test;
 * prints strict-span F1 of each model alone and with the name rules, per file.
 *
 *   node --import tsx scripts/compare-europarl.ts MODEL_A MODEL_B [--data ../shared/data] [--gold-token ECU]
 *
 * `--gold-token W` scores every token W as its gold tag, for both models: the
 * old currency "ECU", which the name lists call a currency (GermEval tags
 * currencies OTH), is no mention in EuroParl's annotation, and this shows how
 * much of a difference between two models is that one word.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { scoreTagSequences } from "../src/eval/ner-score.js";
import { EUROPARL_FORMAT, readColumns } from "../src/nlp/ner/conll.js";
import { ENTITY_TYPES } from "../src/nlp/ner/labels.js";
import type { NerModel } from "../src/nlp/ner/model.js";
import { loadNerModel, tagSentence, tagTokens } from "../src/nlp/ner/tagger.js";
import { option, sharedDataDir } from "./args.js";

const paths = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
if (paths.length !== 2 || !paths.every((p) => existsSync(p))) {
  console.error("compare-europarl: give two model files, e.g. /tmp/half-a.bin.gz /tmp/half-b.bin.gz (written by `npm run train:ner -- --out FILE`).");
  process.exit(1);
}
const dataDir = sharedDataDir();
const dir = join(dataDir, "ner-extra", "europarl-eval-only");
if (!existsSync(dir)) {
  console.error(`compare-europarl: the EuroParl files are not at ${dir}; give --data DIR (the folder that holds ner-extra/).`);
  process.exit(1);
}
const goldToken = option("gold-token");
const models = paths.map((p) => loadNerModel(p));

for (const part of ["train", "dev", "test"]) {
  const sentences = readColumns(readFileSync(join(dir, `${part}.tsv`), "utf8"), EUROPARL_FORMAT);
  const gold = sentences.map((s) => s.tags);
  /** The tags, with the gold tag wherever the token is `--gold-token`. */
  const asGold = (tags: string[], i: number) => (goldToken ? tags.map((t, k) => (sentences[i].tokens[k] === goldToken ? gold[i][k] : t)) : tags);
  const f1 = (model: NerModel, tag: typeof tagTokens) => scoreTagSequences(gold, sentences.map((s, i) => asGold(tag(model, s.tokens), i)), ENTITY_TYPES).overall.f1.toFixed(3);
  const row = models.map((m, i) => `${"AB"[i]}: model ${f1(m, tagTokens)}, rules ${f1(m, tagSentence)}`);
  console.log(`EuroParl ${part} (${sentences.length} sentences) ${row.join(" | ")}`);
}
