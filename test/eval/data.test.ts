import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LagebildError } from "../../src/core/errors.js";
import { loadDateDataset, loadExtractDataset, readJsonFile } from "../../src/eval/data.js";
import { readPage } from "../../src/eval/pages.js";
import { ROOT } from "../cli/run-cli.js";

const FIXTURES = join(ROOT, "test/fixtures/eval");
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "lagebild-eval-data-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function thrownCode(fn: () => unknown): string | null {
  try {
    fn();
  } catch (error) {
    return error instanceof LagebildError ? error.code : `not a LagebildError: ${String(error)}`;
  }
  return null;
}

describe("evaluation data sets", () => {
  it("recognises trafilatura's snippet format and the article-body format", () => {
    const snippets = loadExtractDataset(join(FIXTURES, "snippets"));
    expect(snippets.format).toBe("snippets");
    expect(snippets.items.map((i) => i.file)).toEqual(["radwege.html", "baeckerei.html", "fehlt.html"]);
    const bodies = loadExtractDataset(join(FIXTURES, "article-body"));
    if (bodies.format !== "article-body") throw new Error(`expected the article-body format, got ${bodies.format}`);
    expect(bodies.items.map((i) => [i.id, i.file])).toEqual([["hochwasser", "hochwasser.html"], ["tarif", "tarif.html"], ["leer", "leer.html"]]);
  });

  it("reads htmldate's format, where Python wrote a missing date as NaN", () => {
    const items = loadDateDataset(join(FIXTURES, "dates"));
    expect(items.map((i) => i.date)).toEqual(["2024-03-12", "2023-07-02", "2022-11-05", null]);
    const path = join(work, "nan.json");
    writeFileSync(path, '{"u": {"file": "a.html", "date": NaN}, "v": {"file": "NaN.html", "date": "2020-01-01"}}');
    expect(readJsonFile(path)).toEqual({ u: { file: "a.html", date: null }, v: { file: "NaN.html", date: "2020-01-01" } });
  });

  it("names a missing folder or a folder without data file with EVAL_DATA_MISSING", () => {
    expect(thrownCode(() => loadExtractDataset(join(work, "gibt-es-nicht")))).toBe("EVAL_DATA_MISSING");
    expect(thrownCode(() => loadDateDataset(join(work, "gibt-es-nicht")))).toBe("EVAL_DATA_MISSING");
    mkdirSync(join(work, "leer"));
    expect(thrownCode(() => loadExtractDataset(join(work, "leer")))).toBe("EVAL_DATA_MISSING");
  });

  it("rejects malformed entries with the file and the entry named", () => {
    const dir = join(work, "kaputt");
    mkdirSync(dir);
    writeFileSync(join(dir, "evaldata.json"), '{"https://a.example/": {"file": "a.html", "with": "kein Array", "without": []}}');
    expect(thrownCode(() => loadExtractDataset(dir))).toBe("BAD_ARGUMENT");
    writeFileSync(join(dir, "evaldata.json"), '{"https://a.example/": {"file": "a.html", "date": "12.03.2024"}}');
    expect(() => loadDateDataset(dir)).toThrow(/https:\/\/a\.example\/.*12\.03\.2024/);
  });

  it("reads plain and gzipped pages, and says which are missing or corrupt", () => {
    const dir = join(work, "pages");
    mkdirSync(dir);
    const html = "<p>Die Elbe steigt.</p>";
    writeFileSync(join(dir, "a.html"), html);
    writeFileSync(join(dir, "b.html.gz"), gzipSync(html));
    writeFileSync(join(dir, "c.html.gz"), gzipSync(html).subarray(0, 12));
    const a = readPage(dir, "a.html");
    const b = readPage(dir, "b.html");
    expect(a.ok && Buffer.from(a.bytes).toString("utf8")).toBe(html);
    expect(b.ok && Buffer.from(b.bytes).toString("utf8")).toBe(html);
    expect(readPage(dir, "c.html")).toMatchObject({ ok: false, reason: "truncated" });
    expect(readPage(dir, "d.html")).toMatchObject({ ok: false, reason: "missing" });
  });
});
