#!/usr/bin/env node
/**
 * Two builds of the tagger compared in one process, taking turns (not a
 * test). The development machine's speed wanders by a third from one minute
 * to the next, so timings of two builds run one after the other compare
 * poorly; here both are loaded and each piece of work is timed for one and
 * then the other, and the ratio of each pair is taken.
 *
 *   npm run build
 *   git worktree add /tmp/before <commit> && (cd /tmp/before && npm ci && npm run build)
 *   node bench/ner-turns.mjs --a /tmp/before --b . [--rounds 40] [--data ../shared/data]
 *
 * --a and --b are checkouts with `dist/` built (the model is read from their
 * `models/`). Prints, for B against A:
 *   - rounds of the sample corpus of B (as bench/ner.mjs tags it, sentence
 *     spans given): median tokens/s of each and the median per-round ratio;
 *   - the German Wikinews texts of the quotation data set read once, in
 *     chunks of 25 that each build tags in turn (the first four chunks warm
 *     up): tokens/s of each and the median per-chunk ratio.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const [rootA, rootB] = [arg("a"), arg("b")].map((r) => (r ? resolve(r) : null));
if (!rootA || !rootB) {
  console.error("usage: node bench/ner-turns.mjs --a CHECKOUT --b CHECKOUT [--rounds N] [--data DIR] (each checkout with dist/ built)");
  process.exit(2);
}
const rounds = Number(arg("rounds", 40));
const dataDir = resolve(arg("data", join(rootB, "..", "shared", "data")));

async function load(root) {
  const file = join(root, "dist", "nlp", "ner", "tagger.js");
  if (!existsSync(file)) {
    console.error(`${root} has no build: run \`npm run build\` there first.`);
    process.exit(1);
  }
  const { loadNerModel, recogniseEntities } = await import(file);
  const { splitSentences } = await import(join(root, "dist", "nlp", "sentences.js"));
  const { tokenize } = await import(join(root, "dist", "nlp", "tokens.js"));
  return { model: loadNerModel(), recogniseEntities, splitSentences, tokenize };
}

const A = await load(rootA);
const B = await load(rootB);
const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
const prepare = (text) => ({ text, sentences: B.splitSentences(text, "de"), tokens: B.tokenize(text).length });
const tag = (build, texts) => {
  const start = performance.now();
  for (const a of texts) build.recogniseEntities(build.model, a.text, { sentences: a.sentences, language: "de" });
  return performance.now() - start;
};
/** Times `work` for A and B in turns (the one that goes first alternates) and returns both times. */
const turn = (k, work) => {
  if (k % 2) {
    const a = work(A);
    return [a, work(B)];
  }
  const b = work(B);
  return [work(A), b];
};
const report = (name, tokens, pairs) => {
  const rate = (ms) => Math.round((tokens / ms) * 1000);
  console.log(`${name}: A ${rate(median(pairs.map(([a]) => a)))} tokens/s, B ${rate(median(pairs.map(([, b]) => b)))} tokens/s, median speed-up B/A ${median(pairs.map(([a, b]) => a / b)).toFixed(3)}`);
};

const textDir = join(rootB, "sample", "corpus", "text");
const sample = readdirSync(textDir, { recursive: true })
  .filter((f) => String(f).endsWith(".txt"))
  .map((f) => prepare(readFileSync(join(textDir, String(f)), "utf8")));
const sampleTokens = sample.reduce((n, a) => n + a.tokens, 0);
for (let k = 0; k < 3; k++) turn(k, (build) => tag(build, sample));
report(`sample corpus, ${rounds} rounds`, sampleTokens, Array.from({ length: rounds }, (_, k) => turn(k, (build) => tag(build, sample))));

if (existsSync(join(dataDir, "quotes-wikinews2024"))) {
  const { wikinewsArticles } = await import(join(rootB, "dist", "nlp", "ner", "training", "unlabelled.js"));
  const texts = wikinewsArticles(dataDir).map(prepare);
  const chunks = [];
  for (let i = 0; i < texts.length; i += 25) chunks.push(texts.slice(i, i + 25));
  const measured = chunks.map((chunk, k) => ({ tokens: chunk.reduce((n, a) => n + a.tokens, 0), pair: turn(k, (build) => tag(build, chunk)) })).slice(4);
  const tokens = measured.reduce((n, c) => n + c.tokens, 0);
  const [ta, tb] = [0, 1].map((side) => measured.reduce((n, c) => n + c.pair[side], 0));
  console.log(
    `Wikinews read once, ${measured.length} chunks of 25 after 4 to warm up: A ${Math.round((tokens / ta) * 1000)} tokens/s, B ${Math.round((tokens / tb) * 1000)} tokens/s, ` +
      `median chunk speed-up B/A ${median(measured.map((c) => c.pair[0] / c.pair[1])).toFixed(3)}`,
  );
} else {
  console.log(`(Wikinews texts not found under ${dataDir}: the comparison on unseen articles skipped)`);
}
