import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/extract/html.js";
import { normaliseLanguage } from "../../src/extract/metadata.js";
import type { ExtractedPage } from "../../src/extract/types.js";

const BODY = [
  "<p>Die Stadtwerke Göttingen erhöhen zum 1. Juli die Preise für Fernwärme um durchschnittlich acht Prozent. Das teilte das Unternehmen am Dienstag mit.</p>",
  "<p>Als Grund nennen die Stadtwerke gestiegene Kosten für Erdgas und die CO2-Abgabe. Ein Vier-Personen-Haushalt muss im Jahr mit rund 120 Euro mehr rechnen.</p>",
].join("");

function extract(head: string, body = `<article><h1>Fernwärme wird teurer</h1>${BODY}</article>`, url?: string, htmlAttributes = ""): ExtractedPage {
  const result = extractHtml(`<!doctype html><html${htmlAttributes}><head>${head}</head><body>${body}</body></html>`, { url });
  if (!result.ok) throw new Error(result.detail);
  return result.page;
}

describe("url", () => {
  it("resolves a relative canonical link against the page URL", () => {
    expect(extract('<link rel="canonical" href="/wirtschaft/fernwaerme-123">', undefined, "https://www.goettinger-blatt.de/x?utm=1").url).toBe(
      "https://www.goettinger-blatt.de/wirtschaft/fernwaerme-123",
    );
  });

  it("ignores a canonical link to the home page and falls back to og:url, then the page URL", () => {
    const url = "https://www.goettinger-blatt.de/wirtschaft/fernwaerme-123";
    expect(extract('<link rel="canonical" href="https://www.goettinger-blatt.de/"><meta property="og:url" content="' + url + '">', undefined, url).url).toBe(url);
    expect(extract("", undefined, url).url).toBe(url);
    expect(extract("").url).toBeNull();
  });
});

describe("language", () => {
  it("normalises codes to two letters", () => {
    expect(normaliseLanguage("de-DE")).toBe("de");
    expect(normaliseLanguage("en_GB")).toBe("en");
    expect(normaliseLanguage("DE")).toBe("de");
    expect(normaliseLanguage("x-default")).toBeNull();
    expect(normaliseLanguage("")).toBeNull();
  });

  it("reads html lang, then og:locale, then content-language", () => {
    expect(extract('<meta property="og:locale" content="en_US">', undefined, undefined, ' lang="de-AT"').language).toBe("de");
    expect(extract('<meta property="og:locale" content="de_CH">').language).toBe("de");
    expect(extract('<meta http-equiv="content-language" content="en, de">').language).toBe("en");
    expect(extract("").language).toBeNull();
  });
});

describe("title and publisher", () => {
  it("takes the JSON-LD headline before og:title and <title>", () => {
    const head = '<title>Preise steigen | Göttinger Blatt</title><meta property="og:title" content="OG-Titel"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Fernwärme wird teurer"}</script>';
    expect(extract(head).title).toBe("Fernwärme wird teurer");
  });

  it("falls back to the article's h1 when the page has no title", () => {
    expect(extract("").title).toBe("Fernwärme wird teurer");
  });

  it("reads the publisher from application-name and strips it from the title", () => {
    const page = extract('<title>Fernwärme wird teurer – Göttinger Blatt</title><meta name="application-name" content="Göttinger Blatt">', "<div>" + BODY + "</div>");
    expect(page.publisher).toBe("Göttinger Blatt");
    expect(page.title).toBe("Fernwärme wird teurer");
  });

  it("learns the site name from what <title> adds to og:title", () => {
    const page = extract('<title>Fernwärme wird teurer - GT Online</title><meta property="og:title" content="Fernwärme wird teurer">');
    expect(page.publisher).toBe("GT Online");
  });
});

