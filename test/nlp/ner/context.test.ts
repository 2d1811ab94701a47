import { describe, expect, it } from "vitest";
import { HeadKind, WordClass, headKind, nameContext, wordClass } from "../../../src/nlp/ner/context.js";
import { extractFeatures } from "../../../src/nlp/ner/features.js";

const tokens = (text: string): string[] => text.split(" ");

describe("name context: capitalised runs", () => {
  it("gives every token of a multi-word name the words around the whole name", () => {
    const a = nameContext(tokens("Der Zug hielt am Frankfurter Hauptbahnhof und fuhr weiter ."));
    const b = nameContext(tokens("Der Zug hielt am Kölner Hauptbahnhof und fuhr weiter ."));
    // "Frankfurter" (first of two) sees "am" before and "und" after the run, like "Kölner".
    expect(a.runBefore[4]).not.toBe(0);
    expect(a.runBefore[4]).toBe(b.runBefore[4]);
    expect(a.runAfter[4]).toBe(b.runAfter[4]);
    expect(a.runClasses[5]).toBe(b.runClasses[5]);
    // Lower-case words are outside any run.
    expect(a.runPosition[2]).toBe(0);
    expect(a.runPosition[6]).toBe(0);
  });

  it("tells the first from the last token of a run and a one-word run", () => {
    const c = nameContext(tokens("Gestern sagte Olaf Scholz in Berlin , dass"));
    expect(c.runPosition[2]).not.toBe(c.runPosition[3]);
    expect(c.runPosition[5]).not.toBe(c.runPosition[2]);
    expect(c.runPosition[5]).not.toBe(0);
  });

  it("does not let cue words or prepositions start a run", () => {
    const c = nameContext(tokens("Die Siemens AG hat in München ihren Sitz ."));
    // "Die" is an article and "AG" an organisation cue: both are context, not part of a run.
    expect(c.runPosition[0]).toBe(0);
    expect(c.runPosition[2]).toBe(0);
    expect(c.runPosition[1]).not.toBe(0);
  });

  it("adds features only to tokens in a run", () => {
    const plain = extractFeatures(tokens("er kam in die stadt"), { gazetteer: null, clusters: null });
    const named = extractFeatures(tokens("er kam nach Hamburg zurück"), { gazetteer: null, clusters: null });
    expect(named[3].length).toBeGreaterThan(plain[3].length);
  });
});

describe("word classes and head nouns", () => {
  it("classes the words around names", () => {
    expect(wordClass("nach")).toBe(WordClass.PlacePrep);
    expect(wordClass("bei")).toBe(WordClass.AgentPrep);
    expect(wordClass("sagte")).toBe(WordClass.AgentVerb);
    expect(wordClass("des")).toBe(WordClass.Article);
    expect(wordClass(undefined)).toBe(WordClass.Boundary);
    expect(wordClass("Hamburg")).toBe(WordClass.None);
  });

  it("finds the kind of noun that heads a name", () => {
    expect(headKind("Hauptbahnhof")).toBe(HeadKind.Place);
    expect(headKind("Goethestraße")).toBe(HeadKind.Place);
    expect(headKind("Sportverein")).toBe(HeadKind.Organisation);
    expect(headKind("Amtsgericht")).toBe(HeadKind.Organisation);
    expect(headKind("Wirtschaftsminister")).toBe(HeadKind.Person);
    expect(headKind("Filmpreis")).toBe(HeadKind.Misc);
    expect(headKind("Müller")).toBe(HeadKind.None);
    expect(headKind("straße")).toBe(HeadKind.None);
  });
});
