import { describe, expect, it } from "vitest";
import { isWorkOrCraftNoun, tagWorkTitles } from "../../../src/nlp/ner/works.js";
import { loadNerModel, recogniseEntities } from "../../../src/nlp/ner/tagger.js";
import { applyRule } from "./rule-helper.js";

const works = (words: string, tags: string): string[] => applyRule(tagWorkTitles, words, tags);

describe("quoted titles of works", () => {
  it("tags a quoted title after a work noun as one MISC span, replacing what the model tagged inside", () => {
    expect(works('der Song " Till Death Do Us Part " handelt', "O O O B-PER I-PER O O O O O")).toEqual(["O", "O", "O", "B-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC", "O", "O"]);
    expect(works("Dokumentationssendung „ 37 Grad “ .", "O O O O O O")).toEqual(["O", "O", "B-MISC", "I-MISC", "O", "O"]);
  });

  it("tags products after a model noun and titles joined to the first one", () => {
    expect(works("die Modelle „ Touareg “ und „ Phaeton “ .", "O O O B-ORG O O O B-ORG O O")).toEqual(["O", "O", "O", "B-MISC", "O", "O", "O", "B-MISC", "O", "O"]);
  });

  it("tags the quoted name of a craft after a noun naming its kind, as GermEval tags vehicles (OTH), not as an organisation", () => {
    expect(works("der Raumfähre „ Discovery “ ins", "O O O B-ORG O O")).toEqual(["O", "O", "O", "B-MISC", "O", "O"]);
    expect(works("die Saturnsonde „ Cassini “ passiert", "O O O B-ORG O O")).toEqual(["O", "O", "O", "B-MISC", "O", "O"]);
    expect(works("der Frachter „ Shen Neng 1 “ droht", "O O O O O O O O")).toEqual(["O", "O", "O", "B-MISC", "I-MISC", "I-MISC", "O", "O"]);
    expect(works("der Ausländer „ Müller “ sagte", "O O O B-PER O O")).toEqual(["O", "O", "O", "B-PER", "O", "O"]);
    expect(isWorkOrCraftNoun("Bezug")).toBe(false);
  });

  it("tags a quoted name after a naming noun, with or without a colon", () => {
    expect(works("mit dem Titel : „ Cut-Up Connection “ .", "O O O O O B-ORG I-ORG O O")).toEqual(["O", "O", "O", "O", "O", "B-MISC", "I-MISC", "O", "O"]);
    expect(works("mit dem Codenamen „ Tiger “ .", "O O O O B-LOC O O")).toEqual(["O", "O", "O", "O", "B-MISC", "O", "O"]);
    expect(works("unter dem Namen „ Landsberger Weiße “ .", "O O O O B-LOC O O O")).toEqual(["O", "O", "O", "O", "B-MISC", "I-MISC", "O", "O"]);
  });

  it("leaves a quote after Name or Namen that the model tagged whole as it is", () => {
    expect(works("unter dem Namen „ Gocta “ bekannten", "O O O O B-LOC O O")).toEqual(["O", "O", "O", "O", "B-LOC", "O", "O"]);
  });

  it("leaves quoted words after other nouns, lower-case quotes and unclosed marks alone", () => {
    expect(works("die Zeitung „ Die Welt “ schrieb", "O O O B-ORG I-ORG O O")).toEqual(["O", "O", "O", "B-ORG", "I-ORG", "O", "O"]);
    expect(works("der Film „ ziemlich gut “ sei", "O O O O O O O")).toEqual(["O", "O", "O", "O", "O", "O", "O"]);
    expect(works("der Film „ Das Boot lief", "O O O O O O")).toEqual(["O", "O", "O", "O", "O", "O"]);
  });

  it("knows work nouns by their ending, capitalised only", () => {
    expect(isWorkOrCraftNoun("Action-Spiels")).toBe(true);
    expect(isWorkOrCraftNoun("Kinderbuch")).toBe(true);
    expect(isWorkOrCraftNoun("film")).toBe(false);
    expect(isWorkOrCraftNoun("Zeitung")).toBe(false);
  });

  it("gives the title in an article", () => {
    // The model alone misses this one.
    const found = recogniseEntities(loadNerModel(), "Der Roman „Die Blechtrommel“ von Günter Grass wurde verfilmt.", { language: "de" });
    expect(found.map((e) => `${e.type}:${e.text}`)).toEqual(["MISC:Die Blechtrommel", "PER:Günter Grass"]);
  });
});
