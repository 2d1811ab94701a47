import { describe, expect, it } from "vitest";
import { tagEnglishAwardNames, tagEnglishBodyNames } from "../../../src/nlp/ner/english-bodies.js";
import { tagSentence, loadNerModel } from "../../../src/nlp/ner/tagger.js";
import { applyRule } from "./rule-helper.js";

const tag = (words: string, tags: string): string[] => applyRule(tagEnglishBodyNames, words, tags);

describe("English names of bodies", () => {
  it("tags a run of capitalised words ending in a body's head as one organisation, whatever the tagger made of it", () => {
    expect(tag("der National Environment Management Authority ,", "O O O O B-PER O")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]);
    expect(tag("die Dave Matthews Band ;", "O O B-PER O O")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "O"]);
    expect(tag(": Google Inc.", "O B-ORG O")).toEqual(["O", "B-ORG", "I-ORG"]);
    expect(tag("die Mars Society", "O B-LOC O")).toEqual(["O", "B-ORG", "I-ORG"]);
  });

  it("tags awards and cups as other names, not an organisation's cup", () => {
    const award = (words: string, tags: string): string[] => applyRule(tagEnglishAwardNames, words, tags);
    expect(award("to win the Nobel Peace Prize ,", "O O O O B-PER I-PER O")).toEqual(["O", "O", "O", "B-MISC", "I-MISC", "I-MISC", "O"]);
    expect(award("won the Davis Cup", "O O B-PER O")).toEqual(["O", "O", "B-MISC", "I-MISC"]);
    expect(award("für den UEFA Futsal Cup 2009", "O O B-ORG O O O")).toEqual(["O", "O", "B-ORG", "O", "O", "O"]);
  });

  it("reads an office as a body, not somebody's office or a common phrase", () => {
    expect(tag("the General Accounting Office ( GAO )", "O O B-PER I-PER O B-ORG O")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O"]);
    expect(tag("the Defense Department 's Office of the Inspector", "O B-ORG I-ORG O O O O O")).toEqual(["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O"]);
    expect(tag("in the Oval Office", "O O O O")).toEqual(["O", "O", "O", "O"]);
  });

  it("reads connectors, codes and ordinals inside the name", () => {
    expect(tag("des Committee on Armed Services (", "O O O O O O")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]);
    expect(tag("die Builders Labourers and Miners Federation", "O B-ORG I-ORG O B-LOC O")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"]);
    expect(tag("die 2nd Tactical Air Force", "O O O B-PER I-PER")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]);
    expect(tag("The Boeing Company", "O O O")).toEqual(["B-ORG", "I-ORG", "I-ORG"]);
  });

  it("tags a run with a leading head before \"of\", \"for\" or \"on\" as one organisation, without a qualifying compound, \"The\" or a date after it", () => {
    expect(tag("the Washington-based Center for Strategic & International Studies said", "O O O O B-ORG I-ORG I-ORG I-ORG O")).toEqual([
      "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O",
    ]);
    expect(tag("des International Council on Security and Development (", "O B-ORG I-ORG O O O O O")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]);
    expect(tag("The Bank of England raised", "O O O B-LOC O")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "O"]);
    expect(tag("the Institute for Economic Research on Thursday said", "O O O O O O O O")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]);
    expect(tag("Iraq 's Ministry of Health said", "B-LOC O O O O O")).toEqual(["B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "O"]);
  });

  it("connects \"of the\" after a leading head, keeps a committee the tagger took for a person, and stops before a title and a name", () => {
    expect(tag("at the School of the Americas in", "O O B-ORG O O B-LOC O")).toEqual(["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]);
    expect(tag("the Nobel Committee for the Peace Prize for", "O B-PER I-PER O O B-PER O O")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]);
    expect(tag("the Franklin County Board of Elections Chair Bill Anthony said", "O B-PER I-PER I-PER O O O B-PER I-PER O")).toEqual([
      "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PER", "I-PER", "O",
    ]);
  });

  it("leaves a run without a leading head, and a head with a date after its connector", () => {
    expect(tag("the Secretary of State said", "O O O O O")).toEqual(["O", "O", "O", "O", "O"]);
    expect(tag("the Justice Department on Thursday said", "O B-ORG I-ORG O O O")).toEqual(["O", "B-ORG", "I-ORG", "O", "O", "O"]);
  });

  it("leaves out words that open a sentence and a person before a connector", () => {
    expect(tag("Die Forestry Commission", "O O O")).toEqual(["O", "B-ORG", "I-ORG"]);
    expect(tag("And the International Atomic Energy Agency", "O O O O O O")).toEqual(["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]);
    expect(tag("Brian McNamara of Ohio University", "B-PER I-PER O B-LOC O")).toEqual(["B-PER", "I-PER", "O", "B-ORG", "I-ORG"]);
  });

  it("keeps an organisation span that holds the head, and spans that reach beyond the run", () => {
    expect(tag("der Schweizer SAM Group .", "O O B-ORG I-ORG O")).toEqual(["O", "O", "B-ORG", "I-ORG", "O"]);
    expect(tag("„ Freedom Center “", "O B-LOC I-LOC O")).toEqual(["O", "B-LOC", "I-LOC", "O"]);
    expect(tag("mit von Eton College", "O B-PER I-PER I-PER")).toEqual(["O", "B-PER", "I-PER", "I-PER"]);
  });

  it("takes no head alone, no unlisted head, no German noun and no common phrase", () => {
    expect(tag("The University said", "O O O")).toEqual(["O", "O", "O"]);
    expect(tag("Master of Business Administration (", "O O O O O")).toEqual(["O", "O", "O", "O", "O"]);
    expect(tag("der Deutsche Bank", "O O O")).toEqual(["O", "O", "O"]);
    expect(tag("eine ultranationalistische Organisation", "O O O")).toEqual(["O", "O", "O"]);
    expect(tag("der europäischen High Society .", "O O O O O")).toEqual(["O", "O", "O", "O", "O"]);
    expect(tag("die Russian Federation", "O B-LOC I-LOC")).toEqual(["O", "B-LOC", "I-LOC"]);
  });

  it("runs in the tagger", () => {
    const tags = tagSentence(loadNerModel(), "Patrick Kamanda von der Nationalen Umweltbehörde ( National Environment Management Authority , NEMA ) sagte das .".split(" "));
    expect(tags.slice(7, 11)).toEqual(["B-ORG", "I-ORG", "I-ORG", "I-ORG"]);
  });
});
