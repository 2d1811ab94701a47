import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const SAMPLE = fileURLToPath(new URL("../sample/corpus/", import.meta.url));
const PUBLISHERS: Record<string, string> = {
  "rheintaler-rundschau": "Rheintaler Rundschau",
  "nordheider-kurier": "Nordheider Kurier",
  tagesblick: "Tagesblick",
};

function files(dir: string): string[] {
  return readdirSync(path.join(SAMPLE, dir), { recursive: true, encoding: "utf8" })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(path.join(SAMPLE, f)).isFile())
    .sort();
}

const bytes = (file: string): Buffer => readFileSync(path.join(SAMPLE, file));
const isUtf8 = (data: Buffer): boolean => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
};
/** Windows-1252 bytes 0x80–0x9F ("?" = unassigned); Node 20's TextDecoder maps them like Latin-1. */
const CP1252_HIGH = "€?‚ƒ„…†‡ˆ‰Š‹Œ?Ž??‘’“”•–—˜™š›œ?žŸ";
const decodeWindows1252 = (data: Buffer): string =>
  [...data].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join("");
const decodeText = (data: Buffer): string => (isUtf8(data) ? data.toString("utf8") : decodeWindows1252(data));
const unescape = (html: string): string =>
  html.replace(/&quot;/gu, '"').replace(/&lt;/gu, "<").replace(/&gt;/gu, ">").replace(/&amp;/gu, "&");
const htmlOf = (file: string): string => (file.endsWith(".gz") ? gunzipSync(bytes(file)) : bytes(file)).toString("utf8");
const h1s = (html: string): string[] => [...html.matchAll(/<h1>(.*?)<\/h1>/gu)].map((m) => unescape(m[1]));

