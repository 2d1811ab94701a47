import { describe, expect, it } from "vitest";
import { tagCitationTitles } from "../../../src/nlp/ner/citations.js";
import { applyRule } from "./rule-helper.js";

const tag = (words: string, tags: string): string[] => applyRule(tagCitationTitles, words, tags);

describe("titles in bibliography lines", () => {
  it("tags the title after a bulleted author and a colon as one MISC span, up to the full stop", () => {
    expect(tag("* Ilse Weber : Wann wohl das Leid ein Ende hat .", "O B-PER I-PER O O O O O O O O O")).toEqual(
      ["O", "B-PER", "I-PER", "O", "B-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC", "O"],
    );
  });

  it("finds the bullet in the middle of a sentence, after several authors, and replaces the model's spans inside the title", () => {
    expect(tag("Literatur * Anna Berg , Udo Kern : Preußen im Westen ( 1990 )", "O O B-PER I-PER O B-PER I-PER O B-LOC O O O O O")).toEqual(
      ["O", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-MISC", "I-MISC", "I-MISC", "O", "O", "O"],
    );
  });

  it("leaves a colon after a person without a bullet alone: that is speech", () => {
    expect(tag("Schwarz : Ich bin eine Leseratte .", "B-PER O O O O O O")).toEqual(["B-PER", "O", "O", "O", "O", "O", "O"]);
    expect(tag("* Weitere Artikel : Die Welt .", "O O O O B-ORG I-ORG O")).toEqual(["O", "O", "O", "O", "B-ORG", "I-ORG", "O"]);
  });
});
