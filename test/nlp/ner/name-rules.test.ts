import { describe, expect, it } from "vitest";
import { applyNameRulesExcept, loadNerModel, NAME_RULES, tagSentence, tagTokens } from "../../../src/nlp/ner/tagger.js";

describe("the list of name rules", () => {
  const model = loadNerModel();
  const words = "Die Bundesagentur für Arbeit ( BA ) meldete mehr Arbeitslose .".split(" ");

  it("names each rule once", () => {
    const names = NAME_RULES.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    // Names come from the rules' functions: an anonymous function listed as a rule would have none.
    for (const name of names) expect(name).toMatch(/^[a-z]\w+$/u);
  });

  it("runs all rules as the tagger does, and leaves out the ones it is told to", () => {
    const all = [tagTokens(model, words)];
    applyNameRulesExcept(model, [words], all, false, null);
    expect(all[0]).toEqual(tagSentence(model, words));
    expect(all[0][5]).toBe("B-ORG");
    const without = [tagTokens(model, words)];
    applyNameRulesExcept(model, [words], without, false, new Set(["tagParenthesisedAbbreviations"]));
    expect(without[0][5]).toBe("O");
    expect(without[0].slice(1, 4)).toEqual(all[0].slice(1, 4));
  });
});
