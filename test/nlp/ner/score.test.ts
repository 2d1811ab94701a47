import { describe, expect, it } from "vitest";
import { scoreTagSequences } from "../../../src/eval/ner-score.js";

const TYPES = ["PER", "ORG", "LOC", "MISC"];

describe("conlleval-style span scoring", () => {
  it("counts only exact spans with the right type as correct", () => {
    const gold = [
      ["B-PER", "I-PER", "O", "O", "B-LOC", "O"],
      ["B-ORG", "I-ORG", "I-ORG", "O", "B-MISC"],
    ];
    const predicted = [
      ["B-PER", "I-PER", "O", "O", "B-ORG", "O"], // right person; Paris as ORG: wrong type
      ["B-ORG", "I-ORG", "O", "O", "B-MISC"], // organisation cut short: partial match is an error
    ];
    const s = scoreTagSequences(gold, predicted, TYPES);
    expect(s.overall).toMatchObject({ gold: 4, predicted: 4, correct: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
    const byType = Object.fromEntries(s.types.map((t) => [t.type, t]));
    expect(byType.PER).toMatchObject({ gold: 1, predicted: 1, correct: 1, f1: 1 });
    expect(byType.LOC).toMatchObject({ gold: 1, predicted: 0, correct: 0, precision: 0, recall: 0, f1: 0 });
    expect(byType.ORG).toMatchObject({ gold: 1, predicted: 2, correct: 0 });
    expect(byType.MISC).toMatchObject({ gold: 1, predicted: 1, correct: 1 });
  });

  it("treats a stray I- tag as the start of a span, as conlleval does", () => {
    const s = scoreTagSequences([["B-PER", "I-PER"]], [["I-PER", "I-PER"]], TYPES);
    expect(s.overall).toMatchObject({ correct: 1, precision: 1, recall: 1 });
    const split = scoreTagSequences([["B-PER", "I-PER"]], [["B-PER", "B-PER"]], TYPES);
    expect(split.overall).toMatchObject({ gold: 1, predicted: 2, correct: 0, f1: 0 });
  });

  it("computes F1 as the harmonic mean and ignores types outside the list", () => {
    const s = scoreTagSequences([["B-PER", "O", "B-LOC", "B-X"]], [["B-PER", "B-ORG", "O", "B-X"]], TYPES);
    expect(s.overall.precision).toBeCloseTo(0.5);
    expect(s.overall.recall).toBeCloseTo(0.5);
    expect(s.overall.f1).toBeCloseTo(0.5);
    expect(s.overall.gold).toBe(2);
  });

  it("rejects sequences of different lengths", () => {
    expect(() => scoreTagSequences([["O"]], [["O", "O"]], TYPES)).toThrow(/sentence 1/u);
  });
});
