import { describe, expect, it } from "vitest";
import { buildGazetteer } from "../../../src/nlp/ner/gazetteer.js";
import {
  joinOrganisationTails,
  retypeEnglishOrganisations,
  retypeOrganisationShortNames,
  retypeOutlets,
  tagListedAcronyms,
  tagReportingOutlets,
  tagUnlearnedOrganisationWords,
  tagListedNames,
  tagListedOrganisationWords,
  tagTitleCaseAcronyms,
} from "../../../src/nlp/ner/organisations.js";
import { applyNameRulesExcept, loadNerModel } from "../../../src/nlp/ner/tagger.js";
import { applyRule, applyWithResources } from "./rule-helper.js";

describe("tagListedAcronyms", () => {
  it("tags a listed organisation abbreviation the tagger left untagged", () => {
    expect(applyRule(tagListedAcronyms, "Volkswagen ( +16% ) , BMW ( +10,1% )", "B-ORG O O O O O O O O")).toEqual(["B-ORG", "O", "O", "O", "O", "B-ORG", "O", "O", "O"]);
    expect(applyRule(tagListedAcronyms, "Das BKA teilte mit", "O O O O")).toEqual(["O", "B-ORG", "O", "O"]);
  });

  it("tags a listed organisation written in lower case, which the model's cleaned name lists lack", () => {
    expect(applyRule(tagListedAcronyms, "berichtet die Agentur dpa .", "O O O O O")).toEqual(["O", "O", "O", "B-ORG", "O"]);
    expect(applyRule(tagListedAcronyms, "sagte er der taz", "O O O O")).toEqual(["O", "O", "O", "B-ORG"]);
    expect(applyRule(tagListedAcronyms, "laut n-tv und epd", "O O O O")).toEqual(["O", "B-ORG", "O", "B-ORG"]);
    expect(applyRule(tagListedAcronyms, "auf spiegel.de und stern.de", "O O O O")).toEqual(["O", "O", "O", "O"]);
  });

  it("leaves listed words that are no abbreviation, unlisted abbreviations and tagged tokens alone", () => {
    expect(applyRule(tagListedAcronyms, "eine Allianz gegen Bayer", "O O O O")).toEqual(["O", "O", "O", "O"]);
    expect(applyRule(tagListedAcronyms, "sieben KWZ und drei NADPH", "O O O O O")).toEqual(["O", "O", "O", "O", "O"]);
    expect(applyRule(tagListedAcronyms, "die BMW Group", "O B-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG"]);
  });
});

describe("tagListedNames", () => {
  it("makes a listed name of several words one organisation span", () => {
    expect(applyRule(tagListedNames, "Chancen gegen Inter Mailand nur", "O O O B-LOC O")).toEqual(["O", "O", "B-ORG", "I-ORG", "O"]);
    expect(applyRule(tagListedNames, "der Bundesagentur für Arbeit ( BA )", "O O O O O O O")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]);
  });

  it("reads a listed name that opens with an adjective in its case forms", () => {
    expect(applyRule(tagListedNames, "der Beschluss des Europäischen Parlaments muss", "O O O O O O")).toEqual(["O", "O", "O", "B-ORG", "I-ORG", "O"]);
    expect(applyRule(tagListedNames, "die Jury des Hessischen Rundfunks lobte", "O O O O O O")).toEqual(["O", "O", "O", "B-ORG", "I-ORG", "O"]);
    expect(applyRule(tagListedNames, "ein Europäischer Gedanke", "O O O")).toEqual(["O", "O", "O"]);
  });

  it("leaves a name already tagged whole, and one inside a longer span, alone", () => {
    expect(applyRule(tagListedNames, "die Deutsche Bank AG", "O B-ORG I-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG"]);
    expect(applyRule(tagListedNames, "die Deutsche Bank", "O B-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG"]);
  });
});

