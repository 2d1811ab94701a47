import { describe, expect, it } from "vitest";
import { retypePersonsAmongOrganisations, retypePlacesAmongPersons, tagCoordinatedNames } from "../../../src/nlp/ner/coordination.js";
import { applyRule, applyWithResources } from "./rule-helper.js";

const tag = (sentence: string): string[] => applyWithResources((w, t, r) => tagCoordinatedNames(w, t, r.gazetteer), sentence);

describe("names joined to a name of their kind", () => {
  it("tags a listed place or organisation after a place or organisation and a joining word", () => {
    expect(tag("in London/B-LOC und Glasgow oder")).toEqual(["O", "B-LOC", "O", "B-LOC", "O"]);
    expect(tag("von Solnhofen/B-LOC , Eichstätt und")).toEqual(["O", "B-LOC", "O", "B-LOC", "O"]);
    expect(tag("mit Siemens/B-ORG und Volkswagen geeinigt")).toEqual(["O", "B-ORG", "O", "B-ORG", "O"]);
  });

  it("leaves persons, unlisted words, words listed as another kind and spans that go on alone", () => {
    expect(tag("Max/B-PER Muster/I-PER , Gründer der Firma")).toEqual(["B-PER", "I-PER", "O", "O", "O", "O"]);
    expect(tag("in London/B-LOC und Verachtung")).toEqual(["O", "B-LOC", "O", "O"]);
    expect(tag("in London/B-LOC und Siemens")).toEqual(["O", "B-LOC", "O", "O"]);
    expect(tag("in London/B-LOC und Glasgow Airport/I-LOC")).toEqual(["O", "B-LOC", "O", "O", "I-LOC"]);
    expect(tag("in London/B-LOC mit Glasgow")).toEqual(["O", "B-LOC", "O", "O"]);
  });
});

describe("a place among persons of a list", () => {
  const retype = (words: string, tags: string): string[] => applyRule((w, t) => retypePlacesAmongPersons(w, t, null), words, tags);

  it("is a person when a person stands on each side, one separator away", () => {
    expect(retype("Laimer , Lazaro , Reyna", "B-PER O B-LOC O B-PER")).toEqual(["B-PER", "O", "B-PER", "O", "B-PER"]);
    expect(retype("Walke – Lainer , Miranda", "B-PER O B-PER O B-LOC")).toEqual(["B-PER", "O", "B-PER", "O", "B-LOC"]);
    expect(retype("Laimer und Salzburg , Reyna", "B-PER O B-LOC O B-PER")).toEqual(["B-PER", "O", "B-LOC", "O", "B-PER"]);
  });
});

describe("a person span joined to an organisation", () => {
  const retype = (sentence: string): string[] => applyWithResources((w, t, r) => retypePersonsAmongOrganisations(w, t, r.gazetteer), sentence);

  it("is an organisation where the lists know the word as one, though they hold it as a surname too", () => {
    expect(retype("Audi/B-ORG , BMW/B-ORG und Daimler/B-PER .")).toEqual(["B-ORG", "O", "B-ORG", "O", "B-ORG", "O"]);
    expect(retype("Daimler/B-PER und BMW/B-ORG wollen")).toEqual(["B-ORG", "O", "B-ORG", "O"]);
  });

  it("stays a person without an organisation next to it or where the lists know no organisation by the word", () => {
    expect(retype("Daimler/B-PER und Angela/B-PER Merkel/I-PER")).toEqual(["B-PER", "O", "B-PER", "I-PER"]);
    expect(retype("BMW/B-ORG und Müller/B-PER sagen")).toEqual(["B-ORG", "O", "B-PER", "O"]);
  });
});
