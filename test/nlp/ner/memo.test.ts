import { describe, expect, it } from "vitest";
import { memoise, WordMemory } from "../../../src/nlp/ner/memo.js";

describe("memoise", () => {
  it("computes each word once and answers as the function does", () => {
    const asked: string[] = [];
    const length = memoise((word: string) => {
      asked.push(word);
      return word.length;
    });
    expect(["Scholz", "Merkel", "Scholz", "Scholz"].map(length)).toEqual([6, 6, 6, 6]);
    expect(asked).toEqual(["Scholz", "Merkel"]);
  });

  it("remembers false and zero answers too", () => {
    const asked: string[] = [];
    const capitalised = memoise((word: string) => {
      asked.push(word);
      return /^\p{Lu}/u.test(word);
    });
    expect([capitalised("und"), capitalised("und")]).toEqual([false, false]);
    expect(asked).toEqual(["und"]);
  });

  it("keeps the words in use and forgets the others once a generation is full, and stays right", () => {
    const asked: string[] = [];
    const upper = memoise((word: string) => {
      asked.push(word);
      return word.toUpperCase();
    }, 2);
    // a, b fill the first generation; c opens a second, and a (still in use) moves there; d opens a third: b is forgotten, a is not.
    expect(["a", "b", "c", "a", "d", "a", "b"].map(upper)).toEqual(["A", "B", "C", "A", "D", "A", "B"]);
    expect(asked).toEqual(["a", "b", "c", "d", "b"]);
  });
});

describe("WordMemory", () => {
  it("holds at most two generations of `limit` words", () => {
    const memory = new WordMemory<number>(3);
    for (let i = 0; i < 10; i++) memory.set(`w${i}`, i);
    const kept = Array.from({ length: 10 }, (_, i) => memory.get(`w${i}`)).filter((v) => v !== undefined);
    expect(kept.length).toBeLessThanOrEqual(6);
    expect(memory.get("w9")).toBe(9);
    expect(memory.get("w0")).toBeUndefined();
  });
});
