import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../cli/run-cli.js";

const FIXTURES = join(ROOT, "test/fixtures/eval");
const GATE = join(ROOT, "scripts/eval-gate.mjs");
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "lagebild-eval-gate-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Entry {
  data: string;
  floors: Record<string, number>;
  sha256?: string;
}

/** Writes a baseline file and runs the gate on it. */
function gate(name: string, baseline: Record<string, Entry & { args?: string[] }>, ...args: string[]) {
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(baseline));
  const result = spawnSync(process.execPath, [GATE, "--baseline", file, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: result.status, out: result.stdout + result.stderr, baseline: JSON.parse(readFileSync(file, "utf8")) as Record<string, Entry> };
}

describe("eval gate", () => {
  it("passes when every floor is met, and says clearly when a data set is absent", () => {
    const run = gate("pass", {
      extract: { data: join(FIXTURES, "snippets"), floors: { f1: 0.9, precision: 1, recall: 0.8 } },
      dates: { data: join(work, "keine-daten"), floors: { accuracy: 0.9 } },
    });
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/ok\s+extract\s+precision\s+1\.000\s+\(floor 1\.000\)/);
    expect(run.out).toMatch(/dates data is absent .*keine-daten.*NOT run/);
  });

  it("fails naming the metric, its value and its floor, and when the data changed since the floors were pinned", () => {
    const run = gate("fail", {
      extract: { data: join(FIXTURES, "snippets"), floors: { f1: 0.5 }, sha256: "0".repeat(64) },
      dates: { data: join(FIXTURES, "dates"), floors: { accuracy: 0.5, f1: 0.6 } },
    });
    expect(run.code).toBe(1);
    expect(run.out).toContain("dates f1 is 0.500, below its floor 0.600");
    expect(run.out).not.toContain("dates accuracy is");
    expect(run.out).toMatch(/extract: the data changed/);
  });

  it("--update raises floors to the measured values, never lowers one, and pins the data checksum", () => {
    const run = gate(
      "update",
      {
        extract: { data: join(FIXTURES, "snippets"), floors: { f1: 0.5, recall: 0.8 } },
        dates: { data: join(FIXTURES, "dates"), floors: { accuracy: 0.75, f1: 0.25 } },
      },
      "--update",
    );
    expect(run.code).toBe(1);
    expect(run.out).toContain("raised extract f1: 0.500 -> 0.909");
    expect(run.out).toContain("raised dates f1: 0.250 -> 0.500");
    expect(run.out).toContain("dates accuracy is 0.500, below its floor 0.750");
    expect(run.baseline.extract.floors).toEqual({ f1: 0.909, recall: 0.833 });
    expect(run.baseline.dates.floors).toEqual({ accuracy: 0.75, f1: 0.5 });
    expect(run.baseline.extract.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gates NER on a data file and quotes on a folder of documents, with nested metrics and pinned checksums", () => {
    const baseline = {
      ner: { data: join(ROOT, "test/fixtures/ner/mini.tsv"), floors: { f1: 0 } },
      quotes: { data: join(ROOT, "test/fixtures/quotes"), floors: { "found.f1": 0, "byType.Direct.attributed.f1": 0 } },
    };
    const pinned = gate("nested-update", baseline, "--update");
    expect(pinned.code, pinned.out).toBe(0);
    expect(pinned.out).toMatch(/eval gate: ner on .*mini\.tsv \(\d+ sentences\)/);
    expect(pinned.out).toMatch(/eval gate: quotes on .*quotes \(3 documents\)/);
    expect(pinned.baseline.ner.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(pinned.baseline.quotes.sha256).toMatch(/^[0-9a-f]{64}$/);
    const directFloor = pinned.baseline.quotes.floors["byType.Direct.attributed.f1"];
    expect(directFloor).toBeGreaterThan(0);
    const strict = { ...pinned.baseline, quotes: { ...pinned.baseline.quotes, floors: { "byType.Direct.attributed.f1": directFloor + 0.001, "no.such.metric": 0 } } };
    const failed = gate("nested-fail", strict);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain(`quotes byType.Direct.attributed.f1 is ${directFloor.toFixed(3)}, below its floor ${(directFloor + 0.001).toFixed(3)}`);
    expect(failed.out).toContain('quotes: the report has no metric "no.such.metric"');
  });
});
