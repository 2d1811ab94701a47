import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { draftsOf, fixture, readAll, tempDir } from "./helpers.js";

describe("JSON Lines", () => {
  it("reads one article per line; bad lines are rejected and the others go on", async () => {
    const source = fixture("meldungen.jsonl");
    const results = await readAll([source]);
    expect(results.map((r) => (r.kind === "draft" ? r.draft.source : r.rejection.source))).toEqual([
      `${source}#1`,
      `${source}#2`,
      `${source}#3`,
      `${source}#5`,
      `${source}#6`,
    ]);
    const [text, html, broken, noBody, wrongType] = results;

    expect(text).toEqual({
      kind: "draft",
      draft: {
        source: `${source}#1`,
        format: "jsonl",
        url: "https://www.br.example/nachrichten/bayern/hochwasser-passau-100.html",
        title: "Hochwasser in Passau: Pegel der Donau steigt weiter",
        publisher: "BR24",
        author: "Lena Maier, Tobias Gruber",
        published: "2024-06-03T08:30:00+02:00",
        publishedSource: "metadata",
        declaredLanguage: "de",
        body:
          "Der Pegel der Donau in Passau ist in der Nacht auf mehr als zehn Meter gestiegen. Die Stadt hat den Katastrophenfall ausgerufen.\n\n" +
          "„Die Lage ist ernst, aber unter Kontrolle“, sagte Oberbürgermeister Jürgen Dupper am Montagmorgen.\n\n" +
          "Die Feuerwehr hat Sandsäcke an die Anwohner der Altstadt verteilt.",
        extraction: null,
      },
    });

    // html goes through the extractor; the line's own metadata wins over the page's
    expect(html.kind).toBe("draft");
    if (html.kind === "draft") {
      expect(html.draft).toMatchObject({
        format: "jsonl",
        url: "https://www.swr.example/bw/landtag-schuldenbremse-102.html",
        title: "Schuldenbremse: Streit im Landtag",
        publisher: "SWR Aktuell",
        published: "2024-06-05T16:10:00+02:00",
        publishedSource: "metadata",
        declaredLanguage: "de",
      });
      expect(html.draft.body).toContain("Finanzminister Danyal Bayaz verteidigte den Sparkurs der Landesregierung.");
      expect(html.draft.extraction).toEqual(expect.any(String));
    }

    expect(broken).toMatchObject({ kind: "rejected", rejection: { reason: "invalid_record" } });
    if (broken.kind === "rejected") expect(broken.rejection.detail).toMatch(/^invalid JSON: /);
    expect(noBody).toEqual({
      kind: "rejected",
      rejection: { source: `${source}#5`, reason: "invalid_record", detail: 'no "text" or "html" field (found: url, title)' },
    });
    expect(wrongType).toEqual({
      kind: "rejected",
      rejection: { source: `${source}#6`, reason: "invalid_record", detail: 'field "text" must be a string, found number' },
    });
  });

  it("takes no placeholder or impossible date from a record: the date is then inferred from the text", async () => {
    const record = (published: string) => JSON.stringify({ title: "Hochwasser in Passau", text: "Der Pegel der Donau ist gestiegen. Die Stadt hat den Katastrophenfall ausgerufen.", published });
    const { dir, cleanup } = await tempDir({ "a.jsonl": [record("0001-01-01"), record("2024-02-30"), record("2024-06-03")].join("\n") + "\n" });
    try {
      const drafts = draftsOf(await readAll([join(dir, "a.jsonl")]));
      expect(drafts.map((d) => [d.published, d.publishedSource])).toEqual([
        [null, null],
        [null, null],
        ["2024-06-03", "metadata"],
      ]);
    } finally {
      await cleanup();
    }
  });
});
