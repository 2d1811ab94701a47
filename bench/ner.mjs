#!/usr/bin/env node
/**
 * NER speed and model size (not a test). Needs a build: `npm run build && node bench/ner.mjs`.
 *
 * Measures, on one core (this process, one thread):
 *   - the noun lexicon's size and read time (with `node --expose-gc`, its heap),
 *     then the model file's size and load time;
 *   - tagging speed on article text as the pipeline stage does it (tokens, features,
 *     Viterbi, compound and consistency rules: `recogniseEntities` with the sentence
 *     spans given) over the sample corpus's text files, repeated;
 *   - tagging speed on pre-tokenised sentences (`tagTokens`) over the GermEval 2014
 *     development file when ../shared/data is there;
 *   - tagging speed on articles the tagger has not seen, each read once: the 850
 *     German Wikinews texts of the quotation data set in ../shared/data. The
 *     tagger remembers what it worked out for each word form, so the repeated
 *     rounds above run on words it knows; a stream of new articles keeps meeting
 *     new words, and this pass measures that. With `node --expose-gc` it also
 *     prints how much the heap grew over that pass.
 * Options: --rounds N (default 20), --data DIR (default ../shared/data).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const dist = (p) => join(root, "dist", p);
if (!existsSync(dist("nlp/ner/tagger.js"))) {
  console.error("bench/ner.mjs needs the compiled sources: run `npm run build` first.");
  process.exit(1);
}
const { DEFAULT_MODEL_PATH, loadNerModel, recogniseEntities, tagTokens } = await import(dist("nlp/ner/tagger.js"));
const { tokenize } = await import(dist("nlp/tokens.js"));
const { splitSentences } = await import(dist("nlp/sentences.js"));
const { parseGermEval } = await import(dist("nlp/ner/germeval.js"));
const { wikinewsArticles } = await import(dist("nlp/ner/training/unlabelled.js"));
const { germanNounForms } = await import(dist("lang/de/noun-lexicon.js"));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const rounds = Number(arg("rounds", 20));
const dataDir = resolve(arg("data", join(root, "..", "shared", "data")));

// The noun lexicon the model names is read from its package once; read first here, to show its share of the start-up.
const heapUsed = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};
const lexiconHeap = heapUsed();
const lexiconStart = performance.now();
const nouns = germanNounForms();
const lexiconMs = performance.now() - lexiconStart;
const lexiconMb = globalThis.gc ? `, heap +${((heapUsed() - lexiconHeap) / 1e6).toFixed(1)} MB` : "";
console.log(`noun lexicon: ${nouns.size} forms, read in ${lexiconMs.toFixed(0)} ms${lexiconMb}`);
const loadStart = performance.now();
const model = loadNerModel();
const loadMs = performance.now() - loadStart;
console.log(`model: ${DEFAULT_MODEL_PATH} ${(statSync(DEFAULT_MODEL_PATH).size / 1e6).toFixed(2)} MB on disk, loaded in ${loadMs.toFixed(0)} ms (the lexicon read before)`);
console.log(`node ${process.version}, ${rounds} rounds, one thread`);

function textFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? textFiles(join(dir, e.name)) : e.name.endsWith(".txt") ? [join(dir, e.name)] : [],
  );
}

function measure(name, items, countTokens, run) {
  const tokens = items.reduce((n, item) => n + countTokens(item), 0);
  for (const item of items) run(item); // warm-up
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const item of items) run(item);
  const seconds = (performance.now() - start) / 1000;
  const total = tokens * rounds;
  console.log(`${name}: ${total} tokens in ${seconds.toFixed(2)} s = ${Math.round(total / seconds)} tokens/s`);
}

const articles = textFiles(join(root, "sample", "corpus", "text")).map((f) => {
  const text = readFileSync(f, "utf8");
  return { text, sentences: splitSentences(text, "de") };
});
measure(
  `articles (sample corpus, ${articles.length} texts; sentences given, as in the pipeline stage)`,
  articles,
  (a) => tokenize(a.text).length,
  (a) => recogniseEntities(model, a.text, { sentences: a.sentences, language: "de" }),
);

const germEval = join(dataDir, "ner-germeval2014", "NER-de-dev.tsv");
if (existsSync(germEval)) {
  const sentences = parseGermEval(readFileSync(germEval, "utf8")).map((s) => s.rows.map((r) => r.token));
  measure(`pre-tokenised (GermEval dev, ${sentences.length} sentences)`, sentences, (s) => s.length, (s) => tagTokens(model, s));
} else {
  console.log(`(GermEval file not found at ${germEval}: pre-tokenised measurement skipped)`);
}

const wikinews = join(dataDir, "quotes-wikinews2024");
if (existsSync(wikinews)) {
  const unseen = wikinewsArticles(dataDir).map((text) => ({ text, sentences: splitSentences(text, "de") }));
  const tokens = unseen.reduce((n, a) => n + tokenize(a.text).length, 0);
  const heapBefore = heapAfterGc();
  const start = performance.now();
  for (const a of unseen) recogniseEntities(model, a.text, { sentences: a.sentences, language: "de" });
  const seconds = (performance.now() - start) / 1000;
  console.log(`articles read once (German Wikinews, ${unseen.length} texts, after the rounds above): ${tokens} tokens in ${seconds.toFixed(2)} s = ${Math.round(tokens / seconds)} tokens/s`);
  const heapAfter = heapAfterGc();
  if (heapBefore !== null && heapAfter !== null) console.log(`heap growth over the articles read once (what the tagger remembers of their words): ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB`);
} else {
  console.log(`(Wikinews texts not found at ${wikinews}: the measurement on unseen articles skipped)`);
}

/** The heap in use after a full collection, or null when the collector is not exposed (`node --expose-gc`). */
function heapAfterGc() {
  if (typeof globalThis.gc !== "function") return null;
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}
