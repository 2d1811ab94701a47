import { execFileSync } from "node:child_process";
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readInputs } from "../../src/ingest/read.js";
import { defaultReadOptions, type ReadResult } from "../../src/ingest/types.js";
import { fixture, onlyDraft, onlyRejection, readAll, tempDir } from "./helpers.js";

/** "source kind/reason" per result, with the temp dir cut off. */
function outline(results: ReadResult[], dir: string): string[] {
  return results.map((r) => {
    const source = (r.kind === "draft" ? r.draft.source : r.rejection.source).replace(`${dir}/`, "");
    return `${source} ${r.kind === "draft" ? "draft" : r.rejection.reason}`;
  });
}

async function mixedDirectory(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const page = await readFile(fixture("stadtrat-koeln.html"));
  const gz = gzipSync(page);
  const made = await tempDir({
    ".versteckt.txt": "Versteckte Notiz\n\nSoll nicht gelesen werden.",
    ".git/config": "[core]\n",
    "Z-zuerst.txt": await readFile(fixture("ukraine-krieg.txt")),
    "a-bahnstreik.txt": await readFile(fixture("bahnstreik.txt")),
    "b-leer.txt": "",
    "c-bericht.pdf": "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    "d-meldungen.jsonl": await readFile(fixture("meldungen.jsonl")),
    "e-unterordner/koeln.html": page,
    "e-unterordner/kaputt.html.gz": gz.subarray(0, 200),
    "f-gross.txt": `Riesige Datei\n\n${"Sehr viel Text über den Bundeshaushalt. ".repeat(500)}`,
    "g-cp1252.txt": Buffer.from("Görlitz: Brücke über die Neiße gesperrt \x96 MDR\n\nDie Altstadtbrücke ist ab Montag für Fußgänger gesperrt.\n", "latin1"),
  });
  await symlink(made.dir, join(made.dir, "h-schleife"));
  await symlink(join(made.dir, "gibt-es-nicht.txt"), join(made.dir, "i-kaputter-link.txt"));
  return made;
}

