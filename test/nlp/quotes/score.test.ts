import { describe, expect, it } from "vitest";
import type { QuoteKind, QuoteSpan } from "../../../src/core/article.js";
import { matchQuotes, parseQuoteDocument, QuoteScorer, quoteOverlaps, scoredAttributions, speakerMatches, type GoldQuote, type GoldType } from "../../../src/eval/quotes.js";

function gold(type: GoldType, start: number, end: number, speaker: [number, number][] = []): GoldQuote {
  return { type, start, end, speaker: speaker.map(([s, e]) => ({ start: s, end: e })) };
}

function pred(kind: QuoteKind, start: number, end: number, speaker: [number, number] | null = null): QuoteSpan {
  return {
    text: "x".repeat(end - start),
    start,
    end,
    kind,
    cue: null,
    speaker: speaker ? { text: "x", start: speaker[0], end: speaker[1] } : null,
    speaker_entity: null,
    speaker_name: null,
    source: null,
  };
}

describe("quoteOverlaps: at least half of the longer span", () => {
  it("accepts exactly half and rejects just under half", () => {
    expect(quoteOverlaps({ start: 0, end: 10 }, { start: 5, end: 15 })).toBe(true); // 5 of 10
    expect(quoteOverlaps({ start: 0, end: 10 }, { start: 6, end: 16 })).toBe(false); // 4 of 10
  });

  it("measures against the longer span, whichever side it is on", () => {
    expect(quoteOverlaps({ start: 0, end: 40 }, { start: 0, end: 19 })).toBe(false); // prediction far too long
    expect(quoteOverlaps({ start: 0, end: 19 }, { start: 0, end: 40 })).toBe(false); // prediction far too short
    expect(quoteOverlaps({ start: 0, end: 20 }, { start: 0, end: 40 })).toBe(true);
  });

  it("rejects spans that only touch", () => {
    expect(quoteOverlaps({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
  });
});

describe("speakerMatches", () => {
  it("needs some overlap with any span of the gold speaker, or no speaker on both sides", () => {
    expect(speakerMatches({ text: "Müller", start: 5, end: 11 }, [{ start: 0, end: 3 }, { start: 10, end: 20 }])).toBe(true);
    expect(speakerMatches({ text: "Müller", start: 5, end: 10 }, [{ start: 10, end: 20 }])).toBe(false);
    expect(speakerMatches(null, [])).toBe(true);
    expect(speakerMatches(null, [{ start: 0, end: 3 }])).toBe(false);
    expect(speakerMatches({ text: "er", start: 0, end: 2 }, [])).toBe(false);
  });
});

describe("matchQuotes: one-to-one, greedy by overlap", () => {
  it("gives a gold quote to the prediction that overlaps it most and leaves the other unmatched", () => {
    const golds = [gold("Indirect", 0, 100)];
    const preds = [pred("indirect", 0, 60), pred("indirect", 0, 90)];
    expect(matchQuotes(golds, preds)).toEqual([{ gold: 0, predicted: 1, attributed: true }]);
  });

  it("lets the second-best prediction take another gold quote", () => {
    const golds = [gold("Direct", 0, 20), gold("Direct", 10, 30)];
    const preds = [pred("direct", 0, 20), pred("direct", 12, 30)];
    expect(matchQuotes(golds, preds)).toEqual([
      { gold: 0, predicted: 0, attributed: true },
      { gold: 1, predicted: 1, attributed: true },
    ]);
  });

  it("gives a tie to the closer gold span: a Direct fragment, not the Indirect clause around it", () => {
    // "…, die Aktion erinnere „fatal an …“": the clause 0–90 (Indirect) holds the quotation 20–90 (Direct).
    const golds = [gold("Indirect", 0, 90), gold("Direct", 20, 90)];
    const preds = [pred("direct", 20, 90)];
    expect(matchQuotes(golds, preds)).toEqual([{ gold: 1, predicted: 0, attributed: true }]);
    // With both predicted, each finds its own.
    expect(matchQuotes(golds, [pred("indirect", 0, 90), pred("direct", 20, 90)])).toEqual([
      { gold: 0, predicted: 0, attributed: true },
      { gold: 1, predicted: 1, attributed: true },
    ]);
  });

  it("gives a tie between gold quotes of the same span to the one whose speaker the prediction names, whatever their order", () => {
    // "Die Frankfurter Rundschau zitiert einen Augenzeugen mit den Worten: „…“" is annotated twice: medium and witness.
    const medium = gold("Direct", 100, 200, [[0, 25]]);
    const witness = gold("Direct", 100, 200, [[35, 50]]);
    const preds = [pred("direct", 100, 200, [35, 50])];
    expect(matchQuotes([medium, witness], preds)).toEqual([{ gold: 1, predicted: 0, attributed: true }]);
    expect(matchQuotes([witness, medium], preds)).toEqual([{ gold: 0, predicted: 0, attributed: true }]);
  });

  it("gives a tie between gold quotes of the same span and speaker to the one of the predicted kind, whatever their order", () => {
    const twice = [gold("Indirect", 100, 120, [[130, 136]]), gold("Direct", 100, 120, [[130, 136]])];
    expect(matchQuotes(twice, [pred("direct", 100, 120, [130, 136])])).toEqual([{ gold: 1, predicted: 0, attributed: true }]);
    expect(matchQuotes(twice, [pred("indirect", 100, 120, [130, 136])])).toEqual([{ gold: 0, predicted: 0, attributed: true }]);
  });

  it("does not let one prediction cover two gold quotes", () => {
    const golds = [gold("Indirect", 0, 50), gold("IndirectFreeIndirect", 50, 100)];
    const preds = [pred("indirect", 0, 100)];
    expect(matchQuotes(golds, preds)).toEqual([{ gold: 0, predicted: 0, attributed: true }]);
  });
});

describe("scoredAttributions: a relayed quote counts for its speaker and its source", () => {
  const relayed = (start: number, end: number, speaker: [number, number], source: [number, number]): QuoteSpan => ({
    ...pred("direct", start, end, speaker),
    source: { text: "x", start: source[0], end: source[1], entity: null, name: null },
  });

  it("adds the source as a second attribution of the same words, which matches the data's second annotation", () => {
    const scored = scoredAttributions([relayed(100, 200, [35, 50], [0, 25]), pred("direct", 300, 350, [280, 290])]);
    expect(scored.map((q) => [q.start, q.speaker?.start, q.source])).toEqual([
      [100, 35, { text: "x", start: 0, end: 25, entity: null, name: null }],
      [100, 0, null],
      [300, 280, null],
    ]);
    const golds = [gold("Direct", 100, 200, [[0, 25]]), gold("Direct", 100, 200, [[35, 50]])];
    expect(matchQuotes(golds, scored).filter((m) => m.attributed)).toHaveLength(2);
  });

  it("adds nothing when another quote over the same words already has the source as its speaker", () => {
    // "„…“, sagte der Demonstrationsleiter laut ndr.de": the finder also reports the sentence as ndr.de's.
    const quotes = [relayed(100, 160, [162, 190], [196, 202]), pred("indirect", 100, 195, [196, 202])];
    expect(scoredAttributions(quotes)).toEqual(quotes);
  });
});

describe("QuoteScorer", () => {
  it("counts found and attributed overall and per gold type, charging unmatched predictions to their kind", () => {
    const scorer = new QuoteScorer();
    scorer.add(
      [
        gold("Direct", 0, 40, [[50, 60]]),
        gold("Indirect", 100, 160, [[80, 95]]),
        gold("FreeIndirect", 200, 260, [[80, 95]]),
        gold("Reported", 300, 340, [[300, 310]]),
      ],
      [
        pred("direct", 0, 40, [50, 56]), // found and attributed
        pred("indirect", 110, 160, [0, 10]), // found, wrong speaker
        pred("indirect", 200, 255, [85, 90]), // found and attributed (FreeIndirect gold)
        pred("reported", 400, 450, [400, 405]), // unmatched: a Reported false positive
        pred("direct", 500, 520), // unmatched: a Direct false positive
      ],
    );
    const r = scorer.report();
    expect(r).toMatchObject({ documents: 1, gold: 4, predicted: 5 });
    expect(r.found).toMatchObject({ tp: 3, fp: 2, fn: 1 });
    expect(r.attributed).toMatchObject({ tp: 2, fp: 3, fn: 2 });
    expect(r.found.precision).toBeCloseTo(3 / 5, 12);
    expect(r.attributed.f1).toBeCloseTo((2 * (2 / 5) * (2 / 4)) / (2 / 5 + 2 / 4), 12);
    expect(r.byType.Direct.found).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.byType.Indirect.found).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.byType.Indirect.attributed).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.byType.FreeIndirect.attributed).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.byType.Reported.found).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.kinds.FreeIndirect).toEqual({ direct: 0, indirect: 1, reported: 0 });
  });

  it("adds up over documents", () => {
    const scorer = new QuoteScorer();
    scorer.add([gold("Direct", 0, 10)], [pred("direct", 0, 10)]);
    scorer.add([gold("Direct", 0, 10)], []);
    expect(scorer.report()).toMatchObject({ documents: 2, gold: 2, predicted: 1, found: { tp: 1, fp: 0, fn: 1, recall: 0.5 } });
  });
});

describe("parseQuoteDocument", () => {
  it("uses the covering span of a discontinuous quote and keeps every speaker span", () => {
    const doc = parseQuoteDocument(
      {
        originalText: "Die Lage sei, so eine Sprecherin, ernst.",
        annotations: [
          {
            type: "Indirect",
            quote: { text: "Die Lage sei ernst", spans: [{ charBegin: 0, charEnd: 12 }, { charBegin: 34, charEnd: 39 }] },
            speaker: { text: "eine Sprecherin", spans: [{ charBegin: 17, charEnd: 32 }] },
          },
        ],
      },
      "lage",
    );
    expect(doc.quotes).toEqual([{ type: "Indirect", start: 0, end: 39, speaker: [{ start: 17, end: 32 }] }]);
  });

  it("rejects unknown quote types and documents without text", () => {
    expect(() => parseQuoteDocument({ originalText: "x", annotations: [{ type: "Rumour", quote: { spans: [] } }] }, "bad")).toThrow(/unknown quote type/);
    expect(() => parseQuoteDocument({ annotations: [] }, "bad")).toThrow(/originalText/);
  });
});
