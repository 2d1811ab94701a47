import { describe, expect, it } from "vitest";
import { joinNameAdjectives } from "../../../src/nlp/ner/name-adjectives.js";
import { loadNerModel, tagSentence } from "../../../src/nlp/ner/tagger.js";
import { applyRule } from "./rule-helper.js";

const tag = (words: string, tags: string): string[] => applyRule(joinNameAdjectives, words, tags);

describe("capitalised adjectives before a name", () => {
  it("joins them to a one-word span, two in a row too", () => {
    expect(tag("die Karibische Platte und", "O O B-LOC O")).toEqual(["O", "B-LOC", "I-LOC", "O"]);
    expect(tag("des Nahen Ostens", "O O B-LOC")).toEqual(["O", "B-LOC", "I-LOC"]);
    expect(tag("die Vereinigten Arabischen Emirate", "O O O B-LOC")).toEqual(["O", "B-LOC", "I-LOC", "I-LOC"]);
    expect(tag("der Französischen Kommunistischen Partei", "O O B-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG"]);
  });

  it("leaves persons, abbreviations, complete longer names and nouns that look like adjectives alone", () => {
    expect(tag("der Ostdeutschen Angela Merkel", "O O B-PER I-PER")).toEqual(["O", "O", "B-PER", "I-PER"]);
    expect(tag("die Christdemokratische CVP", "O O B-ORG")).toEqual(["O", "O", "B-ORG"]);
    expect(tag("die Liberianische International AirService", "O O B-ORG I-ORG")).toEqual(["O", "O", "B-ORG", "I-ORG"]);
    expect(tag("im Süden Irlands", "O O B-LOC")).toEqual(["O", "O", "B-LOC"]);
    expect(tag("des Heiligen Pankratius", "O O B-PER")).toEqual(["O", "O", "B-PER"]);
    expect(tag("den Schriftsteller Ploog", "O O B-PER")).toEqual(["O", "O", "B-PER"]);
  });

  it("reads nothing into a capital at the start of a sentence or after a colon", () => {
    expect(tag("Französische Truppen", "O B-LOC")).toEqual(["O", "B-LOC"]);
    expect(tag("Bilanz : Deutsche Bank", "O O O B-ORG")).toEqual(["O", "O", "O", "B-ORG"]);
  });

  it("applies with the shipped model: two tectonic plates stay two names", () => {
    const words = "Unter Haiti reiben die Karibische Platte und die Nordamerikanische Platte aneinander .".split(" ");
    const tags = tagSentence(loadNerModel(), words);
    expect(tags.slice(4, 6)).toEqual(["B-LOC", "I-LOC"]);
    expect(tags.slice(8, 10)).toEqual(["B-LOC", "I-LOC"]);
  });
});
