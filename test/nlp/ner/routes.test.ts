import { describe, expect, it } from "vitest";
import { tagPlacePairs } from "../../../src/nlp/ner/routes.js";
import { loadNerModel, recogniseEntities } from "../../../src/nlp/ner/tagger.js";
import { applyRule } from "./rule-helper.js";

const pairs = (words: string, tags: string): string[] => applyRule(tagPlacePairs, words, tags);

describe("places named together", () => {
  it("makes a person span at the start of a route to a place a place", () => {
    expect(pairs("von Port Harcourt nach Abuja .", "O B-PER I-PER O B-LOC O")).toEqual(["O", "B-LOC", "I-LOC", "O", "B-LOC", "O"]);
  });

  it("makes a person span at either end of a stretch with a place a place, across a bracketed alias", () => {
    expect(pairs("zwischen Głogów ( Glogau ) und Nowa Sól", "O B-LOC O B-LOC O O B-PER I-PER")).toEqual(["O", "B-LOC", "O", "B-LOC", "O", "O", "B-LOC", "I-LOC"]);
    expect(pairs("zwischen Chakan und Pune", "O B-PER O B-LOC")).toEqual(["O", "B-LOC", "O", "B-LOC"]);
  });

  it("leaves organisations, pairs without a place and other prepositions alone", () => {
    expect(pairs("zwischen Russland und EU", "O B-LOC O B-ORG")).toEqual(["O", "B-LOC", "O", "B-ORG"]);
    expect(pairs("von Merkel nach Gesprächen", "O B-PER O O")).toEqual(["O", "B-PER", "O", "O"]);
    expect(pairs("zwischen Merkel und Scholz", "O B-PER O B-PER")).toEqual(["O", "B-PER", "O", "B-PER"]);
    expect(pairs("mit Merkel nach Berlin", "O B-PER O B-LOC")).toEqual(["O", "B-PER", "O", "B-LOC"]);
  });

  it("gives both ends of a route in an article", () => {
    const found = recogniseEntities(loadNerModel(), "Die Maschine befand sich auf dem Weg von Port Harcourt nach Abuja.", { language: "de" });
    expect(found.map((e) => `${e.type}:${e.text}`)).toEqual(["LOC:Port Harcourt", "LOC:Abuja"]);
  });
});