describe("readInputs", () => {
  it("reads a directory of good and broken files completely, in a stable order", async () => {
    const { dir, cleanup } = await mixedDirectory();
    try {
      const results = await readAll([dir], { maxBytes: 10_000 });
      expect(outline(results, dir)).toEqual([
        "Z-zuerst.txt draft",
        "a-bahnstreik.txt draft",
        "b-leer.txt empty",
        "c-bericht.pdf binary",
        "d-meldungen.jsonl#1 draft",
        "d-meldungen.jsonl#2 draft",
        "d-meldungen.jsonl#3 invalid_record",
        "d-meldungen.jsonl#5 invalid_record",
        "d-meldungen.jsonl#6 invalid_record",
        "e-unterordner/kaputt.html.gz truncated",
        "e-unterordner/koeln.html draft",
        "f-gross.txt too_large",
        "g-cp1252.txt draft",
        "i-kaputter-link.txt unreadable",
      ]);
      expect(await readAll([dir], { maxBytes: 10_000 })).toEqual(results);
      const byName = (name: string) => results.find((r) => (r.kind === "draft" ? r.draft.source : r.rejection.source) === join(dir, name));
      expect(byName("g-cp1252.txt")).toMatchObject({ kind: "draft", draft: { title: "Görlitz: Brücke über die Neiße gesperrt", publisher: "MDR" } });
      expect(byName("f-gross.txt")).toMatchObject({ rejection: { detail: expect.stringMatching(/^the file is 20 KB \(20515 bytes\), the limit is 9\.8 KB$/) } });
      expect(byName("i-kaputter-link.txt")).toMatchObject({ rejection: { detail: "ENOENT: no such file or directory" } });
      expect(byName("c-bericht.pdf")).toMatchObject({ rejection: { detail: "PDF document (starts with %PDF-)" } });
    } finally {
      await cleanup();
    }
  });

  it("lists each directory only when the walk reaches it", async () => {
    const { dir, cleanup } = await tempDir({ "a-erst.txt": await readFile(fixture("bahnstreik.txt")) });
    await mkdir(join(dir, "z-spaeter"));
    try {
      const iterator = readInputs([dir], defaultReadOptions())[Symbol.asyncIterator]();
      const first = await iterator.next();
      expect(first.value).toMatchObject({ kind: "draft", draft: { source: join(dir, "a-erst.txt") } });
      await writeFile(join(dir, "z-spaeter", "neu.txt"), await readFile(fixture("ukraine-krieg.txt")));
      const second = await iterator.next();
      expect(second.value).toMatchObject({ kind: "draft", draft: { source: join(dir, "z-spaeter", "neu.txt") } });
      expect((await iterator.next()).done).toBe(true);
    } finally {
      await cleanup();
    }
  });

  it("rejects special files met in a directory instead of blocking on them", async () => {
    const { dir, cleanup } = await tempDir({ "artikel.txt": await readFile(fixture("bahnstreik.txt")) });
    try {
      try {
        execFileSync("mkfifo", [join(dir, "rohr")]);
      } catch {
        return; // no mkfifo on this system
      }
      expect(outline(await readAll([dir]), dir)).toEqual(["artikel.txt draft", "rohr unreadable"]);
    } finally {
      await cleanup();
    }
  });

  it("reads inputs in the order given and names a missing path unreadable", async () => {
    const results = await readAll([fixture("ukraine-krieg.txt"), "/gibt/es/nicht.txt", fixture("bahnstreik.txt")]);
    expect(results.map((r) => r.kind)).toEqual(["draft", "rejected", "draft"]);
    expect(results[1]).toEqual({
      kind: "rejected",
      rejection: { source: "/gibt/es/nicht.txt", reason: "unreadable", detail: "ENOENT: no such file or directory" },
    });
  });

  it("checks the size of a file before reading it", async () => {
    const { dir, cleanup } = await tempDir({ "gross.html": `<html><body>${"<p>Absatz</p>".repeat(200)}</body></html>` });
    try {
      expect(onlyRejection(await readAll([join(dir, "gross.html")], { maxBytes: 1000 }))).toMatchObject({ reason: "too_large" });
    } finally {
      await cleanup();
    }
  });

  it("rejects XML that is neither feed nor page, and JSON that is no JSON Lines", async () => {
    const { dir, cleanup } = await tempDir({
      "sitemap.xml": '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://www.ndr.example/</loc></url></urlset>',
      "export.json": '[\n  {"title": "Elbphilharmonie feiert Jubiläum", "text": "…"}\n]\n',
    });
    try {
      expect(await readAll([dir])).toEqual([
        { kind: "rejected", rejection: { source: join(dir, "export.json"), reason: "unsupported_format", detail: "JSON array (.json); Lagebild reads JSON Lines, one object per line" } },
        { kind: "rejected", rejection: { source: join(dir, "sitemap.xml"), reason: "unsupported_format", detail: "XML document with root <urlset> (neither RSS, Atom nor HTML)" } },
      ]);
    } finally {
      await cleanup();
    }
  });

  it("reads a file whose name looks like a URL scheme when it exists", async () => {
    const { dir, cleanup } = await tempDir({ "notiz:2024.txt": await readFile(fixture("ukraine-krieg.txt")) });
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      expect(onlyDraft(await readAll(["notiz:2024.txt"])).title).toBe("Ukraine-Krieg - Was wir wissen");
      expect(onlyRejection(await readAll(["notiz:2025.txt"])).reason).toBe("unsupported_scheme");
    } finally {
      process.chdir(cwd);
      await cleanup();
    }
  });
});

describe("standard input", () => {
  const stdin = (...chunks: (string | Buffer)[]) => Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c)));

  it("reads a text dump from stdin", async () => {
    const text = await readFile(fixture("bahnstreik.txt"));
    const draft = onlyDraft(await readAll(["-"], { stdin: stdin(text.subarray(0, 100), text.subarray(100)) }));
    expect(draft).toMatchObject({ source: "stdin", format: "txt", publisher: "tagesschau.de" });
  });

  it("sniffs JSON Lines, gzip and HTML on stdin", async () => {
    const jsonl = await readFile(fixture("meldungen.jsonl"));
    const results = await readAll(["-"], { stdin: stdin(jsonl) });
    expect(results.map((r) => (r.kind === "draft" ? r.draft.source : r.rejection.source))).toEqual(["stdin#1", "stdin#2", "stdin#3", "stdin#5", "stdin#6"]);
    const page = gzipSync(await readFile(fixture("stadtrat-koeln.html")));
    expect(onlyDraft(await readAll(["-"], { stdin: stdin(page) }))).toMatchObject({ source: "stdin", format: "html" });
  });

  it("rejects empty stdin and stdin over the size limit", async () => {
    expect(onlyRejection(await readAll(["-"], { stdin: stdin() }))).toEqual({ source: "stdin", reason: "empty", detail: "the input is empty (0 bytes)" });
    const big = "Zeile über Zeile über den Landtag.\n".repeat(1000);
    expect(onlyRejection(await readAll(["-"], { stdin: stdin(big), maxBytes: 5000 }))).toMatchObject({ reason: "too_large" });
  });
});
