/**
 * The quotes the pipeline finds in some articles — a JSON Lines file or a
 * folder of the quotation data set (scripts/articles.ts) — with the speaker
 * each resolves to, the article's title given as the quote stage gives it:
 * one line per quote, "id<TAB>start<TAB>speaker phrase<TAB>speaker name" ("-"
 * for none). The quote evaluation compares speaker spans only; this shows
 * what a change to speaker resolution does to the entities named. Diff two
 * runs.
 *
 *   node --import tsx scripts/dump-quotes.ts FILE.jsonl|FOLDER [--language de|en]
 *
 * The language is German for a folder and English for a file unless --language says otherwise.
 */
import { articleEntities } from "../src/nlp/ner/stage.js";
import { loadNerModel } from "../src/nlp/ner/tagger.js";
import { findQuotes } from "../src/nlp/quotes/find.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { readArticles } from "./articles.js";

const at = process.argv.indexOf("--language");
const forced = at >= 0 ? process.argv[at + 1] : null;
const articles = readArticles(process.argv[2], "dump-quotes");
const model = loadNerModel();
for (const { id, title, text, language } of articles) {
  const lang = forced ?? language ?? "en";
  const sentences = splitSentences(text, lang);
  const entities = articleEntities(model, text, sentences, lang);
  for (const q of findQuotes(text, { language: lang, sentences, entities, title })) {
    const speaker = q.speaker ? text.slice(q.speaker.start, q.speaker.end) : "-";
    console.log([id, q.start, speaker, q.speaker_name ?? "-"].join("\t"));
  }
}
