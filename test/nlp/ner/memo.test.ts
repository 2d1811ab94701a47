import { describe, expect, it } from "vitest";
import { memoise } from "../../../src/nlp/ner/memo.js";

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

  it("forgets everything once it holds `limit` words, and stays right", () => {
    const asked: string[] = [];
    const upper = memoise((word: string) => {
      asked.push(word);
      return word.toUpperCase();
    }, 2);
    expect(["a", "b", "a", "c", "a"].map(upper)).toEqual(["A", "B", "A", "C", "A"]);
    expect(asked).toEqual(["a", "b", "c", "a"]);
  });
});
