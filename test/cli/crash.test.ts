import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "./corpus.js";
import { runCli, startCli } from "./run-cli.js";

const ARTICLES = 400;
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

/** Starts an ingest and kills it with SIGKILL right after its `commits`-th batch commit; resolves with the items committed by then. */
async function killedIngest(db: string, commits: number): Promise<number> {
  const child = startCli(["--db", db, "ingest", "--batch-size", "20", "--progress", "lines", "--json", join(work, "corpus")]);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let seen = 0;
  let committedNew = 0;
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    for (const match of chunk.matchAll(/committed: \d+ items read, (\d+) new/gu)) {
      seen += 1;
      committedNew = Number(match[1]);
      if (seen === commits) child.kill("SIGKILL");
    }
  });
  await exited;
  return committedNew;
}

describe("an ingest killed with SIGKILL", () => {
  it("keeps what was committed, and a re-run completes it without duplicates", async () => {
    const clean = join(work, "clean");
    const full = runCli(["--db", clean, "ingest", "--batch-size", "20", "--json", join(work, "corpus")]);
    expect(full.code, full.stderr).toBe(0);
    expect(JSON.parse(full.stdout).new).toBe(ARTICLES);

    // Kill part-way through, right after a commit; more batches may commit before the signal lands.
    const crashed = join(work, "crashed");
    const reported = await killedIngest(crashed, 5);
    const partial = ids(crashed).length;
    expect(reported).toBe(100);
    expect(partial).toBeGreaterThanOrEqual(reported);
    expect(partial).toBeLessThan(ARTICLES);
    expect(partial % 20).toBe(0);

    const rerun = runCli(["--db", crashed, "ingest", "--batch-size", "20", "--json", join(work, "corpus")]);
    expect(rerun.code, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.new).toBe(ARTICLES - partial);
    expect(summary.duplicate).toBe(partial);
    expect(ids(crashed)).toEqual(ids(clean));
  }, 600_000);
});
