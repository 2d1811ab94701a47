import { describe, expect, it } from "vitest";
import { buildGazetteer } from "../../../src/nlp/ner/gazetteer.js";
import { isFirstName, joinNameParticles } from "../../../src/nlp/ner/particles.js";

const GAZETTEER = buildGazetteer(new Map([["first", ["Ursula", "Frank", "Walter", "Karl", "Angela"]]]));

/** Tags after the rule, for sentences given as "word/TAG" pairs (TAG "O" when left out). */
function join(...sentences: string[]): string[][] {
  const words = sentences.map((s) => s.split(" ").map((pair) => pair.split("/")[0]));
  const tags = sentences.map((s) => s.split(" ").map((pair) => pair.split("/")[1] ?? "O"));
  joinNameParticles(words, tags, GAZETTEER);
  return tags;
}

describe("person names with particles", () => {
  it("knows listed first names and hyphenated pairs of them", () => {
    expect(isFirstName("Ursula", GAZETTEER)).toBe(true);
    expect(isFirstName("Frank-Walter", GAZETTEER)).toBe(true);
    expect(isFirstName("Frank-Theodor", GAZETTEER)).toBe(false);
    expect(isFirstName("Ursula", null)).toBe(false);
  });

  it("joins a first name, the particle and the surname into one person", () => {
    expect(join("Kommissionspräsidentin Ursula/B-PER von der Leyen reist nach Kiew/B-LOC")).toEqual([
      ["O", "B-PER", "I-PER", "I-PER", "I-PER", "O", "O", "B-LOC"],
    ]);
  });

  it("takes a one-token person before the particle when the surname is tagged too, and later bare mentions with the particle", () => {
    expect(join("Minister Karl-Theodor/B-PER zu Guttenberg/B-LOC trat zurück", "Bei der Universität hatte zu Guttenberg/B-LOC eingereicht", "Zu Guttenberg/B-LOC schwieg")).toEqual([
      ["O", "B-PER", "I-PER", "I-PER", "O", "O"],
      ["O", "O", "O", "O", "B-PER", "I-PER", "O"],
      ["B-PER", "I-PER", "O"],
    ]);
  });

  it("tags a well-known person's surname with its particle where the article never names the person in full", () => {
    expect(join("Das sagte von der Leyen nach dem Gipfel", "Auch van Gaal/B-LOC äußerte sich")).toEqual([
      ["O", "O", "B-PER", "I-PER", "I-PER", "O", "O", "O"],
      ["O", "B-PER", "I-PER", "O", "O"],
    ]);
    // Not after a particle that is also a preposition: "von Siemens" (Werner von Siemens) is the company.
    expect(join("Der Kurs von Siemens/B-ORG stieg")).toEqual([["O", "O", "O", "B-ORG", "O"]]);
  });

  it("tags later mentions of a surname with a capitalised particle the tagger found whole in a full name", () => {
    expect(join("Gegen Alexander/B-PER Van/I-PER der/I-PER Bellen/I-PER ritten sie", "Hofer/B-PER sei mit Van der Bellen/B-PER freundlich", "Van der Bellen/B-PER schwieg")).toEqual([
      ["O", "B-PER", "I-PER", "I-PER", "I-PER", "O", "O"],
      ["B-PER", "O", "O", "B-PER", "I-PER", "I-PER", "O"],
      ["B-PER", "I-PER", "I-PER", "O"],
    ]);
    // Not without the full name in the document.
    expect(join("Hofer/B-PER sei mit Van der Bellen/B-PER freundlich")).toEqual([["B-PER", "O", "O", "O", "O", "B-PER", "O"]]);
  });

  it("leaves a one-token person before the particle alone when the document names a person with it as surname", () => {
    // "wird Gudenus von Christandl geklagt": Gudenus is sued by Christandl, not one person "Gudenus von Christandl".
    expect(join("Johann/B-PER Gudenus/I-PER schwieg", "wird Gudenus/B-PER von Christandl/B-PER geklagt")).toEqual([
      ["B-PER", "I-PER", "O"],
      ["O", "B-PER", "O", "B-PER", "O"],
    ]);
    expect(join("wird Gudenus/B-PER von Christandl/B-PER geklagt")).toEqual([["O", "B-PER", "I-PER", "I-PER", "O"]]);
  });

  it("adds a compound first name to the person span after it", () => {
    expect(join("Bundespräsident Frank-Walter Steinmeier/B-PER sprach")).toEqual([["O", "B-PER", "I-PER", "O"]]);
  });

  it("joins a person of two words, a noble particle and a surname the tagger took for a place", () => {
    expect(join("unter Heinrich/B-PER Gottlob/I-PER von Miltitz/B-LOC .", "der Fürstin Amalie/B-PER Zephyrine/I-PER von Hohenzollern-Sigmaringen/B-LOC")).toEqual([
      ["O", "B-PER", "I-PER", "I-PER", "I-PER", "O"],
      ["O", "O", "B-PER", "I-PER", "I-PER", "I-PER"],
    ]);
  });

  it("leaves a well-known place after the particle alone (a club, a realm)", () => {
    expect(join("Martin/B-PER Fenin/I-PER von Frankfurt/B-LOC traf")).toEqual([["B-PER", "I-PER", "O", "B-LOC", "O"]]);
  });

  it("leaves a person before zu, zur or vom, an organisation, an untagged word and a longer place alone", () => {
    expect(join("Stephan/B-PER Lehmann/I-PER zur Seite", "Angela/B-PER Merkel/I-PER von der CDU/B-ORG", "Stephan/B-PER Lehmann/I-PER von Amts wegen", "Otto/B-PER Meier/I-PER von Sachsen/B-LOC Anhalt/I-LOC")).toEqual([
      ["B-PER", "I-PER", "O", "O"],
      ["B-PER", "I-PER", "O", "O", "B-ORG"],
      ["B-PER", "I-PER", "O", "O", "O"],
      ["B-PER", "I-PER", "O", "B-LOC", "I-LOC"],
    ]);
  });

  it("leaves a surname followed by a preposition alone", () => {
    expect(join("Angela/B-PER Merkel/I-PER wurde von Journalisten befragt", "Merkel/B-PER von Journalisten befragt", "Scholz/B-PER zu Besuch in Paris/B-LOC")).toEqual([
      ["B-PER", "I-PER", "O", "O", "O", "O"],
      ["B-PER", "O", "O", "O"],
      ["B-PER", "O", "O", "O", "B-LOC"],
    ]);
  });
});
