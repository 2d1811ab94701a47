import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { WARCRecord, WARCSerializer, type WARCType } from "warcio";
import type { ReadResult } from "../../src/ingest/types.js";
import { fixture, readAll, tempDir } from "./helpers.js";

const CRAWL_DATE = "2024-05-01T10:00:00Z";

interface Spec {
  type: WARCType;
  url?: string;
  status?: string;
  headers?: Record<string, string>;
  body: string | Uint8Array;
}

async function serialize(spec: Spec, gzip: boolean): Promise<Uint8Array> {
  const bytes = typeof spec.body === "string" ? new TextEncoder().encode(spec.body) : spec.body;
  async function* content(): AsyncGenerator<Uint8Array> {
    yield bytes;
  }
  const record =
    spec.type === "warcinfo"
      ? await WARCRecord.createWARCInfo({ filename: "crawl.warc", warcVersion: "WARC/1.1", date: CRAWL_DATE }, { software: "Lagebild-Test", format: "WARC File Format 1.1" })
      : await WARCRecord.create(
          { url: spec.url, date: CRAWL_DATE, type: spec.type, warcVersion: "WARC/1.1", statusline: spec.status ?? "HTTP/1.1 200 OK", httpHeaders: spec.headers ?? {} },
          content(),
        );
  return WARCSerializer.serialize(record, { gzip });
}

/** A small crawl: info, a request, two articles, an image, a redirect, an empty page, metadata. */
async function crawlSpecs(): Promise<Spec[]> {
  const koeln = await readFile(fixture("stadtrat-koeln.html"));
  const darmstadt = await readFile(fixture("darmstadt-wohnquartier.html"));
  const empty = await readFile(fixture("leere-seite.html"));
  const html = (charset: string) => ({ "Content-Type": `text/html; charset=${charset}` });
  return [
    { type: "warcinfo", body: "" },
    { type: "request", url: "https://www.ksta.example/koeln/stadtrat-muelheimer-bruecke-123.html", status: "GET /koeln/stadtrat-muelheimer-bruecke-123.html HTTP/1.1", headers: { Host: "www.ksta.example" }, body: "" },
    { type: "response", url: "https://www.ksta.example/koeln/stadtrat-muelheimer-bruecke-123.html?utm_source=feed", headers: html("utf-8"), body: koeln },
    { type: "response", url: "https://www.ksta.example/bilder/bruecke.png", headers: { "Content-Type": "image/png" }, body: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) },
    { type: "response", url: "https://www.hessenschau.example/alt", status: "HTTP/1.1 301 Moved Permanently", headers: { ...html("utf-8"), Location: "/neu" }, body: "<html><body>Moved</body></html>" },
    { type: "response", url: "https://www.ksta.example/404", headers: html("utf-8"), body: empty },
    { type: "response", url: "https://www.hessenschau.example/gesellschaft/darmstadt-wohnquartier-100.html", headers: html("windows-1252"), body: darmstadt },
    { type: "metadata", url: "https://www.hessenschau.example/gesellschaft/darmstadt-wohnquartier-100.html", body: "outlinks: https://www.hessenschau.example/\n" },
  ];
}

async function buildWarc(gzip: boolean): Promise<{ bytes: Buffer; offsets: number[] }> {
  const parts = await Promise.all((await crawlSpecs()).map((spec) => serialize(spec, gzip)));
  const offsets: number[] = [];
  let at = 0;
  for (const part of parts) {
    offsets.push(at);
    at += part.length;
  }
  return { bytes: Buffer.concat(parts), offsets };
}

function summary(results: ReadResult[]): string[] {
  return results.map((r) => (r.kind === "draft" ? `draft ${r.draft.source.split("#")[1]}` : `${r.rejection.reason} ${r.rejection.source.split("#")[1] ?? "file"}`));
}

let temps: Array<() => Promise<void>> = [];

/** Writes bytes to a temporary file that is removed after the test. */
async function writeTemp(name: string, bytes: Uint8Array): Promise<string> {
  const { dir, cleanup } = await tempDir({ [name]: bytes });
  temps.push(cleanup);
  return `${dir}/${name}`;
}

