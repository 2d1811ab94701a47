/**
 * The entity mentions the pipeline gives for some articles — a JSON Lines
 * file or a folder of the quotation data set (scripts/articles.ts): one line
 * per mention, "id<TAB>start<TAB>type<TAB>text<TAB>name", then the number of
 * mentions. Used to read what a change to the recogniser or the name
 * normaliser does to text without gold annotations (models/ner-de.md,
 * "English"); diff two runs.
 *
 *   node --import tsx scripts/dump-entities.ts FILE.jsonl|FOLDER [--language de|en]
 *
 * The language is German for a folder and English for a file unless --language says otherwise.
 */
import { articleEntities } from "../src/nlp/ner/stage.js";
import { loadNerModel } from "../src/nlp/ner/tagger.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { readArticles } from "./articles.js";

const at = process.argv.indexOf("--language");
const forced = at >= 0 ? process.argv[at + 1] : null;
const articles = readArticles(process.argv[2], "dump-entities");
const model = loadNerModel();
let count = 0;
for (const { id, text, language } of articles) {
  const lang = forced ?? language ?? "en";
  for (const e of articleEntities(model, text, splitSentences(text, lang), lang)) {
    console.log(`${id}\t${e.start}\t${e.type}\t${e.text}\t${e.name}`);
    count++;
  }
}
console.log(`${count} mentions`);
