import { describe, expect, it } from "vitest";
import { isAbbreviation, tagParenthesisedAbbreviations } from "../../../src/nlp/ner/acronyms.js";
import { loadNerModel, tagSentence, tagTokens } from "../../../src/nlp/ner/tagger.js";
import { applyRule } from "./rule-helper.js";

const tag = (words: string, tags: string): string[] => applyRule(tagParenthesisedAbbreviations, words, tags);

describe("abbreviations in parentheses", () => {
  it("knows an abbreviation by its capitals", () => {
    for (const word of ["BA", "BPol", "VKSt", "G8", "ÖDP", "BVerfG"]) expect(isAbbreviation(word), word).toBe(true);
    for (const word of ["Bonn", "M", "A", "dpa", "Hamburger", "EUROPAPARLAMENT"]) expect(isAbbreviation(word), word).toBe(false);
  });

  it("makes one after an organisation an organisation, whatever the model made of it", () => {
    expect(tag("die Stadtwerke Nordheide ( SWN ) tagten", "O B-ORG I-ORG O O O O")).toEqual(["O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "O"]);
    expect(tag("die Stadtwerke Nordheide ( SWN ) tagten", "O B-ORG I-ORG O B-LOC O O")[4]).toBe("B-ORG");
  });

  it("makes an untagged one after a person the person's party, and leaves a tagged one alone", () => {
    expect(tag("sagte Anna Beispiel ( FWG ) im Rat", "O B-PER I-PER O O O O O")[4]).toBe("B-ORG");
    expect(tag("sagte Anna Beispiel ( USA ) im Rat", "O B-PER I-PER O B-LOC O O O")[4]).toBe("B-LOC");
  });

  it("leaves one after a place, an untagged word or a lower-case word alone", () => {
    expect(tag("aus Frankfurt ( AP ) berichtet", "O B-LOC O O O O")[3]).toBe("O");
    expect(tag("die Fluorchlorkohlenwasserstoffe ( FCKW ) schaden", "O O O O O O")[3]).toBe("O");
    expect(tag("die Behörde ( BA ) meldet", "O B-ORG O O O O")).toEqual(["O", "B-ORG", "O", "B-ORG", "O", "O"]);
    expect(tag("bei Bonn ( Rhein ) liegt", "O B-ORG O O O O")[3]).toBe("O");
  });

  it("applies with the shipped model where the model misses the abbreviation", () => {
    const words = "Die Bundesagentur für Arbeit ( BA ) meldete mehr Arbeitslose .".split(" ");
    const model = loadNerModel();
    expect(tagTokens(model, words)[5]).toBe("O");
    expect(tagSentence(model, words).slice(1, 7)).toEqual(["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O"]);
  });
});
