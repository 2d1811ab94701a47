import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../../cli/run-cli.js";

const FIXTURES = join(ROOT, "test/fixtures/quotes");
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "lagebild-eval-quotes-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("lagebild eval quotes", () => {
  it("scores the made-up articles (plain and gzipped) and writes predictions per article", () => {
    const out = join(work, "quotes.jsonl");
    const result = runCli(["eval", "quotes", "--data", FIXTURES, "--predictions", out, "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout.trim().split("\n").at(-1) as string);
    // 13 gold quotes; missed: the Reported with a participle ("hat … aufgerufen") and the free indirect
    // sentence with "sollten"; "nannte … „ein Experiment“" is its partial quote alone, as the fixture annotates it, no
    // Reported act around it; the unframed last quote takes the speaker of the sentence that announces it
    // ("Museumsdirektor Peter Lang freut sich …")
    expect(report).toMatchObject({ task: "quotes", documents: 3, gold: 13, predicted: 11 });
    expect(report.found).toMatchObject({ tp: 11, fp: 0, fn: 2 });
    expect(report.attributed).toMatchObject({ tp: 11, fp: 0, fn: 2 });
    expect(report.byType.Direct.found).toMatchObject({ tp: 5, fp: 0, fn: 0 });
    expect(report.byType.Direct.attributed).toMatchObject({ tp: 5, fp: 0, fn: 0 });
    expect(report.byType.Indirect.attributed).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    expect(report.byType.Reported.found).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(report.byType.IndirectFreeIndirect.found).toMatchObject({ tp: 1, fn: 1 });
    expect(report.kinds.IndirectFreeIndirect).toEqual({ direct: 0, indirect: 1, reported: 0 });

    const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l: { document: string }) => l.document)).toEqual(["1 - Stadtrat", "2 - Bahnstreik", "3 - Stadtmuseum"]);
    expect(lines[1].quotes[2]).toMatchObject({ kind: "indirect", cue: "so", speaker: { text: "eine Bahnsprecherin" } });
    expect(lines[2].matches.at(-1)).toEqual({ gold: 3, predicted: 3, attributed: true });
  });

  it("prints a table without --json and honours --limit", () => {
    const result = runCli(["eval", "quotes", "--data", FIXTURES, "--limit", "1"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Quotes: 1 article\(s\), 4 gold quote\(s\), 4 predicted/);
    expect(result.stdout).toMatch(/^\s+all\s+4\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000$/m);
  });

  it("fails with exit code 1 when the folder does not exist or holds no articles", () => {
    const missing = runCli(["eval", "quotes", "--data", join(work, "nowhere")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/EVAL_DATA_MISSING|not found/i);
    const empty = runCli(["eval", "quotes", "--data", work]);
    expect(empty.code).toBe(1);
  });
});
