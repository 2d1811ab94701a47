import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { fixture, onlyDraft, onlyRejection, readAll, tempDir } from "./helpers.js";

describe("HTML pages", () => {
  it("extracts the article of a page and maps its metadata", async () => {
    const draft = onlyDraft(await readAll([fixture("stadtrat-koeln.html")]));
    expect(draft).toMatchObject({
      source: fixture("stadtrat-koeln.html"),
      format: "html",
      url: "https://www.ksta.example/koeln/stadtrat-muelheimer-bruecke-123.html",
      title: "Kölner Stadtrat beschließt Sanierung der Mülheimer Brücke",
      publisher: "Kölner Stadt-Anzeiger",
      author: "Jana Hoffmann",
      declaredLanguage: "de",
    });
    expect(draft.published).toMatch(/^2024-03-14/);
    expect(draft.publishedSource).toBe("metadata");
    expect(draft.extraction).toEqual(expect.any(String));
    expect(draft.body).toContain("Der Kölner Stadtrat hat am Donnerstag mit großer Mehrheit die Sanierung der Mülheimer Brücke beschlossen.");
    expect(draft.body).toContain("„Die Brücke ist eine der wichtigsten Verkehrsadern unserer Stadt");
    expect(draft.body).not.toContain("Meistgelesen");
    expect(draft.body).not.toContain("Datenschutz");
  });

  it("reads a Windows-1252 page by its <meta charset>", async () => {
    const draft = onlyDraft(await readAll([fixture("darmstadt-wohnquartier.html")]));
    expect(draft.body).toContain("„Wir schaffen bezahlbaren Wohnraum für Familien, Studierende und Ältere“");
    expect(draft.body).toContain("Umweltverbände begrüßten");
  });

  it("reads gzipped pages like plain ones", async () => {
    const page = await readFile(fixture("stadtrat-koeln.html"));
    const { dir, cleanup } = await tempDir({ "stadtrat.html.gz": gzipSync(page), "ohne-endung.gz": gzipSync(page) });
    try {
      for (const name of ["stadtrat.html.gz", "ohne-endung.gz"]) {
        const draft = onlyDraft(await readAll([`${dir}/${name}`]));
        expect(draft.source).toBe(`${dir}/${name}`);
        expect(draft.format).toBe("html");
        expect(draft.title).toBe("Kölner Stadtrat beschließt Sanierung der Mülheimer Brücke");
      }
    } finally {
      await cleanup();
    }
  });

  it("rejects a page without article text, and a truncated gzip", async () => {
    const empty = onlyRejection(await readAll([fixture("leere-seite.html")]));
    expect(empty.reason).toBe("no_article_text");
    expect(empty.detail).not.toBe("");
    const gz = gzipSync(await readFile(fixture("stadtrat-koeln.html")));
    const { dir, cleanup } = await tempDir({ "abgeschnitten.html.gz": gz.subarray(0, Math.floor(gz.length / 2)) });
    try {
      expect(onlyRejection(await readAll([`${dir}/abgeschnitten.html.gz`]))).toEqual({
        source: `${dir}/abgeschnitten.html.gz`,
        reason: "truncated",
        detail: "gzip data is truncated or corrupt (unexpected end of file)",
      });
    } finally {
      await cleanup();
    }
  });
});
