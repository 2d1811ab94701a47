import { describe, expect, it } from "vitest";
import { untagOpeningWords } from "../../../src/nlp/ner/opening-words.js";
import { recogniseEntities, loadNerModel } from "../../../src/nlp/ner/tagger.js";
import { applyToLines, applyWithResources, type ResourceRule } from "./rule-helper.js";

const rule: ResourceRule = (words, tags, resources) => untagOpeningWords(words, tags, resources.gazetteer ?? null, resources.profiles ?? null);
const apply = (sentence: string): string[] => applyWithResources(rule, sentence);

describe("words a German sentence's opening capitalised, read as the start of a name", () => {
  it("a conjunction or preposition that opens the sentence leaves the span", () => {
    expect(apply("Sowohl/B-PER Griss/I-PER als auch Hofer/B-PER konnten sich verbessern .")).toEqual(["O", "B-PER", "O", "O", "B-PER", "O", "O", "O", "O"]);
    expect(apply("Von/B-PER Obama/I-PER selbst liegt nichts vor .")).toEqual(["O", "B-PER", "O", "O", "O", "O", "O"]);
    expect(apply("Zitat : Auch/B-PER Merkel/I-PER Angela/I-PER sagte das .")).toEqual(["O", "O", "O", "B-PER", "I-PER", "O", "O", "O"]);
  });

  it("a noble particle stays where a person span of the text has the name after it in lower case, or where the particle is followed by an article", () => {
    expect(applyToLines(rule, "Karl-Theodor/B-PER zu/I-PER Guttenberg/I-PER trat zurück .", "Zu/B-PER Guttenberg/I-PER war Minister .")[1]).toEqual(["B-PER", "I-PER", "O", "O", "O"]);
    expect(applyToLines(rule, "Die Rede von Guttenberg war kurz .", "Zu/B-PER Guttenberg/I-PER war Minister .")[1]).toEqual(["O", "B-PER", "O", "O", "O"]);
    expect(applyToLines(rule, "Ursula/B-PER von/I-PER der/I-PER Leyen/I-PER kam .", "Von/B-PER der/I-PER Leyen/I-PER betonte das .")[1]).toEqual(["B-PER", "I-PER", "I-PER", "O", "O", "O"]);
  });

  it("a count that opens the sentence with its noun is no name, unless the two words are listed or the noun is an abbreviation", () => {
    expect(apply("Pro/B-ORG Etage/I-ORG brauchte man vier Tage .")).toEqual(["O", "O", "O", "O", "O", "O", "O"]);
    expect(apply("Zwei/B-PER Kapitel/I-PER wurden eröffnet .")).toEqual(["O", "O", "O", "O", "O"]);
    expect(apply("Pro/B-ORG Asyl/I-ORG kritisiert das .")).toEqual(["B-ORG", "I-ORG", "O", "O", "O"]);
    expect(apply("Pro/B-ORG NRW/I-ORG hatte geladen .")).toEqual(["B-ORG", "I-ORG", "O", "O", "O"]);
    expect(apply("Eine Feier ohne Pro/B-ORG Asyl/I-ORG .")).toEqual(["O", "O", "O", "B-ORG", "I-ORG", "O"]);
  });

  it("a listed name of an article and a common noun opening the sentence is that noun, unless a reporting word follows", () => {
    expect(apply("Die/B-ORG Zeit/I-ORG drängt .")).toEqual(["O", "O", "O", "O"]);
    expect(apply("Die/B-ORG Welt/I-ORG der/O Mafia/O bedeutet alles .")).toEqual(["O", "O", "O", "O", "O", "O", "O"]);
    expect(apply("Die/B-ORG Zeit/I-ORG berichtet , dass er kommt .")).toEqual(["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"]);
    // "Die Grünen" is no common noun: the unlabelled text hardly shows "Grünen" after "ein", "sein" ….
    expect(apply("Die/B-ORG Grünen/I-ORG wollen mehr .")).toEqual(["B-ORG", "I-ORG", "O", "O", "O"]);
    // Inside the sentence, or in quotation marks, a capitalised article is the title's.
    expect(apply("Das schrieb „ Die/B-ORG Zeit/I-ORG “ .")).toEqual(["O", "O", "O", "B-ORG", "I-ORG", "O", "O"]);
  });

  it("a verb that opens the sentence before a person's name is no first name; particles and listed first names stay", () => {
    expect(apply("Findet/B-PER Mica/I-PER kein Lokal , kommt ein Bild .")).toEqual(["O", "B-PER", "O", "O", "O", "O", "O", "O", "O"]);
    expect(apply("Tritt/B-PER Stenzel/I-PER an , könnte sie gewinnen .")).toEqual(["O", "B-PER", "O", "O", "O", "O", "O", "O"]);
    expect(apply("Van/B-PER Basten/I-PER nimmt sie mit .")).toEqual(["B-PER", "I-PER", "O", "O", "O", "O"]);
    expect(apply("Rosa/B-PER Luxemburg/I-PER sprach .")).toEqual(["B-PER", "I-PER", "O", "O"]);
  });

  it("such a word alone is no name where the text writes it nowhere else with its capital", () => {
    expect(apply("Knapp/B-PER die Hälfte der Vorfälle blieb offen .")).toEqual(["O", "O", "O", "O", "O", "O", "O", "O"]);
    expect(applyToLines(rule, "Knapp/B-PER sagte das .", "Danach kam Knapp/B-PER .")[0]).toEqual(["B-PER", "O", "O", "O"]);
  });

  it("an adjective that opens the sentence with a noun the lists do not know is no name; listed names stay", () => {
    expect(apply("Deutschen/B-ORG Ermittlern/I-ORG ist ein Schlag gelungen .")).toEqual(["O", "O", "O", "O", "O", "O", "O"]);
    expect(apply("Linke/B-ORG Gruppen/I-ORG hatten protestiert .")).toEqual(["O", "O", "O", "O", "O"]);
    expect(apply("Europäische/B-ORG Union/I-ORG dringt darauf .")).toEqual(["B-ORG", "I-ORG", "O", "O", "O"]);
    expect(apply("Deutschen/B-ORG Bundestag/I-ORG aufgerufen .")).toEqual(["B-ORG", "I-ORG", "O", "O"]);
  });

  it("titles of works are left alone", () => {
    expect(apply("Vom/B-MISC Lesen/I-MISC und/I-MISC Schreiben/I-MISC .")).toEqual(["B-MISC", "I-MISC", "I-MISC", "I-MISC", "O"]);
  });

  it("is applied by the recogniser to German text", () => {
    const model = loadNerModel();
    const names = (text: string, language: string): string[] => recogniseEntities(model, text, { language }).map((m) => m.text);
    expect(names("Die Zeit drängt. Pro Kind stehen nur 38 Cent zur Verfügung.", "de")).not.toContain("Die Zeit");
    expect(names("Die Zeit drängt. Pro Kind stehen nur 38 Cent zur Verfügung.", "de")).not.toContain("Pro Kind");
    expect(names("Sowohl Griss als auch Hofer konnten sich verbessern.", "de")).toContain("Griss");
  });
});
