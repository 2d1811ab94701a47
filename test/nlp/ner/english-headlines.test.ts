import { describe, expect, it } from "vitest";
import { untagHeadlineSpans } from "../../../src/nlp/ner/english-headlines.js";
import { loadNerModel, recogniseEntities } from "../../../src/nlp/ner/tagger.js";
import { applyToLines } from "./rule-helper.js";

/** Applies the rule to lines of "word/TAG" pairs with the shipped name lists; returns each line's tags. */
const untag = (...lines: string[]): string[][] => applyToLines((w, t, r) => untagHeadlineSpans(w, t, r.gazetteer), ...lines);

describe("English title-case headlines", () => {
  it("untags a headline's spans that the running text does not tag", () => {
    const [headline, running] = untag(
      "Update/B-ORG 12 : Kmart/B-PER Acquires/I-PER Sears/I-PER in $ 11 Billion/B-PER Deal/I-PER",
      "A resurgent Kmart/B-ORG is buying the once-dominant Sears/B-PER chain .",
    );
    expect(headline.every((t) => t === "O")).toBe(true);
    expect(running).toEqual(["O", "O", "B-ORG", "O", "O", "O", "O", "B-PER", "O", "O"]);
  });

  it("keeps spans the running text tags alike, listed names and names with a listed first name", () => {
    const [headline] = untag("Kmart/B-ORG Buys Sears/B-ORG From Barack/B-PER Obama/I-PER In Deutsche/B-ORG Bank/I-ORG Deal", "Kmart/B-ORG and Sears/B-ORG agreed .");
    expect(headline).toEqual(["B-ORG", "O", "B-ORG", "O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O"]);
  });

  it("reads no line with a lower-case word, a caption or a line of three capitalised words as a headline", () => {
    expect(untag("Prime Minister Acquires/B-PER Sears/I-PER said on Monday")[0]).toContain("B-PER");
    expect(untag("Photo by Craig/B-PER Squires/I-PER .")[0]).toContain("B-PER");
    expect(untag("PHOTO/B-PER GALLERY/I-PER Today")[0]).toContain("B-PER");
  });

  it("runs in the tagger for English text", () => {
    const text = "Update 12: Kmart Acquires Sears in $11 Billion Deal\nA resurgent Kmart is buying the once-dominant Sears chain.";
    const english = recogniseEntities(loadNerModel(), text, { language: "en" }).map((m) => m.text);
    expect(english).not.toContain("Kmart Acquires Sears");
    expect(english).toContain("Sears");
  });
});
