import { describe, expect, it } from "vitest";
import { isInstitutionHead, joinInstitutionPlaces } from "../../../src/nlp/ner/institutions.js";
import { applyRule } from "./rule-helper.js";

const tag = (words: string, tags: string): string[] => applyRule(joinInstitutionPlaces, words, tags);

describe("institutions named by kind and place", () => {
  it("knows institution nouns, compounds included, and not airports or towns", () => {
    for (const w of ["Universität", "TU", "Realschule", "Fachhochschule", "Kraftwerk", "Maximilianmuseum"]) expect(isInstitutionHead(w), w).toBe(true);
    for (const w of ["Flughafen", "Bahnhof", "Stadt", "schule", "Kanton"]) expect(isInstitutionHead(w), w).toBe(false);
  });

  it("joins an untagged institution noun and the place span after it into one organisation", () => {
    expect(tag("an der Universität Łódź lehren", "O O O B-LOC O")).toEqual(["O", "O", "B-ORG", "I-ORG", "O"]);
    expect(tag("Privatdozent an der TH Zürich", "O O O O B-LOC")).toEqual(["O", "O", "O", "B-ORG", "I-ORG"]);
    expect(tag("im Kraftwerk Schwarze Pumpe", "O O B-LOC I-LOC")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG"]);
  });

  it("joins an institution noun tagged as an organisation of its own and the place span after it", () => {
    expect(tag("Privatdozent an der TH Zürich", "O O O B-ORG B-LOC")).toEqual(["O", "O", "O", "B-ORG", "I-ORG"]);
    expect(tag("im Kraftwerk Lippendorf .", "O B-ORG B-LOC O")).toEqual(["O", "B-ORG", "I-ORG", "O"]);
    expect(tag("der Universität Gießen Berlin", "O B-ORG I-ORG B-LOC")).toEqual(["O", "B-ORG", "I-ORG", "B-LOC"]);
  });

  it("retypes a place span that opens with an institution noun", () => {
    expect(tag("im Maximilianmuseum Augsburg .", "O B-LOC I-LOC O")).toEqual(["O", "B-ORG", "I-ORG", "O"]);
    expect(tag("im Flughafen Berlin", "O B-LOC I-LOC")).toEqual(["O", "B-LOC", "I-LOC"]);
  });

  it("leaves places after other nouns, and institution nouns before persons or tagged spans, alone", () => {
    expect(tag("vom Flughafen Moskau-Scheremetjewo ab", "O O B-LOC O")).toEqual(["O", "O", "B-LOC", "O"]);
    expect(tag("die Universität Gießen und", "O B-ORG I-ORG O")).toEqual(["O", "B-ORG", "I-ORG", "O"]);
    expect(tag("die Schule Anna Müllers", "O O B-PER I-PER")).toEqual(["O", "O", "B-PER", "I-PER"]);
  });
});
