#!/usr/bin/env node
/**
 * How the whole pipeline scales with the length of one article (not a test):
 * a scraped page or a text dump may arrive as one line without paragraph
 * breaks, or as one endless "sentence" without a full stop. Time that grows
 * faster than the text (twice the text, four times the time) is a quadratic
 * step somewhere in the stages.
 *
 *   npm run build && node bench/long-input.mjs [--sizes 25000,50000,100000,200000] [--reps 3] [--inputs one-line,one-sentence,open-marks,many-speakers] [--json]
 *
 * Inputs, built here from the bundled sample corpus (sample/corpus/text) and
 * from one fixed clause, so no evaluation data is needed:
 *   one-line       the sample texts joined into one line (paragraphs and line breaks turned into spaces), repeated to the size
 *   one-sentence   "Der Sprecher sagte, dass die Ministerin erklärte, …": clauses of saying without any full stop
 *   open-marks     "„Wir bleiben hier, sagte er. " again and again: quotation marks opened and never closed
 *   many-speakers  "Olaf Scholz sagte am Montag, Merkel habe recht." for the well-known people of src/lang/de/ner-people.ts:
 *                  thousands of sentences, entities and quotes in one article
 * Each input runs through the standard pipeline in this process (processDraft,
 * as `lagebild extract` runs it), after one warm-up article; reported: median
 * wall time per size and microseconds per character.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const NO_EVIDENCE = { evidence: () => undefined };
const CLAUSES = ["Der Sprecher sagte, dass die Ministerin erklärte,", "der Bürgermeister habe betont,", "laut Polizei sei die Lage ruhig,"];

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

/** Every file under a folder, sorted. */
function files(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

/** `unit` repeated (joined by a space) and cut at a space to about `size` characters. */
function repeatTo(unit, size) {
  let text = unit;
  while (text.length < size) text += ` ${unit}`;
  const cut = text.lastIndexOf(" ", size);
  return text.slice(0, cut > 0 ? cut : size);
}

/** "X sagte am Montag, Y habe recht." for the well-known people, in a fixed order. */
async function speakers() {
  const { WELL_KNOWN_PEOPLE } = await import(join(ROOT, "dist/lang/de/ner-people.js"));
  const people = WELL_KNOWN_PEOPLE.filter((p) => p.includes(" "));
  return people.map((p, i) => `${p} sagte am Montag, ${people[(i * 7) % people.length].split(" ").at(-1)} habe recht.`).join(" ");
}

function inputs(size, said) {
  const sample = files(join(ROOT, "sample/corpus/text"))
    .map((path) => readFileSync(path, "utf8"))
    .join(" ")
    .replace(/\s+/gu, " ");
  return [
    { name: "one-line", body: repeatTo(sample, size) },
    { name: "one-sentence", body: repeatTo(CLAUSES.join(" "), size) },
    { name: "open-marks", body: repeatTo("„Wir bleiben hier, sagte er.", size) },
    { name: "many-speakers", body: repeatTo(said, size) },
  ];
}

function draft(name, body) {
  return {
    source: `bench:${name}`,
    format: "text",
    url: null,
    title: `Langer Text ${name}`,
    publisher: null,
    author: null,
    published: "2024-06-05",
    publishedSource: "metadata",
    declaredLanguage: "de",
    body,
    extraction: null,
  };
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function main() {
  const sizes = option("--sizes", "25000,50000,100000,200000").split(",").map(Number);
  const reps = Number(option("--reps", "3"));
  const names = option("--inputs", "one-line,one-sentence,open-marks,many-speakers").split(",");
  const { processDraft, standardPipeline } = await import(join(ROOT, "dist/app/process.js")).catch(() => {
    throw new Error("dist/ is missing: run `npm run build` first");
  });
  const pipeline = standardPipeline();
  const run = async (name, body) => {
    const start = performance.now();
    const processed = await processDraft(pipeline, draft(name, body), NO_EVIDENCE);
    if (processed.kind !== "article") throw new Error(`${name}: not processed as an article (${processed.kind})`);
    return performance.now() - start;
  };
  const said = await speakers();
  await run("warm-up", inputs(5000, said)[0].body);
  const rows = [];
  for (const size of sizes) {
    for (const input of inputs(size, said).filter((i) => names.includes(i.name))) {
      const times = [];
      for (let rep = 0; rep < reps; rep++) times.push(await run(input.name, input.body));
      const ms = median(times);
      rows.push({ input: input.name, chars: input.body.length, ms: Math.round(ms), usPerChar: Math.round((ms * 1000) / input.body.length) });
      if (!process.argv.includes("--json")) process.stderr.write(`  ${input.name} ${input.body.length} chars: ${(ms / 1000).toFixed(2)} s\n`);
    }
  }
  if (process.argv.includes("--json")) {
    process.stdout.write(JSON.stringify({ node: process.version, reps, rows }) + "\n");
    return;
  }
  process.stdout.write(`Long-input benchmark, ${reps} run(s) each, Node ${process.version}\n\n`);
  process.stdout.write(`${"input".padEnd(14)}${"chars".padStart(9)}${"wall (median)".padStart(15)}${"µs/char".padStart(9)}\n`);
  for (const r of rows) process.stdout.write(`${r.input.padEnd(14)}${String(r.chars).padStart(9)}${`${(r.ms / 1000).toFixed(2)} s`.padStart(15)}${String(r.usPerChar).padStart(9)}\n`);
}

await main();
