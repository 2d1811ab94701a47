import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { sniffFormat } from "../../src/ingest/sniff.js";

const b = (text: string): Buffer => Buffer.from(text, "utf8");

describe("sniffFormat", () => {
  it("recognises binary files by their magic bytes", () => {
    expect(sniffFormat(b("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "bericht.txt")).toEqual({ format: "binary", detail: "PDF document (starts with %PDF-)" });
    expect(sniffFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "bild.html").detail).toMatch(/^PNG image/);
    expect(sniffFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), null).detail).toMatch(/^JPEG image/);
    expect(sniffFormat(b("GIF89a\x01\x00"), null).detail).toMatch(/^GIF image/);
    expect(sniffFormat(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), "artikel.txt").detail).toMatch(/^ZIP archive/);
    expect(sniffFormat(b("Zeile eins\0\0\0\x01binär"), "daten.txt")).toEqual({ format: "binary", detail: "binary data (NUL byte at offset 10)" });
  });

  it("reads a page or text with a stray NUL byte as what it is, not as binary data (one in a hundred characters or more is binary)", () => {
    const page = `<!DOCTYPE html><html><body><p>${"Der Bundestag hat ein Gesetz beschlossen. ".repeat(20)}\0</p></body></html>`;
    expect(sniffFormat(b(page), "seite.html").format).toBe("html");
    expect(sniffFormat(b(`Titel\n\n${"Die Opposition kritisierte das Verfahren. ".repeat(10)}\0`), "meldung.txt").format).toBe("txt");
    expect(sniffFormat(Buffer.from("Zeile eins", "utf16le"), "daten.txt").format).toBe("binary");
  });

  it("recognises gzip and WARC by content, whatever the name", () => {
    expect(sniffFormat(gzipSync(b("Hallo")), "artikel.txt").format).toBe("gzip");
    expect(sniffFormat(b("WARC/1.1\r\nWARC-Type: warcinfo\r\n"), "crawl.dat").format).toBe("warc");
  });

  it("tells HTML, RSS and Atom apart by their first element", () => {
    expect(sniffFormat(b("  <!DOCTYPE html>\n<html lang=de>"), "seite.txt").format).toBe("html");
    expect(sniffFormat(b("<html><head><title>Nachrichten</title>"), null).format).toBe("html");
    expect(sniffFormat(b('<?xml version="1.0"?>\n<!-- Feed -->\n<rss version="2.0"><channel>'), "feed.xml").format).toBe("rss");
    expect(sniffFormat(b('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'), null).format).toBe("atom");
    expect(sniffFormat(b('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'), "sitemap.xml")).toEqual({
      format: "unsupported",
      detail: "XML document with root <urlset> (neither RSS, Atom nor HTML)",
    });
  });

  it("falls back to the content type, then the extension", () => {
    expect(sniffFormat(b("Schlagzeile\n\nText"), "/api/artikel", "text/html; charset=utf-8").format).toBe("html");
    expect(sniffFormat(b("Schlagzeile\n\nText"), "meldung.htm").format).toBe("html");
    expect(sniffFormat(b('{"title": "Eins"}\n{"title": "Zwei"}'), "export.ndjson").format).toBe("jsonl");
    expect(sniffFormat(b("Schlagzeile\n\nText"), "meldung.txt")).toEqual({ format: "txt", detail: ".txt extension" });
    expect(sniffFormat(b("binär?"), "/bild", "image/webp")).toEqual({ format: "binary", detail: "served as image/webp" });
  });

  it("detects JSON Lines by content, even with a first line longer than the sniffed head", () => {
    expect(sniffFormat(b('{"url": "https://x.example/a", "text": "Kurz."}\n'), null).format).toBe("jsonl");
    expect(sniffFormat(b(`{"text": "${"Langer Artikeltext. ".repeat(400)}"}`), null).format).toBe("jsonl");
    expect(sniffFormat(b('[{"text": "a"}]'), "export.json").format).toBe("unsupported");
  });

  it("calls empty and whitespace-only input empty, and any other text txt", () => {
    expect(sniffFormat(new Uint8Array(0), "leer.txt")).toEqual({ format: "empty", detail: "0 bytes" });
    expect(sniffFormat(b(" \n\t\r\n "), "leer.txt").format).toBe("empty");
    expect(sniffFormat(b("Kurzmeldung aus Bremen\n\nDer Senat tagt."), null)).toEqual({ format: "txt", detail: "text" });
  });
});
