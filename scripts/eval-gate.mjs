#!/usr/bin/env node
/**
 * Quality gate (modelled on trafilatura's tests/eval_gate.py + eval_baseline.json):
 * runs `lagebild eval extract`, `eval dates`, `eval ner`, `eval quotes` and `eval weekdays` on the
 * development sets named in eval/baseline.json (each entry: data path, extra
 * arguments, floors; a metric may name a nested value, "attributed.f1"), from the TypeScript sources of the working tree
 * (through tsx, so no build is needed), and fails when a metric is below its floor.
 *
 *   node scripts/eval-gate.mjs            check every metric against its floor
 *   node scripts/eval-gate.mjs --update   raise floors to the values measured now (never lowers one)
 *   --baseline FILE                       use another baseline file (default eval/baseline.json)
 *
 * Data paths in baseline.json are relative to the project root; a path that starts
 * with ../shared/ is looked up under $LAGEBILD_SHARED instead when that is set.
 * A data set that is absent is reported and skipped (exit 0): the gate was not run for it.
 * baseline.json also pins a sha256 of each data set (its annotation file; a single data
 * file itself; or every file of a folder of documents, by name and content): when the data
 * changed, the floors no longer apply and the gate fails until they are re-pinned
 * (--update re-pins the checksum; lowering a floor takes a visible edit of the file).
 * Exit codes: 0 all floors met (or data absent), 1 a metric below its floor, changed data, or an evaluation that failed.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_BASELINE = join(ROOT, "eval", "baseline.json");
const CLI = join(ROOT, "src", "cli", "main.ts");
const TASKS = ["extract", "dates", "ner", "quotes", "weekdays"];
const DATA_FILES = ["ground-truth.json", "evaldata.json"];

/** Where a data path of baseline.json points, honouring $LAGEBILD_SHARED for ../shared/… paths. */
function dataPath(path) {
  const shared = process.env.LAGEBILD_SHARED;
  const prefix = "../shared/";
  if (shared && path.startsWith(prefix)) return resolve(shared, path.slice(prefix.length));
  return resolve(ROOT, path);
}

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

/**
 * The sha256 of a data set: of the file itself, of a folder's annotation file,
 * or of a folder of documents (names and contents, sorted); null when absent or empty.
 */
function fingerprint(path) {
  if (!existsSync(path)) return null;
  if (statSync(path).isFile()) return { file: "", sha256: sha256(readFileSync(path)) };
  for (const name of DATA_FILES) {
    const file = join(path, name);
    if (existsSync(file)) return { file: name, sha256: sha256(readFileSync(file)) };
  }
  const files = readdirSync(path).filter((name) => statSync(join(path, name)).isFile()).sort();
  if (files.length === 0) return null;
  return { file: "", sha256: sha256(files.map((name) => `${name}\t${sha256(readFileSync(join(path, name)))}\n`).join("")) };
}

/** A metric of a report: "f1", or a nested one such as "attributed.f1" or "byType.Direct.attributed.f1". */
const metricOf = (report, metric) => metric.split(".").reduce((value, key) => (value && typeof value === "object" ? value[key] : undefined), report);

/** How many items a report scored (pages, sentences, documents). */
const scoredOf = (report) =>
  report.task === "weekdays" ? `${report.cases} weekdays in ${report.documents} documents` : `${report.scored ?? report.sentences ?? report.documents} ${report.task === "ner" ? "sentences" : report.task === "quotes" ? "documents" : "pages"}`;

/** Runs one evaluation through the CLI and resolves to its JSON report. */
function runEval(task, dir, args = []) {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, "eval", task, "--data", dir, ...args, "--json"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => {
      const last = stdout.trim().split("\n").at(-1) ?? "";
      try {
        if (code === 0) return done({ report: JSON.parse(last) });
      } catch {
        // fall through: the output was not JSON
      }
      done({ error: `lagebild eval ${task} exited with code ${code}: ${stderr.trim() || last}` });
    });
  });
}

