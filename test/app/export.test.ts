import { describe, expect, it } from "vitest";
import { csvField, csvHeader, csvLine, exportLines, toExportRecord, type ExportRecord } from "../../src/app/export.js";
import { articleFromDraft } from "../../src/core/pipeline.js";

const article = {
  ...articleFromDraft({
    source: "sample/a.txt",
    format: "txt",
    url: "https://example.org/a",
    title: "Streit um „Schuldenbremse“, sagt Lindner",
    publisher: "Tagesblick",
    author: null,
    published: null,
    publishedSource: null,
    declaredLanguage: null,
    body: "x",
    extraction: null,
  }),
  id: "abc123abc123abc1",
  text: "Erste Zeile.\nZweite, mit \"Zitat\".",
  sentences: [{ start: 0, end: 12 }, { start: 13, end: 33 }],
  removed: [{ text: "Kommentar schreiben", reason: "furniture:comments", line: 3 }],
};

describe("export schema", () => {
  it("maps an article to the documented fields", () => {
    const record = toExportRecord(article);
    expect(Object.keys(record)).toEqual([
      "id", "source", "url", "title", "publisher", "author", "published", "published_source", "language",
      "text", "removed", "sentences", "entities", "quotes", "dates", "story", "storyline", "duplicate_of",
    ]);
    expect(record.sentences).toEqual([[0, 12], [13, 33]]);
    expect(record.removed).toEqual([{ text: "Kommentar schreiben", reason: "furniture:comments" }]);
    expect(record.story).toBeNull();
  });

  it("quotes CSV fields with commas, quotes and newlines", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField(null)).toBe("");
    expect(csvField([1, 2])).toBe('"[1,2]"');
  });

  it("writes one CSV line per record with as many fields as the header", () => {
    const line = csvLine(toExportRecord(article));
    expect(line.endsWith("\r\n")).toBe(true);
    expect(parseCsvLine(line.trimEnd())).toHaveLength(parseCsvLine(csvHeader().trimEnd()).length);
  });

  it("streams JSON Lines that parse back to the records", async () => {
    async function* one(): AsyncGenerator<ExportRecord> {
      yield toExportRecord(article);
    }
    const lines: string[] = [];
    for await (const l of exportLines(one(), "jsonl")) lines.push(l);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toEqual(toExportRecord(article));
  });
});

/** A minimal RFC 4180 field splitter for one line, to check the writer. */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = "";
      i += 1;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') { value += '"'; i += 2; }
        else if (line[i] === '"') { i += 1; break; }
        else { value += line[i]; i += 1; }
      }
      fields.push(value);
      i += 1;
    } else {
      const end = line.indexOf(",", i);
      fields.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    }
  }
  return fields;
}
