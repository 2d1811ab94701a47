import { describe, expect, it } from "vitest";
import { tagPurposeNames } from "../../../src/nlp/ner/purpose-names.js";
import { applyWithResources } from "./rule-helper.js";

const tag = (sentence: string): string[] => applyWithResources((w, t, r) => tagPurposeNames(w, t, r.gazetteer), sentence);

describe("names of bodies that say what they are for", () => {
  it("tags a body noun, für/zur/zum and what it is for as one organisation", () => {
    expect(tag("Direktor des Instituts für Corporate Governance ( ICG/B-ORG )")).toEqual(["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O"]);
    expect(tag("Das Amt für Jugend und Familie ist zuständig")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]);
    expect(tag("die Gesellschaft für bedrohte Völker protestiert")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]);
  });

  it("takes in capitalised adjectives before the noun, a genitive after a noun of action and a state in the genitive", () => {
    expect(tag("dem Deutschen Institut für Wirtschaftsforschung zufolge")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]);
    expect(tag("der Bundesstiftung zur Aufarbeitung der SED-Diktatur ,")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]);
    expect(tag("An der Hochschule für Technik und Wirtschaft des Saarlandes lehrt")).toEqual([
      "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O",
    ]);
    expect(tag("das Institut für Soziologie der Universität")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]);
  });

  it("leaves a body after an indefinite article, a named body with a phrase after it, a set phrase, a person, a place and a determiner", () => {
    expect(tag("Die Stadt baut ein Zentrum für Flüchtlinge")).toEqual(["O", "O", "O", "O", "O", "O", "O"]);
    expect(tag("die EU-Kommission für Reformen")).toEqual(["O", "O", "O", "O"]);
    expect(tag("des Internationalen/B-ORG Währungsfonds/I-ORG für Athen/B-LOC")).toEqual(["O", "B-ORG", "I-ORG", "O", "B-LOC"]);
    expect(tag("des Innenministeriums zum Thema Grundrechte")).toEqual(["O", "O", "O", "O", "O"]);
    expect(tag("der Bundesagentur für Arbeit Frank-Jürgen/B-PER Weise/I-PER")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER"]);
    expect(tag("Reisebüros für deren Buchungen")).toEqual(["O", "O", "O", "O"]);
    expect(tag("wegen Anstiftung zur Besetzung des Geländes")).toEqual(["O", "O", "O", "O", "O", "O"]);
  });
});
