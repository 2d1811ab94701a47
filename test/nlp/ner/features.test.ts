import { describe, expect, it } from "vitest";
import { extractFeatures } from "../../../src/nlp/ner/features.js";
import { buildGazetteer, lookupGazetteer } from "../../../src/nlp/ner/gazetteer.js";
import { longShape, shortShape } from "../../../src/nlp/ner/shape.js";

const NONE = { gazetteer: null, clusters: null };

describe("word shapes", () => {
  it("abstract letters, digits and punctuation", () => {
    expect(longShape("Müller")).toBe("Xxxxx");
    expect(shortShape("Müller")).toBe("Xx");
    expect(shortShape("EU-Kommission")).toBe("X-Xx");
    expect(longShape("3,5")).toBe("d,d");
    expect(shortShape("1.000")).toBe("d.d");
    expect(shortShape("iPhone")).toBe("xXx");
  });
});

describe("gazetteer lookup", () => {
  const gazetteer = buildGazetteer(
    new Map([
      ["loc", ["Frankfurt am Main", "Frankfurt", "Main"]],
      ["first", ["Olaf"]],
      ["surname", ["Scholz"]],
    ]),
  );

  it("prefers the longest entry and marks positions in it", () => {
    const hits = lookupGazetteer(gazetteer, ["Messe", "in", "Frankfurt", "am", "Main", "mit", "Olaf", "Scholz"]);
    expect(hits.map((h) => h.position)).toEqual(["", "", "B", "I", "L", "", "U", "U"]);
    expect(hits[2].unit).not.toBe(0);
    expect(hits[3].unit).toBe(0);
    expect(hits[6].span).not.toBe(hits[7].span);
  });

  it("is case-sensitive", () => {
    expect(lookupGazetteer(gazetteer, ["frankfurt"])[0].position).toBe("");
  });
});

describe("extractFeatures", () => {
  it("gives every token its own features, deterministically", () => {
    const tokens = ["Bundeskanzler", "Olaf", "Scholz", "reiste", "nach", "Paris", "."];
    const a = extractFeatures(tokens, NONE);
    const b = extractFeatures(tokens, NONE);
    expect(a).toHaveLength(tokens.length);
    expect(a).toEqual(b);
    for (const f of a) expect(f.length).toBeGreaterThan(20);
  });

  it("depends on the context: the same word after a different word differs", () => {
    const afterIn = extractFeatures(["in", "Paris"], NONE)[1];
    const afterVon = extractFeatures(["von", "Paris"], NONE)[1];
    const shared = [...afterIn].filter((f) => afterVon.includes(f));
    expect(shared.length).toBeGreaterThan(10);
    expect(shared.length).toBeLessThan(afterIn.length);
  });

  it("adds gazetteer features only where a list matches", () => {
    const gazetteer = buildGazetteer(new Map([["loc", ["Paris"]]]));
    const tokens = ["in", "Paris", "und", "Rom"];
    const plain = extractFeatures(tokens, NONE);
    const withLists = extractFeatures(tokens, { gazetteer, clusters: null });
    expect(withLists[1].length).toBeGreaterThan(plain[1].length);
    expect(withLists[3].length).toBe(plain[3].length);
  });

  it("gives a word the same features however often the same resources met it before (words are remembered per resources)", () => {
    const gazetteer = buildGazetteer(new Map([["loc", ["Iran", "Teheran"]]]));
    const clusters = { levels: 2, paths: new Map([["Iran", [3, 1]], ["Teheran", [3, 2]]]) };
    const resources = { gazetteer, clusters };
    const sentence = ["Irans", "Präsident", "reiste", "von", "Teheran", "nach", "Iran", "."];
    const first = extractFeatures(sentence, resources);
    for (const other of [["Irans", "Teheran"], ["Der", "Iran", "und", "Irans", "Nachbarn"], ["Teheran", "Irans"]]) extractFeatures(other, resources);
    expect(extractFeatures(sentence, resources)).toEqual(first);
    expect(extractFeatures(sentence, { ...resources })).toEqual(first);
    expect(extractFeatures(sentence, { gazetteer, clusters: null })).not.toEqual(first);
  });

  it("uses word clusters when given", () => {
    const clusters = { levels: 2, paths: new Map([["Paris", [3, 1]], ["Rom", [3, 1]]]) };
    const [paris, rom] = [extractFeatures(["Paris"], { gazetteer: null, clusters })[0], extractFeatures(["Rom"], { gazetteer: null, clusters })[0]];
    const [parisPlain, romPlain] = [extractFeatures(["Paris"], NONE)[0], extractFeatures(["Rom"], NONE)[0]];
    const sharedWith = [...paris].filter((f) => rom.includes(f)).length;
    const sharedWithout = [...parisPlain].filter((f) => romPlain.includes(f)).length;
    expect(sharedWith).toBeGreaterThan(sharedWithout);
  });
});
