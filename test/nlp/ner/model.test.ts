import { existsSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL_PATH, loadNerModel, recogniseEntities, tagTokens } from "../../../src/nlp/ner/tagger.js";

const model = loadNerModel();
const found = (text: string): string[] => recogniseEntities(model, text).map((e) => `${e.type} ${e.text}`);

describe("the shipped German model", () => {
  it("is in the repository and small", () => {
    expect(existsSync(DEFAULT_MODEL_PATH)).toBe(true);
    expect(statSync(DEFAULT_MODEL_PATH).size).toBeLessThan(50_000_000);
    expect(model.resources.gazetteer?.entries.size).toBeGreaterThan(1000);
    expect(model.resources.clusters?.paths.size).toBeGreaterThan(1000);
    expect(model.resources.charModel?.logProb.size).toBeGreaterThan(1000);
  });

  it("finds a chancellor and his destination", () => {
    expect(found("Bundeskanzler Olaf Scholz reiste nach Paris.")).toEqual(["PER Olaf Scholz", "LOC Paris"]);
  });

  it("tags tokens with BIO tags", () => {
    expect(tagTokens(model, ["Bundeskanzler", "Olaf", "Scholz", "reiste", "nach", "Paris", "."])).toEqual(["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]);
  });

  it("finds people, organisations and places in news sentences", () => {
    const entities = found(
      "Finanzminister Christian Lindner (FDP) verteidigte den Haushalt im Bundestag. " +
        "Die Deutsche Bahn und die Gewerkschaft GDL einigten sich am Montag in Frankfurt.",
    );
    expect(entities).toEqual(expect.arrayContaining(["PER Christian Lindner", "ORG FDP", "ORG Bundestag", "ORG Deutsche Bahn", "ORG GDL", "LOC Frankfurt"]));
    expect(entities.filter((e) => /Montag|Haushalt|Gewerkschaft/u.test(e))).toEqual([]);
  });

  it("reports a name inside a hyphenated compound on its own", () => {
    const text = "Die SPD stellt den Kanzler. Der SPD-Chef sprach in Berlin.";
    const entities = recogniseEntities(model, text);
    const part = entities.find((e) => e.start === text.indexOf("SPD-Chef"));
    expect(part).toMatchObject({ text: "SPD", type: "ORG", end: text.indexOf("SPD-Chef") + 3 });
  });

  it("gives offsets into the text and leaves entity ids empty", () => {
    const text = "Gestern sprach Angela Merkel in Hamburg.\nDanach flog sie nach Wien.";
    for (const e of recogniseEntities(model, text)) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.entity).toBeNull();
      expect(e.name).toBeNull();
    }
    expect(found(text)).toEqual(expect.arrayContaining(["PER Angela Merkel", "LOC Hamburg", "LOC Wien"]));
  });

  it("finds nothing in a sentence without names", () => {
    expect(found("Die Preise für Strom und Gas sind im vergangenen Jahr deutlich gestiegen.")).toEqual([]);
  });
});
