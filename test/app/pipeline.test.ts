/**
 * The standard pipeline end to end on one German and one English article:
 * entities merged per article, quotes whose speakers resolve to those
 * entities, dates resolved against the publication date.
 */
import { describe, expect, it } from "vitest";
import type { Article, Draft } from "../../src/core/article.js";
import { NO_EVIDENCE, processDraft, standardPipeline } from "../../src/app/process.js";

function draft(title: string, published: string, body: string): Draft {
  return {
    source: "test.txt", format: "txt", url: null, title, publisher: "Tagesblick", author: null, published,
    publishedSource: "metadata", declaredLanguage: null, body, extraction: null,
  };
}

async function run(d: Draft): Promise<Article> {
  const result = await processDraft(standardPipeline(), d, NO_EVIDENCE);
  if (result.kind !== "article") throw new Error(`rejected: ${result.rejection.reason}`);
  return result.article;
}

const GERMAN =
  "Bundeskanzler Olaf Scholz hat am Montag in Berlin den Haushalt verteidigt. „Wir halten die Schuldenbremse ein“, sagte Scholz. " +
  "Das Spiel der Gruppe A gewann Serbien. CDU-Chef Friedrich Merz erklärte, die Regierung habe keinen Plan.";

const ENGLISH =
  'Chancellor Olaf Scholz defended the budget in Berlin on Monday. "We will keep the debt brake," Scholz said. ' +
  "According to Merz, the budget lacks 20 billion euros, Friedrich Merz of the CDU told reporters in Brussels. " +
  "A spokeswoman for the commission said it was watching closely.";

describe("standard pipeline: who, what was said, when", () => {
  it("merges the mentions of a German article into entities and resolves quote speakers to them", async () => {
    const article = await run(draft("Scholz verteidigt Haushalt", "2024-06-05", GERMAN));
    expect(article.layers).toEqual(expect.arrayContaining(["entities", "quotes", "dates"]));
    const scholz = article.entities.filter((e) => e.entity === "per:olaf-scholz");
    expect(scholz.map((e) => e.text)).toEqual(["Olaf Scholz", "Scholz"]);
    expect(article.entities.map((e) => e.text)).not.toContain("A");
    for (const e of article.entities) expect(article.text.slice(e.start, e.end)).toBe(e.text);
    const direct = article.quotes.find((q) => q.kind === "direct");
    expect(direct).toMatchObject({ cue: "sagte", speaker_entity: "per:olaf-scholz", speaker_name: "Olaf Scholz" });
    expect(article.quotes.find((q) => q.kind === "indirect")).toMatchObject({ text: "die Regierung habe keinen Plan", speaker_entity: "per:friedrich-merz" });
    expect(article.dates).toContainEqual(expect.objectContaining({ text: "Montag", value: "2024-06-03", granularity: "day" }));
  });

  it("tags English with the same model, without taking a quoted sentence for a name", async () => {
    const article = await run(draft("Scholz defends budget", "2024-06-05", ENGLISH));
    expect(article.language).toBe("en");
    const names = article.entities.map((e) => `${e.type} ${e.name}`);
    expect(names).toEqual(expect.arrayContaining(["PER Olaf Scholz", "LOC Berlin", "PER Friedrich Merz", "ORG CDU"]));
    expect(article.entities.filter((e) => e.type === "MISC").map((e) => e.text)).not.toContain("We will keep the debt brake");
    expect(article.quotes.find((q) => q.kind === "direct")).toMatchObject({ cue: "said", speaker_entity: "per:olaf-scholz" });
    expect(article.entities.map((e) => e.text)).not.toContain("A spokeswoman");
    expect(article.quotes.find((q) => q.speaker?.text === "A spokeswoman for the commission")).toMatchObject({ kind: "indirect", text: "it was watching closely", speaker_entity: null });
  });
});
