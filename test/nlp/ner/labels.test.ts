import { describe, expect, it } from "vitest";
import { formatGermEval, mapGermEvalTags, parseGermEval } from "../../../src/nlp/ner/germeval.js";
import { bioOf, modelTagIndices, repairBio, spanEndAt, spansFromTags, tagSpan, tagsFromSpans, TAGS } from "../../../src/nlp/ner/labels.js";

describe("BIO tags and spans", () => {
  it("reads spans the way conlleval does", () => {
    expect(spansFromTags(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "I-ORG", "O"])).toEqual([
      { type: "PER", start: 0, end: 2 },
      { type: "LOC", start: 3, end: 4 },
      { type: "LOC", start: 4, end: 5 },
      { type: "ORG", start: 5, end: 7 },
    ]);
    expect(spansFromTags(["I-PER", "I-LOC"])).toEqual([
      { type: "PER", start: 0, end: 1 },
      { type: "LOC", start: 1, end: 2 },
    ]);
  });

  it("repairs I- tags that open a span and round-trips valid sequences", () => {
    expect(repairBio(["O", "I-PER", "I-PER", "B-LOC", "I-ORG"])).toEqual(["O", "B-PER", "I-PER", "B-LOC", "B-ORG"]);
    const valid = ["B-ORG", "I-ORG", "O", "B-MISC"];
    expect(tagsFromSpans(spansFromTags(valid), valid.length)).toEqual(valid);
  });

  it("converts BIO to the model's BILOU indices and back", () => {
    const bio = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "O", "I-MISC"];
    const indices = modelTagIndices(bio);
    expect(Array.from(indices, (i) => TAGS[i])).toEqual(["B-PER", "I-PER", "L-PER", "O", "U-LOC", "U-LOC", "U-ORG", "O", "U-MISC"]);
    expect(bioOf(indices)).toEqual(repairBio(bio));
  });

  it("maps GermEval tags: OTH to MISC, derivations and compound parts to O", () => {
    expect(mapGermEvalTags(["B-OTH", "I-OTH", "B-LOCderiv", "B-ORGpart", "B-PER", "I-PER"])).toEqual(["B-MISC", "I-MISC", "O", "O", "B-PER", "I-PER"]);
    expect(mapGermEvalTags(["B-LOCderiv", "I-LOCderiv", "I-ORG"])).toEqual(["O", "O", "B-ORG"]);
  });

  it("parses and writes GermEval files, replacing only the outer column", () => {
    const text = "#\thttps://example.org/a [2024-01-02]\n1\tFrau\tO\tO\n2\tMeier\tB-PER\tO\n\n#\thttps://example.org/b\n1\tUlm\tB-LOC\tO\n\n";
    const sentences = parseGermEval(text);
    expect(sentences.map((s) => s.rows.map((r) => r.token))).toEqual([["Frau", "Meier"], ["Ulm"]]);
    expect(formatGermEval(sentences, [["O", "B-PER"], ["B-LOC"]])).toBe(text);
    expect(formatGermEval(sentences, [["O", "O"], ["B-ORG"]])).toContain("1\tUlm\tB-ORG\tO");
    expect(() => parseGermEval("1 Ulm B-LOC\n")).toThrow(/line 1/u);
  });
});

describe("span helpers for the name rules", () => {
  it("finds where a BIO span ends and retags a stretch as one span", () => {
    const tags = ["O", "B-PER", "I-PER", "I-LOC", "B-ORG"];
    expect(spanEndAt(tags, 1)).toBe(3);
    expect(spanEndAt(tags, 4)).toBe(5);
    tagSpan(tags, 1, 4, "LOC");
    expect(tags).toEqual(["O", "B-LOC", "I-LOC", "I-LOC", "B-ORG"]);
  });
});
