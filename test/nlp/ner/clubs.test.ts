import { describe, expect, it } from "vitest";
import { joinClubNames, joinClubOrdinals } from "../../../src/nlp/ner/clubs.js";
import { loadNerModel, recogniseEntities } from "../../../src/nlp/ner/tagger.js";
import { buildGazetteer } from "../../../src/nlp/ner/gazetteer.js";
import { applyRule } from "./rule-helper.js";

const join = (words: string, tags: string): string[] => applyRule(joinClubOrdinals, words, tags);

describe("club ordinals", () => {
  it("joins an ordinal to the club span it precedes", () => {
    expect(join("des 1. FC Nürnberg zurück", "O O B-ORG I-ORG O")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "O"]);
  });

  it("leaves an ordinal before other spans, and other words before a club, alone", () => {
    expect(join("am 1. Mai Berlin", "O O B-MISC B-LOC")).toEqual(["O", "O", "B-MISC", "B-LOC"]);
    expect(join("der FC Bayern", "O B-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG"]);
    expect(join("Platz 1. SV Werder", "O O B-PER I-PER")).toEqual(["O", "O", "B-PER", "I-PER"]);
  });

  it("gives the full club name in an article", () => {
    const found = recogniseEntities(loadNerModel(), "Der 1. FC Köln gewann gegen den 1. FSV Mainz 05 mit 2:1.", { language: "de" });
    expect(found.filter((e) => e.type === "ORG").map((e) => e.text)).toEqual(["1. FC Köln", "1. FSV Mainz 05"]);
  });
});

describe("club names after the abbreviation", () => {
  const gazetteer = buildGazetteer(
    new Map([
      ["loc", ["Reutlingen", "Schalke", "Jena", "Lahn", "Odenhausen/Lahn", "München", "Paderborn"]],
      ["first", ["Carl", "Niko", "Michael"]],
      ["surname", ["Zeiss", "Ballack", "Kovač"]],
      ["org", ["Bayern"]],
    ]),
  );
  const names = (words: string, tags: string): string[] => applyRule((w, t) => joinClubNames(w, t, gazetteer), words, tags);

  it("extends the abbreviation's span over the capitalised words and squad number after it", () => {
    expect(names("beim SSV Reutlingen einen Vertrag", "O B-ORG O O O")).toEqual(["O", "B-ORG", "I-ORG", "O", "O"]);
    expect(names("auf den FC Schalke 04 .", "O O B-ORG B-LOC O O")).toEqual(["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]);
    expect(names("Der 1. FC Carl Zeiss Jena", "O B-ORG I-ORG O O B-LOC")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"]);
    expect(names("gegen TSV Odenhausen/Lahn", "O O O")).toEqual(["O", "B-ORG", "I-ORG"]);
  });

  it("stops before a role and leaves whole spans and lower-case words after the abbreviation alone", () => {
    expect(names("der FC Bayern gewann", "O B-ORG I-ORG O")).toEqual(["O", "B-ORG", "I-ORG", "O"]);
    expect(names("der SC hat gewonnen", "O B-ORG O O")).toEqual(["O", "B-ORG", "O", "O"]);
    expect(names("FC Bayern Trainer Niko Kovač sagte", "B-ORG O O B-PER I-PER O")).toEqual(["B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"]);
  });

  it("stops at a common noun and at another span, and does nothing without a gazetteer", () => {
    expect(names("der FC Bayern München Verhandlungen aufgenommen", "O B-ORG I-ORG O O O")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]);
    expect(names("vom FC Bayern München Michael Ballack", "O B-ORG I-ORG I-ORG B-PER I-PER")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER"]);
    const t = [["O", "B-ORG", "O"]];
    joinClubNames([["beim", "SSV", "Reutlingen"]], t, null);
    expect(t[0]).toEqual(["O", "B-ORG", "O"]);
  });
});
