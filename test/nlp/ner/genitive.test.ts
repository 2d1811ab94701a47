import { describe, expect, it } from "vitest";
import { buildGazetteer } from "../../../src/nlp/ner/gazetteer.js";
import { isGenitivePlace, retypeGenitivePlaces } from "../../../src/nlp/ner/genitive.js";

const gazetteer = buildGazetteer(
  new Map([
    ["country", ["Frankreich", "Mexiko"]],
    ["loc", ["Mannheim", "Paris"]],
    ["surname", ["Paris", "Mexiko"]],
    ["first", ["Anders"]],
  ]),
);

/** Tags one sentence given as space-separated words and tags. */
function retype(words: string, tags: string): string[] {
  const t = [tags.split(" ")];
  retypeGenitivePlaces([words.split(" ")], t, gazetteer);
  return t[0];
}

describe("genitive places tagged as persons", () => {
  it("retypes a one-token PER span that is the genitive of a listed place or state", () => {
    expect(retype("Der Innenminister Frankreichs , Nicolas Sarkozy", "O O B-PER O B-PER I-PER")).toEqual(["O", "O", "B-LOC", "O", "B-PER", "I-PER"]);
    expect(retype("Mannheims oberster Bürgermeister", "B-PER O O")).toEqual(["B-LOC", "O", "O"]);
  });

  it("leaves a place that is also a surname, a longer person span and other types alone", () => {
    expect(isGenitivePlace(gazetteer, "Paris")).toBe(false);
    expect(isGenitivePlace(gazetteer, "Pariss")).toBe(false);
    expect(retype("Frankreichs Müller", "B-PER I-PER")).toEqual(["B-PER", "I-PER"]);
    expect(retype("Frankreichs Regierung", "B-ORG I-ORG")).toEqual(["B-ORG", "I-ORG"]);
    expect(retype("Anders", "B-PER")).toEqual(["B-PER"]);
  });

  it("retypes the genitive of a state's name that the surname list holds too, not of a city's", () => {
    expect(retype("Mexikos Innenminister Francisco Ramirez", "B-PER O B-PER I-PER")).toEqual(["B-LOC", "O", "B-PER", "I-PER"]);
    expect(retype("Pariss Bürgermeister", "B-PER O")).toEqual(["B-PER", "O"]);
  });

  it("keeps the genitive of a word that names a person elsewhere in the text", () => {
    const words = [["Karl-Theodor", "zu", "Mannheim"], ["Mannheims", "Rede"]];
    const tags = [["B-PER", "I-PER", "I-PER"], ["B-PER", "O"]];
    retypeGenitivePlaces(words, tags, gazetteer);
    expect(tags[1]).toEqual(["B-PER", "O"]);
  });

  it("does nothing without a gazetteer", () => {
    const tags = [["B-PER"]];
    retypeGenitivePlaces([["Frankreichs"]], tags, null);
    expect(tags[0]).toEqual(["B-PER"]);
  });
});