describe("tagListedOrganisationWords", () => {
  const gazetteer = buildGazetteer(
    new Map([
      ["org", ["Airbus", "Uefa", "Porsche", "Bremen", "weltbank"]],
      ["surname", ["Porsche"]],
      ["loc", ["Bremen"]],
    ]),
  );
  const tag = (words: string, tags: string): string[] => applyRule((w, t) => tagListedOrganisationWords(w, t, gazetteer), words, tags);

  it("tags an untagged word that the lists know only as an organisation", () => {
    expect(tag("Vorsprung vor Airbus aus", "O O O O")).toEqual(["O", "O", "B-ORG", "O"]);
    expect(tag("Die Uefa mildert", "O O O")).toEqual(["O", "B-ORG", "O"]);
  });

  it("leaves a listed name joined to a common noun, which GermEval tags as a compound, but not a name of names", () => {
    const lists = buildGazetteer(new Map([["org", ["EU-Kommission", "VW-Konzern", "Hamburg-Mannheimer", "F-Secure"]], ["surname", ["Konzern"]]]));
    const tagWith = (words: string, tags: string): string[] => applyRule((w, t) => tagListedOrganisationWords(w, t, lists), words, tags);
    expect(tagWith("ein Sprecher der EU-Kommission", "O O O O")).toEqual(["O", "O", "O", "O"]);
    expect(tagWith("die Hamburg-Mannheimer und F-Secure", "O O O O")).toEqual(["O", "B-ORG", "O", "O"]);
    expect(tagWith("am VW-Konzern", "O O")).toEqual(["O", "B-ORG"]);
  });

  it("retypes a one-word person span that the lists know only as an organisation", () => {
    expect(tag("Airbus gewann den Auftrag", "B-PER O O O")).toEqual(["B-ORG", "O", "O", "O"]);
    // A surname too, and the first word of a longer person span, stay persons.
    expect(tag("Porsche sagte", "B-PER O")).toEqual(["B-PER", "O"]);
    expect(tag("Airbus Meier sagte", "B-PER I-PER O")).toEqual(["B-PER", "I-PER", "O"]);
  });

  it("retypes its genitive too, but not the genitive of a surname", () => {
    expect(tag("ähnlich wie Uefas Turniere", "O O B-PER O")).toEqual(["O", "O", "B-ORG", "O"]);
    expect(tag("Porsches Sprecher", "B-PER O")).toEqual(["B-PER", "O"]);
  });

  it("leaves words listed as something else too, lower-case entries, tagged words and the start of a longer span alone", () => {
    expect(tag("Ferdinand Porsche sagte", "B-PER O O")).toEqual(["B-PER", "O", "O"]);
    expect(tag("in Bremen und", "O O O")).toEqual(["O", "O", "O"]);
    expect(tag("die weltbank", "O O")).toEqual(["O", "O"]);
    expect(tag("Airbus Group", "B-MISC O")).toEqual(["B-MISC", "O"]);
    expect(tag("Airbus Defence", "O I-ORG")).toEqual(["O", "I-ORG"]);
  });

  it("does nothing without a gazetteer", () => {
    const t = [["O", "O"]];
    tagListedOrganisationWords([["vor", "Airbus"]], t, null);
    expect(t[0]).toEqual(["O", "O"]);
  });
});

describe("retypeOrganisationShortNames", () => {
  const gazetteer = buildGazetteer(new Map([["surname", ["Rapid"]]]));
  const tag = (words: string, tags: string, lists = buildGazetteer(new Map())): string[] => applyRule((w, t) => retypeOrganisationShortNames(w, t, lists), words, tags);

  it("retypes a one-word person span that is the short name of a listed organisation, and its genitive", () => {
    expect(tag("Amsterdam – Rapid hat gewonnen", "B-LOC O B-PER O O")).toEqual(["B-LOC", "O", "B-ORG", "O", "O"]);
    expect(tag("sind Rapids Chancen intakt", "O B-PER O O")).toEqual(["O", "B-ORG", "O", "O"]);
  });

  it("leaves a word the lists know as a person's name, longer spans and other types alone", () => {
    expect(tag("Rapid sagte", "B-PER O", gazetteer)).toEqual(["B-PER", "O"]);
    expect(tag("Peter Rapid sagte", "B-PER I-PER O")).toEqual(["B-PER", "I-PER", "O"]);
    expect(tag("Rapid Wien siegte", "B-LOC I-LOC O")).toEqual(["B-LOC", "I-LOC", "O"]);
    expect(tag("Rapidus sagte", "B-PER O")).toEqual(["B-PER", "O"]);
  });
});

