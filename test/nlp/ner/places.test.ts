import { describe, expect, it } from "vitest";
import { joinSaintPlaces, retypeEnglishPlaceNames, retypeGeographicNames, trimAdministrativeHeads } from "../../../src/nlp/ner/places.js";
import { applyRule } from "./rule-helper.js";

describe("names that open with a geographic head", () => {
  const retype = (words: string, tags: string): string[] => applyRule(retypeGeographicNames, words, tags);

  it("are places whatever type the model gave", () => {
    expect(retype("im Cerro Amarillo (", "O B-ORG I-ORG O")).toEqual(["O", "B-LOC", "I-LOC", "O"]);
    expect(retype("entlang des Río Xingú", "O O B-ORG I-ORG")).toEqual(["O", "O", "B-LOC", "I-LOC"]);
    expect(retype("bzw. Kreuz Walldorf etwa", "O B-PER I-PER O")).toEqual(["O", "B-LOC", "I-LOC", "O"]);
  });

  it("leave one-token spans, places and other heads alone", () => {
    expect(retype("der Kreuz", "O B-PER")).toEqual(["O", "B-PER"]);
    expect(retype("die San Antonio Spurs", "O B-ORG I-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG"]);
    expect(retype("in Bad Schussenried", "O B-LOC I-LOC")).toEqual(["O", "B-LOC", "I-LOC"]);
  });
});

describe("spans that open with the noun of an administrative unit", () => {
  const trim = (words: string, tags: string): string[] => applyRule(trimAdministrativeHeads, words, tags);

  it("lose the noun, and the name after it is a place", () => {
    expect(trim("der autonomen Republik Krim vom", "O O B-PER I-PER O")).toEqual(["O", "O", "O", "B-LOC", "O"]);
    expect(trim("in der Präfektur Fukushima", "O O B-ORG I-ORG")).toEqual(["O", "O", "O", "B-LOC"]);
    expect(trim("im Kanton Basel Land", "O B-LOC I-LOC I-LOC")).toEqual(["O", "O", "B-LOC", "I-LOC"]);
  });

  it("leave a noun alone that stands alone or inside a span", () => {
    expect(trim("die Stadt", "O B-LOC")).toEqual(["O", "B-LOC"]);
    expect(trim("die Zentralafrikanische Republik Tschad", "O B-LOC I-LOC I-LOC")).toEqual(["O", "B-LOC", "I-LOC", "I-LOC"]);
  });
});

describe("English names of buildings, streets and waters in German text", () => {
  const retype = (words: string, tags: string): string[] => applyRule(retypeEnglishPlaceNames, words, tags);

  it("makes a person span that ends in an English place head a place", () => {
    expect(retype("Das Jones House wurde gebaut", "O B-PER I-PER O O")).toEqual(["O", "B-LOC", "I-LOC", "O", "O"]);
    expect(retype("am Ufer des Hudson River und", "O O O B-PER I-PER O")).toEqual(["O", "O", "O", "B-LOC", "I-LOC", "O"]);
    expect(retype("im Haus 993 Fifth Avenue", "O O O B-PER I-PER")).toEqual(["O", "O", "O", "B-LOC", "I-LOC"]);
  });

  it("leaves one-word spans, other types and surnames off the list alone", () => {
    expect(retype("Avenue", "B-PER")).toEqual(["B-PER"]);
    expect(retype("an der Wall Street", "O O B-ORG I-ORG")).toEqual(["O", "O", "B-ORG", "I-ORG"]);
    expect(retype("sagte Jason Hall", "O B-PER I-PER")).toEqual(["O", "B-PER", "I-PER"]);
  });
});

describe("joinSaintPlaces", () => {
  const join = (words: string, tags: string): string[] => applyRule(joinSaintPlaces, words, tags);

  it("joins St. or Sankt tagged alone, or untagged before a name, to the place's name after it", () => {
    expect(join("in St. Petersburg ruhen", "O B-LOC B-LOC O")).toEqual(["O", "B-LOC", "I-LOC", "O"]);
    expect(join("in St. Johann im Pongau", "O B-LOC B-PER O B-LOC")).toEqual(["O", "B-LOC", "I-LOC", "O", "B-LOC"]);
    expect(join("nach Sankt Pauli", "O O B-PER")).toEqual(["O", "B-LOC", "I-LOC"]);
  });

  it("leaves a name the model found whole, a person's name with St., and an untagged St. before an untagged word", () => {
    expect(join("des FC St. Pauli", "O B-ORG I-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG"]);
    expect(join("zeichnet Thania St. John", "O O O B-PER")).toEqual(["O", "O", "O", "B-PER"]);
    expect(join("den St. Martinsorden in", "O O O O")).toEqual(["O", "O", "O", "O"]);
  });
});
