import { describe, expect, it } from "vitest";
import { addConfusion, confusionScores, emptyConfusion } from "../../src/eval/confusion.js";
import { dateOutcome, dayPart, outcomeConfusion } from "../../src/eval/date-score.js";
import { countSnippets, normaliseSpace } from "../../src/eval/snippets.js";
import { matchShingles, pagePrecision, pageRecall, sameTokens, shingleScores, shingles, wordTokens } from "../../src/eval/shingles.js";
import { median, quantile, summariseTimings } from "../../src/eval/stats.js";

const ARTICLE = [
  "Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Haushalt für 2025 beschlossen.",
  "Oberbürgermeisterin Sabine Roth sprach von einem „soliden Ergebnis“.",
  "Kritik kam von der Opposition.",
].join("\n");

describe("snippet scoring (trafilatura's benchmark)", () => {
  it("counts found `with` snippets as tp, missing ones as fn, found `without` as fp, missing as tn", () => {
    const gold = {
      with: ["Der Stadtrat hat am Dienstagabend", "Kritik kam von der Opposition.", "Die Sitzung dauerte vier Stunden."],
      without: ["Impressum", "sprach von einem „soliden Ergebnis“"],
    };
    expect(countSnippets(gold, ARTICLE)).toEqual({ tp: 2, fn: 1, fp: 1, tn: 1 });
  });

  it("collapses whitespace on both sides, across line breaks and non-breaking spaces", () => {
    const gold = { with: ["mit  großer\tMehrheit den Haushalt", "beschlossen. Oberbürgermeisterin Sabine"], without: [] };
    expect(countSnippets(gold, ARTICLE)).toEqual({ tp: 2, fn: 0, fp: 0, tn: 0 });
    expect(normaliseSpace("  a\u00a0 b\n\nc ")).toBe("a b c");
  });

  it("is case-sensitive, as trafilatura's evaluation", () => {
    const gold = { with: ["der stadtrat hat am dienstagabend"], without: ["KRITIK KAM"] };
    expect(countSnippets(gold, ARTICLE)).toEqual({ tp: 0, fn: 1, fp: 0, tn: 1 });
  });

  it("finds nothing in a failed extraction: every `with` is fn, every `without` tn", () => {
    const gold = { with: ["Der Stadtrat", "Kritik"], without: ["Impressum"] };
    expect(countSnippets(gold, null)).toEqual({ tp: 0, fn: 2, fp: 0, tn: 1 });
    expect(countSnippets(gold, "")).toEqual({ tp: 0, fn: 2, fp: 0, tn: 1 });
  });
});

describe("confusion scores", () => {
  it("micro-averages: counts are summed before the scores are taken", () => {
    const total = addConfusion(addConfusion(emptyConfusion(), { tp: 3, fp: 1, fn: 0, tn: 2 }), { tp: 1, fp: 0, fn: 3, tn: 0 });
    expect(total).toEqual({ tp: 4, fp: 1, fn: 3, tn: 2 });
    const s = confusionScores(total);
    expect(s.precision).toBeCloseTo(4 / 5, 12);
    expect(s.recall).toBeCloseTo(4 / 7, 12);
    expect(s.f1).toBeCloseTo((2 * (4 / 5) * (4 / 7)) / (4 / 5 + 4 / 7), 12);
    expect(s.accuracy).toBeCloseTo(6 / 10, 12);
  });

  it("gives 0 for a score whose denominator is zero", () => {
    expect(confusionScores(emptyConfusion())).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0 });
    expect(confusionScores({ tp: 0, fp: 0, fn: 4, tn: 1 })).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0.2 });
    expect(confusionScores({ tp: 0, fp: 0, fn: 0, tn: 3 })).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 1 });
  });
});