describe("tagUnlearnedOrganisationWords", () => {
  const unlearned = buildGazetteer(new Map());
  const learned = buildGazetteer(new Map([["surname", ["Boeing"]]]));
  const run = (sentences: string[][], gazetteer = unlearned): string[][] => {
    const tags = sentences.map((words) => words.map(() => "O"));
    tagUnlearnedOrganisationWords(sentences, tags, gazetteer);
    return tags;
  };

  it("tags a listed one-word organisation the model's name lists lack, left untagged", () => {
    expect(run([["Boeing", "said", "it", "would", "cut", "jobs"]])[0][0]).toBe("B-ORG");
    expect(run([["Das", "sagte", "die", "Caritas", "am", "Montag"]])[0][3]).toBe("B-ORG");
    expect(run([["FPÖ", "und", "Grüne", "stimmten", "dagegen"]])[0][2]).toBe("B-ORG");
  });

  it("leaves words the model's lists know, words the article writes in lower case, and adjective forms after an article alone", () => {
    expect(run([["Boeing", "said", "so"]], learned)[0][0]).toBe("O");
    expect(run([["Grüne", "Politik", "ist", "grüne", "Politik"]])[0][0]).toBe("O");
    expect(run([["Doch", "der", "Grüne", "beklagt", "es"]])[0][2]).toBe("O");
    expect(run([["auf", "den", "bereitstehenden", "Mercedes"]])[0][3]).toBe("O");
  });
});

describe("tagReportingOutlets", () => {
  const tag = (words: string, tags: string): string[] => applyRule(tagReportingOutlets, words, tags);

  it("tags an outlet named like a common noun where the text reports through it", () => {
    expect(tag("Das berichtet der Spiegel in", "O O O O O")[3]).toBe("B-ORG");
    expect(tag("Wie der Standard erfuhr ,", "O O O O O")[2]).toBe("B-ORG");
    expect(tag("sie wurde laut Kurier ausgesperrt", "O O O O O")[3]).toBe("B-ORG");
    expect(tag("Laut dem Spiegel hat Jauch", "O O O O O")[2]).toBe("B-ORG");
    expect(tag("sagte er dem Falter .", "O O O O O")[3]).toBe("B-ORG");
  });

  it("leaves the common noun alone elsewhere, before a number, and words the tagger tagged", () => {
    expect(tag("Er blickte in den Spiegel .", "O O O O O O")[4]).toBe("O");
    expect(tag("der Standard ist hoch", "O O O O")[1]).toBe("O");
    expect(tag("gegenüber dem Profil 1.1 bietet", "O O O O O")[2]).toBe("O");
    expect(tag("berichtet der Spiegel Online", "O O B-ORG I-ORG")).toEqual(["O", "O", "B-ORG", "I-ORG"]);
  });
});

describe("retypeEnglishOrganisations", () => {
  it("retypes a person span that ends in an English organisation head", () => {
    expect(applyRule(retypeEnglishOrganisations, "gegen Northampton Town (", "O B-PER I-PER O")).toEqual(["O", "B-ORG", "I-ORG", "O"]);
  });

  it("leaves one-word spans and other persons alone", () => {
    expect(applyRule(retypeEnglishOrganisations, "Town sagte", "B-PER O")).toEqual(["B-PER", "O"]);
    expect(applyRule(retypeEnglishOrganisations, "Olaf Scholz sagte", "B-PER I-PER O")).toEqual(["B-PER", "I-PER", "O"]);
  });
});

describe("regional tails of company names", () => {
  const join = (words: string, tags: string): string[] => applyRule(joinOrganisationTails, words, tags);

  it("joins a tail word cut off as a place or left untagged to the organisation before it", () => {
    expect(join("Vattenfall Europe teilte", "B-ORG B-LOC O")).toEqual(["B-ORG", "I-ORG", "O"]);
    expect(join("bei Microsoft Deutschland .", "O B-ORG O O")).toEqual(["O", "B-ORG", "I-ORG", "O"]);
  });

  it("leaves other words after an organisation, and tails after other spans, alone", () => {
    expect(join("Siemens Berlin", "B-ORG B-LOC")).toEqual(["B-ORG", "B-LOC"]);
    expect(join("Merkel Deutschland", "B-PER B-LOC")).toEqual(["B-PER", "B-LOC"]);
    expect(join("Vattenfall Europe Holding", "B-ORG B-LOC I-LOC")).toEqual(["B-ORG", "B-LOC", "I-LOC"]);
  });
});

