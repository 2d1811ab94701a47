import { describe, expect, it } from "vitest";
import { extractFeatures } from "../../../src/nlp/ner/features.js";
import { buildGazetteer, genitiveTypes } from "../../../src/nlp/ner/gazetteer.js";
import { parseProfiles, profileBucket, profileCodes, serialiseProfiles } from "../../../src/nlp/ner/profiles.js";
import { buildWordProfiles, shareBucket, VECTOR_BASE } from "../../../src/nlp/ner/training/word-profiles.js";

const split = (s: string): string[] => s.split(" ");
const TEXTS = [
  "Er wohnt seit Jahren in Berlin .",
  "Sie zog nach Berlin und kaufte eine Wohnung .",
  "Eine Stadt wie Berlin hat eine Stadt im Rücken .",
  "Die Stadt Berlin baut eine Brücke über die Spree .",
  "In Berlin sagte Olaf Scholz , die Stadt sei sicher .",
  "Olaf Scholz besuchte eine Stadt in Sachsen .",
].map(split);

/** Code of statistic `stat` (PROFILE_STAT order) in a word's profile, as its bucket. */
const bucket = (codes: Uint16Array | null, stat: number): number | undefined => (codes ? profileBucket(codes, stat) : undefined);

describe("word profiles", () => {
  const profiles = buildWordProfiles(TEXTS, null, { minCount: 2, vectorDims: 0 });

  it("tell a common noun from a place name by what precedes them", () => {
    const stadt = profileCodes(profiles, "Stadt");
    const berlin = profileCodes(profiles, "Berlin");
    // statistic 3: after "ein/eine/sein…"; statistic 5: after "in/nach/aus"
    expect(bucket(stadt, 3)).toBeGreaterThan(0);
    expect(bucket(berlin, 3)).toBe(0);
    expect(bucket(berlin, 5)).toBeGreaterThan(bucket(stadt, 5) ?? 0);
  });

  it("mark first names by the capitalised word after them", () => {
    expect(bucket(profileCodes(profiles, "Olaf"), 6)).toBe(5);
    expect(bucket(profileCodes(profiles, "Scholz"), 7)).toBeGreaterThan(0);
  });

  it("leave out rare words and survive the model file format", () => {
    expect(profileCodes(profiles, "Brücke")).toBeNull();
    const again = parseProfiles(serialiseProfiles(profiles));
    expect([...(profileCodes(again, "Berlin") ?? [])]).toEqual([...(profileCodes(profiles, "Berlin") ?? [])]);
  });

  it("give the largest vector dimensions with their sign", () => {
    const vectors = new Map([["Berlin", Float32Array.from([0.1, -0.9, 0.3, 0])]]);
    const withVectors = buildWordProfiles(TEXTS, vectors, { minCount: 2, vectorDims: 2 });
    const codes = [...(profileCodes(withVectors, "Berlin") ?? [])].filter((c) => c >= VECTOR_BASE);
    expect(codes).toEqual([VECTOR_BASE + 2 * 1, VECTOR_BASE + 2 * 2 + 1]);
  });

  it("add features to the tokens they know", () => {
    const tokens = split("Olaf Scholz besuchte Berlin .");
    const plain = extractFeatures(tokens, { gazetteer: null, clusters: null });
    const profiled = extractFeatures(tokens, { gazetteer: null, clusters: null, profiles });
    expect(profiled[3].length).toBeGreaterThan(plain[3].length);
    expect(profiled[2].length).toBe(plain[2].length);
  });

  it("bucket shares coarsely", () => {
    expect([0, 0.01, 0.05, 0.2, 0.5, 0.9].map(shareBucket)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe("genitive forms of listed names", () => {
  const gazetteer = buildGazetteer(new Map([["country", ["Iran"]], ["loc", ["Bremen"]]]));

  it("find the listed name behind a genitive -s", () => {
    expect(genitiveTypes(gazetteer, "Irans")).not.toBe(0);
    expect(genitiveTypes(gazetteer, "Bremens")).not.toBe(0);
    expect(genitiveTypes(gazetteer, "Iran")).toBe(0);
    expect(genitiveTypes(gazetteer, "Kurs")).toBe(0);
  });
});
