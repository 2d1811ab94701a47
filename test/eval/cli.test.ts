import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageText } from "../../src/eval/run-page.js";
import { ROOT, runCli } from "../cli/run-cli.js";

const FIXTURES = join(ROOT, "test/fixtures/eval");
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "lagebild-eval-cli-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs an eval command with --json and returns the parsed last line of standard output. */
function evalJson(args: string[]) {
  const result = runCli(["eval", ...args, "--json"]);
  expect(result.code, result.stderr).toBe(0);
  const lines = result.stdout.trim().split("\n");
  return JSON.parse(lines.at(-1) as string);
}

function jsonLines(path: string) {
  return readFileSync(path, "utf8").trim().split("\n").map((line) => JSON.parse(line));
}

describe("lagebild eval extract", () => {
  it("scores the snippet format (plain and gzipped pages) and lists the page it could not extract", () => {
    const out = join(work, "snippets.jsonl");
    const report = evalJson(["extract", "--data", join(FIXTURES, "snippets"), "--out", out]);
    expect(report).toMatchObject({ task: "extract", format: "snippets", pages: 3, scored: 3 });
    // the article text of both news pages is found, navigation, teasers, cookie and newsletter boxes are not;
    // the 404 page gives no text, so its one `with` snippet is missed
    expect(report.counts).toEqual({ tp: 5, fn: 1, fp: 0, tn: 5 });
    expect(report.precision).toBe(1);
    expect(report.recall).toBeCloseTo(5 / 6, 12);
    expect(report.f1).toBeCloseTo(10 / 11, 12);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]).toMatchObject({ file: "fehlt.html", reason: "no_article_text" });
    expect(report.timing.extract.median).toBeGreaterThan(0);
    const pages = jsonLines(out);
    expect(pages.map((p: { file: string }) => p.file)).toEqual(["radwege.html", "baeckerei.html", "fehlt.html"]);
    expect(pages[1]).toMatchObject({ tp: 2, fn: 0, fp: 0, tn: 2, extraction: expect.any(String), failure: null });
    expect(pages[2]).toMatchObject({ tp: 0, fn: 1, extraction: null, failure: { reason: "no_article_text" } });
  });

  it("prints a table without --json and honours --limit", () => {
    const result = runCli(["eval", "extract", "--data", join(FIXTURES, "snippets"), "--limit", "2"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/2 of 2 page\(s\) scored/);
    expect(result.stdout).toMatch(/^\s+f1\s+1\.000$/m);
    expect(result.stdout).toMatch(/Failed pages: none/);
  });

  it("recognises the article-body format and scores it with shingles averaged over pages", () => {
    const out = join(work, "bodies.jsonl");
    const report = evalJson(["extract", "--data", join(FIXTURES, "article-body"), "--out", out]);
    expect(report).toMatchObject({ format: "article-body", pages: 3, scored: 3, counts: null });
    const [hochwasser, tarif, leer] = jsonLines(out);
    expect(hochwasser).toMatchObject({ tp: 1, fp: 0, fn: 0, exact: true });
    // the extractor keeps a fourth paragraph the gold body leaves out: full recall, lower precision
    expect(tarif.fn).toBe(0);
    expect(tarif.fp).toBeGreaterThan(0.15);
    expect(tarif.exact).toBe(false);
    expect(leer).toMatchObject({ tp: 0, fp: 0, fn: 1, failure: { reason: "no_article_text" } });
    const precision = (1 + tarif.tp / (tarif.tp + tarif.fp)) / 2; // the empty page has no precision
    expect(report.precision).toBeCloseTo(precision, 12);
    expect(report.recall).toBeCloseTo(2 / 3, 12);
    expect(report.accuracy).toBeCloseTo(1 / 3, 12);
  });

  it("evaluates exactly the text `lagebild extract` prints", async () => {
    for (const file of ["snippets/pages/radwege.html", "article-body/html/hochwasser.html"]) {
      const path = join(FIXTURES, file);
      const printed = JSON.parse(runCli(["extract", path]).stdout);
      const evaluated = await pageText(readFileSync(path), null, path);
      expect(evaluated.text).toBe(printed.text);
    }
  });

  it("exits 1 with EVAL_DATA_MISSING when the --data folder does not exist, 2 without --data", () => {
    const missing = join(work, "gibt-es-nicht");
    const result = runCli(["eval", "extract", "--data", missing, "--json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("EVAL_DATA_MISSING");
    expect(result.stderr).toContain(missing);
    expect(result.stdout).toBe("");
    expect(runCli(["eval", "dates"]).code).toBe(2);
  });

  it("reports pages missing from the folder without scoring them", () => {
    const dir = join(work, "unvollstaendig");
    cpSync(join(FIXTURES, "snippets"), dir, { recursive: true });
    const data = JSON.parse(readFileSync(join(dir, "evaldata.json"), "utf8"));
    data["https://www.kreisbote.example/gibt-es-nicht"] = { file: "weg.html", with: ["Text"], without: [] };
    writeFileSync(join(dir, "evaldata.json"), JSON.stringify(data));
    const report = evalJson(["extract", "--data", dir]);
    expect(report).toMatchObject({ pages: 4, scored: 3 });
    expect(report.counts).toEqual({ tp: 5, fn: 1, fp: 0, tn: 5 });
    expect(report.failed.map((f: { reason: string }) => f.reason).sort()).toEqual(["missing", "no_article_text"]);
  });
});

describe("lagebild eval dates", () => {
  it("scores right, wrong, missing and correctly absent dates (gzipped page and NaN gold date included)", () => {
    const out = join(work, "dates.jsonl");
    const report = evalJson(["dates", "--data", join(FIXTURES, "dates"), "--out", out]);
    expect(report).toMatchObject({ task: "dates", pages: 4, scored: 4, counts: { tp: 1, fp: 1, fn: 1, tn: 1 } });
    expect(report.precision).toBe(0.5);
    expect(report.recall).toBe(0.5);
    expect(report.f1).toBe(0.5);
    expect(report.accuracy).toBe(0.5);
    const pages = jsonLines(out);
    expect(pages.map((p: { outcome: string }) => p.outcome)).toEqual(["tp", "fp", "fn", "tn"]);
    expect(pages[0]).toMatchObject({ gold: "2024-03-12", predicted: "2024-03-12", source: "metadata" });
    expect(pages[1]).toMatchObject({ gold: "2023-07-02", predicted: "2023-07-03" });
  });

  it("prints the table with the four outcomes", () => {
    const result = runCli(["eval", "dates", "--data", join(FIXTURES, "dates")]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("tp 1 (right date), fp 1 (wrong date), fn 1 (no date, one expected), tn 1 (no date, none expected)");
    expect(result.stdout).toMatch(/^\s+accuracy\s+0\.500$/m);
  });

  it("refuses an --out file it cannot write before evaluating anything", () => {
    const result = runCli(["eval", "dates", "--data", join(FIXTURES, "dates"), "--out", join(work, "no-such-dir", "dates.jsonl")]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/BAD_ARGUMENT.*--out .*no-such-dir.*cannot be written/);
    expect(result.stdout).toBe("");
  });
});