describe("sample corpus", () => {
  const textFiles = files("text");
  const htmlFiles = files("html");

  it("has 12 text dumps from three outlets, each headed 'Headline – Publisher'", () => {
    expect(textFiles).toHaveLength(12);
    const byOutlet = new Map<string, number>();
    for (const file of textFiles) {
      const outlet = file.split(path.sep)[1];
      expect(Object.keys(PUBLISHERS)).toContain(outlet);
      byOutlet.set(outlet, (byOutlet.get(outlet) ?? 0) + 1);
      const firstLine = decodeText(bytes(file)).replace(/^\ufeff/u, "").split(/\r?\n/u)[0];
      expect(firstLine.endsWith(` – ${PUBLISHERS[outlet]}`)).toBe(true);
    }
    expect([...byOutlet.values()]).toEqual([4, 4, 4]);
  });

  it("has exactly one Windows-1252 text file, with umlauts and cp1252-only punctuation („ or –)", () => {
    const legacy = textFiles.filter((f) => !isUtf8(bytes(f)));
    expect(legacy).toHaveLength(1);
    const data = bytes(legacy[0]);
    expect(decodeWindows1252(data)).toMatch(/[äöüß]/u);
    expect(data.includes(0x84) || data.includes(0x96)).toBe(true);
  });

  it("has exactly one text file with a UTF-8 BOM and one with CRLF line endings only", () => {
    const withBom = textFiles.filter((f) => bytes(f).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
    expect(withBom).toHaveLength(1);
    const crlf = textFiles.filter((f) => {
      const text = bytes(f).toString("latin1");
      return text.includes("\r\n") && !/[^\r]\n/u.test(text);
    });
    expect(crlf).toHaveLength(1);
    const anyCr = textFiles.filter((f) => bytes(f).includes(0x0d));
    expect(anyCr).toEqual(crlf);
  });

  it("has 8 HTML pages, one of them gzipped, each a complete page with one <h1>", () => {
    expect(htmlFiles).toHaveLength(8);
    expect(htmlFiles.filter((f) => f.endsWith(".html.gz"))).toHaveLength(1);
    expect(htmlFiles.filter((f) => f.endsWith(".html"))).toHaveLength(7);
    for (const file of htmlFiles) {
      const html = htmlOf(file);
      expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
      expect(h1s(html)).toHaveLength(1);
      for (const part of ["og:title", "og:site_name", "<article", "<footer", "cookie-banner", "<nav"]) expect(html).toContain(part);
    }
  });

  it("varies the HTML date metadata: JSON-LD, none, <time> only, canonical URL only", () => {
    const pages = htmlFiles.map(htmlOf);
    const withLd = pages.filter((p) => p.includes("application/ld+json"));
    expect(withLd.length).toBeGreaterThanOrEqual(2);
    expect(withLd.length).toBeLessThan(pages.length);
    for (const page of withLd) {
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/u.exec(page)?.[1] ?? "";
      const data = JSON.parse(json) as Record<string, unknown> & { "@graph"?: Record<string, unknown>[] };
      const news = data["@graph"]?.find((n) => n["@type"] === "NewsArticle") ?? data;
      expect(news["@type"]).toBe("NewsArticle");
      expect(Object.keys(news)).toEqual(expect.arrayContaining(["headline", "datePublished", "author", "publisher"]));
    }
    const noMetaDate = pages.filter((p) => !p.includes("application/ld+json") && !p.includes("article:published_time"));
    const timeOnly = noMetaDate.filter((p) => p.includes("<time datetime="));
    const canonicalOnly = noMetaDate.filter((p) => !p.includes("<time") && /rel="canonical" href="[^"]*\/\d{4}\/\d{2}\/\d{2}\//u.test(p));
    expect(timeOnly).toHaveLength(1);
    expect(canonicalOnly).toHaveLength(1);
  });

  it("has an RSS feed with 5 full-text items", () => {
    const xml = bytes("feed/wikinews-feed.xml").toString("utf8");
    const items = xml.split("<item>").slice(1);
    expect(items).toHaveLength(5);
    for (const item of items) {
      for (const tag of ["<title>", "<link>", "<pubDate>", "<dc:creator>", "<content:encoded><![CDATA[<p>"]) expect(item).toContain(tag);
    }
  });

  it("has a gzipped WARC with warcinfo, robots.txt and 3 HTML responses", () => {
    const warc = gunzipSync(bytes("warc/crawl.warc.gz")).toString("utf8");
    expect(warc.match(/^WARC-Type: warcinfo\r$/gmu)).toHaveLength(1);
    expect(warc.match(/^WARC-Type: response\r$/gmu)).toHaveLength(4);
    expect(warc.match(/^Content-Type: text\/html; charset=utf-8\r$/gmu)).toHaveLength(3);
    expect(warc.match(/^Content-Type: text\/plain; charset=utf-8\r$/gmu)).toHaveLength(1);
    expect(warc).toContain("robots.txt");
  });

  it("has 2 JSON Lines articles with the expected fields", () => {
    const lines = bytes("jsonl/articles.jsonl").toString("utf8").trim().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const row = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(row).sort()).toEqual(["language", "published", "publisher", "text", "title", "url"]);
      expect(String(row.text).length).toBeGreaterThan(1000);
    }
  });

  it("credits every article title it uses in ATTRIBUTION.md", () => {
    const titles = new Set<string>();
    for (const file of textFiles) {
      const firstLine = decodeText(bytes(file)).replace(/^\ufeff/u, "").split(/\r?\n/u)[0];
      titles.add(firstLine.slice(0, firstLine.lastIndexOf(" – ")));
    }
    for (const file of htmlFiles) h1s(htmlOf(file)).forEach((t) => titles.add(t));
    const feed = bytes("feed/wikinews-feed.xml").toString("utf8");
    for (const m of feed.matchAll(/<item>\s*<title>(.*?)<\/title>/gu)) titles.add(unescape(m[1]));
    for (const t of h1s(gunzipSync(bytes("warc/crawl.warc.gz")).toString("utf8"))) titles.add(t);
    for (const line of bytes("jsonl/articles.jsonl").toString("utf8").trim().split("\n")) {
      titles.add(String((JSON.parse(line) as { title: unknown }).title));
    }
    expect(titles.size).toBe(30);
    const attribution = readFileSync(path.join(SAMPLE, "..", "ATTRIBUTION.md"), "utf8");
    for (const title of titles) expect(attribution).toContain(title);
    for (const phrase of ["CC BY 2.5", "https://creativecommons.org/licenses/by/2.5/", "de.wikinews.org", "Petersen-Frey"]) {
      expect(attribution).toContain(phrase);
    }
  });

  it("stays small", () => {
    const total = ["text", "html", "feed", "warc", "jsonl"].flatMap(files).reduce((sum, f) => sum + statSync(path.join(SAMPLE, f)).size, 0);
    expect(total).toBeLessThan(400 * 1024);
  });
});
