import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/extract/dom.js";
import { ldString, readJsonLd, resolve } from "../../src/extract/jsonld.js";

const withJsonLd = (...blocks: string[]): ReturnType<typeof readJsonLd> =>
  readJsonLd(parseDocument(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join("")}</head><body></body></html>`));

describe("readJsonLd", () => {
  it("finds the article inside @graph and resolves @id references", () => {
    const ld = withJsonLd(JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "NewsMediaOrganization", "@id": "#org", name: "Elbtal-Zeitung" },
        { "@type": "WebPage", "@id": "#page", name: "Seite" },
        { "@type": "NewsArticle", headline: "Stadtrat beschließt Sanierung", publisher: { "@id": "#org" } },
      ],
    }));
    expect(ld.article?.headline).toBe("Stadtrat beschließt Sanierung");
    expect(resolve(ld.article?.publisher, ld)).toMatchObject({ name: "Elbtal-Zeitung" });
  });

  it("finds the article in a top-level array and ignores breadcrumbs", () => {
    const ld = withJsonLd('[{"@type":"BreadcrumbList","itemListElement":[]},{"@type":["ReportageNewsArticle"],"headline":"Reportage aus Rügen"}]');
    expect(ld.article?.headline).toBe("Reportage aus Rügen");
  });

  it("prefers the page's article over a related one nested in it", () => {
    const ld = withJsonLd(JSON.stringify({
      "@type": "WebPage",
      mainEntity: { "@type": "NewsArticle", headline: "Hauptartikel", articleBody: "Text" },
      relatedLink: { "@type": "NewsArticle", headline: "Verwandter Artikel", articleBody: "Anderer Text" },
    }));
    expect(ld.article?.headline).toBe("Hauptartikel");
  });

  it("tolerates comment wrappers and raw line breaks, and skips broken blocks", () => {
    const ld = withJsonLd("<!-- {\"@type\":\"BlogPosting\",\"headline\":\"Erste Zeile\nzweite Zeile\"} -->", "{ this is not json");
    expect(ld.article?.headline).toBe("Erste Zeile zweite Zeile");
  });

  it("returns no article when there is none", () => {
    expect(withJsonLd('{"@type":"Organization","name":"Verlag"}').article).toBeNull();
    expect(withJsonLd().article).toBeNull();
  });
});

describe("ldString", () => {
  it("reads strings, @value objects and arrays, decoding entities", () => {
    expect(ldString(" Bahn &amp; Bund ")).toBe("Bahn & Bund");
    expect(ldString({ "@value": "Wert" })).toBe("Wert");
    expect(ldString(["", "Zweiter"])).toBe("Zweiter");
    expect(ldString(42)).toBeNull();
  });
});
