import { describe, expect, it } from "vitest";
import {
  COMMON_ABBREVIATIONS,
  DISEASE_NAMES,
  OTHER_COMMON_NOUNS,
  REGIONAL_COMMON_NOUNS,
  SPORTS_COUNTRY_CODES,
  SUBSTANCE_NAMES,
  TIME_ZONES,
  UNIT_NAMES,
} from "../../../src/lang/de/ner-common-nouns.js";
import { untagCommonNouns, untagDocumentNouns } from "../../../src/nlp/ner/common-nouns.js";
import { buildGazetteer } from "../../../src/nlp/ner/gazetteer.js";
import { loadNerModel, recogniseEntities, tagSentence, tagTokens } from "../../../src/nlp/ner/tagger.js";
import { applyRule, applyToLines, type ResourceRule } from "./rule-helper.js";

const gazetteer = buildGazetteer(
  new Map([
    ["surname", ["Hartung", "Fuchs", "Merkel", "Winter", "Kader"]],
    ["first", ["Petra"]],
    ["country", ["Ungarn"]],
  ]),
);
const tag = (words: string, tags: string): string[] => applyRule((w, t) => untagCommonNouns(w, t, gazetteer), words, tags);

describe("substances, diseases and units are no names", () => {
  it("untags a one-word span of a listed substance or disease, whatever its type", () => {
    expect(tag("Preise für Benzin und Öl", "O O B-PER O O")).toEqual(["O", "O", "O", "O", "O"]);
    expect(tag("Lager für Erdgas", "O O B-LOC")).toEqual(["O", "O", "O"]);
    expect(tag("die Krankheit AIDS", "O O B-ORG")).toEqual(["O", "O", "O"]);
    expect(tag("um 14:30 Uhr MEZ", "O O O B-ORG")).toEqual(["O", "O", "O", "O"]);
    expect(tag("von Nord nach Süd", "O O O B-LOC")).toEqual(["O", "O", "O", "O"]);
    expect(tag("des Wortes Gottes hin", "O O B-PER O")).toEqual(["O", "O", "O", "O"]);
    expect(tag("im Nahen Osten", "O B-LOC I-LOC")).toEqual(["O", "B-LOC", "I-LOC"]);
  });

  it("untags a unit only after a number or \"Grad\"", () => {
    expect(tag("minus 271,3 Grad Celsius", "O O O B-PER")[3]).toBe("O");
    expect(tag("bei 1,85 Kelvin", "O O B-PER")[2]).toBe("O");
    expect(tag("sagte Kelvin gestern", "O B-PER O")[1]).toBe("B-PER");
  });

  it("untags a one-word person with the ending of an abstract noun or a compound of costs or taxes, unless it is a listed surname", () => {
    expect(tag("die Pendlerpauschale steigt", "O B-PER O")[1]).toBe("O");
    expect(tag("die neue Europapolitik", "O O B-PER")[2]).toBe("O");
    expect(tag("sagte Hartung gestern", "O B-PER O")[1]).toBe("B-PER");
    expect(tag("sagte Jung gestern", "O B-PER O")[1]).toBe("B-PER");
    expect(tag("die Bundesanwaltschaft ermittelt", "O B-ORG O")[1]).toBe("B-ORG");
    expect(tag("Lisa Ordnung", "B-PER I-PER")).toEqual(["B-PER", "I-PER"]);
  });

  it("untags a one-word person after an article when the name lists do not know the word as a person's name", () => {
    expect(tag("Vor allem für den Mythos , aber", "O O O O B-PER O O")[4]).toBe("O");
    expect(tag("der 17. Flug eines Shuttle", "O O O O B-PER")[4]).toBe("O");
    expect(tag("Die Früchte des Zorns", "O O O B-PER")[3]).toBe("O");
    expect(tag("sagte die Merkel dann", "O O B-PER O")[2]).toBe("B-PER");
    expect(tag("fragte die Petra dann", "O O B-PER O")[2]).toBe("B-PER");
    expect(tag("mit seiner Talea über", "O O B-PER O")[2]).toBe("B-PER");
    expect(tag("der Schub , den Blair erreichen will", "O O O O B-PER O O")[4]).toBe("B-PER");
    expect(tag("jener , mit dem Jesus am Kreuz", "O O O O B-PER O O")[4]).toBe("B-PER");
    expect(tag("überlegten , den Shuttle in den Hangar zu bringen .", "O O O B-PER O O O O O O")[3]).toBe("O");
    expect(tag("erhalten , nach den Favarts zu suchen .", "O O O O B-PER O O O")[4]).toBe("B-PER");
    expect(tag("sagte der Ruepp Müller", "O O B-PER I-PER")).toEqual(["O", "O", "B-PER", "I-PER"]);
  });

  it("looks past one inflected adjective between the article and the word", () => {
    expect(tag("die Ursache des anhaltenden Booms in Bremen", "O O O O B-PER O B-LOC")[4]).toBe("O");
    expect(tag("warf einen brennenden Fuchs", "O O O B-PER")[3]).toBe("O");
    expect(tag("die umworbene Petra lachte", "O O B-PER O")[2]).toBe("B-PER");
    expect(tag("der sprichwörtliche Fuchs tanzte", "O O B-PER O")[2]).toBe("B-PER");
    expect(tag("das , den jungen Blair bewegte", "O O O O B-PER O")[4]).toBe("B-PER");
  });

  it("untags a one-word person after an indefinite article when the lists know the word only as a surname", () => {
    expect(tag("wollten sie einen Fuchs erlegen", "O O O B-PER O")[3]).toBe("O");
    expect(tag("warfen sie , einen Fuchs zu", "O O O O B-PER O")[4]).toBe("O");
    expect(tag("traf eine Petra dann", "O O B-PER O")[2]).toBe("B-PER");
  });

  it("untags a one-word person after a demonstrative or quantifier as after an indefinite article", () => {
    expect(tag("die durch die Oligarchen diese Fuchs bekommen", "O O O O O B-PER O")[5]).toBe("O");
    expect(tag("es gab viele Mythos , sagte er", "O O O B-PER O O O")[3]).toBe("O");
    expect(tag("traf diese Petra dann", "O O B-PER O")[2]).toBe("B-PER");
  });

  it("untags a one-word person right after a definite article that opens no relative clause when the lists know the word only as a surname", () => {
    expect(tag("tatsächlich in den Kader zu kommen", "O O O B-PER O O")[3]).toBe("O");
    expect(tag("verrechnet für den Service 14,99 Euro", "O O O B-PER O O")[3]).toBe("O");
    expect(tag("1980 kam der Crown als Versuch", "O O O B-PER O O")[3]).toBe("O");
    // A first name; a well-known person's surname; a relative pronoun; an adjective between (a name as often as not); a compound the article belongs to.
    expect(tag("fragte die Petra dann", "O O B-PER O")[2]).toBe("B-PER");
    expect(tag("sagte die Merkel dann", "O O B-PER O")[2]).toBe("B-PER");
    expect(tag("den Schub , den Kader erreichen will", "O O O O B-PER O O")[4]).toBe("B-PER");
    expect(tag("zeigt den leidenden Kader mit", "O O O B-PER O")[3]).toBe("B-PER");
    expect(tag("können das Kader -Gemälde sehen", "O O B-PER O O")[2]).toBe("B-PER");
  });

  it("untags a one-word person after a preposition joined with an article as after an indefinite one", () => {
    expect(tag("eine Stimmung wie beim Darts .", "O O O O B-PER O")[4]).toBe("O");
    expect(tag("und ist ins Camp gekommen", "O O O B-PER O")[3]).toBe("O");
    expect(tag("im bunten Laub der Wälder", "O O B-PER O O")[2]).toBe("O");
    expect(tag("eine Bejagung , beispielsweise beim Fuchs .", "O O O O O B-PER O")[5]).toBe("O");
    // A first name, and "am", "zum", "vom", which also stand in English text or in names.
    expect(tag("Grüße beim Petra", "O O B-PER")[2]).toBe("B-PER");
    expect(tag("I am Mythos", "O O B-PER")[2]).toBe("B-PER");
    expect(tag("Freiherr vom Fuchs", "O O B-PER")[2]).toBe("B-PER");
  });

  it("untags abbreviations of common nouns, units of data and screens after a number, and sports country codes in brackets", () => {
    expect(tag("lag das BIP höher", "O O B-ORG O")[2]).toBe("O");
    expect(tag("per WLAN und NFC", "O B-ORG O B-ORG")).toEqual(["O", "O", "O", "O"]);
    expect(tag("Brillen für VR und eine NGO", "O O B-ORG O O B-ORG")).toEqual(["O", "O", "O", "O", "O", "O"]);
    expect(tag("Windows 10 für Smartphones und Apps", "B-MISC I-MISC O B-PER O B-PER")).toEqual(["B-MISC", "I-MISC", "O", "O", "O", "O"]);
    expect(tag("mit 16 GB Speicher", "O O B-LOC O")[2]).toBe("O");
    expect(tag("Marcel Hirscher ( AUT ) siegte", "B-PER I-PER O B-ORG O O")).toEqual(["B-PER", "I-PER", "O", "O", "O", "O"]);
    expect(tag("brachte sie ins Spital", "O O O B-LOC")[3]).toBe("O");
    // Not a code outside brackets, nor the USA.
    expect(tag("die AUT ist", "O B-ORG O")[1]).toBe("B-ORG");
    expect(tag("Bode Miller ( USA )", "B-PER I-PER O B-LOC O")[3]).toBe("B-LOC");
  });

  it("untags an adverb that opens a sentence", () => {
    expect(tag("Davor hatte es vier Niederlagen gegeben", "B-PER O O O O O")[0]).toBe("O");
    expect(tag("Stattdessen kam Petra", "B-ORG O B-PER")).toEqual(["O", "O", "B-PER"]);
  });

  it("untags a one-word person after a number that is no year, not a first name", () => {
    expect(tag("will weltweit 9000 Fuchs streichen", "O O O B-PER O")[3]).toBe("O");
    expect(tag("sichere rund 450.000 Mythos und", "O O O B-PER O")[3]).toBe("O");
    expect(tag("im Jahr 1922 Fuchs gegründet", "O O O B-PER O")[3]).toBe("B-PER");
    expect(tag("mit 3 Petra Schulz", "O O B-PER O")[2]).toBe("B-PER");
  });

  it("untags a month after a day, also in the genitive, not a name after another number", () => {
    expect(tag("für den Vormittag des 27. Mais mit", "O O O O O B-PER O")[5]).toBe("O");
    expect(tag("am 3. Juni in", "O O B-MISC O")[2]).toBe("O");
    expect(tag("seit 1990 Petra", "O O B-PER")[2]).toBe("B-PER");
  });

  it("untags a word of time as a person or place, also Austrian months and a weekday with a part of the day, not a listed name", () => {
    expect(tag("seit Anfang Jänner ist", "O O B-PER O")[2]).toBe("O");
    expect(tag("Mitte Feber kam", "O B-LOC O")[1]).toBe("O");
    expect(tag("wurde er Montagfrüh verhaftet", "O O B-PER O")[2]).toBe("O");
    expect(tag("des Sonntagabends", "O B-PER")[1]).toBe("O");
    expect(tag("sagte Winter gestern", "O B-PER O")[1]).toBe("B-PER");
    expect(tag("im Verlag März erschienen", "O O B-ORG O")[2]).toBe("B-ORG");
    expect(tag("sagte Montagsdemo dann", "O B-MISC O")[1]).toBe("B-MISC");
    expect(tag("bestätigen Katzian Mittwochfrüh", "O B-PER I-PER")).toEqual(["O", "B-PER", "O"]);
    expect(tag("der Blutige Sonntag", "O B-MISC I-MISC")).toEqual(["O", "B-MISC", "I-MISC"]);
  });

  it("untags a nationality noun in any of its forms as a person or organisation, not a listed place", () => {
    expect(tag("meist Syrer und", "O B-PER O")[1]).toBe("O");
    expect(tag("gegen Syrern und", "O B-PER O")[1]).toBe("O");
    expect(tag("Neun Israelis wurden", "O B-PER O")[1]).toBe("O");
    expect(tag("die Mutter Serbin ,", "O O B-PER O")[2]).toBe("O");
    expect(tag("gegen Slowaken", "O B-ORG")[1]).toBe("O");
    expect(tag("nach Ungarn", "O B-LOC")[1]).toBe("B-LOC");
    expect(tag("gegen Ungarn", "O B-PER")[1]).toBe("B-PER");
    expect(tag("der Deutschen", "O B-ORG")[1]).toBe("B-ORG");
    expect(tag("sagte Estes", "O B-PER")[1]).toBe("B-PER");
  });

  it("untags a single letter alone, not a letter inside a longer span", () => {
    expect(tag("im C 3 -Stoffwechsel", "O B-ORG O O")).toEqual(["O", "O", "O", "O"]);
    expect(tag("der U 15 und A .", "O B-ORG O O B-LOC O")).toEqual(["O", "O", "O", "O", "O", "O"]);
    expect(tag("die A 7 und Nico G. und epd Ö", "O B-LOC I-LOC O B-PER I-PER O B-ORG I-ORG")).toEqual(["O", "B-LOC", "I-LOC", "O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG"]);
  });

  it("leaves a span of more words alone", () => {
    expect(tag("Anders Celsius erfand", "B-PER I-PER O")).toEqual(["B-PER", "I-PER", "O"]);
    expect(tag("die Firma Benzin Logistik", "O O B-ORG I-ORG")).toEqual(["O", "O", "B-ORG", "I-ORG"]);
  });

  it("lists are trimmed, unique and capitalised", () => {
    for (const list of [SUBSTANCE_NAMES, DISEASE_NAMES, UNIT_NAMES, TIME_ZONES, OTHER_COMMON_NOUNS, COMMON_ABBREVIATIONS, REGIONAL_COMMON_NOUNS, SPORTS_COUNTRY_CODES]) {
      expect(list.filter((n, i) => list.indexOf(n) !== i)).toEqual([]);
      expect(list.filter((n) => n !== n.trim() || !/^\p{Lu}/u.test(n))).toEqual([]);
    }
  });

  it("applies with the shipped model, which takes such words (also one-word headings) for persons", () => {
    const model = loadNerModel();
    // Since the noun lexicon the model alone gets "Die Preise für Benzin und Öl steigen" and "Zweitwohnungssteuer" right; not these.
    for (const [sentence, at] of [["Preise für Benzin", 2], ["Mangel an Ozon", 2], ["Sie starb an AIDS .", 3]] as const) {
      const words = sentence.split(" ");
      expect(tagTokens(model, words)[at]).toBe("B-PER");
      expect(tagSentence(model, words).every((tag) => tag === "O")).toBe(true);
    }
    for (const heading of ["Parkgebühren", "Europapolitik", "Pendlerpauschale"]) {
      expect(tagTokens(model, [heading])).toEqual(["B-PER"]);
      expect(tagSentence(model, [heading])).toEqual(["O"]);
    }
    const unit = "Die Temperatur lag bei minus 271,3 Grad Celsius .".split(" ");
    expect(tagTokens(model, unit)[7]).toBe("B-PER");
    expect(tagSentence(model, unit)[7]).toBe("O");
  });
});

