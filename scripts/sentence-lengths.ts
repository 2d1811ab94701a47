/**
 * How long the sentences of some texts are before the splitter cuts them at
 * MAX_SENTENCE (src/nlp/sentences.ts): the number of sentences, the longest,
 * and how many are longer than 1,000 and than MAX_SENTENCE characters. Not a
 * test; the figures back the choice of MAX_SENTENCE.
 *
 *   node --import tsx scripts/sentence-lengths.ts [PATH ...]
 *
 * A PATH is a folder of the quotation data set or a JSON Lines file of
 * articles (scripts/articles.ts; German for a folder, English for a file),
 * or a .csv file with one German article per line (10kGNAD). Without PATH:
 * ../shared/data/quotes-wikinews2024/{train,dev}, both streams of
 * clusters-dev and corpus-10kgnad/test.csv.
 */
import { existsSync, readFileSync } from "node:fs";
import { MAX_SENTENCE, splitSentences } from "../src/nlp/sentences.js";
import { readArticles } from "./articles.js";

const SHARED = "../shared/data";
const DEFAULT_PATHS = [
  `${SHARED}/quotes-wikinews2024/train`,
  `${SHARED}/quotes-wikinews2024/dev`,
  `${SHARED}/clusters-dev/newswcl50.jsonl`,
  `${SHARED}/clusters-dev/wikinewssum-sources.jsonl`,
  `${SHARED}/corpus-10kgnad/test.csv`,
];

function texts(path: string): { text: string; language: string }[] {
  if (!existsSync(path)) {
    console.error(`sentence-lengths: ${path} does not exist; give folders or files of articles (see the comment at the top of scripts/sentence-lengths.ts).`);
    process.exit(1);
  }
  if (path.endsWith(".csv")) return readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "").map((text) => ({ text, language: "de" }));
  return readArticles(path, "sentence-lengths").map((a) => ({ text: a.text, language: a.language ?? "en" }));
}

const paths = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_PATHS;
const lengths: number[] = [];
let longest = { length: 0, text: "" };
for (const path of paths) {
  for (const { text, language } of texts(path)) {
    for (const s of splitSentences(text, language, Infinity)) {
      lengths.push(s.end - s.start);
      if (s.end - s.start > longest.length) longest = { length: s.end - s.start, text: text.slice(s.start, s.start + 80).replace(/\s+/gu, " ") };
    }
  }
}
const over = (n: number) => lengths.filter((l) => l > n).length;
console.log(`${lengths.length} sentences in ${paths.length} source(s); longer than 1,000 characters: ${over(1000)}; longer than MAX_SENTENCE (${MAX_SENTENCE}): ${over(MAX_SENTENCE)}`);
console.log(`longest: ${longest.length} characters, "${longest.text} …"`);
