import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "./corpus.js";
import { runCli, startCli } from "./run-cli.js";

const ARTICLES = 800;
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "lagebild-crash-"));
  writeCorpus(join(work, "corpus"), ARTICLES);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function ids(db: string): string[] {
  const out = runCli(["--db", db, "export", "--format", "jsonl"]).stdout.trim();
  return out ? out.split("\n").map((l) => (JSON.parse(l) as { id: string }).id).sort() : [];
}

/** Starts an ingest, kills it with SIGKILL after `ms`, and resolves once it is dead. */
async function killedIngest(db: string, ms: number): Promise<void> {
  const child = startCli(["--db", db, "ingest", "--batch-size", "20", "--json", join(work, "corpus")]);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  await new Promise((r) => setTimeout(r, ms));
  child.kill("SIGKILL");
  await exited;
}

describe("an ingest killed with SIGKILL", () => {
  it("keeps what was committed, and a re-run completes it without duplicates", async () => {
    const clean = join(work, "clean");
    const started = performance.now();
    const full = runCli(["--db", clean, "ingest", "--batch-size", "20", "--json", join(work, "corpus")]);
    const fullMs = performance.now() - started;
    expect(full.code, full.stderr).toBe(0);
    expect(JSON.parse(full.stdout).new).toBe(ARTICLES);

    // Kill part-way through; retry with another moment if the kill came before the first or after the last commit.
    const crashed = join(work, "crashed");
    let partial = 0;
    for (const fraction of [0.6, 0.4, 0.75, 0.5]) {
      rmSync(crashed, { recursive: true, force: true });
      await killedIngest(crashed, fullMs * fraction);
      partial = ids(crashed).length;
      if (partial > 0 && partial < ARTICLES) break;
    }
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(ARTICLES);
    expect(partial % 20).toBe(0);

    const rerun = runCli(["--db", crashed, "ingest", "--batch-size", "20", "--json", join(work, "corpus")]);
    expect(rerun.code, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.new).toBe(ARTICLES - partial);
    expect(summary.duplicate).toBe(partial);
    expect(ids(crashed)).toEqual(ids(clean));
  });
});