describe("published", () => {
  it("never takes a modification date when the page names its publication", () => {
    const head = '<meta property="article:modified_time" content="2024-05-20T10:00:00+02:00"><meta property="article:published_time" content="2024-05-14T08:00:00+02:00">'
      + '<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2024-05-20T10:00:00+02:00"}</script>';
    const page = extract(head, `<article><h1>Fernwärme wird teurer</h1><p>Aktualisiert am 20.05.2024</p>${BODY}</article>`);
    expect(page.published).toBe("2024-05-14T08:00:00+02:00");
    expect(page.publishedSource).toBe("metadata");
  });

  it("takes a modification date only as an inferred last resort", () => {
    const head = '<meta property="article:modified_time" content="2024-05-20T10:00:00+02:00"><meta http-equiv="last-modified" content="2024-05-20">'
      + '<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2024-05-20T10:00:00+02:00"}</script>';
    const page = extract(head, `<article><h1>Fernwärme wird teurer</h1><time itemprop="dateModified" datetime="2024-05-20">20.05.2024</time>${BODY}</article>`);
    expect(page.published?.slice(0, 10)).toBe("2024-05-20");
    expect(page.publishedSource).toBe("inferred");
  });

  it("prefers JSON-LD datePublished over meta tags", () => {
    const head = '<meta property="article:published_time" content="2024-05-15T07:00:00+02:00"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-14T18:00:00+02:00"}</script>';
    expect(extract(head).published).toBe("2024-05-14T18:00:00+02:00");
  });

  it("skips implausible metadata dates and uses the next source", () => {
    const head = '<meta property="article:published_time" content="1970-01-01T00:00:00Z"><meta name="date" content="2024-05-15">';
    expect(extract(head).published).toBe("2024-05-15");
  });

  it("reads the date from the page URL", () => {
    const page = extract("", undefined, "https://www.goettinger-blatt.de/2024/05/14/fernwaerme.html");
    expect(page.published).toBe("2024-05-14");
    expect(page.publishedSource).toBe("metadata");
  });

  it("falls back to a date written near the headline", () => {
    const page = extract("<title>Fernwärme wird teurer</title>", `<article><h1>Fernwärme wird teurer</h1><p class="meta">Göttingen, 14. Mai 2024</p>${BODY}</article>`);
    expect(page.published).toBe("2024-05-14");
    expect(page.publishedSource).toBe("text");
  });

  it("prefers a <time> marked as publication over others", () => {
    const body = `<aside><time datetime="2024-05-20">20.05.</time></aside><article><header><h1>Fernwärme wird teurer</h1>`
      + `<time class="updated" datetime="2024-05-16T12:00:00+02:00">16.05.</time><time pubdate datetime="2024-05-14T09:00:00+02:00">14.05.</time></header>${BODY}</article>`;
    expect(extract("", body).published).toBe("2024-05-14T09:00:00+02:00");
  });
});

describe("author", () => {
  it("reads JSON-LD authors of every shape", () => {
    const ld = (author: unknown): string => `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", author })}</script>`;
    expect(extract(ld("Von Jana Krüger")).author).toBe("Jana Krüger");
    expect(extract(ld({ "@type": "Person", name: "Jana Krüger" })).author).toBe("Jana Krüger");
    expect(extract(ld([{ "@type": "Person", name: "Jana Krüger" }, { "@type": "Person", name: "Ole Brandt" }])).author).toBe("Jana Krüger, Ole Brandt");
    expect(extract(ld({ "@type": "Organization", name: "Göttinger Blatt" })).author).toBeNull();
  });

  it("skips article:author when it is a URL and reads rel=author links", () => {
    const head = '<meta property="article:author" content="https://www.facebook.com/goettingerblatt">';
    expect(extract(head, `<article><h1>Fernwärme wird teurer</h1><p>Von <a rel="author" href="/autoren/ole-brandt">Ole Brandt</a></p>${BODY}</article>`).author).toBe("Ole Brandt");
  });

  it("ignores bylines of teasers in related-article boxes", () => {
    const body = `<article><h1>Fernwärme wird teurer</h1>${BODY}</article><div class="related-articles"><span class="byline">Von Petra Lange</span></div>`;
    expect(extract("", body).author).toBeNull();
  });
});
