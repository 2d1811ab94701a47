import { describe, expect, it } from "vitest";
import { joinHouseNumbers, tagRoadNumbers } from "../../../src/nlp/ner/streets.js";
import { applyRule } from "./rule-helper.js";

describe("house numbers after a street", () => {
  const join = (words: string, tags: string): string[] => applyRule(joinHouseNumbers, words, tags);

  it("join the place span that ends in a street", () => {
    expect(join("in der Neuendorfer Straße 90c .", "O O B-LOC I-LOC O O")).toEqual(["O", "O", "B-LOC", "I-LOC", "I-LOC", "O"]);
    expect(join("Die Bundesstraße 216 ist gesperrt", "O B-LOC O O O")).toEqual(["O", "B-LOC", "I-LOC", "O", "O"]);
  });

  it("leave numbers after other places, years and untagged streets alone", () => {
    expect(join("in Berlin 2006", "O B-LOC O")).toEqual(["O", "B-LOC", "O"]);
    expect(join("am Marktplatz 1998 eröffnet", "O B-LOC O O")).toEqual(["O", "B-LOC", "O", "O"]);
    expect(join("die Hauptstraße 5", "O O O")).toEqual(["O", "O", "O"]);
  });
});

describe("roads by their number", () => {
  const roads = (words: string, tags: string): string[] => applyRule(tagRoadNumbers, words, tags);

  it("are places after an article, a preposition or a road noun", () => {
    expect(roads("parallel zur A 5 in", "O O O O O")).toEqual(["O", "O", "B-LOC", "I-LOC", "O"]);
    expect(roads("den Autobahnen A 2 und A 7", "O O O O O O O")).toEqual(["O", "O", "B-LOC", "I-LOC", "O", "B-LOC", "I-LOC"]);
  });

  it("leave other letters and numbers alone", () => {
    expect(roads("Kategorie A 3 Punkte", "O O O O")).toEqual(["O", "O", "O", "O"]);
    expect(roads("die C 3 fährt", "O O O O")).toEqual(["O", "O", "O", "O"]);
  });
});
