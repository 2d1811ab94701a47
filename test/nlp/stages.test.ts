import { describe, expect, it } from "vitest";
import type { Draft } from "../../src/core/article.js";
import { buildPipeline, hashStage, type Stage } from "../../src/core/pipeline.js";
import { languageStage, sentenceStage } from "../../src/nlp/stages.js";

/** A stand-in for the clean stage: copies the raw body into `text`. */
const copyText: Stage = {
  name: "copy-text",
  requires: ["draft"],
  produces: ["text"],
  run: (article) => ({ text: article.raw.trim() }),
};

function draft(body: string): Draft {
  return {
    source: "test.txt",
    format: "txt",
    url: null,
    title: null,
    publisher: null,
    author: null,
    published: null,
    publishedSource: null,
    declaredLanguage: "en",
    body,
    extraction: null,
  };
}

describe("languageStage and sentenceStage", () => {
  it("declare their layers so the pipeline accepts them in order", () => {
    expect(languageStage.requires).toEqual(["text"]);
    expect(languageStage.produces).toEqual(["language"]);
    expect(sentenceStage.requires).toEqual(["text", "language"]);
    expect(sentenceStage.produces).toEqual(["sentences"]);
    expect(() => buildPipeline([hashStage, copyText, sentenceStage])).toThrow();
  });

  it("set language and sentence spans on a German article", async () => {
    const body =
      "Der Stadtrat hat am 3. Juli den Haushalt für 2025 beschlossen. Die Opposition stimmte dagegen.\n" +
      "Oberbürgermeisterin Dr. Petra Lang sprach von einem „soliden Ergebnis“.";
    const pipeline = buildPipeline([hashStage, copyText, languageStage, sentenceStage]);
    const article = await pipeline.run(draft(body), undefined);
    expect(article.language).toBe("de");
    expect(article.layers).toEqual(["draft", "hash", "text", "language", "sentences"]);
    expect(article.sentences.map((s) => article.text.slice(s.start, s.end))).toEqual([
      "Der Stadtrat hat am 3. Juli den Haushalt für 2025 beschlossen.",
      "Die Opposition stimmte dagegen.",
      "Oberbürgermeisterin Dr. Petra Lang sprach von einem „soliden Ergebnis“.",
    ]);
  });

  it("leave the language null for text without words and produce no sentences for empty text", async () => {
    const pipeline = buildPipeline([hashStage, copyText, languageStage, sentenceStage]);
    const article = await pipeline.run(draft("   "), undefined);
    expect(article.language).toBeNull();
    expect(article.sentences).toEqual([]);
  });
});
