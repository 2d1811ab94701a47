import { describe, expect, it } from "vitest";
import type { Draft } from "../../../src/core/article.js";
import { buildPipeline, type Stage } from "../../../src/core/pipeline.js";
import { datesStage, inferPublishedForArticle, publishedStage } from "../../../src/nlp/dates/index.js";
import { languageStage } from "../../../src/nlp/stages.js";

/** A stand-in for the clean stage: copies the raw body into `text`. */
const copyText: Stage = { name: "copy-text", requires: ["draft"], produces: ["text"], run: (a) => ({ text: a.raw.trim() }) };

function draft(body: string, published: string | null): Draft {
  return {
    source: "test.txt", format: "txt", url: null, title: null, publisher: null, author: null, published,
    publishedSource: published ? "metadata" : null, declaredLanguage: "de", body, extraction: null,
  };
}

const BODY =
  "Passau. Am Montag, 3. Juni 2024, erreichte die Donau einen Pegel von fast zehn Metern. Die Stadt rief den " +
  "Katastrophenfall aus. Am Samstag hatten Helfer begonnen, Sandsäcke zu füllen. Gestern fiel der Pegel wieder.";

describe("datesStage", () => {
  const pipeline = buildPipeline([copyText, languageStage, publishedStage, datesStage]);

  it("resolves relative expressions against the publication date", async () => {
    const article = await pipeline.run(draft(BODY, "2024-06-05T08:00:00+02:00"), {});
    expect(article.layers).toContain("dates");
    expect(article.dates.map((d) => [d.text, d.value])).toEqual([
      ["Montag, 3. Juni 2024", "2024-06-03"],
      ["Samstag", "2024-06-01"],
      ["Gestern", "2024-06-04"],
    ]);
  });

  it("resolves them against the inferred date when the article has none", async () => {
    const article = await pipeline.run(draft(BODY, null), {});
    expect(article.published).toBe("2024-06-03");
    expect(article.publishedSource).toBe("inferred");
    expect(inferPublishedForArticle({ ...article, published: null })).toEqual({ value: "2024-06-03", granularity: "day" });
    expect(article.dates.map((d) => [d.text, d.value])).toEqual([
      ["Montag, 3. Juni 2024", "2024-06-03"],
      ["Samstag", "2024-06-01"],
      ["Gestern", "2024-06-02"],
    ]);
  });

  it("keeps only absolute dates when nothing can be inferred", async () => {
    const article = await pipeline.run(draft("Gestern tagte der Rat. Seit 2019 ist die Zahl gestiegen.", null), {});
    expect(article.dates.map((d) => [d.text, d.value, d.granularity])).toEqual([["2019", "2019", "year"]]);
  });

  it("infers nothing for an article that has a publication date", () => {
    expect(inferPublishedForArticle({ text: BODY, language: "de", published: "2024-06-05" })).toBeNull();
  });
});

describe("publishedStage in the standard pipeline", () => {
  it("keeps a reader's date and infers a missing one from the text", async () => {
    const { standardPipeline, NO_EVIDENCE } = await import("../../../src/app/process.js");
    const base = {
      source: "t.txt", format: "txt" as const, url: null, title: "Hochwasser", publisher: null, author: null,
      declaredLanguage: null, extraction: null,
    };
    const body = "Am Montag, 3. Juni 2024, stiegen die Pegel an der Donau weiter. Am Montag (3. Juni) rief die Stadt Passau den Katastrophenfall aus.\nDie Feuerwehr war die ganze Nacht im Einsatz, sagte ein Sprecher am 3. Juni 2024.";
    const kept = await standardPipeline().run({ ...base, body, published: "2024-06-04", publishedSource: "metadata" }, NO_EVIDENCE);
    expect(kept.published).toBe("2024-06-04");
    expect(kept.publishedSource).toBe("metadata");
    const inferred = await standardPipeline().run({ ...base, body, published: null, publishedSource: null }, NO_EVIDENCE);
    expect(inferred.published).toBe("2024-06-03");
    expect(inferred.publishedSource).toBe("inferred");
    expect(inferred.dates.map((d) => d.value)).toContain("2024-06-03");
    expect(inferred.layers).toContain("published");
  });
});
