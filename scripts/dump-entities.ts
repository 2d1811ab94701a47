/**
 * The entity mentions the pipeline gives for the articles of a JSON Lines
 * file (one object per line with `id` and `text`, as the story-clustering
 * streams of ../shared/data/clusters-dev are): one line per mention,
 * "id<TAB>start<TAB>type<TAB>text<TAB>name", then the number of mentions.
 * Used to read what a change to the recogniser does to text without gold
 * annotations (models/ner-de.md, "English"); diff two runs.
 *
 *   node --import tsx scripts/dump-entities.ts FILE.jsonl [--language en]
 */
import { existsSync, readFileSync } from "node:fs";
import { articleEntities } from "../src/nlp/ner/stage.js";
import { loadNerModel } from "../src/nlp/ner/tagger.js";
import { splitSentences } from "../src/nlp/sentences.js";

const file = process.argv[2];
const at = process.argv.indexOf("--language");
const language = at >= 0 ? process.argv[at + 1] : "en";
if (!file || !existsSync(file)) {
  console.error(`dump-entities: give a JSON Lines file of articles ({id, text} per line), e.g. ../shared/data/clusters-dev/newswcl50.jsonl${file ? `; ${file} does not exist` : ""}.`);
  process.exit(1);
}
const model = loadNerModel();
let count = 0;
for (const line of readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "")) {
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  for (const e of articleEntities(model, text, splitSentences(text, language), language)) {
    console.log(`${id}\t${e.start}\t${e.type}\t${e.text}\t${e.name}`);
    count++;
  }
}
console.log(`${count} mentions`);
