import { describe, expect, it } from "vitest";
import { isWebAddress, tagWebAddresses } from "../../../src/nlp/ner/web.js";
import { loadNerModel, tagSentence } from "../../../src/nlp/ner/tagger.js";
import { applyRule } from "./rule-helper.js";

const tag = (words: string, tags: string): string[] => applyRule(tagWebAddresses, words, tags);

describe("web and e-mail addresses", () => {
  it("recognises domain names, URLs and e-mail addresses, not abbreviations or numbers", () => {
    for (const word of ["stern.de", "www.yasni.de", "t-online.de", "Blick.ch", "https://example.org/path", "karten-theater@gmx.de"]) expect(isWebAddress(word), word).toBe(true);
    for (const word of ["z.B.", "u.a.", "4.5", "Dr.", "@Paul", "e.V.", "Mio.", "St.Gallen"]) expect(isWebAddress(word), word).toBe(false);
  });

  it("tags an untagged address as MISC and leaves a tagged one alone", () => {
    expect(tag("kann unter Lightfeather.de gefunden werden", "O O O O O")).toEqual(["O", "O", "B-MISC", "O", "O"]);
    expect(tag("Bestellungen unter karten@gmx.de", "O O O")).toEqual(["O", "O", "B-MISC"]);
    expect(tag("wie Musicload.de mitteilte", "O B-ORG O")).toEqual(["O", "B-ORG", "O"]);
  });

  it("applies with the shipped model", () => {
    const words = "Die Liste kann unter lightfeather.de gefunden werden .".split(" ");
    expect(tagSentence(loadNerModel(), words)[4]).toBe("B-MISC");
  });
});
