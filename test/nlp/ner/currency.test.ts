import { describe, expect, it } from "vitest";
import { tagCurrencies } from "../../../src/nlp/ner/currency.js";
import { loadNerModel, tagSentence } from "../../../src/nlp/ner/tagger.js";
import { applyRule } from "./rule-helper.js";

const tag = (words: string, tags: string): string[] => applyRule(tagCurrencies, words, tags);

describe("currencies after amounts", () => {
  it("tags a currency after a number or an amount word as MISC, whatever the model said", () => {
    expect(tag("ein Betrag von 30 Cent", "O O O O O")).toEqual(["O", "O", "O", "O", "B-MISC"]);
    expect(tag("3,9 ( 1,5 ) Mio CHF", "O O O O O B-ORG")).toEqual(["O", "O", "O", "O", "O", "B-MISC"]);
    expect(tag("einen Zuschuss von 100.000 Franken", "O O O O B-LOC")).toEqual(["O", "O", "O", "O", "B-MISC"]);
    expect(tag("7,401 Mio US-Dollar", "O O O")).toEqual(["O", "O", "B-MISC"]);
  });

  it("tags currency symbols and currencies of the past, also after an amount word whose dot the tokenizer split off", () => {
    expect(tag("unter 67,50 $ platziert", "O O O O")).toEqual(["O", "O", "B-MISC", "O"]);
    expect(tag("EBIT von 115 Mio . €", "B-MISC O O O O O")).toEqual(["B-MISC", "O", "O", "O", "O", "B-MISC"]);
    expect(tag("in Höhe von 2000 Gulden", "O O O O O")).toEqual(["O", "O", "O", "O", "B-MISC"]);
    expect(tag("Ende des Satzes . $", "O O O O O")).toEqual(["O", "O", "O", "O", "O"]);
  });

  it("leaves currency words without an amount, and names inside longer spans, alone", () => {
    expect(tag("Der Franken ist stark", "O B-MISC O O")).toEqual(["O", "B-MISC", "O", "O"]);
    expect(tag("in Franken wandern", "O B-LOC O")).toEqual(["O", "B-LOC", "O"]);
    expect(tag("Mark Twain", "B-PER I-PER")).toEqual(["B-PER", "I-PER"]);
    expect(tag("Seite 3 Mark Twain", "O O B-PER I-PER")).toEqual(["O", "O", "B-PER", "I-PER"]);
  });

  it("applies with the shipped model", () => {
    const words = "Die Firma zahlte 100.000 Franken an den Verein .".split(" ");
    expect(tagSentence(loadNerModel(), words)[4]).toBe("B-MISC");
  });
});
