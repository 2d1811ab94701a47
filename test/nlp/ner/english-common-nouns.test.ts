import { describe, expect, it } from "vitest";
import { untagEnglishNounPersons } from "../../../src/nlp/ner/english-common-nouns.js";
import { loadNerModel, recogniseEntities } from "../../../src/nlp/ner/tagger.js";
import { applyToLines } from "./rule-helper.js";

/** Applies the rule to lines of "word/TAG" pairs with the shipped name lists; returns each line's tags. */
const untag = (...lines: string[]): string[][] => applyToLines((w, t, r) => untagEnglishNounPersons(w, t, r.gazetteer), ...lines);

describe("English person spans that end in a common noun", () => {
  it("untags a person span whose last word the article writes in lower case", () => {
    const [first, second] = untag("may contain material of the Restricted/B-PER Files/I-PER .", "the files are public .");
    expect(first).toEqual(["O", "O", "O", "O", "O", "O", "O", "O"]);
    expect(second).toEqual(["O", "O", "O", "O", "O"]);
    expect(untag("Diameter/B-PER : 5.1 m ; the diameter is large .")[0][0]).toBe("O");
    // A word the lists know as a surname stays ("Peace").
    expect(untag("Peace/B-PER on earth depends on peace .")[0][0]).toBe("B-PER");
  });

  it("keeps a span with a listed given name or a well-known person's surname, one whose last word the article does not write in lower case, and a small word the span ran into", () => {
    expect(untag("Theresa/B-PER May/I-PER said it may rain .")[0].slice(0, 2)).toEqual(["B-PER", "I-PER"]);
    expect(untag("Bob/B-PER Gower/I-PER wrote that the gower was old .")[0].slice(0, 2)).toEqual(["B-PER", "I-PER"]);
    expect(untag("Restricted/B-PER Files/I-PER are secret .")[0].slice(0, 2)).toEqual(["B-PER", "I-PER"]);
    expect(untag("From : Miriam/B-PER Thorin/I-PER To/I-PER : James Roche , went to town")[0].slice(2, 5)).toEqual(["B-PER", "I-PER", "I-PER"]);
  });

  it("runs on English text before the surnames are spread", () => {
    const model = loadNerModel();
    const text = "The plan would cut Social Security benefits. Social Security will run short of money, and Security is a concern. The security of pensions matters.";
    expect(recogniseEntities(model, text, { language: "en" }).filter((e) => e.type === "PER")).toEqual([]);
  });
});
