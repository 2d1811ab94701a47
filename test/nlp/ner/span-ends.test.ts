import { describe, expect, it } from "vitest";
import { splitAtDashes, trimLeadingAdjectives, trimLowerCaseEnds, trimUnbalancedBrackets } from "../../../src/nlp/ner/span-ends.js";
import { applyRule } from "./rule-helper.js";

const tag = (words: string, tags: string): string[] => applyRule(trimLowerCaseEnds, words, tags);

describe("person and place spans end in a name", () => {
  it("trims a verb or a particle the tagger ran a person or place on into", () => {
    expect(tag("Um Edward wiederzusehen begibt", "O B-PER I-PER O")).toEqual(["O", "B-PER", "O", "O"]);
    expect(tag("mit David von einer Brücke", "O B-PER I-PER O O")).toEqual(["O", "B-PER", "O", "O", "O"]);
    expect(tag("nach Hamburg fahren", "O B-LOC I-LOC")).toEqual(["O", "B-LOC", "O"]);
  });

  it("trims a symbol off the end, not the dot of an abbreviation or a bracket", () => {
    expect(tag("Posted by Mikko @ 10:05", "O O B-PER I-PER O")).toEqual(["O", "O", "B-PER", "O", "O"]);
    expect(tag("um 44 v. Chr .", "O O O B-LOC I-LOC")).toEqual(["O", "O", "O", "B-LOC", "I-LOC"]);
    expect(tag("Susanne R . gestand", "B-PER I-PER I-PER O")).toEqual(["B-PER", "I-PER", "I-PER", "O"]);
  });

  it("untags a span of lower-case words only", () => {
    expect(tag("er hat gesagt", "O B-LOC O")).toEqual(["O", "O", "O"]);
  });

  it("leaves organisations, works, particles inside a name and mixed-case words alone", () => {
    expect(tag("meldete die dpa", "O O B-ORG")).toEqual(["O", "O", "B-ORG"]);
    expect(tag("das Album Wir mussten", "O O B-MISC I-MISC")).toEqual(["O", "O", "B-MISC", "I-MISC"]);
    expect(tag("Ursula von der Leyen sagte", "B-PER I-PER I-PER I-PER O")).toEqual(["B-PER", "I-PER", "I-PER", "I-PER", "O"]);
    expect(tag("Côte d'Or liegt", "B-LOC I-LOC O")).toEqual(["B-LOC", "I-LOC", "O"]);
    expect(tag("Scheich al-Nuaimi sagte", "O B-PER O")).toEqual(["O", "B-PER", "O"]);
  });
});

const split = (words: string, tags: string): string[] => applyRule(splitAtDashes, words, tags);

describe("a lone dash and a score are no part of a name", () => {
  it("splits a span at a dash standing alone between two names", () => {
    expect(split("1. FC Nürnberg - VfB Stuttgart", "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG")).toEqual(["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]);
    expect(split("Eintracht Frankfurt – Arminia Bielefeld 2:0", "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG")).toEqual(["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O"]);
  });

  it("trims a score off the end of a span", () => {
    expect(split("Werder Bremen 3:1 gegen", "B-ORG I-ORG I-ORG O")).toEqual(["B-ORG", "I-ORG", "O", "O"]);
  });

  it("ends a span of any type before a measured value and its sign, not before a plain number", () => {
    expect(split("2. VW Polo 3:35:49,5 Std", "O B-MISC I-MISC I-MISC I-MISC")).toEqual(["O", "B-MISC", "I-MISC", "O", "O"]);
    expect(split("VW Polo + 0:23,0", "B-MISC I-MISC I-MISC I-MISC")).toEqual(["B-MISC", "I-MISC", "O", "O"]);
    expect(split("Franz Voves 99,11 Prozent", "B-PER I-PER I-PER O")).toEqual(["B-PER", "I-PER", "O", "O"]);
    expect(split("Dow Jones +0,20 Prozent", "B-MISC I-MISC I-MISC O")).toEqual(["B-MISC", "I-MISC", "O", "O"]);
    expect(split("Schalke 04 und Windows 10", "B-ORG I-ORG O B-MISC I-MISC")).toEqual(["B-ORG", "I-ORG", "O", "B-MISC", "I-MISC"]);
  });

  it("leaves titles, hyphens inside words and a dash at a span's edge alone", () => {
    expect(split("The Rat Pack - live", "B-MISC I-MISC I-MISC I-MISC I-MISC")).toEqual(["B-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC"]);
    expect(split("Baden-Württemberg Stiftung", "B-ORG I-ORG")).toEqual(["B-ORG", "I-ORG"]);
    expect(split("3:1 Sieg", "B-ORG O")).toEqual(["B-ORG", "O"]);
  });
});

const lead = (words: string, tags: string): string[] => applyRule(trimLeadingAdjectives, words, tags);

describe("a lower-case adjective of origin opens no name", () => {
  it("leaves the span", () => {
    expect(lead("der baden-württembergischen Landesregierung", "O B-ORG I-ORG")).toEqual(["O", "O", "B-ORG"]);
    expect(lead("der deutsche Bundesrat", "O B-ORG I-ORG")).toEqual(["O", "O", "B-ORG"]);
    expect(lead("die deutsche", "O B-LOC")).toEqual(["O", "O"]);
  });

  it("leaves lower-case names and other lower-case words alone", () => {
    expect(lead("laut heise online", "O B-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG"]);
    expect(lead("Ursula von der Leyen", "B-PER I-PER I-PER I-PER")).toEqual(["B-PER", "I-PER", "I-PER", "I-PER"]);
  });
});

const brackets = (words: string, tags: string): string[] => applyRule(trimUnbalancedBrackets, words, tags);

describe("a closing bracket without its opening one ends no span", () => {
  it("leaves the end of the span", () => {
    expect(brackets("( Maria ) kam", "O B-PER I-PER O")).toEqual(["O", "B-PER", "O", "O"]);
    expect(brackets("( Polícia Rodoviária Federal ) sagte", "O B-ORG I-ORG I-ORG I-ORG O")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]);
  });

  it("leaves a span that holds both brackets, and one with a bracket inside, alone", () => {
    expect(brackets("Mollenkott(en )", "B-PER I-PER")).toEqual(["B-PER", "I-PER"]);
    expect(brackets("Voreqe ( Frank ) Bainirama", "O O B-PER I-PER I-PER")).toEqual(["O", "O", "B-PER", "I-PER", "I-PER"]);
  });
});