afterEach(async () => {
  for (const cleanup of temps) await cleanup();
  temps = [];
});

async function readWarcBytes(name: string, bytes: Uint8Array): Promise<ReadResult[]> {
  return readAll([await writeTemp(name, bytes)]);
}

describe("WARC files", () => {
  it("reads every HTML 200 response as an article and skips the other records", async () => {
    const { bytes } = await buildWarc(false);
    const results = await readWarcBytes("crawl.warc", bytes);
    expect(summary(results)).toEqual(["draft 3", "no_article_text 6", "draft 7"]);
    const [koeln, , darmstadt] = results;
    if (koeln.kind !== "draft" || darmstadt.kind !== "draft") throw new Error("drafts expected");
    expect(koeln.draft.format).toBe("warc");
    expect(koeln.draft.source).toMatch(/crawl\.warc#3$/);
    expect(koeln.draft.url).toBe("https://www.ksta.example/koeln/stadtrat-muelheimer-bruecke-123.html?utm_source=feed");
    expect(koeln.draft.title).toBe("Kölner Stadtrat beschließt Sanierung der Mülheimer Brücke");
    expect(koeln.draft.published).toMatch(/^2024-03-14/);
    // the crawl date is no publication date
    expect(darmstadt.draft.published ?? "").not.toContain("2024-05-01");
    expect(darmstadt.draft.body).toContain("„Wir schaffen bezahlbaren Wohnraum für Familien, Studierende und Ältere“");
  });

  it("applies the size limit per record, not to the whole WARC file", async () => {
    const { bytes } = await buildWarc(false);
    const results = await readAll([await writeTemp("gross.warc", bytes)], { maxBytes: 1500 });
    expect(summary(results)).toEqual(["too_large 3", "no_article_text 6", "draft 7"]);
    const first = results[0];
    if (first.kind === "rejected") expect(first.rejection.detail).toMatch(/^the record is 2\.\d KB, the limit is 1\.5 KB$/);
  });

  it("reads .warc.gz with one gzip member per record", async () => {
    const { bytes } = await buildWarc(true);
    expect(bytes[0]).toBe(0x1f);
    const results = await readWarcBytes("crawl.warc.gz", bytes);
    expect(summary(results)).toEqual(["draft 3", "no_article_text 6", "draft 7"]);
  });

  it("returns the complete records before a cut and one truncated rejection", async () => {
    const { bytes, offsets } = await buildWarc(false);
    const start = offsets[6];
    const cuts = {
      "in the WARC headers": start + 40,
      "in the HTTP headers": bytes.indexOf("Content-Type: text/html; charset=windows-1252", start) + 10,
      "in the payload": start + 700,
    };
    for (const [where, cut] of Object.entries(cuts)) {
      const results = await readWarcBytes("cut.warc", bytes.subarray(0, cut));
      expect(summary(results), where).toEqual(["draft 3", "no_article_text 6", "truncated file"]);
      const last = results[2];
      if (last.kind === "rejected") expect(last.rejection.detail, where).toMatch(/record 7/);
    }
  });

  it("detects a truncated .warc.gz", async () => {
    const { bytes, offsets } = await buildWarc(true);
    const cut = Math.floor((offsets[6] + offsets[7]) / 2);
    const results = await readWarcBytes("cut.warc.gz", bytes.subarray(0, cut));
    expect(summary(results)).toEqual(["draft 3", "no_article_text 6", "truncated file"]);
    const last = results[2];
    if (last.kind === "rejected") expect(last.rejection.detail).toMatch(/record 7.*unexpected end of file/);
  });

  it("rejects a .warc file that is no WARC", async () => {
    const results = await readWarcBytes("falsch.warc", new TextEncoder().encode("Das ist keine WARC-Datei, sondern eine Notiz.\n\nMit zwei Zeilen."));
    expect(summary(results)).toEqual(["truncated file"]);
    if (results[0].kind === "rejected") expect(results[0].rejection.detail).toContain("expected a WARC/1.x version line");
  });
});
