import { describe, expect, it } from "vitest";
import type { Draft, EntityMention } from "../../../src/core/article.js";
import { buildPipeline, hashStage, type Stage } from "../../../src/core/pipeline.js";
import { articleEntities, isName, nerStage } from "../../../src/nlp/ner/stage.js";
import { loadNerModel, tagSentence } from "../../../src/nlp/ner/tagger.js";
import { splitSentences } from "../../../src/nlp/sentences.js";
import { languageStage, sentenceStage } from "../../../src/nlp/stages.js";

/** A stand-in for the clean stage: copies the raw body into `text`. */
const copyText: Stage = { name: "copy-text", requires: ["draft"], produces: ["text"], run: (a) => ({ text: a.raw.trim() }) };

function draft(body: string): Draft {
  return {
    source: "test.txt", format: "txt", url: null, title: null, publisher: null, author: null, published: null,
    publishedSource: null, declaredLanguage: null, body, extraction: null,
  };
}

const PARAGRAPH =
  "Die Stadt Freiburg will bis 2030 klimaneutral werden. Oberbürgermeister Martin Horn stellte den Plan am Dienstag im Gemeinderat vor.\n" +
  "Unterstützung kommt vom Land Baden-Württemberg: Ministerpräsident Winfried Kretschmann sagte, Freiburg sei ein Vorbild für ganz Deutschland. " +
  "Die Energieversorger Badenova und EnBW sollen das Fernwärmenetz ausbauen.";

describe("isName", () => {
  const mention = (name: string, type: EntityMention["type"] = "PER"): EntityMention => ({ text: name, start: 0, end: name.length, type, entity: `x:${name}`, name });

  it("drops English pronouns, months and weekdays standing alone, not names that contain them", () => {
    for (const word of ["We", "March", "Thursday", "She", "Critics", "Thousands"]) expect(isName(mention(word, "LOC"), "en")).toBe(false);
    expect(isName(mention("Theresa May"), "en")).toBe(true);
    expect(isName(mention("Claus Weselsky"), "en")).toBe(true);
  });

  it("drops common English words as one-word persons, not as organisations or places, and not inside a longer name", () => {
    for (const word of ["Christmas", "Shortly", "Copyright", "Republicans", "Heavy"]) expect(isName(mention(word), "en")).toBe(false);
    expect(isName(mention("Army", "ORG"), "en")).toBe(true);
    expect(isName(mention("Heavy D"), "en")).toBe(true);
    expect(isName(mention("Christmas"), "de")).toBe(true);
  });

  it("drops names without two letters in a row or without an entity, and English lower-case or sentence-like mentions", () => {
    expect(isName(mention("A 1", "MISC"), "de")).toBe(false);
    expect(isName(mention("spokeswoman"), "en")).toBe(false);
    expect(isName(mention("We will keep the debt brake", "MISC"), "en")).toBe(false);
    expect(isName({ ...mention("Berlin", "LOC"), entity: null }, "de")).toBe(false);
  });

  it("drops currencies tagged MISC, but keeps a place or name that is spelt like one", () => {
    expect(isName(mention("Euro", "MISC"), "de")).toBe(false);
    expect(isName(mention("US-Dollar", "MISC"), "de")).toBe(false);
    expect(isName(mention("Franken", "LOC"), "de")).toBe(true);
    expect(isName(mention("Euro 2024", "MISC"), "de")).toBe(true);
  });
});

describe("nerStage", () => {
  it("declares its layers: after sentences and language, produces entities", () => {
    expect(nerStage.requires).toEqual(["sentences", "language"]);
    expect(nerStage.produces).toEqual(["entities"]);
    expect(() => buildPipeline([hashStage, copyText, nerStage])).toThrow();
  });

  it("finds the entities of a German news paragraph with offsets into the text", async () => {
    const pipeline = buildPipeline([hashStage, copyText, languageStage, sentenceStage, nerStage]);
    const article = await pipeline.run(draft(PARAGRAPH), undefined);
    expect(article.language).toBe("de");
    expect(article.layers).toContain("entities");
    for (const e of article.entities) expect(article.text.slice(e.start, e.end)).toBe(e.text);
    const found = article.entities.map((e) => `${e.type} ${e.text}`);
    expect(found).toEqual(expect.arrayContaining(["LOC Freiburg", "PER Martin Horn", "LOC Baden-Württemberg", "PER Winfried Kretschmann", "LOC Deutschland", "ORG EnBW"]));
    const starts = article.entities.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("keeps pronouns, months and weekdays of English text out of the entities", async () => {
    const pipeline = buildPipeline([hashStage, copyText, languageStage, sentenceStage, nerStage]);
    const text =
      "BERLIN, March 12, 2024 - Germany's train drivers' union GDL called another strike on Tuesday. \"We will not be blackmailed,\" " +
      "union leader Claus Weselsky told reporters in Berlin. The strike is expected to end on Thursday, the union said.";
    const article = await pipeline.run(draft(text), undefined);
    expect(article.language).toBe("en");
    const names = article.entities.map((e) => e.name);
    expect(names).toContain("Claus Weselsky");
    for (const word of ["We", "March", "Tuesday", "Thursday"]) expect(names).not.toContain(word);
  });

  it("gives no entities for a language the model does not serve", async () => {
    const pipeline = buildPipeline([hashStage, copyText, languageStage, sentenceStage, nerStage]);
    const article = await pipeline.run(draft("Le président Emmanuel Macron a rencontré le chancelier allemand à Paris mardi dernier pour parler de l'Europe."), undefined);
    expect(article.language).toBe("fr");
    expect(article.entities).toEqual([]);
  });
});

describe("articleEntities: compounds the lists hold as organisations", () => {
  it("reports them whole, with the listed name, though the token tags leave them as GermEval does", () => {
    const text = "Ein Sprecher der EU-Kommission sagte, der VW-Konzern müsse zahlen.";
    const found = articleEntities(loadNerModel(), text, splitSentences(text, "de"), "de").map((m) => [m.type, m.text, m.name]);
    expect(found).toEqual([
      ["ORG", "EU-Kommission", "Europäische Kommission"],
      ["ORG", "VW-Konzern", "Volkswagen"],
    ]);
    expect(tagSentence(loadNerModel(), ["Ein", "Sprecher", "der", "EU-Kommission", "sagte"])).toEqual(["O", "O", "O", "O", "O"]);
  });
});
