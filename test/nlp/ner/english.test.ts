import { describe, expect, it } from "vitest";
import { repairEnglishLabels, repairEnglishSpans, splitPossessives } from "../../../src/nlp/ner/english.js";
import { loadNerModel, recogniseEntities } from "../../../src/nlp/ner/tagger.js";
import { tokenize } from "../../../src/nlp/tokens.js";

const repair = (words: string, tags: string): string[] => {
  const t = [tags.split(" ")];
  repairEnglishSpans([words.split(" ")], t, null);
  return t[0];
};

describe("English text read by the German model", () => {
  it("splits a possessive off a capitalised word, keeping the offsets", () => {
    const text = "Hungary's Prime Minister and the union's leader";
    expect(splitPossessives(tokenize(text)).map((t) => [t.text, text.slice(t.start, t.end)])).toEqual([
      ["Hungary", "Hungary"],
      ["'s", "'s"],
      ["Prime", "Prime"],
      ["Minister", "Minister"],
      ["and", "and"],
      ["the", "the"],
      ["union's", "union's"],
      ["leader", "leader"],
    ]);
  });

  it("keeps the possessive of a plural that names a group inside a name, and tags the whole name", () => {
    expect(splitPossessives(tokenize("the Sudan People's Liberation Movement")).map((t) => t.text)).toEqual(["the", "Sudan", "People's", "Liberation", "Movement"]);
    const text = "The rebel Sudan People's Liberation Movement signed the deal.";
    expect(recogniseEntities(loadNerModel(), text, { language: "en" }).map((m) => [m.type, m.text])).toEqual([["ORG", "Sudan People's Liberation Movement"]]);
  });

  it("cuts a span at the first lower-case word names do not keep, and drops what is left of a sentence at its start", () => {
    expect(repair("Last week , Scholz had warned that failure", "O O O B-MISC I-MISC I-MISC I-MISC I-MISC")).toEqual(["O", "O", "O", "B-MISC", "O", "O", "O", "O"]);
    expect(repair("This is a historic day", "B-MISC I-MISC I-MISC I-MISC I-MISC")).toEqual(["O", "O", "O", "O", "O"]);
    expect(repair("The Lord of the Rings", "B-MISC I-MISC I-MISC I-MISC I-MISC")).toEqual(["B-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC"]);
  });

  it("splits an organisation span at a title: the organisation before, the person after", () => {
    expect(repair("European Commission President Ursula told", "B-ORG I-ORG I-ORG I-ORG O")).toEqual(["B-ORG", "I-ORG", "O", "B-PER", "O"]);
    expect(repair("the Labour Party Deputy Leader Angela Rayner", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG", "O", "O", "B-PER", "I-PER"]);
  });

  it("drops a word that opens the sentence from a span, and a lone opener, but keeps a name that is also one", () => {
    expect(repair("On Capitol Hill , Kim spoke", "B-LOC I-LOC I-LOC O B-PER O")).toEqual(["O", "B-LOC", "I-LOC", "O", "B-PER", "O"]);
    expect(repair("Although Mueller declined", "B-PER I-PER O")).toEqual(["O", "B-PER", "O"]);
    expect(repair("What happened", "B-PER O")).toEqual(["O", "O"]);
    // "One Republican adviser said …": a count is no part of a name, and the party adjective left is none.
    expect(repair("One Republican adviser said", "B-PER I-PER O O")).toEqual(["O", "O", "O", "O"]);
    expect(repair("May said", "B-PER O")).toEqual(["B-PER", "O"]);
    // The rest of the closed classes ("Whatever Trump does", "Nearly 500 people", "Upon arrival").
    expect(repair("Whatever Trump does", "B-PER I-PER O")).toEqual(["O", "B-PER", "O"]);
    expect(repair("Nearly 500 people", "B-PER O O")).toEqual(["O", "O", "O"]);
    expect(repair("Upon arrival", "B-PER O")).toEqual(["O", "O"]);
  });

  it("ends a span before a possessive and small words left at its end", () => {
    expect(repair("Mr. Kim 's motives", "O B-PER I-PER O")).toEqual(["O", "B-PER", "O", "O"]);
    expect(repair("asked Comey to resign", "O B-MISC I-MISC O")).toEqual(["O", "B-MISC", "O", "O"]);
  });

  it("tags a state's one-word English name the model left untagged as a place", () => {
    expect(repair("May said Britain would leave", "B-PER O O O O")).toEqual(["B-PER", "O", "B-LOC", "O", "O"]);
  });

  it("reads the short names of the United States and the United Kingdom as places, also where the model took them for organisations", () => {
    expect(repair("in the U.S. and the UK", "O O O O O B-ORG")).toEqual(["O", "O", "B-LOC", "O", "O", "B-LOC"]);
    expect(repair("the US mission", "O B-ORG O")).toEqual(["O", "B-LOC", "O"]);
  });

  it("makes a span that ends in the head of a treaty's or a law's name another name", () => {
    expect(repair("the North American Free Trade Agreement ,", "O B-LOC I-LOC I-LOC I-LOC I-LOC O")).toEqual(["O", "B-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC", "O"]);
    expect(repair("the Panama Canal Treaty", "O B-PER I-PER I-PER")).toEqual(["O", "B-MISC", "I-MISC", "I-MISC"]);
    expect(repair("said Act", "O B-PER")).toEqual(["O", "B-PER"]);
  });

  it("makes a person span that ends in the head of a building or public place a place", () => {
    expect(repair("at Trump Tower in", "O B-PER I-PER O")).toEqual(["O", "B-LOC", "I-LOC", "O"]);
    expect(repair("said Tower", "O B-PER")).toEqual(["O", "B-PER"]);
  });

  it("makes the name after a title a person, whether the title is in the span or before it", () => {
    expect(repair("President Trump late Thursday", "B-MISC I-MISC O O")).toEqual(["O", "B-PER", "O", "O"]);
    expect(repair("President Trump late Thursday", "O B-MISC O O")).toEqual(["O", "B-PER", "O", "O"]);
    expect(repair("President Moscow said", "O B-LOC O")).toEqual(["O", "B-LOC", "O"]);
  });

  it("splits a span that runs over a list at its commas and between two places", () => {
    expect(repair("on the European Union , Canada and Mexico for", "O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O")).toEqual(["O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "B-LOC", "O"]);
    expect(repair("in Turkey and India", "O B-PER I-PER I-PER")).toEqual(["O", "B-LOC", "O", "B-LOC"]);
    expect(repair("at Procter and Gamble", "O B-ORG I-ORG I-ORG")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG"]);
  });

  it("drops \"The\" opening a person span, not a work's or an organisation's", () => {
    expect(repair("of The Trump administration", "O B-PER I-PER O")).toEqual(["O", "O", "B-PER", "O"]);
    expect(repair("in The Netherlands", "O B-PER I-PER")).toEqual(["O", "O", "B-LOC"]);
    expect(repair("read The Lord of the Rings", "O B-MISC I-MISC I-MISC I-MISC I-MISC")).toEqual(["O", "B-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC"]);
    expect(repair("in The Hague", "O B-LOC I-LOC")).toEqual(["O", "B-LOC", "I-LOC"]);
  });

  it("drops spans of adjectives of nationality after an article", () => {
    expect(repair("A British government spokeswoman said", "B-ORG I-ORG O O O")).toEqual(["O", "O", "O", "O", "O"]);
  });

  it("drops spans of adjectives of nationality joined by a coordinator", () => {
    expect(repair("the North Korean and South Korean teams", "O B-ORG I-ORG I-ORG I-ORG I-ORG O")).toEqual(["O", "O", "O", "O", "O", "O", "O"]);
    expect(repair("Central and South American leaders", "B-ORG I-ORG I-ORG I-ORG O")).toEqual(["O", "O", "O", "O", "O"]);
  });

  it("drops spans of adjectives of nationality alone and joins a state's name over several spans", () => {
    expect(repair("the North Korean leader", "O B-PER I-PER O")).toEqual(["O", "O", "O", "O"]);
    expect(repair("with North Korea today", "O B-PER B-LOC O")).toEqual(["O", "B-LOC", "I-LOC", "O"]);
    expect(repair("the British Airways flight", "O B-ORG I-ORG O")).toEqual(["O", "B-ORG", "I-ORG", "O"]);
  });

  it("drops sentence-opening determiners, quantifiers and adverbs, plural nouns of nationality and party adjectives alone", () => {
    expect(repair("This is why", "B-PER O O")).toEqual(["O", "O", "O"]);
    expect(repair("Many Republicans agreed", "B-PER I-PER O")).toEqual(["O", "B-PER", "O"]);
    expect(repair("However , Trump said", "B-PER O B-PER O")).toEqual(["O", "O", "B-PER", "O"]);
    expect(repair("the Russians said", "O B-PER O")).toEqual(["O", "O", "O"]);
    expect(repair("many Sri Lankans fled to Sri Lanka", "O B-PER I-PER O O B-LOC I-LOC")).toEqual(["O", "O", "O", "O", "O", "B-LOC", "I-LOC"]);
    expect(repair("the U.S.-trained Iraqi forces", "O B-PER I-PER O")).toEqual(["O", "O", "O", "O"]);
    expect(repair("a UK-based firm", "O B-MISC O")).toEqual(["O", "O", "O"]);
    expect(repair("Democratic leaders said", "B-PER O O")).toEqual(["O", "O", "O"]);
    expect(repair("the Democratic Party said", "O B-ORG I-ORG O")).toEqual(["O", "B-ORG", "I-ORG", "O"]);
  });

  it("drops a person span that is a title alone, and keeps a place named after a title out of the name", () => {
    expect(repair("House Minority Leader Nancy Pelosi", "B-PER I-PER I-PER B-PER I-PER")).toEqual(["O", "O", "O", "B-PER", "I-PER"]);
    expect(repair("U.S. Ambassador to China Terry Branstad", "B-MISC I-MISC I-MISC I-MISC I-MISC I-MISC")).toEqual(["O", "O", "O", "O", "B-PER", "I-PER"]);
    expect(repair("British Ambassador to Washington", "B-MISC I-MISC I-MISC I-MISC")).toEqual(["O", "O", "O", "O"]);
  });

  it("ends a person's span with a short last part of an East Asian name, not with an abbreviation in capitals", () => {
    expect(repair("leader Kim Jong Un said", "O B-PER I-PER O O")).toEqual(["O", "B-PER", "I-PER", "I-PER", "O"]);
    expect(repair("Kim Jong UN envoy", "B-PER I-PER O O")).toEqual(["B-PER", "I-PER", "O", "O"]);
  });

  it("ends a name before a small word and a weekday or month", () => {
    expect(repair("he asked Paul on Wednesday", "O O B-PER I-PER I-PER")).toEqual(["O", "O", "B-PER", "O", "O"]);
  });

  it("ends a name before a weekday, and drops a span that is a weekday with at most a word of time before it", () => {
    expect(repair("at the White House Tuesday afternoon", "O O B-LOC I-LOC I-LOC O")).toEqual(["O", "O", "B-ORG", "I-ORG", "O", "O"]);
    expect(repair("Early Tuesday , Trump said", "B-PER I-PER O B-PER O")).toEqual(["O", "O", "O", "B-PER", "O"]);
    expect(repair("leaders Tuesday that", "O B-PER O")).toEqual(["O", "O", "O"]);
  });

  it("makes a region's English name a place", () => {
    expect(repair("in the Middle East", "O O B-PER I-PER")).toEqual(["O", "O", "B-LOC", "I-LOC"]);
  });

  it("makes an institution named by its seat an organisation", () => {
    expect(repair("the White House said", "O B-PER I-PER O")).toEqual(["O", "B-ORG", "I-ORG", "O"]);
    expect(repair("the Kremlin denied", "O B-LOC O")).toEqual(["O", "B-ORG", "O"]);
  });

  it("tags a listed place of several words and a listed institution the model left untagged, not inside a longer name", () => {
    expect(repair("said the United States was in talks", "O O O O O O O")).toEqual(["O", "O", "B-LOC", "I-LOC", "O", "O", "O"]);
    expect(repair("The United States and the Kremlin agreed", "O O O O O O O")).toEqual(["O", "B-LOC", "I-LOC", "O", "O", "B-ORG", "O"]);
    expect(repair("peace on the Korean Peninsula", "O O O O O")).toEqual(["O", "O", "O", "B-LOC", "I-LOC"]);
    expect(repair("the United States Air Force said", "O O O O O O")).toEqual(["O", "O", "O", "O", "O", "O"]);
    expect(repair("he read the New York Times", "O O O O O O")).toEqual(["O", "O", "O", "O", "O", "O"]);
    expect(repair("the president of the United States", "O O O O O O")).toEqual(["O", "O", "O", "O", "B-LOC", "I-LOC"]);
  });

  it("drops the modifiers of an untagged title taken for a name, and takes a title's place out of the person after it", () => {
    expect(repair("and British Prime Minister Theresa May", "O B-ORG I-ORG O B-PER I-PER")).toEqual(["O", "O", "O", "O", "B-PER", "I-PER"]);
    expect(repair("U.S. President Donald Trump", "B-LOC O B-PER I-PER")).toEqual(["B-LOC", "O", "B-PER", "I-PER"]);
    expect(repair("U.S. Ambassador to China Terry Branstad said", "B-PER I-PER I-PER I-PER I-PER I-PER O")).toEqual(["O", "O", "O", "O", "B-PER", "I-PER", "O"]);
  });

  it("joins a state's name to the one-word organisation after it, not to a listed organisation or a short acronym", () => {
    expect(repair("told USA TODAY in Seoul", "O B-LOC B-ORG O B-LOC")).toEqual(["O", "B-ORG", "I-ORG", "O", "B-LOC"]);
    expect(repair("in India WHO officials", "O B-LOC B-ORG O")).toEqual(["O", "B-LOC", "B-ORG", "O"]);
    expect(repair("Vanuatu PM said", "B-LOC B-ORG O")).toEqual(["B-LOC", "B-ORG", "O"]);
  });

  it("reads the DPRK as the state it is", () => {
    expect(repair("the DPRK said", "O B-ORG O")).toEqual(["O", "B-LOC", "O"]);
  });

  it("makes a state's English name a place", () => {
    expect(repair("Hungary 's Prime Minister", "B-PER O O O")).toEqual(["B-LOC", "O", "O", "O"]);
    expect(repair("in South Korea", "O B-ORG I-ORG")).toEqual(["O", "B-LOC", "I-LOC"]);
  });

  it("tags English city names: a span that is one, one the model left untagged after \"in\" or \"and\", and a dateline", () => {
    expect(repair("Moscow rejected the plan", "B-PER O O O")).toEqual(["B-LOC", "O", "O", "O"]);
    expect(repair("talks in Warsaw and Prague", "O O B-LOC O O")).toEqual(["O", "O", "B-LOC", "O", "B-LOC"]);
    expect(repair("he flew to New York", "O O O O O")).toEqual(["O", "O", "O", "B-LOC", "I-LOC"]);
    expect(repair("BRUSSELS , June 28", "B-ORG O O O")).toEqual(["B-LOC", "O", "O", "O"]);
    expect(repair("NEW YORK ( AP )", "B-ORG I-ORG O B-ORG O")).toEqual(["B-LOC", "I-LOC", "O", "B-ORG", "O"]);
    expect(repair("talks in Warsaw , Prague , Zurich and Bucharest", "O O B-LOC O O O O O O")).toEqual(["O", "O", "B-LOC", "O", "B-LOC", "O", "B-LOC", "O", "B-LOC"]);
    // Not after other words: "Paris Hilton" stays what the model made it.
    expect(repair("Paris Hilton arrived", "B-PER I-PER O")).toEqual(["B-PER", "I-PER", "O"]);
  });

  it("reads the names after the closing mark of a quote begun in an earlier sentence, not as a quoted title", () => {
    // The opening mark stands in the sentence before: `they will have problems ," Trump said …` had been one MISC span "Trump said … Macron".
    const text = '"Iran must stop its nuclear program. They will have problems," Trump said during a meeting with Macron in the Oval Office.';
    const found = recogniseEntities(loadNerModel(), text, { language: "en" }).map((m) => [m.type, m.text]);
    expect(found).toEqual(expect.arrayContaining([["PER", "Trump"], ["PER", "Macron"]]));
    expect(found.filter(([type]) => type === "MISC")).toEqual([]);
  });

  it("gives whole names in an English article with the shipped model", () => {
    const text =
      'European Commission President Ursula von der Leyen told reporters. Hungary\'s Prime Minister Viktor Orban criticised the deal. "This is a historic day," she said. Last week, Scholz had warned that failure would help populists. German Chancellor Olaf Scholz agreed.';
    const found = recogniseEntities(loadNerModel(), text, { language: "en" }).map((m) => [m.type, m.text]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["ORG", "European Commission"],
        ["PER", "Ursula von der Leyen"],
        ["LOC", "Hungary"],
        ["PER", "Viktor Orban"],
        ["PER", "Scholz"],
        ["PER", "Olaf Scholz"],
      ]),
    );
    expect(found.map(([, t]) => t)).not.toContain("This");
  });
});

describe("English sentence adverbs and months in dates", () => {
  it("are no part of a name when they open the sentence", () => {
    expect(repair("Currently , there are 28,500 troops", "B-PER O O O O O")).toEqual(["O", "O", "O", "O", "O", "O"]);
    expect(repair("Finally , Boeing documents suggest", "B-PER O B-ORG O O")).toEqual(["O", "O", "B-ORG", "O", "O"]);
    expect(repair("Today Microsoft announced", "B-ORG I-ORG O")).toEqual(["O", "B-ORG", "O"]);
  });

  it("drop a month alone with a day number next to it, not a month alone", () => {
    expect(repair("your letter of December 1 , 2003", "O O O B-PER O O O")).toEqual(["O", "O", "O", "O", "O", "O", "O"]);
    expect(repair("on 17 December the", "O O B-PER O")).toEqual(["O", "O", "O", "O"]);
    expect(repair("Secretary : On December 2 , 2003", "O O B-PER I-PER O O O")).toEqual(["O", "O", "O", "O", "O", "O", "O"]);
    expect(repair("said June Carter", "O B-PER I-PER")).toEqual(["O", "B-PER", "I-PER"]);
    expect(repair("met April today", "O B-PER O")).toEqual(["O", "B-PER", "O"]);
  });
});

describe("words before a colon in English text", () => {
  it("are no names when they label a header or a caption, and a listed surname in capitals is a transcript's speaker", () => {
    const model = loadNerModel();
    const t = [["Subj", ":", "Re", ":", "Photo", ":"]];
    const tags = [["B-PER", "O", "O", "O", "B-PER", "O"]];
    repairEnglishLabels(t, tags, model.resources.gazetteer);
    expect(tags[0]).toEqual(["O", "O", "O", "O", "O", "O"]);
    const header = [["James", "Roche", "Sent", ":", "Monday", "Robin", "Cleveland", ":"]];
    const headerTags = [["B-PER", "I-PER", "I-PER", "O", "O", "B-PER", "I-PER", "O"]];
    repairEnglishLabels(header, headerTags, model.resources.gazetteer);
    expect(headerTags[0]).toEqual(["B-PER", "I-PER", "O", "O", "O", "B-PER", "I-PER", "O"]);
    const transcript = "RUMSFELD: Well, I think the answer is no.";
    expect(recogniseEntities(model, transcript, { language: "en" }).map((e) => [e.text, e.type])).toContainEqual(["RUMSFELD", "PER"]);
  });
});
