import { describe, expect, it } from "vitest";
import { findQuotePairs } from "../../../src/nlp/quotes/marks.js";

const pairs = (text: string) => findQuotePairs(text).map((p) => ({ quote: text.slice(p.start, p.end), open: p.open }));

describe("findQuotePairs", () => {
  it("pairs German, French, English and straight quotation marks", () => {
    const text = "Er sagte: „Wir sind bereit.“ Sie: »Gut.« Er: «Merci.» She said: “Fine.” Dann: \"Okay.\"";
    expect(pairs(text).map((p) => p.quote)).toEqual(["„Wir sind bereit.“", "»Gut.«", "«Merci.»", "“Fine.”", "\"Okay.\""]);
  });

  it("pairs a typographic mark with a straight one, as scraped English text mixes them, but keeps a straight pair inside a typographic one", () => {
    const text = "“They have my blessing,\" Trump said after welcoming Abe. \"Do you have a radio?” Stars glittered. “He said \"yes\" today,” she wrote.";
    expect(pairs(text).map((p) => p.quote)).toEqual(["“They have my blessing,\"", "\"Do you have a radio?”", "“He said \"yes\" today,”"]);
  });

  it("keeps single marks inside a double pair to the outer pair", () => {
    const text = "„Er nannte das ‚Unsinn‘, und ich stimme zu“, sagte sie.";
    expect(pairs(text).map((p) => p.quote)).toEqual(["„Er nannte das ‚Unsinn‘, und ich stimme zu“"]);
  });

  it("does not take apostrophes for quotation marks", () => {
    expect(pairs("Wie geht’s? Das war’s für heute, sagte O’Neill.")).toEqual([]);
  });

  it("closes a long quote left open at the end of its paragraph, but not a short one", () => {
    const text = "„Wir werden alles tun, um die Arbeitsplätze in der Region zu sichern.\n„Kurz\nWeiter geht es.";
    expect(pairs(text)).toEqual([{ quote: "„Wir werden alles tun, um die Arbeitsplätze in der Region zu sichern.", open: true }]);
  });

  it("never pairs across a line break", () => {
    expect(pairs("Er sagte „Hallo\nund ging“ dann.")).toEqual([]);
  });
});