describe("news outlets after a noun naming their kind", () => {
  const outlets = (words: string, tags: string): string[] => applyRule(retypeOutlets, words, tags);

  it("makes a place or person span after an outlet noun the outlet", () => {
    expect(outlets("Das Nachrichtenportal EurActiv will", "O O B-LOC O")).toEqual(["O", "O", "B-ORG", "O"]);
    expect(outlets("der US-Nachrichtensender Fox News", "O O B-PER I-PER")).toEqual(["O", "O", "B-ORG", "I-ORG"]);
  });

  it("tags a listed organisation the model left untagged after an outlet noun, and nothing unlisted", () => {
    expect(outlets("sagte er der Nachrichtenagentur dpa .", "O O O O O O")).toEqual(["O", "O", "O", "O", "B-ORG", "O"]);
    expect(outlets("der Zeitung zufolge", "O O O")).toEqual(["O", "O", "O"]);
  });

  it("makes the name after a noun naming a kind of company that company, also when the noun was tagged with it", () => {
    expect(outlets("Beim Chemiekonzern BASF gibt es", "O O B-PER O O")).toEqual(["O", "O", "B-ORG", "O", "O"]);
    expect(outlets("Der weltgrößte Spielzeughersteller Mattel liegt", "O O B-PER I-PER O")).toEqual(["O", "O", "O", "B-ORG", "O"]);
    expect(outlets("die Fluggesellschaft Air One", "O O B-LOC I-LOC")).toEqual(["O", "O", "B-ORG", "I-ORG"]);
  });

  it("reads the company noun in the genitive too, but leaves a person's full name after it a person", () => {
    expect(outlets("des Autoherstellers Daimler fiel", "O O B-PER O")).toEqual(["O", "O", "B-ORG", "O"]);
    expect(outlets("des Röhren- und Mobilfunkkonzerns Mannesmann durch", "O O O B-PER I-PER O")).toEqual(["O", "O", "O", "O", "B-ORG", "O"]);
    const gazetteer = buildGazetteer(new Map([["first", ["Kevin"]]]));
    const words = [["des", "Softwareunternehmens", "Kevin", "Lynch"]];
    const tags = [["O", "O", "B-PER", "I-PER"]];
    retypeOutlets(words, tags, gazetteer);
    expect(tags[0]).toEqual(["O", "O", "B-PER", "I-PER"]);
  });

  it("makes the name after a noun naming a kind of club or band an organisation, but not a place in the genitive", () => {
    expect(outlets("seinem neuen Verein Ascoli die Treue", "O O O B-PER O O")).toEqual(["O", "O", "O", "B-ORG", "O", "O"]);
    expect(outlets("des Teams Ellerstina .", "O O B-LOC O")).toEqual(["O", "O", "B-ORG", "O"]);
    expect(outlets("die Mannschaft Brasiliens gewann", "O O B-LOC O")).toEqual(["O", "O", "B-LOC", "O"]);
    expect(outlets("die Ortsgruppe Amberg", "O O B-LOC")).toEqual(["O", "O", "B-LOC"]);
    expect(outlets("das Herrenteam Frankreich gewann", "O O B-LOC O")).toEqual(["O", "O", "B-LOC", "O"]);
  });

  it("reads distributors, service providers and discounters as kinds of company", () => {
    expect(outlets("Der Linux-Distributor Canonical hat", "O O B-PER O")).toEqual(["O", "O", "B-ORG", "O"]);
    expect(outlets("der Discounter Aldi senkt", "O O B-PER O")).toEqual(["O", "O", "B-ORG", "O"]);
    expect(outlets("des Diskonters Hofers Filiale", "O O B-PER O")).toEqual(["O", "O", "B-ORG", "O"]);
  });

  it("reads chains and giants as kinds of company, also tagged with the name", () => {
    expect(outlets("Die Lebensmittelkette Spar hat", "O B-PER I-PER O")).toEqual(["O", "O", "B-ORG", "O"]);
    expect(outlets("der österreichische Textilriese Palmers erneuert", "O O B-PER I-PER O")).toEqual(["O", "O", "O", "B-ORG", "O"]);
  });

  it("takes an outlet or company noun tagged with the organisation out of its span, not a club noun", () => {
    expect(outlets("berichtete die Nachrichtenagentur Anadolu am", "O O B-ORG I-ORG O")).toEqual(["O", "O", "O", "B-ORG", "O"]);
    expect(outlets("der Elektroautobauer Tesla will", "O B-ORG I-ORG O")).toEqual(["O", "O", "B-ORG", "O"]);
    expect(outlets("das Team Stronach und Band Aid", "O B-ORG I-ORG O B-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]);
    expect(outlets("der Verein für Konsumenteninformation", "O B-ORG I-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG"]);
  });

  it("leaves a state that names an outlet a state elsewhere in the text", () => {
    const words = [["Die", "Tageszeitung", "Österreich", "wurde", "verurteilt"], ["In", "Österreich", "gilt", "das", "Gesetz"]];
    const tags = [["O", "O", "B-ORG", "O", "O"], ["O", "B-LOC", "O", "O", "O"]];
    retypeOutlets(words, tags);
    expect(tags).toEqual([["O", "O", "B-ORG", "O", "O"], ["O", "B-LOC", "O", "O", "O"]]);
  });

  it("makes an untagged one-word name elsewhere in the text that organisation, unless an article stands before it or a capitalised word after it", () => {
    const words = [["Die", "Lebensmittelkette", "Spar", "hat"], ["Der", "Rückzieher", "von", "Spar", "war", "falsch"], ["Der", "Konzern", "Post"], ["die", "Post", "kam"], ["vom", "Spar", "Markt"]];
    const tags = [["O", "B-PER", "I-PER", "O"], ["O", "O", "O", "O", "O", "O"], ["O", "O", "B-ORG"], ["O", "O", "O"], ["O", "O", "O"]];
    retypeOutlets(words, tags);
    expect(tags).toEqual([["O", "O", "B-ORG", "O"], ["O", "O", "O", "B-ORG", "O", "O"], ["O", "O", "B-ORG"], ["O", "O", "O"], ["O", "O", "O"]]);
  });

  it("makes the same name tagged as a person or place elsewhere in the text that organisation too", () => {
    const words = [["Der", "Linux-Distributor", "Canonical", "hat"], ["Das", "Unternehmen", "Canonical", "wurde", "in", "Canonical", "City", "gegründet"]];
    const tags = [["O", "O", "B-PER", "O"], ["O", "O", "B-ORG", "O", "O", "B-LOC", "I-LOC", "O"]];
    retypeOutlets(words, tags);
    expect(tags).toEqual([["O", "O", "B-ORG", "O"], ["O", "O", "B-ORG", "O", "O", "B-LOC", "I-LOC", "O"]]);
    const alone = [["Canonical", "sagte"], ["Ubuntu", "von", "Canonical"]];
    const untouched = [["B-PER", "O"], ["B-MISC", "O", "B-PER"]];
    retypeOutlets(alone, untouched);
    expect(untouched).toEqual([["B-PER", "O"], ["B-MISC", "O", "B-PER"]]);
  });

  it("leaves a kind noun tagged alone, and organisations after it, as they are", () => {
    expect(outlets("der Konzernchef Müller", "O O B-PER")).toEqual(["O", "O", "B-PER"]);
    expect(outlets("Der Hersteller sagte", "O B-PER O")).toEqual(["O", "B-PER", "O"]);
    expect(outlets("der Autobauer BMW", "O O B-ORG")).toEqual(["O", "O", "B-ORG"]);
  });

  it("leaves other nouns before a span, and tagged outlet nouns, alone", () => {
    expect(outlets("die Regierung Ägyptens", "O O B-LOC")).toEqual(["O", "O", "B-LOC"]);
    expect(outlets("Die Zeitung Berlin", "B-ORG I-ORG B-LOC")).toEqual(["B-ORG", "I-ORG", "B-LOC"]);
  });
});

describe("tagTitleCaseAcronyms", () => {
  const tag = (sentence: string) => applyWithResources(tagTitleCaseAcronyms, sentence);

  it("tags a listed acronym written in title case as the organisation", () => {
    expect(tag("Die Fifa sperrte den Spieler , sagte die Uno .")).toEqual(["O", "B-ORG", "O", "O", "O", "O", "O", "O", "B-ORG", "O"]);
    expect(tag("Der Vorstand der Uefa tagte .")[3]).toBe("B-ORG");
  });

  it("leaves a form that is a word of its own, a part of a longer name and a tagged word alone", () => {
    // "MIT" and "SEI" are listed acronyms; "mit" and "sei" are frequent words.
    expect(tag("Das kam mit Mit und sei es drum .")[3]).toBe("O");
    expect(tag("die Kandidatin Tsai Ing Wen")[3]).toBe("O");
    expect(tag("das Orchester In Spe spielte")[3]).toBe("O");
    expect(tag("die Fifa/B-LOC sperrte")[1]).toBe("B-LOC");
  });

  it("runs for German text only: English writes acronyms in capitals, and \"Who\" or \"Once\" are words there", () => {
    const model = loadNerModel();
    const words = ["Once", "again", "the", "Fifa", "acted", "."];
    const tagged = (english: boolean) => {
      const tags = [words.map(() => "O")];
      applyNameRulesExcept(model, [words], tags, english, null);
      return tags[0];
    };
    expect(tagged(true)).toEqual(["O", "O", "O", "O", "O", "O"]);
    expect(tagged(false)[3]).toBe("B-ORG");
  });

  it("does nothing without word profiles", () => {
    const tags = [["O", "O", "O"]];
    tagTitleCaseAcronyms([["die", "Fifa", "sperrte"]], tags, { ...loadNerModel().resources, profiles: null });
    expect(tags[0]).toEqual(["O", "O", "O"]);
  });
});

