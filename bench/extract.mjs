#!/usr/bin/env node
/**
 * Extraction speed benchmark (not a test): whole processes, one per run, over the pages of
 * an evaluation data set in either format (evaldata.json + pages/, or ground-truth.json + html/).
 *
 *   npm run build && node bench/extract.mjs [--data DIR] [--reps N] [--limit N] [--json]
 *
 * Runners, spawned in turn (a, b, c, a, b, c, …) so that background noise spreads evenly:
 *   readability     plain @mozilla/readability on linkedom, textContent (the baseline)
 *   lagebild        decode + HTML extraction + furniture cleaner (the text `lagebild extract` prints)
 *   lagebild-full   the same + language identification + sentence boundaries (the whole standard pipeline)
 * Each process reads and gunzips the same files. Reported per runner: median wall time of the
 * whole process (hrtime in this script, start-up and module loading included), pages per second,
 * median time inside the page loop, median CPU time of the process (user + system; less disturbed
 * than wall time when other processes compete for the cores), and the median of the runs' peak RSS (from /usr/bin/time -v
 * when it exists, else process.resourceUsage() in the runner).
 * Default data: ../shared/data/extract-trafilatura (or $LAGEBILD_SHARED/data/extract-trafilatura).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TIME = "/usr/bin/time";
const RUNNERS = [
  { name: "readability", script: "runners/readability.mjs", args: [] },
  { name: "lagebild", script: "runners/lagebild.mjs", args: ["clean"] },
  { name: "lagebild-full", script: "runners/lagebild.mjs", args: ["full"] },
];

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

function defaultData() {
  const shared = process.env.LAGEBILD_SHARED ?? resolve(ROOT, "../shared");
  return join(shared, "data", "extract-trafilatura");
}

/** The pages of the data set, as {path, url}, through the built evaluation code. */
async function listPages(dir, limit) {
  if (!existsSync(join(ROOT, "dist/eval/data.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  const { loadExtractDataset, pagesFolder } = await import(join(ROOT, "dist/eval/data.js"));
  const dataset = loadExtractDataset(dir);
  const folder = pagesFolder(dir, dataset.format);
  const pages = [];
  for (const item of dataset.items.slice(0, limit)) {
    const plain = join(folder, item.file);
    const path = existsSync(plain) ? plain : `${plain}.gz`;
    if (existsSync(path)) pages.push({ path, url: item.url });
  }
  return pages;
}

/** Runs one runner as a whole process; resolves to wall time, peak RSS and the runner's own report. */
function runOnce(runner, listFile) {
  const node = [process.execPath, join(ROOT, "bench", runner.script), listFile, ...runner.args];
  const useTime = existsSync(TIME);
  const [command, ...args] = useTime ? [TIME, "-v", ...node] : node;
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (code) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) return fail(new Error(`${runner.name} exited with ${code}: ${stderr.slice(-2000)}`));
      const report = JSON.parse(stdout.trim().split("\n").at(-1));
      const timed = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      done({ wallMs, rssKb: timed ? Number(timed[1]) : report.maxRssKb, report });
    });
  });
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function summarise(name, runs) {
  const wallMs = median(runs.map((r) => r.wallMs));
  const { pages, failed, chars } = runs[0].report;
  return {
    runner: name,
    pages,
    failed,
    chars,
    wallMs: Math.round(wallMs),
    pagesPerSecond: Math.round((pages / (wallMs / 1000)) * 10) / 10,
    loopMs: Math.round(median(runs.map((r) => r.report.loopMs))),
    cpuMs: Math.round(median(runs.map((r) => r.report.cpuMs))),
    peakRssMb: Math.round(median(runs.map((r) => r.rssKb)) / 1024),
    runs: runs.map((r) => Math.round(r.wallMs)),
  };
}

function table(rows) {
  const head = ["runner", "pages", "wall (median)", "pages/s", "in loop", "CPU", "peak RSS", "wall of each run (ms)"];
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const body = rows.map((r) => [r.runner, String(r.pages), s(r.wallMs), r.pagesPerSecond.toFixed(1), s(r.loopMs), s(r.cpuMs), `${r.peakRssMb} MB`, r.runs.join(", ")]);
  const all = [head, ...body];
  const widths = head.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  return all.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")).join("\n");
}

async function main() {
  const dir = resolve(option("--data", defaultData()));
  const reps = Number(option("--reps", "3"));
  const limit = process.argv.includes("--limit") ? Number(option("--limit", "0")) : undefined;
  const pages = await listPages(dir, limit);
  const work = mkdtempSync(join(tmpdir(), "lagebild-bench-"));
  const listFile = join(work, "pages.json");
  writeFileSync(listFile, JSON.stringify(pages));
  const runs = new Map(RUNNERS.map((r) => [r.name, []]));
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const runner of RUNNERS) {
        const run = await runOnce(runner, listFile);
        runs.get(runner.name).push(run);
        if (!process.argv.includes("--json")) process.stderr.write(`  ${runner.name} run ${rep + 1}/${reps}: ${(run.wallMs / 1000).toFixed(2)} s\n`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const rows = RUNNERS.map((r) => summarise(r.name, runs.get(r.name)));
  const result = { data: dir, pages: pages.length, reps, node: process.version, rssFrom: existsSync(TIME) ? "/usr/bin/time -v" : "process.resourceUsage", runners: rows };
  if (process.argv.includes("--json")) process.stdout.write(JSON.stringify(result) + "\n");
  else process.stdout.write(`Extraction benchmark: ${pages.length} pages from ${dir}, ${reps} run(s) each, Node ${process.version}\n\n${table(rows)}\n`);
}

await main();
