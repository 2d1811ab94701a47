import { describe, expect, it } from "vitest";
import { completePersonNames } from "../../../src/nlp/ner/person-extent.js";
import { applyWithResources } from "./rule-helper.js";

const complete = (sentence: string): string[] => applyWithResources(completePersonNames, sentence);

describe("person names cut short by the tagger", () => {
  it("adds a rare or listed surname after a span that ends in a first name, and a first name before a span", () => {
    expect(complete("auch Nikolas/B-PER Ledgerwood ( der")).toEqual(["O", "B-PER", "I-PER", "O", "O"]);
    expect(complete("ist Holger Thorsten/B-PER Schubart/I-PER .")).toEqual(["O", "B-PER", "I-PER", "I-PER", "O"]);
  });

  it("takes any name-like word after a compound of two listed first names as the surname, tagged or not", () => {
    expect(complete("Verfassungsgerichtspräsident Hans-Jürgen/B-PER Papier sagte")).toEqual(["O", "B-PER", "I-PER", "O"]);
    expect(complete("Chef der Bundesagentur , Frank-Jürgen Weise , sagte")).toEqual(["O", "O", "O", "O", "B-PER", "I-PER", "O", "O"]);
    expect(complete("sagte Hans-Jürgen Bundesminister")).toEqual(["O", "O", "O"]);
    expect(complete("die Baden-Württemberg Stiftung")).toEqual(["O", "O", "O"]);
  });

  it("leaves a frequent word after a first name, a surname after a surname and roles before a span alone", () => {
    expect(complete("Elisabeth/B-PER Will wurde")).toEqual(["B-PER", "O", "O"]);
    expect(complete("Olaf/B-PER Scholz/I-PER Ledgerwood")).toEqual(["B-PER", "I-PER", "O"]);
    expect(complete("Bundeskanzler Olaf/B-PER Scholz/I-PER")).toEqual(["O", "B-PER", "I-PER"]);
  });
});
