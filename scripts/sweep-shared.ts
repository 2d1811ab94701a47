/**
 * Every text and page in ../shared through the standard pipeline, counting
 * how each item ends: an article, or a rejection by its reason. A
 * `processing_failed` rejection is a bug (a stage threw); each is printed
 * with its source and error. The 10kGNAD articles, the Wikinews texts of the
 * quotation data set, both English story streams, the SemEval pair texts
 * and the HTML pages of the extraction and date benchmarks (about 5,600
 * items, some 2 minutes on 2 cores).
 *
 *   node --import tsx scripts/sweep-shared.ts [SHARED_DIR]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Draft } from "../src/core/article.js";
import { NO_EVIDENCE, processDraft, standardPipeline, type ProcessResult } from "../src/app/process.js";
import { readInputs } from "../src/ingest/read.js";
import { defaultReadOptions } from "../src/ingest/types.js";
import { readArticles } from "./articles.js";

const shared = process.argv[2] ?? join(import.meta.dirname, "../../shared");
const data = join(shared, "data");
if (!existsSync(data)) {
  console.error(`sweep-shared: ${data} not found; pass the shared folder as the first argument`);
  process.exit(2);
}

const draft = (source: string, title: string, body: string): Draft => ({
  source, format: "txt", url: null, title, publisher: null, author: null, published: null, publishedSource: null, declaredLanguage: null, body, extraction: null,
});

/** The texts of the corpora, as drafts. */
function* textDrafts(): Generator<Draft> {
  const gnad = readFileSync(join(data, "corpus-10kgnad/test.csv"), "utf8").split(/\r?\n/u);
  for (const [i, line] of gnad.entries()) {
    const m = /^([^;]*);'?([\s\S]*?)'?\s*$/u.exec(line);
    if (m) yield draft(`10kgnad#${i + 1}`, `Artikel ${i + 1}`, m[2].replace(/''/gu, "'"));
  }
  for (const path of ["quotes-wikinews2024/train", "quotes-wikinews2024/dev", "clusters-dev/newswcl50.jsonl", "clusters-dev/wikinewssum-sources.jsonl"]) {
    for (const a of readArticles(join(data, path), "sweep-shared")) yield draft(`${path}#${a.id}`, a.title ?? a.id, a.text);
  }
  const csv = readFileSync(join(data, "similarity-semeval2022/train.csv"), "utf8");
  let n = 0;
  for (const text of csvTexts(csv)) yield draft(`semeval#${++n}`, `Text ${n}`, text);
}

/** The text1 and text2 fields of the SemEval pairs (RFC 4180 quoting). */
function* csvTexts(csv: string): Generator<string> {
  const rows = parseCsv(csv);
  const header = rows[0];
  const columns = ["text1", "text2"].map((c) => header.indexOf(c));
  for (const row of rows.slice(1)) for (const c of columns) if (row[c]?.trim()) yield row[c];
}

function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted && ch === '"' && csv[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) field += ch;
    else if (ch === ",") endField();
    else if (ch === "\n") endRow();
    else if (ch !== "\r") field += ch;
  }
  if (field || row.length) endRow();
  return rows;
}

/** The benchmark pages, unpacked into a temporary folder for the HTML reader. */
function unpackPages(into: string): string[] {
  const paths: string[] = [];
  for (const set of ["extract-trafilatura", "dates-htmldate"]) {
    const dir = join(data, set, "pages");
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".gz"))) {
      const path = join(into, `${set}-${f.replace(/\.gz$/u, "").replace(/\.html?$/u, "")}.html`);
      writeFileSync(path, gunzipSync(readFileSync(join(dir, f))));
      paths.push(path);
    }
  }
  return paths;
}

const pipeline = standardPipeline();
const counts = new Map<string, number>();
let failed = 0;
function count(result: ProcessResult): void {
  const key = result.kind === "article" ? "article" : result.rejection.reason;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (result.kind === "rejected" && result.rejection.reason === "processing_failed") {
    failed += 1;
    console.log(`FAILED ${result.rejection.source}: ${result.rejection.detail}`);
  }
}

const started = Date.now();
for (const d of textDrafts()) count(await processDraft(pipeline, d, NO_EVIDENCE));
const tmp = mkdtempSync(join(tmpdir(), "lagebild-sweep-"));
try {
  for await (const result of readInputs(unpackPages(tmp), defaultReadOptions())) {
    count(result.kind === "draft" ? await processDraft(pipeline, result.draft, NO_EVIDENCE) : result);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const total = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(`${total} items in ${((Date.now() - started) / 1000).toFixed(0)} s: ${[...counts].map(([k, v]) => `${k} ${v}`).join(", ")}`);
process.exitCode = failed > 0 ? 1 : 0;
