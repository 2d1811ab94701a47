import { describe, expect, it } from "vitest";
import { tagDatelines } from "../../../src/nlp/ner/dateline.js";
import { buildGazetteer } from "../../../src/nlp/ner/gazetteer.js";
import { applyRule } from "./rule-helper.js";

const gazetteer = buildGazetteer(
  new Map([
    ["loc", ["Tokio", "Riedlingen", "Baden-Baden"]],
    ["org", ["ADAC"]],
  ]),
);

const tag = (words: string, tags: string): string[] => applyRule((w, t) => tagDatelines(w, t, gazetteer), words, tags);

describe("datelines", () => {
  it("tags a listed place in capitals before a bracket, a dash or a comma at the start of a sentence", () => {
    expect(tag("TOKIO ( Dow Jones ) Der Aktienmarkt", "B-ORG O B-ORG I-ORG O O O")).toEqual(["B-LOC", "O", "B-ORG", "I-ORG", "O", "O", "O"]);
    expect(tag("RIEDLINGEN - Thema Nummer eins", "O O O O O")).toEqual(["B-LOC", "O", "O", "O", "O"]);
    expect(tag("BADEN-BADEN – Die Stadt", "B-ORG O O O")).toEqual(["B-LOC", "O", "O", "O"]);
    expect(tag("TOKIO , 4. Juni ( dpa )", "B-ORG O O O O O O")).toEqual(["B-LOC", "O", "O", "O", "O", "O", "O"]);
  });

  it("tags one before the first word of the item when no mark follows", () => {
    expect(tag("RIEDLINGEN Dass er nicht kam", "B-ORG O O O O")).toEqual(["B-LOC", "O", "O", "O", "O"]);
    expect(tag("RIEDLINGEN UND TOKIO", "O O O")).toEqual(["O", "O", "O"]);
    expect(tag("RIEDLINGEN und mehr", "O O O")).toEqual(["O", "O", "O"]);
  });

  it("tags a listed place written as a name before a dash and the item's first word", () => {
    expect(tag("Tokio – Nach einem Beben", "B-PER O O O O")).toEqual(["B-LOC", "O", "O", "O", "O"]);
    expect(tag("Riedlingen — Die Stadt", "O O O O")).toEqual(["B-LOC", "O", "O", "O"]);
    // Not before a hyphen, a lower-case word or no dash, nor an unlisted word.
    expect(tag("Tokio - Osaka", "B-PER O B-LOC")).toEqual(["B-PER", "O", "B-LOC"]);
    expect(tag("Tokio – und mehr", "B-PER O O O")).toEqual(["B-PER", "O", "O", "O"]);
    expect(tag("Müller – Die Stadt", "B-PER O O O")).toEqual(["B-PER", "O", "O", "O"]);
  });

  it("leaves unlisted words, words elsewhere in the sentence and words without a dateline mark alone", () => {
    expect(tag("ADAC ( Allgemeiner Deutscher Automobil-Club )", "B-ORG O B-ORG I-ORG I-ORG O")).toEqual(["B-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O"]);
    expect(tag("In TOKIO - heute", "O B-ORG O O")).toEqual(["O", "B-ORG", "O", "O"]);
    expect(tag("TOKIO ist groß", "B-ORG O O")).toEqual(["B-ORG", "O", "O"]);
  });

  it("does nothing without a gazetteer", () => {
    const t = [["B-ORG", "O"]];
    tagDatelines([["TOKIO", "("]], t, null);
    expect(t[0]).toEqual(["B-ORG", "O"]);
  });
});
