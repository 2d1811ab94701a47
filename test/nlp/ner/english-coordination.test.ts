import { describe, expect, it } from "vitest";
import { splitCoordinatedEnglishSpans } from "../../../src/nlp/ner/english-coordination.js";

/** Applies the rule to sentences of "word/TAG" pairs (a word without a tag is O); returns each sentence's tags afterwards. */
function split(...sentences: string[]): string[][] {
  const parts = sentences.map((s) => s.split(" ").map((p) => p.split("/")));
  const tags = parts.map((ps) => ps.map(([, t]) => t ?? "O"));
  splitCoordinatedEnglishSpans(parts.map((ps) => ps.map(([w]) => w)), tags);
  return tags;
}

describe("English names joined by a coordinator in one span", () => {
  it("splits the span when the article names both sides on their own, each with the type it has there", () => {
    const [, , joined] = split(
      "the European/B-ORG Union/I-ORG said",
      "trade with Mexico/B-LOC grew",
      "between the European/B-ORG Union/I-ORG and/I-ORG Mexico/I-ORG .",
    );
    expect(joined).toEqual(["O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"]);
    expect(split("Kim/B-PER said", "Trump/B-PER said", "Kim/B-PER and/I-PER Trump/I-PER met")[2]).toEqual(["B-PER", "O", "B-PER", "O"]);
  });

  it("splits a person span whose second side opens with a title", () => {
    expect(split("Dr/B-PER Patel/I-PER and/I-PER Mrs/I-PER Brown/I-PER agreed")[0]).toEqual(["B-PER", "I-PER", "O", "O", "B-PER", "O"]);
    expect(split("Smith/B-PER and/I-PER Mr./I-PER Jones/I-PER")[0]).toEqual(["B-PER", "O", "O", "B-PER"]);
  });

  it("keeps a name that holds a coordinator, whose parts the article does not name alone", () => {
    const tags = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"];
    expect(split("Office/B-ORG of/I-ORG Management/I-ORG and/I-ORG Budget/I-ORG", "the Office/B-ORG said")[0]).toEqual(tags);
    expect(split("Bosnia/B-LOC and/I-LOC Herzegovina/I-LOC", "Bosnia/B-LOC")[0]).toEqual(["B-LOC", "I-LOC", "I-LOC"]);
  });
});
