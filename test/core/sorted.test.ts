import { describe, expect, it } from "vitest";
import { lastStartingBy, startingWithin, upperBound } from "../../src/core/sorted.js";

const spans = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }, { start: 14 }];

describe("search in arrays sorted by start", () => {
  it("finds the first index whose key is greater than x", () => {
    const start = (s: { start: number }) => s.start;
    expect([0, 2, 4, 5, 9, 14, 20].map((x) => upperBound(spans, x, start))).toEqual([0, 1, 1, 3, 4, 5, 5]);
    expect(upperBound([], 3, start)).toBe(0);
  });

  it("finds the last item that starts at or before a position", () => {
    expect(lastStartingBy(spans, 1)).toBeUndefined();
    expect(lastStartingBy(spans, 5)).toBe(spans[2]);
    expect(lastStartingBy(spans, 13)).toBe(spans[3]);
  });

  it("slices the items that start in [from, to)", () => {
    expect(startingWithin(spans, 5, 14)).toEqual([spans[1], spans[2], spans[3]]);
    expect(startingWithin(spans, 3, 5)).toEqual([]);
    expect(startingWithin(spans, 0, 100)).toEqual(spans);
  });
});
