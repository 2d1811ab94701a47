import { describe, expect, it } from "vitest";
import { briefs } from "./helpers.js";

describe("the clause around a partial quote", () => {
  it("reports the clause a frame introduces around a partial quote as indirect speech, besides the quote", () => {
    const quotes = briefs("Am heutigen Montag äußerte sich Vatikansprecher Navarro-Valls dahingehend, das Gespräch „sei in freundschaftlicher Atmosphäre verlaufen“. Der Papst hätte mit Küng keine Glaubensfragen besprochen.");
    expect(quotes).toContainEqual({ kind: "indirect", text: "das Gespräch „sei in freundschaftlicher Atmosphäre verlaufen“", speaker: "Vatikansprecher Navarro-Valls", cue: "äußerte" });
    expect(quotes).toContainEqual({ kind: "direct", text: "„sei in freundschaftlicher Atmosphäre verlaufen“", speaker: "Vatikansprecher Navarro-Valls", cue: "äußerte" });
  });

  it("adds no clause when the quote is the whole complement (Er sagte: „…“)", () => {
    const quotes = briefs("Der Minister sagte am Abend: „Wir werden die Steuern nicht erhöhen.“");
    expect(quotes.filter((q) => q.kind === "indirect")).toEqual([]);
  });
});