/** A value rounded down to 3 decimals (the floor the value itself passes). */
const floor3 = (value) => Math.floor(value * 1000 + 1e-9) / 1000;
const f3 = (value) => value.toFixed(3);

function checkFloors(task, report, floors, problems) {
  for (const [metric, floor] of Object.entries(floors)) {
    const value = metricOf(report, metric);
    if (typeof value !== "number") {
      problems.push(`${task}: the report has no metric "${metric}"`);
      continue;
    }
    const ok = value >= floor;
    console.log(`  ${ok ? "ok  " : "FAIL"} ${task.padEnd(8)} ${metric.padEnd(26)} ${f3(value)}  (floor ${f3(floor)})`);
    if (!ok) problems.push(`${task} ${metric} is ${f3(value)}, below its floor ${f3(floor)}`);
  }
}

/** Raises the floors of one task to the measured values; returns the lines saying what changed. */
function raiseFloors(task, report, entry, problems) {
  const changes = [];
  for (const [metric, floor] of Object.entries(entry.floors)) {
    const value = metricOf(report, metric);
    if (typeof value !== "number") {
      problems.push(`${task}: the report has no metric "${metric}"`);
      continue;
    }
    const measured = floor3(value);
    if (measured > floor) {
      changes.push(`raised ${task} ${metric}: ${f3(floor)} -> ${f3(measured)}`);
      entry.floors[metric] = measured;
    } else if (value < floor) {
      problems.push(`${task} ${metric} is ${f3(value)}, below its floor ${f3(floor)} (floors are never lowered by --update)`);
    }
  }
  return changes;
}

async function main() {
  const args = process.argv.slice(2);
  const update = args.includes("--update");
  const at = args.indexOf("--baseline");
  const baselineFile = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : DEFAULT_BASELINE;
  const baseline = JSON.parse(readFileSync(baselineFile, "utf8"));
  const problems = [];
  const changes = [];
  const runs = [];
  for (const task of TASKS.filter((name) => baseline[name])) {
    const entry = baseline[task];
    const dir = dataPath(entry.data);
    const print = fingerprint(dir);
    if (!print) {
      console.log(`eval gate: ${task} data is absent (${dir}): the ${task} gate was NOT run.`);
      continue;
    }
    if (entry.sha256 && entry.sha256 !== print.sha256) {
      if (!update) {
        problems.push(`${task}: the data changed (${print.file ? join(dir, print.file) : dir} has sha256 ${print.sha256.slice(0, 12)}…, the floors were pinned on ${entry.sha256.slice(0, 12)}…); re-measure and re-pin with: node scripts/eval-gate.mjs --update`);
        continue;
      }
      changes.push(`re-pinned ${task} data checksum ${entry.sha256.slice(0, 12)}… -> ${print.sha256.slice(0, 12)}…`);
    }
    entry.sha256 = print.sha256;
    runs.push({ task, entry, dir, result: runEval(task, dir, entry.args ?? []) });
  }
  for (const run of runs) {
    const { report, error } = await run.result;
    if (error) {
      problems.push(error);
      continue;
    }
    console.log(`eval gate: ${run.task} on ${run.dir}${run.entry.args?.length ? ` ${run.entry.args.join(" ")}` : ""} (${scoredOf(report)})`);
    if (update) changes.push(...raiseFloors(run.task, report, run.entry, problems));
    else checkFloors(run.task, report, run.entry.floors, problems);
  }
  if (update) {
    writeFileSync(baselineFile, JSON.stringify(baseline, null, 2) + "\n");
    console.log(changes.length ? changes.join("\n") : "eval gate: no floor raised (nothing improved by at least 0.001)");
  }
  if (problems.length) {
    console.error(`\neval gate FAILED:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exitCode = 1;
  } else if (!update && runs.length) {
    console.log("eval gate: all floors met");
  }
}

await main();
