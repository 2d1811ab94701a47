import { describe, expect, it } from "vitest";
import { augmentByMentionReplacement, mentionPool } from "../../../src/nlp/ner/training/augment.js";

const sentences = [
  { tokens: ["Olaf", "Scholz", "besuchte", "Paris", "."], tags: ["B-PER", "I-PER", "O", "B-LOC", "O"] },
  { tokens: ["Merkel", "sprach", "in", "Berlin", "mit", "der", "EU", "."], tags: ["B-PER", "O", "O", "B-LOC", "O", "O", "B-ORG", "O"] },
  { tokens: ["Es", "regnete", "."], tags: ["O", "O", "O"] },
];

const spans = (tags: readonly string[]) => tags.filter((t) => t.startsWith("B-")).map((t) => t.slice(2));

describe("mention replacement", () => {
  it("pools the names of each type with their tokens", () => {
    const pool = mentionPool(sentences);
    expect(pool.get("PER")).toEqual([["Olaf", "Scholz"], ["Merkel"]]);
    expect(pool.get("LOC")).toEqual([["Paris"], ["Berlin"]]);
    expect(pool.get("ORG")).toEqual([["EU"]]);
  });

  it("swaps names for names of the same type and keeps the words around them", () => {
    const out = augmentByMentionReplacement(sentences, { copies: 20, probability: 1, seed: 7 });
    expect(out.length).toBeGreaterThan(0);
    for (const s of out) {
      expect(s.tokens).toHaveLength(s.tags.length);
      const original = sentences.find((o) => spans(o.tags).join() === spans(s.tags).join());
      expect(original).toBeDefined();
      // the words that are no name stay as they were, in order
      expect(s.tokens.filter((_, i) => s.tags[i] === "O")).toEqual(original!.tokens.filter((_, i) => original!.tags[i] === "O"));
    }
    // with probability 1 and two persons to draw from, "Merkel" is replaced by "Olaf Scholz" in some copy
    expect(out.some((s) => s.tokens.slice(0, 3).join(" ") === "Olaf Scholz sprach" && s.tags.slice(0, 2).join() === "B-PER,I-PER")).toBe(true);
  });

  it("leaves out sentences without names and copies in which nothing changed", () => {
    const out = augmentByMentionReplacement(sentences, { copies: 3, probability: 0, seed: 1 });
    expect(out).toEqual([]);
  });

  it("gives the same copies for the same seed and others for another", () => {
    const a = augmentByMentionReplacement(sentences, { copies: 10, probability: 0.5, seed: 3 });
    expect(augmentByMentionReplacement(sentences, { copies: 10, probability: 0.5, seed: 3 })).toEqual(a);
    expect(augmentByMentionReplacement(sentences, { copies: 10, probability: 0.5, seed: 4 })).not.toEqual(a);
  });
});
