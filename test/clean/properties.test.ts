import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/clean/index.js";
import { loadFixtures } from "./fixtures.js";

const fixtures = loadFixtures();
const nonEmptyLines = (raw: string): { index: number; text: string }[] =>
  raw.split(/\r\n|\r|\n/u).flatMap((line, index) => (line.trim() === "" ? [] : [{ index, text: line.trim() }]));

describe("cleanText properties over all fixtures", () => {
  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const result = cleanText(fixture.raw, fixture.opts);

      it("keeps only lines that are in the input", () => {
        const input = new Set(nonEmptyLines(fixture.raw).map((l) => l.text));
        for (const line of result.text.split("\n")) expect(input.has(line), line).toBe(true);
      });

      it("accounts for every non-empty input line exactly once, in order", () => {
        const removedAt = new Map(result.removed.map((r) => [r.line, r]));
        const kept = result.text === "" ? [] : result.text.split("\n");
        let next = 0;
        for (const { index, text } of nonEmptyLines(fixture.raw)) {
          const removed = removedAt.get(index);
          if (removed) {
            expect(removed.text).toBe(text);
            expect(removed.reason).not.toBe("");
          } else {
            expect(kept[next++]).toBe(text);
          }
        }
        expect(next).toBe(kept.length);
        expect(removedAt.size).toBe(result.removed.length);
      });

      it("changes nothing when cleaning the clean text again", () => {
        const again = cleanText(result.text, fixture.opts);
        expect(again.removed).toEqual([]);
        expect(again.text).toBe(result.text);
      });

      it("gives the same text for CRLF line breaks", () => {
        expect(cleanText(fixture.raw.replace(/\n/gu, "\r\n"), fixture.opts).text).toBe(result.text);
      });
    });
  }
});
