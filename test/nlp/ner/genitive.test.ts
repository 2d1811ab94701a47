import { describe, expect, it } from "vitest";
import { buildGazetteer } from "../../../src/nlp/ner/gazetteer.js";
import { isGenitivePlace, isStateName, retypeGenitivePlaces } from "../../../src/nlp/ner/genitive.js";
import { loadNerModel, tagSentence, tagTokens } from "../../../src/nlp/ner/tagger.js";

const gazetteer = buildGazetteer(
  new Map([
    ["loc", ["Mannheim", "Paris", "Hameln", "Hannover"]],
    ["surname", ["Paris", "Hameln", "Hannover", "Mexiko", "Indiens"]],
    ["first", ["Anders", "Georgia"]],
    ["country", ["Frankreich", "Mexiko", "Kamerun", "Georgia", "Indien"]],
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

  it("retypes the genitive of a state's or a large city's name that the surname list holds too, not of a smaller town's", () => {
    expect(retype("Mexikos Innenminister Francisco Ramirez", "B-PER O B-PER I-PER")).toEqual(["B-LOC", "O", "B-PER", "I-PER"]);
    expect(retype("Hannovers Oberbürgermeister Belit Onay", "B-PER O B-PER I-PER")).toEqual(["B-LOC", "O", "B-PER", "I-PER"]);
    expect(retype("Hamelns Bürgermeister", "B-PER O")).toEqual(["B-PER", "O"]);
  });

  it("retypes the genitive of a state's name that the surname list holds as it is written (\"Indiens Regierungschef\")", () => {
    expect(retype("Indiens Regierungschef Narendra Modi", "B-PER O B-PER I-PER")).toEqual(["B-LOC", "O", "B-PER", "I-PER"]);
  });

  it("keeps the genitive of a word that names a person elsewhere in the text", () => {
    const words = [["Karl-Theodor", "zu", "Mannheim"], ["Mannheims", "Rede"]];
    const tags = [["B-PER", "I-PER", "I-PER"], ["B-PER", "O"]];
    retypeGenitivePlaces(words, tags, gazetteer);
    expect(tags[1]).toEqual(["B-PER", "O"]);
  });

  it("retypes a one-token PER span that is a state of the world or a federal state, not a state's name that is a first name", () => {
    expect(retype("Brandenburg ( 97 ) und Sachsen ( 89 )", "B-LOC O O O O B-PER O O O")[5]).toBe("B-LOC");
    expect(retype("Kamerun schied aus", "B-PER O O")[0]).toBe("B-LOC");
    expect(retype("Nach Hessen wäre Sachsens Regierung", "O B-LOC O B-PER O")[3]).toBe("B-LOC");
    expect(isStateName(gazetteer, "Georgia")).toBe(false);
    expect(retype("Georgia lachte", "B-PER O")[0]).toBe("B-PER");
    expect(retype("Jens Sachsen", "B-PER I-PER")).toEqual(["B-PER", "I-PER"]);
  });

  it("keeps a state's name that names a person elsewhere in the text", () => {
    const words = [["Jens", "Sachsen"], ["Sachsen", "sagte"]];
    const tags = [["B-PER", "I-PER"], ["B-PER", "O"]];
    retypeGenitivePlaces(words, tags, gazetteer);
    expect(tags[1]).toEqual(["B-PER", "O"]);
  });

  it("applies with the shipped model, which takes a federal state with a number after it for a person", () => {
    const words = "Es folgen Brandenburg ( 97 ) und Sachsen ( 89 ) .".split(" ");
    const model = loadNerModel();
    expect(tagTokens(model, words)[7]).toBe("B-PER");
    expect(tagSentence(model, words)[7]).toBe("B-LOC");
  });

  it("does nothing without a gazetteer", () => {
    const tags = [["B-PER"]];
    retypeGenitivePlaces([["Frankreichs"]], tags, null);
    expect(tags[0]).toEqual(["B-PER"]);
  });
});
