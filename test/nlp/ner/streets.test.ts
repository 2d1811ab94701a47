import { describe, expect, it } from "vitest";
import { joinHouseNumbers } from "../../../src/nlp/ner/streets.js";
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
