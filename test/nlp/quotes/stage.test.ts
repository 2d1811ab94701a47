import { describe, expect, it } from "vitest";
import type { Article, Draft } from "../../../src/core/article.js";
import { articleFromDraft, buildPipeline, type Stage } from "../../../src/core/pipeline.js";
import { quotesStage } from "../../../src/nlp/quotes/stage.js";
import { languageStage, sentenceStage } from "../../../src/nlp/stages.js";

const BODY =
  "Die Landesregierung will die Kita-Gebühren abschaffen. Ministerpräsident Hendrik Wüst sagte am Dienstag: „Bildung darf keine Frage des Geldbeutels sein.“ " +
  "Er kündigte an, das Gesetz solle zum Sommer in Kraft treten.";

const draft: Draft = {
  source: "kita.txt",
  format: "txt",
  url: null,
  title: null,
  publisher: null,
  author: null,
  published: null,
  publishedSource: null,
  declaredLanguage: "de",
  body: BODY,
  extraction: null,
};

/** Sets `text` from the raw body, as the clean stage would for a clean input. */
const textStage: Stage = { name: "text", requires: ["draft"], produces: ["text"], run: (a: Readonly<Article>) => ({ text: a.raw }) };

/** A stand-in NER stage that marks the one person of the text. */
const entityStage: Stage = {
  name: "entities",
  requires: ["text"],
  produces: ["entities"],
  run(a) {
    const start = a.text.indexOf("Hendrik Wüst");
    return { entities: [{ text: "Hendrik Wüst", start, end: start + 12, type: "PER", entity: "wuest", name: "Hendrik Wüst" }] };
  },
};

describe("quotesStage", () => {
  it("declares what it needs and produces only quotes", () => {
    expect(quotesStage.requires).toEqual(["text", "sentences", "language"]);
    expect(quotesStage.produces).toEqual(["quotes"]);
    expect(() => buildPipeline([quotesStage])).toThrow();
  });

  it("finds quotes in a pipeline without entities, with speaker names from the text", async () => {
    const article = await buildPipeline([textStage, languageStage, sentenceStage, quotesStage]).run(draft, undefined);
    expect(article.layers).toContain("quotes");
    expect(article.quotes.map((q) => [q.kind, q.speaker?.text, q.speaker_name, q.speaker_entity])).toEqual([
      ["direct", "Ministerpräsident Hendrik Wüst", "Hendrik Wüst", null],
      ["indirect", "Er", "Hendrik Wüst", null],
    ]);
  });

  it("uses the entities layer when it is there", async () => {
    const article = await buildPipeline([textStage, languageStage, sentenceStage, entityStage, quotesStage]).run(draft, undefined);
    expect(article.quotes.map((q) => [q.speaker?.text, q.speaker_entity])).toEqual([
      ["Ministerpräsident Hendrik Wüst", "wuest"],
      ["Er", "wuest"],
    ]);
  });

  it("reads a role from the article's title", async () => {
    const body = "Der Ministerpräsident sagte, das Gesetz komme zum Sommer. Hendrik Wüst reiste danach ab.";
    const titled: Draft = { ...draft, title: "Ministerpräsident Wüst verspricht gebührenfreie Kitas", body };
    const article = await buildPipeline([textStage, languageStage, sentenceStage, entityStage, quotesStage]).run(titled, undefined);
    expect(article.quotes.map((q) => [q.speaker?.text, q.speaker_entity])).toEqual([["Der Ministerpräsident", "wuest"]]);
  });

  it("ignores entities on an article whose entities layer has not run", () => {
    const article = { ...articleFromDraft(draft), text: BODY, language: "de", sentences: [{ start: 0, end: BODY.length }], layers: ["draft", "text", "language", "sentences"] } as Article;
    const withStale = { ...article, entities: [{ text: "Hendrik Wüst", start: 0, end: 3, type: "PER" as const, entity: "stale", name: "Stale" }] };
    const patch = quotesStage.run(withStale, undefined) as Partial<Article>;
    expect(patch.quotes?.every((q) => q.speaker_entity === null)).toBe(true);
  });
});