describe("a word the document writes as a common noun after an article", () => {
  const rule: ResourceRule = (words, tags, resources) => untagDocumentNouns(words, tags, resources.gazetteer ?? null);

  it("is no person where the tagger took it alone for one elsewhere in the document", () => {
    const tags = applyToLines(rule, "So würden junge Affen wie auch Vögel/B-PER laut rufen .", "Die Laute der Vögel sind vielfältig .");
    expect(tags[0]).toEqual(["O", "O", "O", "O", "O", "O", "O", "O", "O", "O"]);
    const text = "So würden sowohl junge Affen wie auch Vögel und Babys am Anfang sehr unterschiedliche Laute von sich geben. Die Laute der Vögel sind vielfältig.";
    expect(recogniseEntities(loadNerModel(), text, { language: "de" }).map((m) => m.text)).not.toContain("Vögel");
  });

  it("stays a person where it is a given name, a well-known surname or part of a full name in the document", () => {
    expect(applyToLines(rule, "Dann kam Paul/B-PER .", "Der Paul ist da .")[0]).toEqual(["O", "O", "B-PER", "O"]);
    expect(applyToLines(rule, "Dann kam Sarkozy/B-PER .", "Der Sarkozy von damals .")[0]).toEqual(["O", "O", "B-PER", "O"]);
    expect(applyToLines(rule, "Hans/B-PER Igel/I-PER sprach .", "Dann kam Igel/B-PER .", "Der Igel lief .")[1]).toEqual(["O", "O", "B-PER", "O"]);
  });
});
