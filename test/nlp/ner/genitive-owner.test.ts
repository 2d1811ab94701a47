import { describe, expect, it } from "vitest";
import { buildGazetteer } from "../../../src/nlp/ner/gazetteer.js";
import { splitGenitiveOwners } from "../../../src/nlp/ner/genitive-owner.js";
import { loadNerModel, recogniseEntities } from "../../../src/nlp/ner/tagger.js";

const gazetteer = buildGazetteer(
  new Map([
    ["surname", ["Papen", "Gille", "Wulffs"]],
    ["loc", ["Bremerhaven"]],
    ["first", ["Klaus"]],
  ]),
);

function split(words: string, tags: string): string[] {
  const t = [tags.split(" ")];
  splitGenitiveOwners([words.split(" ")], t, gazetteer);
  return t[0];
}

describe("a genitive name and the noun it owns", () => {
  it("keeps the genitive name alone, typed by what the lists know its stem as", () => {
    expect(split("in Papens Vizekanzlei .", "O B-LOC I-LOC O")).toEqual(["O", "B-PER", "O", "O"]);
    expect(split("in Bremerhavens Stadtverwaltung .", "O B-PER I-PER O")).toEqual(["O", "B-LOC", "O", "O"]);
  });

  it("leaves a first name in -s with a surname, a listed word, short nouns, organisations and unknown stems alone", () => {
    expect(split("Gilles Clément entwarf", "B-PER I-PER O")).toEqual(["B-PER", "I-PER", "O"]);
    expect(split("Gilles Vizekanzlei", "B-ORG I-ORG")).toEqual(["B-ORG", "I-ORG"]);
    expect(split("Wulffs Hochzeitsfeier", "B-PER I-PER")).toEqual(["B-PER", "I-PER"]);
    expect(split("Gryces Wunderflöte", "B-PER I-PER")).toEqual(["B-PER", "I-PER"]);
  });

  it("is not applied to English, which marks a genitive with an apostrophe", () => {
    const english = "She chairs the Armed Services Committee.";
    expect(recogniseEntities(loadNerModel(), english, { language: "en" }).map((e) => e.text)).not.toContain("Services");
  });
});
