import { describe, expect, it } from "vitest";
import { retypeGeographicNames } from "../../../src/nlp/ner/places.js";
import { applyRule } from "./rule-helper.js";

describe("names that open with a geographic head", () => {
  const retype = (words: string, tags: string): string[] => applyRule(retypeGeographicNames, words, tags);

  it("are places whatever type the model gave", () => {
    expect(retype("im Cerro Amarillo (", "O B-ORG I-ORG O")).toEqual(["O", "B-LOC", "I-LOC", "O"]);
    expect(retype("entlang des Río Xingú", "O O B-ORG I-ORG")).toEqual(["O", "O", "B-LOC", "I-LOC"]);
    expect(retype("bzw. Kreuz Walldorf etwa", "O B-PER I-PER O")).toEqual(["O", "B-LOC", "I-LOC", "O"]);
  });

  it("leave one-token spans, places and other heads alone", () => {
    expect(retype("der Kreuz", "O B-PER")).toEqual(["O", "B-PER"]);
    expect(retype("die San Antonio Spurs", "O B-ORG I-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG"]);
    expect(retype("in Bad Schussenried", "O B-LOC I-LOC")).toEqual(["O", "B-LOC", "I-LOC"]);
  });
});
