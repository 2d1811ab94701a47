import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/extract/dom.js";
import { extractHtml } from "../../src/extract/html.js";
import { MAX_READABILITY_ELEMENTS } from "../../src/extract/readability.js";

const PARAGRAPH =
  "Der Kreistag hat am Montag den Haushalt für das kommende Jahr beschlossen. Größter Posten bleiben die Sozialausgaben, gefolgt von den Investitionen in Schulen und Kreisstraßen. ";
const ARTICLE = `<h1>Kreistag beschließt Haushalt</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`;

/** Runs the extractor and returns the result with the time it took. */
function timed(html: string): { result: ReturnType<typeof extractHtml>; ms: number } {
  const start = performance.now();
  const result = extractHtml(html);
  return { result, ms: performance.now() - start };
}

describe("bad input never crashes", () => {
  it("rejects an empty string and whitespace", () => {
    expect(extractHtml("")).toEqual({ ok: false, reason: "no_article_text", detail: "page has 0 characters of visible text" });
    expect(extractHtml(" \n\t ").ok).toBe(false);
  });

  it("rejects JSON and short non-HTML text", () => {
    const result = extractHtml('{"status":"error","message":"not found"}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toMatch(/^longest text block has \d+ characters/);
  });

  it("reads plain text that arrives instead of HTML", () => {
    const result = extractHtml(PARAGRAPH.repeat(3));
    expect(result.ok && result.page.body).toContain("Der Kreistag hat am Montag");
  });

  it("survives binary garbage", () => {
    let garbage = "";
    for (let i = 0; i < 20_000; i++) garbage += String.fromCharCode((i * 7919) % 256);
    const result = extractHtml(garbage);
    expect(typeof result.ok).toBe("boolean");
  });

  it("reads malformed markup: unclosed and misnested tags, no <body>", () => {
    const html = `<html><head><title>Kreistag</title></head><h1>Kreistag beschließt Haushalt<p>${PARAGRAPH}<p>${PARAGRAPH}<b>fett <i>kursiv</b> weiter</i><p>${PARAGRAPH}`;
    const result = extractHtml(html);
    expect(result.ok && result.page.body).toContain("Sozialausgaben");
    expect(result.ok && result.page.title).toBe("Kreistag");
  });

  it("reads a fragment without <html>", () => {
    const result = extractHtml(`<title>Kreistag beschließt Haushalt</title>${ARTICLE}`);
    expect(result.ok && result.page.title).toBe("Kreistag beschließt Haushalt");
    expect(result.ok && result.page.body.split("\n")).toHaveLength(3);
  });
});

describe("bad input never hangs", () => {
  it("extracts from 5,000 nested divs quickly", () => {
    const html = `<html><body>${"<div>".repeat(5_000)}${ARTICLE}${"</div>".repeat(5_000)}</body></html>`;
    const { result, ms } = timed(html);
    expect(result.ok && result.page.body).toContain("Kreisstraßen");
    expect(ms).toBeLessThan(10_000);
  });

  it("flattens nesting deeper than the limit but keeps the text", () => {
    const doc = parseDocument(`<html><body>${"<div><span>".repeat(3_000)}innen${"</span></div>".repeat(3_000)}</body></html>`);
    expect(doc.body?.textContent).toBe("innen");
  });

  it("finds the article container on huge pages", () => {
    const menu = `<ul class="mega">${"<li><span>Rubrik</span></li>".repeat(Math.ceil(MAX_READABILITY_ELEMENTS / 2) + 1_000)}</ul>`;
    const { result, ms } = timed(`<html><body>${menu}<article>${ARTICLE}</article></body></html>`);
    expect(result.ok && result.page.extraction).toBe("container:article");
    expect(result.ok && result.page.body).toContain("Investitionen in Schulen");
    expect(ms).toBeLessThan(30_000);
  });

  it("skips Readability on huge pages without a container and falls back to the largest text block", () => {
    const menu = `<ul class="mega">${"<li><span>Rubrik</span></li>".repeat(Math.ceil(MAX_READABILITY_ELEMENTS / 2) + 1_000)}</ul>`;
    const { result, ms } = timed(`<html><body>${menu}<div class="spalte">${ARTICLE}</div></body></html>`);
    expect(result.ok && result.page.extraction).toBe("fallback:block");
    expect(result.ok && result.page.body).toContain("Investitionen in Schulen");
    expect(ms).toBeLessThan(30_000);
  });
});
