import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, startCli } from "./run-cli.js";

const EXPORT_KEYS = [
  "id", "source", "url", "title", "publisher", "author", "published", "published_source", "language",
  "text", "removed", "sentences", "entities", "quotes", "dates", "story", "storyline", "duplicate_of",
];

let work: string;
let input: string;
let db: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "lagebild-cli-"));
  input = join(work, "mixed");
  db = join(work, "db");
  cpSync(join(ROOT, "test/fixtures/cli/mixed"), input, { recursive: true });
  const html = readFileSync(join(input, "seite.html"));
  writeFileSync(join(input, "broken", "abgeschnitten.html.gz"), gzipSync(html).subarray(0, 200));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("lagebild CLI", () => {
  it("shows help for the program and every command", () => {
    const main = runCli(["--help"]);
    expect(main.code).toBe(0);
    for (const command of ["ingest", "articles", "show", "entities", "entity", "extract", "export"]) {
      expect(main.stdout).toContain(command);
      const sub = runCli([command, "--help"]);
      expect(sub.code, command).toBe(0);
      expect(sub.stdout).toContain(`Usage: lagebild ${command}`);
    }
  });

  it("ingests a folder of mixed inputs, rejecting broken ones with specific reasons", () => {
    const result = runCli(["--db", db, "ingest", "--json", input]);
    expect(result.code, result.stderr).toBe(3);
    const summary = JSON.parse(result.stdout.trim().split("\n").at(-1) as string);
    expect(summary.new).toBe(5);
    expect(summary.duplicate).toBe(0);
    expect(summary.reasons).toEqual({ invalid_record: 2, empty: 1, binary: 1, no_article_text: 1, truncated: 1 });
    expect(summary.items).toBe(11);
    const pdf = summary.rejections.find((r: { reason: string }) => r.reason === "binary");
    expect(pdf.source).toMatch(/bericht\.pdf$/);
    expect(pdf.detail).toMatch(/PDF/);
  });

  it("adds nothing when the same input is ingested again", () => {
    const result = runCli(["--db", db, "ingest", "--json", input]);
    const summary = JSON.parse(result.stdout);
    expect(summary.new).toBe(0);
    expect(summary.duplicate).toBe(5);
    const list = runCli(["--db", db, "articles", "--json", "--limit", "100"]);
    expect(list.stdout.trim().split("\n")).toHaveLength(5);
  });

  it("prints a readable summary without --json", () => {
    const result = runCli(["--db", db, "ingest", join(input, "tagesblick")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/new\s+0/);
    expect(result.stdout).toMatch(/duplicate\s+2/);
  });

  it("lists, filters and shows articles", () => {
    const rows = runCli(["--db", db, "articles", "--json", "--publisher", "Rheinische Rundschau"]).stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((r) => r.title)).toEqual(["Spanien ist Europameister", "Nato-Gipfel in Washington beginnt"]);
    const shown = runCli(["--db", db, "show", rows[0].id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("Oyarzabal");
    const byPrefix = runCli(["--db", db, "show", "--json", rows[0].id.slice(0, 8)]);
    expect(JSON.parse(byPrefix.stdout).title).toBe("Spanien ist Europameister");
    const missing = runCli(["--db", db, "show", "ffffffffffff"]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain("NOT_FOUND");
  });

  it("removes furniture from text dumps and keeps it on the article with a reason", () => {
    const rows = runCli(["--db", db, "export", "--format", "jsonl", "--publisher", "Tagesblick"]).stdout.trim().split("\n").map((l) => JSON.parse(l));
    const streik = rows.find((r) => r.title === "GDL kündigt neuen Bahnstreik für Donnerstag an");
    expect(streik).toBeDefined();
    expect(streik.text).toContain("„Die Bahn hat uns kein verhandlungsfähiges Angebot vorgelegt“, sagte GDL-Chef Claus Weselsky.");
    for (const furniture of ["Kommentar schreiben", "Foto: picture alliance/dpa | Arne Dedert", "Deutschlandticket wird teurer"]) {
      expect(streik.text).not.toContain(furniture);
      expect(streik.removed.map((r: { text: string }) => r.text)).toContain(furniture);
    }
    const haushalt = rows.find((r) => r.title === "Bundestag beschließt Haushalt für 2025");
    expect(haushalt.text).toContain("Streit um die Schuldenbremse");
  });

  it("exports every article in the documented schema as JSON Lines and CSV", () => {
    const out = join(work, "export.jsonl");
    const result = runCli(["--db", db, "export", "--format", "jsonl", "--out", out]);
    expect(result.code).toBe(0);
    const records = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(records).toHaveLength(5);
    for (const record of records) {
      expect(Object.keys(record)).toEqual(EXPORT_KEYS);
      expect(record.language).toBe("de");
      for (const [start, end] of record.sentences) expect(record.text.slice(start, end).trim().length).toBeGreaterThan(0);
    }
    const html = records.find((r) => r.source.endsWith("seite.html"));
    expect(html.published).toMatch(/^2024-06-04/);
    expect(html.published_source).toBe("metadata");
    expect(html.publisher).toBe("Nordkurier Online");
    const csv = runCli(["--db", db, "export", "--format", "csv"]).stdout;
    expect(csv.split("\r\n")[0]).toBe(EXPORT_KEYS.join(","));
  });

  it("extracts one input without storing it", () => {
    const scratch = join(work, "never-created");
    const result = runCli(["--db", scratch, "extract", join(input, "seite.html")]);
    expect(result.code, result.stderr).toBe(0);
    const record = JSON.parse(result.stdout);
    expect(Object.keys(record)).toEqual(EXPORT_KEYS);
    expect(record.title).toBe("Hochwasser in Bayern: Pegel sinken langsam");
    expect(record.text).toContain("Schäden in Millionenhöhe");
    expect(record.text).not.toContain("Cookies");
    expect(existsSync(scratch)).toBe(false);
  });

  it("reads standard input", () => {
    const text = readFileSync(join(input, "tagesblick", "haushalt.txt"), "utf8");
    const result = runCli(["extract", "-"], { input: text });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).title).toBe("Bundestag beschließt Haushalt für 2025");
  });

  it("stops quietly when the reader of its output leaves early (lagebild … | head -1)", async () => {
    const child = startCli(["extract", "--help"]);
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("answers usage errors with exit code 2 and a message", () => {
    const bad = runCli(["--db", db, "articles", "--limit", "zehn"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--limit must be a positive whole number/);
    expect(runCli(["--db", db, "export", "--format", "xml"]).code).toBe(2);
    expect(runCli(["frobnicate"]).code).toBe(2);
  });
});
