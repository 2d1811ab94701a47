import { describe, expect, it } from "vitest";
import { ordinaryWords, scoreBucket, trainCharModel, wordScore } from "../../../src/nlp/ner/charlm.js";
import { findCompoundParts } from "../../../src/nlp/ner/compounds.js";
import { propagateSurnames, unifyOrganisations, unifyPlaces, untagAdjectivePersons } from "../../../src/nlp/ner/consistency.js";
import { buildGazetteer } from "../../../src/nlp/ner/gazetteer.js";
import { tokenize } from "../../../src/nlp/tokens.js";

describe("unifyPlaces", () => {
  const lists = buildGazetteer(new Map([["loc", ["Krefeld", "Ban", "Raab"]], ["surname", ["Raab"]]]));
  const tag = (tokens: string[][], tags: string[][]) => {
    unifyPlaces(tokens, tags, lists);
    return tags;
  };

  it("makes a listed place the document tags as a place elsewhere a place where the model took it for a person", () => {
    const tokens = [["Die", "Polizei", "in", "Krefeld", "ermittelt", "."], ["Krefeld", "sei", "sicher", "."]];
    expect(tag(tokens, [["O", "O", "O", "B-LOC", "O", "O"], ["B-PER", "O", "O", "O"]])[1]).toEqual(["B-LOC", "O", "O", "O"]);
  });

  it("makes a well-known place a place also where the surname list holds it (\"Graz\", \"Linz\"), not a first name", () => {
    const known = buildGazetteer(new Map([["loc", ["Linz", "Paris"]], ["surname", ["Linz"]], ["first", ["Paris"]]]));
    const tokens = [["Die", "Polizei", "in", "Linz", "ermittelt", "."], ["Linz", "trägt", "Trauer", "."]];
    const tags = [["O", "O", "O", "B-LOC", "O", "O"], ["B-PER", "O", "O", "O"]];
    unifyPlaces(tokens, tags, known);
    expect(tags[1][0]).toBe("B-LOC");
    const paris = [["Die", "Polizei", "in", "Paris", "ermittelt", "."], ["Paris", "lachte", "."]];
    const parisTags = [["O", "O", "O", "B-LOC", "O", "O"], ["B-PER", "O", "O"]];
    unifyPlaces(paris, parisTags, known);
    expect(parisTags[1][0]).toBe("B-PER");
  });

  it("leaves it without a place tag of the word in the document, for a person's name of the lists, and for the opening of a full name", () => {
    expect(tag([["Krefeld", "sei", "sicher", "."]], [["B-PER", "O", "O", "O"]])[0][0]).toBe("B-PER");
    expect(tag([["Die", "Raab", "bei", "Győr", "."], ["Raab", "sagte", "."]], [["O", "B-LOC", "O", "B-LOC", "O"], ["B-PER", "O", "O"]])[1][0]).toBe("B-PER");
    const ban = [["Ban", "Ki-moon", "reiste", "nach", "Ban", "."], ["Ban", "sagte", "."]];
    expect(tag(ban, [["B-PER", "I-PER", "O", "O", "B-LOC", "O"], ["B-PER", "O", "O"]])[1][0]).toBe("B-PER");
  });
});