describe("shingle scoring (article-extraction-benchmark)", () => {
  it("tokenises into runs of letters, digits and underscores, keeping case and umlauts", () => {
    expect(wordTokens("Müller-Lüdenscheidt sagte: „5,5 Prozent“ – snake_case!")).toEqual(["Müller", "Lüdenscheidt", "sagte", "5", "5", "Prozent", "snake_case"]);
    expect(wordTokens(" … ")).toEqual([]);
  });

  it("builds shingles of four tokens; a shorter text is one shingle, an empty text none", () => {
    expect([...shingles("a b c d e a b c d").entries()]).toEqual([["a b c d", 2], ["b c d e", 1], ["c d e a", 1], ["d e a b", 1], ["e a b c", 1]]);
    expect([...shingles("Kurz und gut").entries()]).toEqual([["Kurz und gut", 1]]);
    expect(shingles("").size).toBe(0);
  });

  it("counts shingles as multisets and normalises tp, fp and fn to sum to 1", () => {
    // gold: 6 tokens -> 3 shingles; prediction adds two tokens -> 5 shingles, 3 of them right
    const gold = "Die Elbe steigt weiter in Dresden";
    const predicted = "Die Elbe steigt weiter in Dresden Mehr lesen";
    const c = matchShingles(gold, predicted);
    expect(c.tp).toBeCloseTo(3 / 5, 12);
    expect(c.fp).toBeCloseTo(2 / 5, 12);
    expect(c.fn).toBe(0);
    expect(pagePrecision(c)).toBeCloseTo(3 / 5, 12);
    expect(pageRecall(c)).toBe(1);
    // a repeated shingle in the prediction is a false positive the second time
    const twice = matchShingles("a b c d", "a b c d a b c d");
    expect(twice.tp + twice.fp + twice.fn).toBeCloseTo(1, 12);
    expect(twice.fp).toBeGreaterThan(0);
  });

  it("handles the zero cases as the benchmark does", () => {
    const both = matchShingles("", "");
    expect(both).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(pagePrecision(both)).toBe(1);
    const nothing = matchShingles("Der Pegel steigt weiter an", "");
    expect(nothing).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(pagePrecision(nothing)).toBe(0);
    expect(pageRecall(nothing)).toBe(0);
    const wrong = matchShingles("", "Newsletter jetzt kostenlos abonnieren");
    expect(pageRecall(wrong)).toBe(0);
  });

  it("averages precision over pages that predicted something and recall over pages that have gold text", () => {
    const pages = [
      { counts: { tp: 1, fp: 0, fn: 0 }, exact: true },
      { counts: { tp: 0.5, fp: 0.5, fn: 0 }, exact: false },
      { counts: { tp: 0, fp: 0, fn: 1 }, exact: false }, // nothing extracted: no precision, recall 0
    ];
    const s = shingleScores(pages);
    expect(s.precision).toBeCloseTo((1 + 0.5) / 2, 12);
    expect(s.recall).toBeCloseTo((1 + 1 + 0) / 3, 12);
    expect(s.f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3), 12);
    expect(s.accuracy).toBeCloseTo(1 / 3, 12);
    expect(shingleScores([])).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });

  it("calls a page exact when the token sequences match, whatever the whitespace and punctuation", () => {
    expect(sameTokens("Die Elbe, sie steigt.", "Die  Elbe\nsie steigt")).toBe(true);
    expect(sameTokens("Die Elbe steigt", "die Elbe steigt")).toBe(false);
  });
});

describe("date scoring (htmldate's benchmark)", () => {
  it("classifies right, wrong, missing and correctly absent dates", () => {
    expect(dateOutcome("2024-03-12", "2024-03-12")).toBe("tp");
    expect(dateOutcome("2024-03-12", "2024-03-11")).toBe("fp");
    expect(dateOutcome(null, "2024-03-11")).toBe("fp");
    expect(dateOutcome("2024-03-12", null)).toBe("fn");
    expect(dateOutcome(null, null)).toBe("tn");
    expect(outcomeConfusion("fn")).toEqual({ tp: 0, fp: 0, fn: 1, tn: 0 });
  });

  it("compares the day as the page wrote it, keeping its own offset", () => {
    expect(dayPart("2024-03-12T00:30:00+01:00")).toBe("2024-03-12");
    expect(dayPart("2024-03-12")).toBe("2024-03-12");
    expect(dayPart(null)).toBeNull();
    expect(dayPart("12.03.2024")).toBeNull();
  });

  it("scores a set of pages with htmldate's formulas, zero denominators giving 0", () => {
    const c = ["tp", "tp", "tp", "fp", "fn", "tn"].map((o) => outcomeConfusion(o as "tp")).reduce(addConfusion, emptyConfusion());
    const s = confusionScores(c);
    expect(s.precision).toBeCloseTo(3 / 4, 12);
    expect(s.recall).toBeCloseTo(3 / 4, 12);
    expect(s.f1).toBeCloseTo(6 / 8, 12);
    expect(s.accuracy).toBeCloseTo(4 / 6, 12);
    // no date ever given: precision has no denominator
    const silent = confusionScores({ tp: 0, fp: 0, fn: 2, tn: 1 });
    expect(silent.precision).toBe(0);
    expect(silent.accuracy).toBeCloseTo(1 / 3, 12);
  });
});

describe("timing statistics", () => {
  it("takes the median and the nearest-rank 95th percentile", () => {
    const ms = Array.from({ length: 20 }, (_, i) => i + 1); // 1..20
    expect(median(ms)).toBe(10.5);
    expect(quantile(ms, 0.95)).toBe(19);
    expect(median([7, 1, 3])).toBe(3);
    expect(summariseTimings([])).toEqual({ median: 0, p95: 0, mean: 0, total: 0 });
    expect(summariseTimings([2, 4])).toEqual({ median: 3, p95: 4, mean: 3, total: 6 });
  });
});
