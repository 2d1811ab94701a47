import { describe, expect, it } from "vitest";
import { tagListedAcronyms } from "../../../src/nlp/ner/acronyms.js";
import { applyRule } from "./rule-helper.js";

describe("tagListedAcronyms", () => {
  it("tags a listed organisation abbreviation the tagger left untagged", () => {
    expect(applyRule(tagListedAcronyms, "Volkswagen ( +16% ) , BMW ( +10,1% )", "B-ORG O O O O O O O O")).toEqual(["B-ORG", "O", "O", "O", "O", "B-ORG", "O", "O", "O"]);
    expect(applyRule(tagListedAcronyms, "Das BKA teilte mit", "O O O O")).toEqual(["O", "B-ORG", "O", "O"]);
  });

  it("leaves listed words that are no abbreviation, unlisted abbreviations and tagged tokens alone", () => {
    expect(applyRule(tagListedAcronyms, "eine Allianz gegen Bayer", "O O O O")).toEqual(["O", "O", "O", "O"]);
    expect(applyRule(tagListedAcronyms, "sieben RBI und drei NADPH", "O O O O O")).toEqual(["O", "O", "O", "O", "O"]);
    expect(applyRule(tagListedAcronyms, "die BMW Group", "O B-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG"]);
  });
});
