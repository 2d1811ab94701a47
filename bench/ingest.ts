/**
 * Ingest throughput and memory, as whole processes (not a test).
 *
 *   npm run build && node --import tsx bench/ingest.ts [--articles 2000] [--batch-size 50]
 *
 * Writes a synthetic German corpus (test/cli/corpus.ts) to a temp folder, then
 * creates an empty PGlite store, runs `node dist/cli/main.js ingest` into it,
 * and runs the same ingest again (the duplicate path: nothing new is stored);
 * three times. Reports the median wall time, articles per second and peak RSS
 * (`process.resourceUsage().maxRSS`, printed by a tiny wrapper in the child).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCorpus } from "../test/cli/corpus.js";

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ARTICLES = flag("--articles", 2000);
const BATCH = flag("--batch-size", 50);
const CLI = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));

const work = mkdtempSync(join(tmpdir(), "lagebild-bench-"));
const wrapper = join(work, "measure.mjs");
// Runs the CLI in-process after setting argv, then prints its peak RSS (maxRSS, KiB) on exit.
writeFileSync(wrapper, `process.on("exit", () => process.stderr.write("\\nMAXRSS " + process.resourceUsage().maxRSS + "\\n"));
process.argv = [process.argv[0], ${JSON.stringify(CLI)}, ...process.argv.slice(2)];
await import(${JSON.stringify(CLI)});
`);

interface Run {
  seconds: number;
  rssMiB: number;
  summary: { new: number; duplicate: number };
}

function measured(argv: string[]): { seconds: number; rssMiB: number; stdout: string } {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [wrapper, ...argv], { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`lagebild ${argv.join(" ")} failed (${r.status}): ${r.stderr}`);
  return { seconds, rssMiB: Number(/MAXRSS (\d+)/u.exec(r.stderr)?.[1] ?? NaN) / 1024, stdout: r.stdout };
}

function ingestOnce(db: string, input: string): Run {
  const m = measured(["--db", db, "ingest", "--json", "--batch-size", String(BATCH), input]);
  return { seconds: m.seconds, rssMiB: m.rssMiB, summary: JSON.parse(m.stdout.trim().split("\n").at(-1) as string) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const corpus = join(work, "corpus");
  writeCorpus(corpus, ARTICLES);
  const fresh: Run[] = [];
  const again: Run[] = [];
  const create: { seconds: number; rssMiB: number }[] = [];
  for (let i = 0; i < 3; i += 1) {
    const db = join(work, `db-${i}`);
    create.push(measured(["--db", db, "articles"]));
    fresh.push(ingestOnce(db, corpus));
    again.push(ingestOnce(db, corpus));
    rmSync(db, { recursive: true, force: true });
  }
  if (fresh.some((r) => r.summary.new !== ARTICLES)) throw new Error("a fresh ingest did not store every article");
  const row = (name: string, runs: Run[]) => {
    const s = median(runs.map((r) => r.seconds));
    return `| ${name} | ${ARTICLES} | ${s.toFixed(2)} s | ${(ARTICLES / s).toFixed(0)} | ${median(runs.map((r) => r.rssMiB)).toFixed(0)} MiB |`;
  };
  console.log(`ingest benchmark: ${ARTICLES} synthetic German text dumps, batch size ${BATCH}, fresh PGlite store, median of 3 whole-process runs`);
  console.log("| run | articles | wall time | articles/s | peak RSS |\n|---|---|---|---|---|");
  console.log(`| create an empty store (PGlite initdb + migrations) | – | ${median(create.map((r) => r.seconds)).toFixed(2)} s | – | ${median(create.map((r) => r.rssMiB)).toFixed(0)} MiB |`);
  console.log(row("ingest into the empty store", fresh));
  console.log(row("same input again (all duplicates)", again));
} finally {
  rmSync(work, { recursive: true, force: true });
}
