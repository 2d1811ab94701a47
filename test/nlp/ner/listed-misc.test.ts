import { describe, expect, it } from "vitest";
import { buildGazetteer } from "../../../src/nlp/ner/gazetteer.js";
import { retypeListedOtherNames } from "../../../src/nlp/ner/listed-misc.js";
import { applyRule } from "./rule-helper.js";

const gazetteer = buildGazetteer(
  new Map([
    ["misc", ["Windows", "Faust", "Mozilla Firefox", "Tesla Roadster", "Super Bowl", "House of Cards", "Street View", "Bill of Rights"]],
    ["surname", ["Faust", "Bowl"]],
    ["person", ["Bill of Rights"]],
  ]),
);
const retype = (words: string, tags: string): string[] => applyRule((w, t) => retypeListedOtherNames(w, t, gazetteer), words, tags);

describe("person spans that are listed other names", () => {
  it("retypes a listed product or work of several words as MISC", () => {
    expect(retype("mit Mozilla Firefox surfen", "O B-PER I-PER O")).toEqual(["O", "B-MISC", "I-MISC", "O"]);
    expect(retype("der neue Tesla Roadster", "O O B-PER I-PER")).toEqual(["O", "O", "B-MISC", "I-MISC"]);
  });

  it("retypes a listed other name tagged as a place as MISC", () => {
    expect(retype("in Street View sehen", "O B-LOC I-LOC O")).toEqual(["O", "B-MISC", "I-MISC", "O"]);
    expect(retype("die Tesla Roadster", "O B-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG"]);
  });

  it("retypes one word the lists know as another name only", () => {
    expect(retype("unter Windows laufen", "O B-PER O")).toEqual(["O", "B-MISC", "O"]);
    expect(retype("sagte Faust gestern", "O B-PER O")).toEqual(["O", "B-PER", "O"]);
  });

  it("retypes a language name alone as MISC, also one the lists know as a surname, from a person or a place", () => {
    expect(retype("seiner Rede auf Deutsch .", "O O O B-PER O")).toEqual(["O", "O", "O", "B-MISC", "O"]);
    expect(retype("Sprachförderung und Deutsch als Zweitsprache", "O O B-LOC O O")).toEqual(["O", "O", "B-MISC", "O", "O"]);
    expect(retype("Ernst Deutsch spielte", "B-PER I-PER O")).toEqual(["B-PER", "I-PER", "O"]);
  });

  it("completes a person span to a listed other name with the untagged words before or after it", () => {
    expect(retype("die 50. Super Bowl bewegt", "O O O B-PER O")).toEqual(["O", "O", "B-MISC", "I-MISC", "O"]);
    expect(retype("in House of Cards spielt", "O O O B-PER O")).toEqual(["O", "B-MISC", "I-MISC", "I-MISC", "O"]);
    expect(retype("mit Street View fotografiert", "O B-PER O O")).toEqual(["O", "B-MISC", "I-MISC", "O"]);
  });

  it("does not complete over tagged words, nor to a name the lists also know as another kind", () => {
    expect(retype("die Super Bowl", "O B-ORG B-PER")).toEqual(["O", "B-ORG", "B-PER"]);
    expect(retype("die Bill of Rights", "O O O B-PER")).toEqual(["O", "O", "O", "B-PER"]);
  });

  it("leaves spans that are longer than the listed name, and other types, alone", () => {
    expect(retype("Mozilla Firefox Müller", "B-PER I-PER I-PER")).toEqual(["B-PER", "I-PER", "I-PER"]);
    expect(retype("die Tesla Roadster", "O B-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG"]);
  });
});