describe("propagateSurnames", () => {
  it("takes the particles of a surname the document names with them into its bare and genitive forms", () => {
    const tokens = [
      ["Alexander", "Van", "der", "Bellen", "kandidiert", "."],
      ["Wie", "Van", "der", "Bellens", "Wahlkampfleiter", "sagte", ",", "bleibt", "es", "dabei", "."],
    ];
    const tags = [["B-PER", "I-PER", "I-PER", "I-PER", "O", "O"], ["O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"]];
    propagateSurnames(tokens, tags);
    expect(tags[1].slice(0, 5)).toEqual(["O", "B-PER", "I-PER", "I-PER", "O"]);
  });

  it("tags a bare surname after the full name, but not other words", () => {
    const tokens = [
      ["Bundeskanzler", "Olaf", "Scholz", "reiste", "nach", "Paris", "."],
      ["Scholz", "traf", "dort", "Macron", "."],
      ["Die", "Scholz-Regierung", "schwieg", "."],
    ];
    const tags = [["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"], ["O", "O", "O", "B-PER", "O"], ["O", "O", "O", "O"]];
    propagateSurnames(tokens, tags);
    expect(tags[1]).toEqual(["B-PER", "O", "O", "B-PER", "O"]);
    expect(tags[2]).toEqual(["O", "O", "O", "O"]);
  });

  it("spreads no last word the document uses as a common noun as often as not, and cuts it off a genitive owner", () => {
    const lists = buildGazetteer(new Map([["first", ["Andrew", "Doris"]], ["surname", ["Hrubesch"]]]));
    const tokens = [
      ["Andrew", "Lloyd", "Webbers", "Musical", "läuft", "."],
      ["Das", "Musical", "ist", "ein", "Musical", ";", "Musical", "bleibt", "."],
      ["Einen", "Horst", "Hrubesch", "braucht", "keinen", "Hrubesch", "."],
      ["Doris", "Dorm", "und", "der", "Dorm", "kommen", ",", "Dorm", "geht", "."],
    ];
    const tags = [
      ["B-PER", "I-PER", "I-PER", "I-PER", "O", "O"],
      ["O", "O", "O", "O", "O", "O", "O", "O", "O"],
      ["O", "B-PER", "I-PER", "O", "O", "O", "O"],
      ["B-PER", "I-PER", "O", "O", "O", "O", "O", "O", "O", "O"],
    ];
    propagateSurnames(tokens, tags, lists);
    expect(tags[0]).toEqual(["B-PER", "I-PER", "I-PER", "O", "O", "O"]);
    expect(tags[1]).toEqual(["O", "O", "O", "O", "O", "O", "O", "O", "O"]);
    // A listed surname is spread though an article stands before it half the time; so is a word mostly used as a name.
    expect(tags[2]).toEqual(["O", "B-PER", "I-PER", "O", "O", "B-PER", "O"]);
    expect(tags[3]).toEqual(["B-PER", "I-PER", "O", "O", "B-PER", "O", "O", "B-PER", "O", "O"]);
  });

  it("tags a genitive of the surname as the person, also where the model took it for a place", () => {
    const tokens = [
      ["Karl-Theodor", "zu", "Guttenberg", "trat", "zurück", "."],
      ["Die", "Arbeit", "Guttenbergs", "wurde", "geprüft", "."],
      ["Guttenbergs", "Sprecher", "schwieg", "in", "Paris", "."],
    ];
    const tags = [["B-PER", "I-PER", "I-PER", "O", "O", "O"], ["O", "O", "B-LOC", "O", "O", "O"], ["O", "O", "O", "O", "B-LOC", "O"]];
    propagateSurnames(tokens, tags);
    expect(tags[1]).toEqual(["O", "O", "B-PER", "O", "O", "O"]);
    expect(tags[2]).toEqual(["B-PER", "O", "O", "O", "B-LOC", "O"]);
  });

  it("retypes a bare surname the model took for a place, unless the name lists have it as one", () => {
    const places = buildGazetteer(new Map([["loc", ["Paris"]]]));
    const tokens = [
      ["Horst", "Köhler", "und", "Paris", "Hilton", "."],
      ["Köhler", "reiste", "nach", "Paris", "."],
    ];
    const tags = [["B-PER", "I-PER", "O", "B-PER", "I-PER", "O"], ["B-LOC", "O", "O", "B-LOC", "O"]];
    propagateSurnames(tokens, tags, places);
    expect(tags[1]).toEqual(["B-PER", "O", "O", "B-LOC", "O"]);
  });

  it("leaves a company named after a person as the company where a noun naming a kind of company stands before it", () => {
    const tokens = [
      ["Anton", "Schlecker", "schwieg", "."],
      ["Die", "Drogeriemarktkette", "Schlecker", "ging", "pleite", "."],
      ["Der", "Sender", "Schlecker", "zeigte", "ihn", "."],
    ];
    const tags = [["B-PER", "I-PER", "O", "O"], ["O", "O", "B-ORG", "O", "O", "O"], ["O", "O", "B-ORG", "O", "O", "O"]];
    propagateSurnames(tokens, tags, buildGazetteer(new Map()));
    expect(tags[1]).toEqual(["O", "O", "B-ORG", "O", "O", "O"]);
    // Only a kind of company: "der Sender Roßmüller" may be the broadcaster's object.
    expect(tags[2]).toEqual(["O", "O", "B-PER", "O", "O", "O"]);
  });

  it("retypes a surname that only a village of the geographic list bears, but not a state or a well-known city", () => {
    const places = buildGazetteer(new Map([["loc", ["Köhler", "Washington"]], ["country", ["Jordan"]]]));
    const tokens = [
      ["Horst", "Köhler", ",", "Denzel", "Washington", "und", "Michael", "Jordan", "."],
      ["Köhler", "flog", "nach", "Washington", "und", "Jordan", "."],
    ];
    const tags = [["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O"], ["B-LOC", "O", "O", "B-LOC", "O", "B-LOC", "O"]];
    propagateSurnames(tokens, tags, places);
    expect(tags[1]).toEqual(["B-PER", "O", "O", "B-LOC", "O", "B-LOC", "O"]);
  });

  it("splits the genitive of a surname from a following word that is no given name, no well-known person's surname and no surname the document names", () => {
    // The lists' surnames hold common nouns ("Schwager"); given names and the document's own surnames stay names.
    const lists = buildGazetteer(new Map([["surname", ["Schwager", "Biden"]], ["first", ["Peter"]]]));
    const tokens = [
      ["Barack", "Obama", "und", "John", "McCain", "und", "Joe", "Biden", "."],
      ["Obamas", "Kampagne", "und", "McCains", "Kampagne", "."],
      ["Obamas", "Schwager", "kam", "."],
      ["Obamas", "Biden", "und", "McCains", "Peter", "kamen", "."],
    ];
    const tags = [
      ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O"],
      ["B-PER", "I-PER", "O", "B-PER", "B-PER", "O"],
      ["B-PER", "I-PER", "O", "O"],
      ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "O"],
    ];
    propagateSurnames(tokens, tags, lists);
    expect(tags[1]).toEqual(["B-PER", "O", "O", "B-PER", "O", "O"]);
    expect(tags[2]).toEqual(["B-PER", "O", "O", "O"]);
    expect(tags[3]).toEqual(["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "O"]);
  });

  it("splits the genitive also of a surname with a particle, also from a place span, but not a given name in -s", () => {
    const lists = buildGazetteer(new Map([["first", ["Thomas"]]]));
    const tokens = [
      ["Muammar", "al-Gaddafi", "und", "Erwin", "Pröll", "und", "Ludwig", "Thoma", "."],
      ["Gaddafis", "Schwager", "kam", "in", "Prölls", "Büro", "."],
      ["Thomas", "Müller", "traf", "."],
    ];
    const tags = [
      ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O"],
      ["B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "O"],
      ["B-PER", "I-PER", "O", "O"],
    ];
    propagateSurnames(tokens, tags, lists);
    expect(tags[1]).toEqual(["B-PER", "O", "O", "O", "B-PER", "O", "O"]);
    expect(tags[2]).toEqual(["B-PER", "I-PER", "O", "O"]);
  });

  it("leaves documents without full names alone", () => {
    const tags = [["O", "B-PER", "O"]];
    propagateSurnames([["Herr", "Meier", "kam"]], tags);
    expect(tags).toEqual([["O", "B-PER", "O"]]);
  });
});

describe("findCompoundParts: listed compounds", () => {
  it("reports a compound the lists hold as an organisation whole", () => {
    const lists = buildGazetteer(new Map([["org", ["EU", "EU-Kommission", "F-Secure"]]]));
    const text = "Die EU-Kommission und F-Secure warnen, EU-Bürger auch.";
    const parts = findCompoundParts(tokenize(text).filter((t) => t.text.includes("-")), [], lists);
    expect(parts.map((p) => [text.slice(p.start, p.end), p.type])).toEqual([
      ["EU-Kommission", "ORG"],
      ["F-Secure", "ORG"],
      ["EU", "ORG"],
    ]);
  });
});

describe("findCompoundParts", () => {
  const gazetteer = buildGazetteer(new Map([["org", ["SPD", "CDU"]], ["country", ["Frankreich"]]]));
  const text = "Der SPD-Chef und die Merkel-Regierung besuchten Frankreich-Fans im Ex-Kanzleramt.";
  const untagged = tokenize(text).filter((t) => t.text.includes("-"));

  it("reports the first element when it is a known organisation or state, or named in the article", () => {
    const parts = findCompoundParts(untagged, [{ text: "Merkel", type: "PER" }], gazetteer);
    expect(parts.map((p) => [text.slice(p.start, p.end), p.type])).toEqual([
      ["SPD", "ORG"],
      ["Merkel", "PER"],
      ["Frankreich", "LOC"],
    ]);
  });

  it("finds nothing without evidence", () => {
    expect(findCompoundParts(untagged, [], null)).toEqual([]);
  });

  it("knows a person by the surname of a full name in the article, not an organisation by its last word", () => {
    const mentions = [{ text: "Angela Merkel", type: "PER" as const }, { text: "Deutsche Frankreich", type: "ORG" as const }];
    expect(findCompoundParts(untagged, mentions, null).map((p) => [text.slice(p.start, p.end), p.type])).toEqual([["Merkel", "PER"]]);
  });
});

describe("character model", () => {
  const words = [...ordinaryWords([
    "die Regierung hat den Haushalt für das kommende Jahr beschlossen und die Opposition kritisiert die Regierung".split(" "),
    "der Stadtrat in Berlin beschloss eine Erhöhung der Gebühren und eine neue Regelung für den Verkehr in der Stadt".split(" "),
  ])];
  const model = trainCharModel([...words, ...words]);

  it("learns from lower-case words and nouns after articles only", () => {
    expect(words).toContain("Regierung");
    expect(words).toContain("beschlossen");
    expect(words).not.toContain("Berlin");
  });

  it("scores German-looking words higher than foreign names", () => {
    expect(wordScore(model, "Regelung")).toBeGreaterThan(wordScore(model, "Uriburu"));
    expect(scoreBucket(wordScore(model, "Regierung"))).toBeGreaterThan(scoreBucket(wordScore(model, "Xqzwy")));
  });

  it("gives a word the bucket of its score under the model it is asked with", () => {
    const other = trainCharModel(["uriburu", "uriburu", "uriburu"]);
    expect(scoreBucket(wordScore(other, "Uriburu"))).not.toBe(scoreBucket(wordScore(model, "Uriburu")));
  });
});

describe("unifyOrganisations", () => {
  const lists = buildGazetteer(new Map([["surname", ["Verdi"]]]));
  const tag = (tokens: string[][], tags: string[][]) => {
    unifyOrganisations(tokens, tags, lists);
    return tags;
  };

  it("makes a one-word person span of a word the document tags as an organisation elsewhere that organisation", () => {
    const tokens = [["Chelsea", "gewann", "."], ["Der", "Trainer", "von", "Chelsea", "lobte", "."]];
    expect(tag(tokens, [["B-ORG", "O", "O"], ["O", "O", "O", "B-PER", "O", "O"]])[1]).toEqual(["O", "O", "O", "B-ORG", "O", "O"]);
  });

  it("leaves a listed person's name, a surname of the document and a word without an organisation tag alone", () => {
    expect(tag([["Verdi", "streikt", "."], ["Verdi", "schrieb", "."]], [["B-ORG", "O", "O"], ["B-PER", "O", "O"]])[1][0]).toBe("B-PER");
    const surname = [["Das", "Team", "Hamilton", "siegte", "."], ["Lewis", "Hamilton", "fuhr", "."], ["Hamilton", "sagte", "."]];
    expect(tag(surname, [["O", "O", "B-ORG", "O", "O"], ["B-PER", "I-PER", "O", "O"], ["B-PER", "O", "O"]])[2][0]).toBe("B-PER");
    expect(tag([["Chelsea", "gewann", "."]], [["B-PER", "O", "O"]])[0][0]).toBe("B-PER");
  });
});

describe("untagAdjectivePersons", () => {
  it("untags an adjective and a noun taken for a person where the article writes the adjective in lower case, and leaves names alone", () => {
    const lists = buildGazetteer(new Map([["surname", ["Lange"]]]));
    const tokens = [
      ["Es", "geht", "um", "geschlossene", "Fonds", "."],
      ["Argumente", ":", "Geschlossene", "Fonds", "seien", "riskant", "."],
      ["Die", "lange", "Debatte", "mit", "Klaus", "Lange", "."],
      ["Geschlossene", "Lange", "lachte", "."],
    ];
    const tags = [
      ["O", "O", "O", "O", "O", "O"],
      ["O", "O", "B-PER", "I-PER", "O", "O", "O"],
      ["O", "O", "O", "O", "B-PER", "I-PER", "O"],
      ["B-PER", "I-PER", "O", "O"],
    ];
    untagAdjectivePersons(tokens, tags, lists);
    expect(tags[1]).toEqual(["O", "O", "O", "O", "O", "O", "O"]);
    // "Klaus" is no adjective; "Lange" is a listed surname.
    expect(tags[2]).toEqual(["O", "O", "O", "O", "B-PER", "I-PER", "O"]);
    expect(tags[3]).toEqual(["B-PER", "I-PER", "O", "O"]);
  });
});
