import { describe, expect, it } from "vitest";
import type { EntityMention } from "../../../src/core/article.js";
import { findQuotes } from "../../../src/nlp/quotes/find.js";
import { splitSentences } from "../../../src/nlp/sentences.js";
import { mention, quotesOf } from "./helpers.js";

/** Entity mentions for the given surface strings of a text, each found after the one before. */
function mentions(text: string, specs: [string, EntityMention["type"], string | null][]): EntityMention[] {
  let from = 0;
  return specs.map(([surface, type, entity]) => {
    const m = mention(text, surface, type, entity, from);
    from = m.end;
    return m;
  });
}

/** Each quote's speaker phrase and resolved entity, with the given entity mentions. */
function speakerEntities(text: string, specs: [string, EntityMention["type"], string | null][], language = "de"): [string | undefined, string | null][] {
  return quotesOf(text, language, mentions(text, specs)).map((q) => [q.speaker?.text, q.speaker_entity]);
}

/** The speaker entity of each quote of a German text whose persons are the given names with their ids. */
function personSpeakers(text: string, names: [string, string][]): (string | null)[] {
  const entities = mentions(text, names.map(([name, id]): [string, EntityMention["type"], string] => [name, "PER", id]));
  return findQuotes(text, { language: "de", sentences: splitSentences(text, "de"), entities }).map((q) => q.speaker_entity);
}

/** Person mentions with the canonical name the entity normaliser gives ([surface, id, name]; the name defaults to the surface). */
function namedPersons(text: string, specs: [string, string, string?][]): EntityMention[] {
  return mentions(text, specs.map(([surface, id]): [string, EntityMention["type"], string] => [surface, "PER", id])).map((m, i) => ({ ...m, name: specs[i][2] ?? m.text }));
}

/** The quotes of a text, found with the given entities. */
function quotesWith(text: string, entities: EntityMention[], language = "de"): ReturnType<typeof findQuotes> {
  return findQuotes(text, { language, sentences: splitSentences(text, language), entities });
}

const TEXT =
  "Bundesgesundheitsminister Karl Lauterbach stellte am Mittwoch die Reform vor. " +
  "Er sagte, die Krankenhäuser würden dadurch entlastet. " +
  "Der Minister betonte, die Finanzierung sei gesichert. " +
  "Ein Sprecher der Krankenkassen erklärte dagegen, die Beiträge würden steigen.";

describe("speaker names without entities", () => {
  it("names a speaker phrase by its personal name and carries it to later pronouns and definite roles", () => {
    const text = "„Wir handeln jetzt“, sagte Regierungssprecher Steffen Hebestreit (SPD). Er betonte, die Pläne seien abgestimmt. Der Sprecher ergänzte, das Kabinett entscheide am Mittwoch.";
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.speaker?.text, q.speaker_name, q.speaker_entity])).toEqual([
      ["Regierungssprecher Steffen Hebestreit (SPD)", "Steffen Hebestreit", null],
      ["Er", "Steffen Hebestreit", null],
      ["Der Sprecher", "Steffen Hebestreit", null],
    ]);
  });

  it("leaves an indefinite role unresolved: it is a person of its own", () => {
    const quotes = quotesOf(TEXT);
    const last = quotes[quotes.length - 1];
    expect(last.speaker?.text).toBe("Ein Sprecher der Krankenkassen");
    expect(last.speaker_name).toBeNull();
  });
});

describe("speaker names with NER entities", () => {
  it("resolves names, pronouns and definite roles to the nearest earlier PER mention", () => {
    const entities = mentions(TEXT, [
      ["Karl Lauterbach", "PER", "Q105676"],
      ["Krankenkassen", "ORG", null],
    ]);
    const quotes = quotesOf(TEXT, "de", entities);
    expect(quotes.map((q) => [q.speaker?.text, q.speaker_entity, q.speaker_name])).toEqual([
      ["Er", "Q105676", "Karl Lauterbach"],
      ["Der Minister", "Q105676", "Karl Lauterbach"],
      ["Ein Sprecher der Krankenkassen", null, "Krankenkassen"],
    ]);
  });

  it("resolves a role to the nearest person the text gave that role, also after a dative article", () => {
    const text =
      "Bundeskanzler Olaf Scholz traf Finanzminister Christian Lindner im Kanzleramt. " +
      "Dem Kanzler zufolge habe man sich geeinigt. Der Minister sagte dagegen, es gebe noch offene Fragen.";
    expect(
      speakerEntities(text, [
        ["Olaf Scholz", "PER", "per:olaf-scholz"],
        ["Christian Lindner", "PER", "per:christian-lindner"],
      ]),
    ).toEqual([
      ["Dem Kanzler", "per:olaf-scholz"],
      ["Der Minister", "per:christian-lindner"],
    ]);
  });

  it("resolves a role to a person the text gave it in an apposition, also in another case", () => {
    const before =
      "Der Fraktionsvorsitzende im Landtag, Wolfgang Jüttner, traf Günter Lenz am Morgen. Der Fraktionsvorsitzende sagte, Lenz müsse sein Mandat niederlegen.";
    expect(speakerEntities(before, [["Wolfgang Jüttner", "PER", "per:juettner"], ["Günter Lenz", "PER", "per:lenz"]])).toEqual([
      ["Der Fraktionsvorsitzende", "per:juettner"],
    ]);
    const after = "Gabriel Entcha-Ebia, der Justizminister des Landes, traf Denis Sassou-Nguesso. Der Justizminister sagte, die Lage sei ruhig.";
    expect(speakerEntities(after, [["Gabriel Entcha-Ebia", "PER", "per:entcha"], ["Denis Sassou-Nguesso", "PER", "per:sassou"]])).toEqual([
      ["Der Justizminister", "per:entcha"],
    ]);
    const genitive =
      "Nach dem Antrag des Generalanwalts des Gerichtshofes, Damazo Colomer, prüfte Richter Peter Jann den Fall. Der Generalanwalt erklärte, das Gesetz verstoße gegen EU-Recht.";
    expect(speakerEntities(genitive, [["Damazo Colomer", "PER", "per:colomer"], ["Peter Jann", "PER", "per:jann"]])).toEqual([
      ["Der Generalanwalt", "per:colomer"],
    ]);
  });

  it("resolves a role with an adjective or a complement only to a person titled alike", () => {
    // Wikinews 2007-04 and 2011-05: a nearer "venezolanische Präsident" and "Vorsitzende der IG Bau" are other people.
    const text =
      "Der brasilianische Präsident Lula da Silva traf den venezolanischen Präsidenten Hugo Chávez. " +
      "Der brasilianische Präsident sagte, man sei sich einig. Der Vorsitzende der IG Bau, Klaus Wiesehügel, kritisierte den Plan. " +
      "Der Vorsitzende des Bauhauptverbands erklärte dagegen, der Plan sei gut.";
    expect(
      speakerEntities(text, [
        ["Lula da Silva", "PER", "per:lula"],
        ["Hugo Chávez", "PER", "per:chavez"],
        ["Klaus Wiesehügel", "PER", "per:wiesehuegel"],
      ]),
    ).toEqual([
      ["Der brasilianische Präsident", "per:lula"],
      ["Der Vorsitzende der IG Bau, Klaus Wiesehügel", "per:wiesehuegel"],
      ["Der Vorsitzende des Bauhauptverbands", null],
    ]);
  });

  it("resolves a role through a synonym of the title the text gave (Regierungschef → Ministerpräsident)", () => {
    // Wikinews 2011-05: "Spaniens Regierungschef José Zapatero … Der Ministerpräsident …".
    const text = "Spaniens Regierungschef José Zapatero traf Angela Merkel in Berlin. Der Ministerpräsident sagte, die Bauern bräuchten dringend Hilfe vom Staat.";
    expect(speakerEntities(text, [["José Zapatero", "PER", "per:zapatero"], ["Angela Merkel", "PER", "per:merkel"]])).toEqual([
      ["Der Ministerpräsident", "per:zapatero"],
    ]);
  });

  it("leaves a definite role unresolved when no person was given that role: the nearest person is someone else", () => {
    // Wikinews 2007-05-07: "Der Leiter der betreffenden Schule" was resolved to the senator named before.
    const text = "Bildungssenator Willi Lemke hält das für ein gelungenes Beispiel. Der Leiter der betreffenden Schule sagte, er hoffe, die Frau halten zu können.";
    expect(speakerEntities(text, [["Willi Lemke", "PER", "per:lemke"]])).toEqual([["Der Leiter der betreffenden Schule", null]]);
  });

  it("resolves a bare feminine role the text gave no one to the woman just written about, but not a masculine one", () => {
    const text = "Ricarda Lang kritisierte den Plan. Die Politikerin sagte, er sei unsozial.";
    expect(speakerEntities(text, [["Ricarda Lang", "PER", "per:lang"]])).toEqual([
      ["Ricarda Lang", "per:lang"],
      ["Die Politikerin", "per:lang"],
    ]);
    // Wikinews 2016-11-23: "Der Richter" after the defendant "Mair" is the judge.
    const judge = "Thomas Mair rief bei dem Angriff laut. Der Richter sagte, die Tat sei lange geplant gewesen.";
    expect(speakerEntities(judge, [["Thomas Mair", "PER", "per:mair"]]).at(-1)).toEqual(["Der Richter", null]);
    // A man before a feminine role: someone else.
    expect(speakerEntities("Olaf Scholz kritisierte den Plan. Die Politikerin sagte, er sei unsozial.", [["Olaf Scholz", "PER", "per:scholz"]]).at(-1)).toEqual(["Die Politikerin", null]);
  });

  it("resolves a pronoun to the nearest person of a compatible gender, as titles and roles in the text give it", () => {
    const text =
      "Bundeskanzlerin Angela Merkel traf Präsident Emmanuel Macron in Paris. Sie sagte, die Gespräche seien gut gewesen. " +
      "Er erklärte, Frankreich stehe an der Seite Deutschlands.";
    expect(
      speakerEntities(text, [
        ["Angela Merkel", "PER", "per:angela-merkel"],
        ["Emmanuel Macron", "PER", "per:emmanuel-macron"],
      ]),
    ).toEqual([
      ["Sie", "per:angela-merkel"],
      ["Er", "per:emmanuel-macron"],
    ]);
    const english = "Mrs. Clinton met Mr. Obama in Washington. She said the talks had gone well.";
    expect(speakerEntities(english, [["Clinton", "PER", "per:clinton"], ["Obama", "PER", "per:obama"]], "en")).toEqual([["She", "per:clinton"]]);
  });

  it("reads a person's gender from the first name when no title gives it, and a 'sie' with a plural verb as a group", () => {
    // Wikinews 2006-11: "Sie" after Gisela Piltz and Wolfgang Schäuble is Piltz; "erklärten sie" is no one person.
    const text =
      "Gisela Piltz traf Wolfgang Schäuble am Morgen. Sie sagte, die Pläne gingen zu weit. " +
      "Peter Hintze und Gordon Brown trafen die Gewerkschaften. Zudem erklärten sie, man werde sparen.";
    expect(
      speakerEntities(text, [
        ["Gisela Piltz", "PER", "per:piltz"],
        ["Wolfgang Schäuble", "PER", "per:schaeuble"],
        ["Peter Hintze", "PER", "per:hintze"],
        ["Gordon Brown", "PER", "per:brown"],
      ]),
    ).toEqual([
      ["Sie", "per:piltz"],
      ["sie", null],
    ]);
  });

  it("reads a pronoun that is always plural as a group, no one person ('they', 'we', 'wir')", () => {
    const text = "Bob Goodlatte met James Comey on Thursday. The documents, they said, show that the memos were biased. Comey said he was surprised.";
    expect(speakerEntities(text, [["Bob Goodlatte", "PER", "per:goodlatte"], ["James Comey", "PER", "per:comey"], ["Comey", "PER", "per:comey"]], "en")).toEqual([
      ["they", null],
      ["Comey", "per:comey"],
    ]);
    const german = "Peter Hintze traf die Gewerkschaften. „Wir werden sparen“, sagten wir den Journalisten.";
    expect(speakerEntities(german, [["Peter Hintze", "PER", "per:hintze"]]).map(([, entity]) => entity)).toEqual([null]);
  });

  it("leaves 'er' or 'sie' unresolved when every person named before is of the other gender", () => {
    const text = "Gisela Piltz traf Angela Merkel am Morgen. Er sagte, die Pläne gingen zu weit. Sie forderte dagegen, man müsse sparen.";
    expect(speakerEntities(text, [["Gisela Piltz", "PER", "per:piltz"], ["Angela Merkel", "PER", "per:merkel"]])).toEqual([
      ["Er", null],
      ["Sie", "per:merkel"],
    ]);
  });

  it("resolves an organisation named by its head noun to the nearest such organisation before it", () => {
    const text =
      "Die Deutsche Bahn und das Finanzministerium verhandeln. Der Bahn zufolge fallen 80 Prozent der Züge aus. " +
      "Das Ministerium erklärte, die Gespräche gingen weiter. Eine Studie der Universität zeigt, dass Pendler leiden.";
    expect(
      speakerEntities(text, [
        ["Deutsche Bahn", "ORG", "org:deutsche-bahn"],
        ["Finanzministerium", "ORG", "org:finanzministerium"],
      ]),
    ).toEqual([
      ["Der Bahn", "org:deutsche-bahn"],
      ["Das Ministerium", "org:finanzministerium"],
      ["Eine Studie der Universität", null],
    ]);
  });

  it("uses the mention text as the name when normalisation has not run", () => {
    const text = "„Das ist ein schwarzer Tag“, sagte Annalena Baerbock in Brüssel. Sie forderte, die Sanktionen müssten verschärft werden.";
    const entities = mentions(text, [["Annalena Baerbock", "PER", null]]);
    const quotes = quotesOf(text, "de", entities);
    expect(quotes.map((q) => [q.speaker_name, q.speaker_entity])).toEqual([
      ["Annalena Baerbock", null],
      ["Annalena Baerbock", null],
    ]);
  });
});

describe("speaker names from the words around the speaker", () => {
  it("takes the name in apposition after a role phrase, before an organisation inside it", () => {
    const text = "Als „verpasste Chance“ beurteilte der parlamentarische Geschäftsführer der Bundestagsfraktion der Grünen, Volker Beck das Pontifikat.";
    const quotes = quotesOf(text, "de", mentions(text, [["Grünen", "ORG", "org:gruene"], ["Volker Beck", "PER", "per:volker-beck"]]));
    expect(quotes.map((q) => [q.speaker?.text, q.speaker_entity])).toContainEqual(["der parlamentarische Geschäftsführer der Bundestagsfraktion der Grünen", "per:volker-beck"]);
  });

  it("resolves \"nach eigenem Bekunden\" to the person the sentence is about", () => {
    const text = "Der ältere Bruder des Papstes, Georg Ratzinger, war nach eigenem Bekunden seit langem eingeweiht.";
    expect(speakerEntities(text, [["Georg Ratzinger", "PER", "per:georg-ratzinger"]])).toEqual([["eigenem Bekunden", "per:georg-ratzinger"]]);
  });
});

describe("speakers of one's own statements", () => {
  it("resolves „eigenen Angaben“ to the person or organisation its sentence names, not to the last person before", () => {
    const text = "Die Ministerin Anna Schmidt besuchte am Montag Berlin. Die Deutsche Bahn hat nach eigenen Angaben 300 Züge gestrichen. Eigenen Angaben zufolge will Siemens 500 Stellen abbauen.";
    expect(
      speakerEntities(text, [
        ["Anna Schmidt", "PER", "per:anna-schmidt"],
        ["Deutsche Bahn", "ORG", "org:deutsche-bahn"],
        ["Siemens", "ORG", "org:siemens"],
      ]),
    ).toEqual([
      ["eigenen Angaben", "org:deutsche-bahn"],
      ["Eigenen Angaben", "org:siemens"],
    ]);
  });

  it("resolves „eigenen Angaben“ to no one when its sentence names no actor and has no personal pronoun, to the person before when it has one", () => {
    const text = "Die Ministerin Anna Schmidt besuchte am Montag Berlin. Das Unternehmen hat nach eigenen Angaben 300 Stellen gestrichen. Nach eigener Aussage will sie bald wiederkommen.";
    expect(speakerEntities(text, [["Anna Schmidt", "PER", "per:anna-schmidt"]])).toEqual([
      ["eigenen Angaben", null],
      ["eigener Aussage", "per:anna-schmidt"],
    ]);
  });

  it("does not take the verb's \"von\" object after „nach eigenen Angaben“ for the source", () => {
    const text = "Siemens geht nach eigenen Angaben von einem Gewinnrückgang aus.";
    expect(speakerEntities(text, [["Siemens", "ORG", "org:siemens"]])).toEqual([["eigenen Angaben", "org:siemens"]]);
  });
});

describe("quotes that follow a sentence framed by one's own statement", () => {
  const text =
    "Der ältere Bruder des Papstes, Georg Ratzinger, war nach eigenem Bekunden seit langem eingeweiht. „Mein Bruder wünscht sich im Alter mehr Ruhe.“ Der Rücktritt sei ein „natürlicher Vorgang“.";

  it("keeps the phrase as the speaker of the sentence it frames", () => {
    expect(quotesOf(text)[0]).toMatchObject({ kind: "indirect", speaker: { text: "eigenem Bekunden" } });
  });

  it("gives the quotes after it to the subject of that sentence", () => {
    expect(quotesOf(text).slice(1).map((q) => [q.kind, q.speaker?.text])).toEqual([
      ["direct", "Der ältere Bruder des Papstes"],
      ["indirect", "Der ältere Bruder des Papstes"],
      ["direct", "Der ältere Bruder des Papstes"],
    ]);
  });
});

describe("a quote in the first person after a sentence without a frame", () => {
  it("is the words of that sentence's subject when it is a person or organisation", () => {
    const text = "Europapolitik: Die SPD will am Kurs der EU-Erweiterung festhalten. „Wir wollen ein Europa, auf das man sich verlassen kann.“";
    expect(quotesOf(text, "de", [mention(text, "SPD", "ORG")]).map((q) => q.speaker?.text ?? null)).toEqual(["Die SPD"]);
    expect(quotesOf("Die Ministerin will festhalten. „Ich bleibe bei meiner Entscheidung.“").map((q) => q.speaker?.text ?? null)).toEqual(["Die Ministerin"]);
  });

  it("stays without a speaker when the quote is not in the first person or the subject is a thing", () => {
    expect(quotesOf("Die SPD will am Kurs der EU-Erweiterung festhalten. „Europa ist ein Projekt des Friedens und der Stabilität.“").map((q) => q.speaker)).toEqual([null]);
    expect(quotesOf("Die Erweiterung wird fortgesetzt. „Wir wollen ein Europa, auf das man sich verlassen kann.“").map((q) => q.speaker)).toEqual([null]);
    // a stray quotation mark in the sentence before: it may be the end of a quote itself ("Just heard …," he tweeted.)
    const stray = 'Die SPD will am Kurs festhalten". „Wir wollen ein Europa, auf das man sich verlassen kann.“';
    expect(quotesOf(stray, "de", [mention(stray, "SPD", "ORG")]).find((q) => q.text.startsWith("„Wir"))?.speaker ?? null).toBeNull();
  });
});

describe("words in brackets right after a person", () => {
  const text = "Viele gratulierten, so der Leiter der Behörde, Mohammed ElBaradei („Mir fällt niemand ein, der diese Ehre mehr verdient hätte.“), und andere.";

  it("are that person's words", () => {
    const q = quotesOf(text, "de", [mention(text, "Mohammed ElBaradei", "PER", "per:mohammed-elbaradei")]);
    expect(q.find((x) => x.kind === "direct")).toMatchObject({ speaker: { text: "Mohammed ElBaradei" }, speaker_entity: "per:mohammed-elbaradei" });
  });

  it("need a person the entities name: without one the frame before speaks", () => {
    expect(quotesOf(text).find((x) => x.kind === "direct")).toMatchObject({ speaker: { text: "der Leiter der Behörde" }, cue: "so" });
  });
});

describe("a colon after the last of a list of speakers", () => {
  it("gives the quote to the last item, a named person", () => {
    const text = "Viele gratulierten, so der Leiter der Behörde, Mohammed ElBaradei, und der norwegische Ministerpräsident Jens Stoltenberg: „Der Preis kommt nicht zu früh.“";
    const q = quotesOf(text, "de", [mention(text, "Mohammed ElBaradei", "PER"), mention(text, "Jens Stoltenberg", "PER")]);
    expect(q.map((x) => x.speaker?.text)).toEqual(["der norwegische Ministerpräsident Jens Stoltenberg"]);
  });

  it("leaves two subjects that speak together as one speaker", () => {
    const text = "Merkel und Macron: „Wir stehen fest an der Seite der Ukraine.“";
    const q = quotesOf(text, "de", [mention(text, "Merkel", "PER"), mention(text, "Macron", "PER")]);
    expect(q.map((x) => x.speaker?.text)).toEqual(["Merkel und Macron"]);
  });
});

describe("a person inside an attribute of the speaker phrase", () => {
  it("does not resolve „einem an X gerichteten Schreiben“ to X, but „Karl Maier von der SPD“ to Karl Maier", () => {
    const letter = "In einem an Anna Berg gerichteten Schreiben heißt es, die Frist sei abgelaufen.";
    const [q] = quotesOf(letter, "de", mentions(letter, [["Anna Berg", "PER", "per:anna-berg"]]));
    expect(q.speaker?.text).toContain("Schreiben");
    expect(q.speaker_entity).toBeNull();
    const member = "Karl Maier von der SPD sagte, die Frist sei abgelaufen.";
    expect(speakerEntities(member, [["Karl Maier", "PER", "per:karl-maier"], ["SPD", "ORG", "org:spd"]])).toEqual([["Karl Maier von der SPD", "per:karl-maier"]]);
  });
});

describe("speakers named by a party role", () => {
  const text =
    "Oppositionsführer Friedrich Merz kritisierte die Pläne scharf. Der CDU-Chef sagte, sie seien unausgegoren. " +
    "„Wir stehen zu unserem Wort“, sagte der SPD-Politiker Olaf Scholz. „Das bleibt so“, sagte der SPD-Politiker.";

  it("resolves a role compounded with a party to the person just written about, not to the party", () => {
    const specs: [string, EntityMention["type"], string | null][] = [
      ["Friedrich Merz", "PER", "per:friedrich-merz"],
      ["CDU", "ORG", "org:cdu"],
      ["SPD", "ORG", "org:spd"],
      ["Olaf Scholz", "PER", "per:olaf-scholz"],
      ["SPD", "ORG", "org:spd"],
    ];
    const resolved = speakerEntities(text, specs);
    expect(resolved).toContainEqual(["Der CDU-Chef", "per:friedrich-merz"]);
    expect(resolved[resolved.length - 1]).toEqual(["der SPD-Politiker", "per:olaf-scholz"]);
  });

  it("gives a party role with no person named before to no one, not to the party", () => {
    const alone = "„Das ist ein schwarzer Tag für die Demokratie“, schrieb die Grünen-Politikerin auf X.";
    expect(speakerEntities(alone, [["Grünen", "ORG", "org:gruene"]])).toEqual([["die Grünen-Politikerin", null]]);
  });

  it("gives a role of several names no single person", () => {
    const plural = "Außenminister Guido Westerwelle reiste ab. Die Außenminister Frankreichs, Italiens und Österreichs erklärten, sie begrüßten den Schritt.";
    const specs: [string, EntityMention["type"], string | null][] = [["Guido Westerwelle", "PER", "per:guido-westerwelle"]];
    expect(speakerEntities(plural, specs)).toEqual([["Die Außenminister Frankreichs, Italiens und Österreichs", null]]);
  });
});

describe("speakers that are a place, an outlet's web address or a name tagged elsewhere", () => {
  it("resolves a state that is the whole speaker phrase, also with an article, but not a place inside a longer phrase", () => {
    const state = "Russland erklärte am Abend, die Truppen würden abgezogen. Der Vatikan bestätigte, der Papst trete zurück.";
    expect(speakerEntities(state, [["Russland", "LOC", "loc:russland"], ["Vatikan", "LOC", "loc:vatikan"]])).toEqual([
      ["Russland", "loc:russland"],
      ["Der Vatikan", "loc:vatikan"],
    ]);
    const office = "Die Staatsanwaltschaft Oslo erklärte, der Täter habe allein gehandelt.";
    expect(speakerEntities(office, [["Oslo", "LOC", "loc:oslo"]])).toEqual([["Die Staatsanwaltschaft Oslo", null]]);
  });

  it("does not take a source noun the tagger mistook for a place as the speaker", () => {
    const text = "Behördenangaben zufolge wurden drei Menschen verletzt.";
    expect(speakerEntities(text, [["Behördenangaben", "LOC", "loc:behoerdenangaben"]])).toEqual([["Behördenangaben", null]]);
  });

  it("resolves an outlet's web address, but not a person's role at that outlet", () => {
    const report = "Einem Bericht von ndr.de zufolge kamen mehr als 5000 Menschen.";
    expect(speakerEntities(report, [["ndr.de", "MISC", "misc:ndr-de"]])).toEqual([["Einem Bericht von ndr.de", "misc:ndr-de"]]);
    const staff = "Ein Redakteur von ndr.de sagte, es seien mehr als 5000 Menschen gekommen.";
    expect(speakerEntities(staff, [["ndr.de", "MISC", "misc:ndr-de"]])).toEqual([["Ein Redakteur von ndr.de", null]]);
  });

  it("resolves a bare name the tagger left untagged here to the entity it tagged with the same words elsewhere", () => {
    const text = "Die Sängerin Shakira tritt in Miami auf. Shakira erklärte, sie sei wahnsinnig aufgeregt.";
    const entities = [mention(text, "Shakira", "ORG", "org:shakira")];
    expect(quotesOf(text, "de", entities).map((q) => [q.speaker?.text, q.speaker_entity])).toEqual([["Shakira", "org:shakira"]]);
  });
});

describe("a source adverb that points back to the sentence before", () => {
  it("takes the source of a quote framed there", () => {
    const text = "Wie die NATO am Montag mitteilte, sind bei der Offensive mehrere Zivilisten getötet worden. Demnach wurden bei Mardscha drei Zivilisten getötet.";
    expect(speakerEntities(text, [["NATO", "ORG", "org:nato"], ["NATO", "ORG", "org:nato"]]).at(-1)).toEqual(["Demnach", "org:nato"]);
  });

  it("else takes an organisation that opens that sentence as its subject", () => {
    const text = "Das Bundeskartellamt hat heute den Abschlussbericht seiner Untersuchung vorgelegt. Demnach kann den großen Stromerzeugern kein Missbrauch nachgewiesen werden.";
    expect(speakerEntities(text, [["Bundeskartellamt", "ORG", "org:bundeskartellamt"]])).toEqual([["Demnach", "org:bundeskartellamt"]]);
  });

  it("takes neither a person there nor an organisation after a preposition", () => {
    const person = "Rick Santorum hatte hier 8,5 Prozent erhalten. Demnach seien Romney 22 der 23 Delegiertenstimmen zugefallen.";
    expect(speakerEntities(person, [["Rick Santorum", "PER", "per:rick-santorum"]])).toEqual([["Demnach", null]]);
    const site = "Der Lebenslauf war auf der Internetseite des Bundestages veröffentlicht worden. Demnach habe sie Rechtswissenschaft studiert.";
    expect(speakerEntities(site, [["Bundestages", "ORG", "org:bundestag"]])).toEqual([["Demnach", null]]);
  });
});

describe("descriptors and persons named inside quotations", () => {
  it("resolves an age or nationality noun after a definite article to the person just told of, in subject position first", () => {
    const text = "Teamchef Jan Beispiel stellt sich vor Paul Muster: „Muster ist der Beste“, wird der Franzose zitiert.";
    expect(speakerEntities(text, [["Jan Beispiel", "PER", "per:jan"], ["Paul Muster", "PER", "per:paul"], ["Muster", "PER", "per:paul"]])).toEqual([
      ["der Franzose", "per:jan"],
    ]);
    const age = "Trainer Jan Beispiel lobte sein Team. „Wir haben gut gespielt“, sagte der 55-Jährige.";
    expect(speakerEntities(age, [["Jan Beispiel", "PER", "per:jan"]])).toEqual([["der 55-Jährige", "per:jan"]]);
  });

  it("resolves a person of a region or city after a definite article the same way (\"meinte der Wiener\", \"die Vorarlbergerin\")", () => {
    const text = "Köln-Trainer Jan Beispiel lobte die Moral seiner Mannschaft. Diese Truppe gibt nie auf, meinte der Wiener.";
    expect(speakerEntities(text, [["Jan Beispiel", "PER", "per:jan"]])).toEqual([["der Wiener", "per:jan"]]);
    const her = "Skispringerin Anna Beispiel siegte in Hinzenbach. Ich bin überglücklich, sagte die Vorarlbergerin.";
    expect(speakerEntities(her, [["Anna Beispiel", "PER", "per:anna"]])).toEqual([["die Vorarlbergerin", "per:anna"]]);
  });

  it("takes the person whose gender the descriptor names", () => {
    const text = "Frau Anna Beispiel traf Herrn Paul Muster. „Das war gut“, sagte der 65-Jährige.";
    expect(speakerEntities(text, [["Anna Beispiel", "PER", "per:anna"], ["Paul Muster", "PER", "per:paul"]])).toEqual([["der 65-Jährige", "per:paul"]]);
    const her = "Frau Anna Beispiel traf Herrn Paul Muster. „Das war gut“, sagte die 69-Jährige.";
    expect(speakerEntities(her, [["Anna Beispiel", "PER", "per:anna"], ["Paul Muster", "PER", "per:paul"]])).toEqual([["die 69-Jährige", "per:anna"]]);
  });

  it("leaves a descriptor with no one near unresolved, and a plural one a group", () => {
    const far = "Trainer Jan Beispiel lobte sein Team. Das Spiel war lang. Es regnete. Die Fans sangen. „Wir haben gut gespielt“, sagte der 55-Jährige.";
    expect(speakerEntities(far, [["Jan Beispiel", "PER", "per:jan"]])).toEqual([["der 55-Jährige", null]]);
    const many = "Trainer Jan Beispiel lobte sein Team. „Wir haben gut gespielt“, sagten die Franzosen.";
    expect(speakerEntities(many, [["Jan Beispiel", "PER", "per:jan"]])).toEqual([["die Franzosen", null]]);
  });

  it("resolves a pronoun to the person told of, not to one named inside the quotation before it", () => {
    const text = "Teamchef Jan Beispiel lobte den Fahrer: „Paul Muster ist der Beste“, sagte der Franzose. Er glaubt, dass das Team stärker sei.";
    const quotes = quotesOf(text, "de", mentions(text, [["Jan Beispiel", "PER", "per:jan"], ["Paul Muster", "PER", "per:paul"]]));
    expect(quotes.map((q) => [q.speaker?.text, q.speaker_entity])).toEqual([
      ["der Franzose", "per:jan"],
      ["Er", "per:jan"],
    ]);
    const english = 'Ann Example spoke first. "Kim Doe is a great partner," she said.';
    expect(speakerEntities(english, [["Ann Example", "PER", "per:ann"], ["Kim Doe", "PER", "per:kim"]], "en")).toEqual([["she", "per:ann"]]);
  });
});

describe("a pronoun in the sentence after a quote", () => {
  it("goes on with the person who just spoke, not with the person named last", () => {
    const text = "Anna Beispiel kam nach Berlin. „Das wäre ein Fehler“, sagte Beispiel über Paul Muster. Sie betonte, man müsse reden.";
    const specs: [string, EntityMention["type"], string | null][] = [["Anna Beispiel", "PER", "per:anna"], ["Beispiel", "PER", "per:anna"], ["Paul Muster", "PER", "per:paul"]];
    expect(speakerEntities(text, specs)).toEqual([
      ["Beispiel", "per:anna"],
      ["Sie", "per:anna"],
    ]);
    const english = 'Ann Example came to Paris. "You cannot make a trade war with your ally," Example said of Bob Doe. She said talks would go on.';
    expect(speakerEntities(english, [["Ann Example", "PER", "per:ann"], ["Example", "PER", "per:ann"], ["Bob Doe", "PER", "per:bob"]], "en").at(-1)).toEqual(["She", "per:ann"]);
  });

  it("does not go on when the gender disagrees or a sentence lies between", () => {
    const text = "Frau Anna Beispiel traf Herrn Paul Muster. „Das war gut“, sagte Beispiel. Er betonte, man müsse reden.";
    const specs: [string, EntityMention["type"], string | null][] = [["Anna Beispiel", "PER", "per:anna"], ["Paul Muster", "PER", "per:paul"], ["Beispiel", "PER", "per:anna"]];
    expect(speakerEntities(text, specs).at(-1)).toEqual(["Er", "per:paul"]);
    const later = "Paul Muster traf Jan Beispiel. „Das war gut“, sagte Muster. Dann gingen beide essen. Er betonte, man müsse reden.";
    const names: [string, EntityMention["type"], string | null][] = [["Paul Muster", "PER", "per:paul"], ["Jan Beispiel", "PER", "per:jan"], ["Muster", "PER", "per:paul"]];
    expect(speakerEntities(later, names).at(-1)).toEqual(["Er", "per:paul"]);
  });
});

describe("an institution named by its kind alone", () => {
  it("resolves to the organisation named before whose name opens with that noun, only for the noun with its article", () => {
    const text = "Die Universität Nordheide hatte ihm den Titel aberkannt. Die Universität erklärte, sie wolle dem Vorwurf nachgehen.";
    expect(speakerEntities(text, [["Universität Nordheide", "ORG", "org:uni"]])).toEqual([["Die Universität", "org:uni"]]);
    const person = "Der Verein Rot-Weiß Nordheide gewann. „Wir haben verdient gewonnen“, sagte der Sportchef von Rot-Weiß.";
    expect(speakerEntities(person, [["Rot-Weiß Nordheide", "ORG", "org:rw"]])).toEqual([["der Sportchef von Rot-Weiß", null]]);
  });
});

describe("an organisation named by the noun it was introduced with", () => {
  it("finds it also where the noun stood in the genitive before the name", () => {
    const text = "Das geht aus einer Umfrage des Digitalverbands Nordkom hervor. Dem Digitalverband zufolge sind die Verbraucher aufgeschlossen.";
    expect(speakerEntities(text, [["Nordkom", "ORG", "org:nordkom"]])).toEqual([["Dem Digitalverband", "org:nordkom"]]);
  });
});

describe("an institution named by its kind in English", () => {
  it("finds the organisation by the name the article writes, also where its canonical name is German", () => {
    const text = "The International Atomic Energy Agency sent inspectors. The agency said the plant was safe.";
    const entities = mentions(text, [["International Atomic Energy Agency", "ORG", "org:iaea"]]).map((m) => ({ ...m, name: "Internationale Atomenergiebehörde" }));
    expect(quotesWith(text, entities, "en").map((q) => [q.speaker?.text, q.speaker_entity])).toEqual([["The agency", "org:iaea"]]);
  });
});

describe("a company named by its kind", () => {
  it("resolves to the organisation named last when the text introduced it as a company", () => {
    const text = "Der Softwarehersteller Nordsoft kündigte eine neue Version an. Der Hersteller teilte mit, sie komme im Oktober.";
    expect(speakerEntities(text, [["Nordsoft", "ORG", "org:nordsoft"]]).at(-1)).toEqual(["Der Hersteller", "org:nordsoft"]);
    const legal = "Die Beispiel AG senkte ihre Prognose. Das Unternehmen teilte mit, der Umsatz sinke.";
    expect(speakerEntities(legal, [["Beispiel AG", "ORG", "org:beispiel"]])).toEqual([["Das Unternehmen", "org:beispiel"]]);
    const english = "Lycos Europe has denied doing anything illegal. The company says it did nothing wrong.";
    const named = "The carmaker Example Motors cut jobs. The company said it had no choice.";
    expect(speakerEntities(named, [["Example Motors", "ORG", "org:example"]], "en")).toEqual([["The company", "org:example"]]);
    expect(speakerEntities(english, [["Lycos Europe", "ORG", "org:lycos"]], "en")).toEqual([["The company", null]]);
  });

  it("resolves to a company the name lists know, however the text introduced it, not to one that opens a compound of another company's relation to it", () => {
    const text = "Apple sträubt sich gegen die Pläne. Außerdem fürchtet der Konzern, dass ein Präzedenzfall geschaffen würde.";
    expect(speakerEntities(text, [["Apple", "ORG", "org:apple"]])).toEqual([["der Konzern", "org:apple"]]);
    const supplier = "Der Apple-Zulieferer Nordisplay spürt den Boom. Für das Quartal werde ein Minus erwartet, teilte der Konzern mit.";
    expect(speakerEntities(supplier, [["Apple", "ORG", "org:apple"]])).toEqual([["der Konzern", null]]);
    const inflected = "Den Samsung-Zulieferern drohen Verluste. Das Unternehmen teilte mit, die Lage sei ernst.";
    expect(speakerEntities(inflected, [["Samsung", "ORG", "org:samsung"]])).toEqual([["Das Unternehmen", null]]);
    const own = "Die Samsung-Aktie legte zu. Das Unternehmen teilte mit, die Lage sei gut.";
    expect(speakerEntities(own, [["Samsung", "ORG", "org:samsung"]])).toEqual([["Das Unternehmen", "org:samsung"]]);
  });

  it("does not resolve when the organisation named last is no known company, or the noun is plural", () => {
    const text = "Der Autobauer Nordcar legte Zahlen vor. Die Gewerkschaft Nordmetall protestierte. Das Unternehmen erklärte, es gebe keine Entlassungen.";
    expect(speakerEntities(text, [["Nordcar", "ORG", "org:nordcar"], ["Nordmetall", "ORG", "org:nordmetall"]]).at(-1)).toEqual(["Das Unternehmen", null]);
    const plural = "Die Beispiel AG betreibt den Park. Es entstanden 500 Arbeitsplätze, die Betreiber sprechen von einem Erfolg.";
    expect(quotesOf(plural, "de", mentions(plural, [["Beispiel AG", "ORG", "org:beispiel"]])).map((q) => q.speaker_entity)).not.toContain("org:beispiel");
  });
});

describe("a role the article's title gives a person", () => {
  const text = "Der Bundespräsident hat in einem Interview Stellung genommen. Der Bundespräsident sagte, die Kluft wachse. Später sprach Muster über die Wirtschaft.";
  const entities = mentions(text, [["Muster", "PER", "per:muster"]]);
  const speakers = (title: string | null): (string | null)[] =>
    findQuotes(text, { language: "de", sentences: splitSentences(text, "de"), entities, title }).map((q) => q.speaker_entity);

  it("names the role in the text when the text names that person", () => {
    expect(speakers("Bundespräsident Muster sieht wachsende Kluft")).toContain("per:muster");
  });

  it("names no one without the title, with another role in it, or when the text does not name the person", () => {
    expect(speakers(null)).not.toContain("per:muster");
    expect(speakers("Minister Muster sieht wachsende Kluft")).not.toContain("per:muster");
    expect(speakers("Bundespräsident Beispiel sieht wachsende Kluft")).not.toContain("per:muster");
  });
});

describe("a role phrase in apposition to a name", () => {
  /** The speaker entities of the quotes of a text that names Theo Zwanziger and the DFB. */
  const speakers = (text: string): Set<string | null> => {
    const entities = mentions(text, [
      ["Theo Zwanziger", "PER", "per:theo-zwanziger"],
      ["Deutschen Fußball-Bundes", "ORG", "org:dfb"],
    ]);
    return new Set(findQuotes(text, { language: "de", sentences: splitSentences(text, "de"), entities }).map((q) => q.speaker_entity));
  };

  it("names the person before the comma, not the organisation in its complement", () => {
    expect(speakers("Theo Zwanziger, Präsident des Deutschen Fußball-Bundes nannte die Bewerbung „sehr respektabel“.")).toEqual(new Set(["per:theo-zwanziger"]));
  });

  it("leaves a role phrase that no name stands right before to its complement", () => {
    expect(speakers("Theo Zwanziger war in Zürich. Ein Sprecher des Deutschen Fußball-Bundes nannte die Bewerbung „sehr respektabel“.")).toEqual(new Set(["org:dfb"]));
  });
});

describe("a role noun in the plural before a name", () => {
  it("gives that person no role", () => {
    const text = "Ein Ausweis wurde von den Ermittlern Demjanjuk zugeordnet. Der Ermittler will seine Arbeit einstellen: „Was Größeres kommt nicht nach!“";
    const entities = mentions(text, [["Demjanjuk", "PER", "per:demjanjuk"]]);
    expect(findQuotes(text, { language: "de", sentences: splitSentences(text, "de"), entities }).map((q) => q.speaker_entity)).not.toContain("per:demjanjuk");
  });

  it("does, in the singular of a weak noun", () => {
    const text = "Er traf sich mit dem Präsidenten Obama. Der Präsident sagte: „Wir sind zufrieden.“";
    const entities = mentions(text, [["Obama", "PER", "per:obama"]]);
    expect(findQuotes(text, { language: "de", sentences: splitSentences(text, "de"), entities }).map((q) => q.speaker_entity)).toContain("per:obama");
  });
});

describe("a pronoun after a person named by a role noun alone", () => {
  const speakers = (text: string, names: [string, string][]): (string | null)[] => {
    const entities = mentions(text, names.map(([name, id]): [string, EntityMention["type"], string] => [name, "PER", id]));
    return findQuotes(text, { language: "de", sentences: splitSentences(text, "de"), entities }).map((q) => q.speaker_entity);
  };

  it("names no one, not the person named before that role noun", () => {
    const text = "Der Absturz ereignete sich bei Tall Afar. Ein Sprecher der US-Armee wollte nichts bestätigen. Er sagte aber, dass alle Insassen Amerikaner seien.";
    expect(speakers(text, [["Tall Afar", "per:tall-afar"]])).toEqual([null]);
  });

  it("names the organisation the role noun names, when the entities know it", () => {
    const text = "Der Absturz ereignete sich bei Tall Afar. Ein Sprecher der US-Armee wollte nichts bestätigen. Er sagte aber, dass alle Insassen Amerikaner seien.";
    const entities = mentions(text, [
      ["Tall Afar", "PER", "per:tall-afar"],
      ["US-Armee", "ORG", "org:us-armee"],
    ]);
    expect(findQuotes(text, { language: "de", sentences: splitSentences(text, "de"), entities }).map((q) => q.speaker_entity)).toEqual(["org:us-armee"]);
  });

  it("still names the person when the role noun titles a name or stands in apposition, or is an object", () => {
    const titled = "Şükrü Can, der Leiter der Wartung, ließ ein Kamel schlachten. Er sagte, die Probleme seien vorbei.";
    expect(speakers(titled, [["Şükrü Can", "per:can"]])).toEqual(["per:can"]);
    const object = "Heiner Falldorf stimmte gegen den NPD-Anwalt. Er sagte, die Affäre sei vorbei.";
    expect(speakers(object, [["Heiner Falldorf", "per:falldorf"]])).toEqual(["per:falldorf"]);
  });
});

describe("a speaker phrase that opens with a name and a comma", () => {
  const speakers = (text: string, names: [string, string][]): Set<string | null> => {
    const entities = mentions(text, names.map(([name, id]): [string, EntityMention["type"], string] => [name, "PER", id]));
    return new Set(findQuotes(text, { language: "de", sentences: splitSentences(text, "de"), entities }).map((q) => q.speaker_entity));
  };

  it("is that person's, whoever the apposition names", () => {
    const text = "Auch Winfried Hassemer, Papiers Stellvertreter, glaubt, dass ein weiteres Verfahren möglich sei.";
    expect(speakers(text, [["Winfried Hassemer", "per:hassemer"], ["Papiers", "per:papier"]])).toEqual(new Set(["per:hassemer"]));
    const voznyak = "Sergei Voznyak, Pressesprecher des Wahlkampfteams von Aljaksandr Milinkewitsch, sagte, er sei festgenommen worden.";
    expect(speakers(voznyak, [["Sergei Voznyak", "per:voznyak"], ["Aljaksandr Milinkewitsch", "per:milinkewitsch"]])).toEqual(new Set(["per:voznyak"]));
  });

  it("is not a list of names", () => {
    const text = "Müller, Meier und Schulze sagten, sie seien zufrieden.";
    expect(speakers(text, [["Müller", "per:mueller"], ["Meier", "per:meier"], ["Schulze", "per:schulze"]])).not.toContain("per:mueller");
  });
});

describe("a role the text gives several persons and the title one of them", () => {
  const text =
    "Papst Benedikt XVI. will sein Amt niederlegen. 1415 trat Papst Gregor XII. ab, um eine Spaltung zu beenden. „Ich bin mir dessen sehr bewusst“, sagte der Papst.";
  const entities = mentions(text, [
    ["Benedikt XVI.", "PER", "per:benedikt-xvi"],
    ["Gregor XII.", "PER", "per:gregor-xii"],
  ]);
  const speakers = (title: string | null): (string | null)[] =>
    findQuotes(text, { language: "de", sentences: splitSentences(text, "de"), entities, title }).map((q) => q.speaker_entity);

  it("names the one the title names (with a regnal number), not the one named last", () => {
    expect(speakers("Papst Benedikt XVI. tritt zurück")).toEqual(["per:benedikt-xvi"]);
  });

  it("names the one named last without such a title", () => {
    expect(speakers(null)).toEqual(["per:gregor-xii"]);
    expect(speakers("Rücktritt im Vatikan")).toEqual(["per:gregor-xii"]);
  });
});

describe("a person after a preposition of topic inside the speaker phrase", () => {
  it("is not the speaker", () => {
    const text = "Kurt Beispiel nahm kein Blatt vor den Mund. Seine Meinung zu Paul Muster: „Ich dachte, es darf doch nicht wahr sein.“";
    const specs: [string, EntityMention["type"], string][] = [["Kurt Beispiel", "PER", "per:kurt"], ["Paul Muster", "PER", "per:paul"]];
    expect(speakerEntities(text, specs).map(([, entity]) => entity)).not.toContain("per:paul");
    const english = "Bob Sample is in prison. He intends to run regardless, the person close to Sample said.";
    expect(speakerEntities(english, [["Bob Sample", "PER", "per:bob"], ["Sample", "PER", "per:bob"]], "en")).toEqual([["the person close to Sample", null]]);
  });
});

describe("an organisation named by the noun that introduced it", () => {
  it("resolves to the organisation the text introduced last with that noun or a compound ending in it", () => {
    const text = "Die Umweltschutzorganisation Nordnatur kritisierte den Plan. Die Umweltschutzorganisation forderte, den Bären einzufangen.";
    expect(speakerEntities(text, [["Nordnatur", "ORG", "org:nordnatur"]]).at(-1)).toEqual(["Die Umweltschutzorganisation", "org:nordnatur"]);
    const compound = "Die Nachrichtenagentur Nordpress meldete Unruhen. Die Agentur berichtete, dass 300 Mönche demonstriert hätten.";
    expect(speakerEntities(compound, [["Nordpress", "ORG", "org:nordpress"]]).at(-1)).toEqual(["Die Agentur", "org:nordpress"]);
  });

  it("takes no organisation introduced with another noun, no short noun for a compound and no plural", () => {
    const other = "Die Gewerkschaft Nordmetall protestierte. Die Organisation erklärte, der Plan sei falsch.";
    expect(speakerEntities(other, [["Nordmetall", "ORG", "org:nordmetall"]]).at(-1)).toEqual(["Die Organisation", null]);
    const short = "Der Stadtrat Nordheim tagte. Der Rat erklärte, der Plan sei falsch.";
    expect(speakerEntities(short, [["Nordheim", "ORG", "org:nordheim"]]).at(-1)).toEqual(["Der Rat", null]);
    const plural = "Die Hilfsorganisation Nordhilfe half. Die Hilfsorganisationen erklärten, es fehle Wasser.";
    expect(speakerEntities(plural, [["Nordhilfe", "ORG", "org:nordhilfe"]]).at(-1)?.[1]).toBeNull();
  });
});

describe("a person in the genitive inside the speaker phrase", () => {
  /** Speakers and their entities, with each mention named by the entity's canonical name (as the pipeline does: "Paul Musters" → "Paul Muster"). */
  const canonical = (text: string, specs: [string, string][], language = "de"): [string | undefined, string | null][] => {
    const entities = mentions(text, specs.map(([surface, entity]) => [surface, "PER", entity])).map((m, i) => ({ ...m, name: specs[i][1] }));
    return quotesOf(text, language, entities).map((q) => [q.speaker?.text, q.speaker_entity]);
  };

  it("owns a relative or helper who speaks, not the words", () => {
    const text = "Paul Muster erhielt den Preis. Paul Musters Mutter sagte, sie sei stolz.";
    expect(canonical(text, [["Paul Muster", "Paul Muster"], ["Paul Musters", "Paul Muster"]])).toEqual([["Paul Musters Mutter", null]]);
    const helper = "Anna Beispiel trat an. Beispiels Wahlkampfhelfer erklärten, es gebe Betrug.";
    expect(canonical(helper, [["Anna Beispiel", "Anna Beispiel"], ["Beispiels", "Anna Beispiel"]]).at(-1)?.[1]).toBeNull();
    const critics = "Ann Example won. Some of Example's critics said the result was rigged.";
    expect(speakerEntities(critics, [["Ann Example", "PER", "per:ann"], ["Example", "PER", "per:ann"]], "en").at(-1)?.[1]).toBeNull();
    const english = "Ann Example won. Example's aide said the result was clear.";
    expect(speakerEntities(english, [["Ann Example", "PER", "per:ann"], ["Example", "PER", "per:ann"]], "en").at(-1)?.[1]).toBeNull();
  });

  it("still speaks through her own opinion or statements", () => {
    const text = "Paul Muster kritisierte den Plan. Nach Musters Meinung sei er zu teuer.";
    expect(canonical(text, [["Paul Muster", "Paul Muster"], ["Musters", "Paul Muster"]]).at(-1)).toEqual(["Musters Meinung", "Paul Muster"]);
  });
});

describe("a role in the complement of a noun of kin", () => {
  it("is not the title of the person in apposition", () => {
    const text = "Der ältere Bruder des Präsidenten, Paul Muster, war informiert. „Das war absehbar“, sagte der Präsident.";
    expect(speakerEntities(text, [["Paul Muster", "PER", "per:paul"]])).toEqual([["der Präsident", null]]);
    const office = "Laut dem Antrag des Generalanwalts, Jan Beispiel, ist das Gesetz nichtig. Der Generalanwalt erklärte, es verstoße gegen EU-Recht.";
    expect(speakerEntities(office, [["Jan Beispiel", "PER", "per:jan"]]).at(-1)).toEqual(["Der Generalanwalt", "per:jan"]);
  });
});

describe("a role given to several persons", () => {
  it("names the one of them named last before the speaker, titled there or not", () => {
    const text = "Präsident Paul Muster traf Präsident Jan Beispiel. Danach sprach Muster mit Journalisten. „Wir sind einig“, sagte der Präsident.";
    const specs: [string, EntityMention["type"], string | null][] = [["Paul Muster", "PER", "per:paul"], ["Jan Beispiel", "PER", "per:jan"], ["Muster", "PER", "per:paul"]];
    expect(speakerEntities(text, specs)).toEqual([["der Präsident", "per:paul"]]);
  });
});

describe("a person in apposition after the speaker phrase", () => {
  it("names the speaker also after the role's complement", () => {
    const text = "Ban Ki-moon erhielt den Bericht. Auch die US-Delegationsleiterin beim Klimagipfel, Sharon Hayes, äußerte sich zufrieden: „Wir haben eine ausgewogene Position erreicht.“";
    expect(personSpeakers(text, [["Ban Ki-moon", "per:ban"], ["Sharon Hayes", "per:hayes"]])).toEqual(["per:hayes"]);
    const unclosed = "Als „verpasste Chance“ beurteilte der Geschäftsführer der Fraktion der Grünen, Volker Beck das Pontifikat.";
    expect(personSpeakers(unclosed, [["Volker Beck", "per:beck"]])).toContain("per:beck");
  });

  it("is no person who opens the reported clause, nor one after a verb", () => {
    const text = "Olaf Scholz war in Berlin. „Das ist gut“, sagte der Sprecher, Merz werde kommen.";
    expect(personSpeakers(text, [["Olaf Scholz", "per:scholz"], ["Merz", "per:merz"]])).toEqual([null]);
    const verb = "Die Abwehr um Luke Kuechly hielt lange dagegen, Cam Newton fand kein Mittel. Die Abwehr erklärte, sie sei stolz.";
    expect(personSpeakers(verb, [["Luke Kuechly", "per:kuechly"], ["Cam Newton", "per:newton"]])).not.toContain("per:newton");
  });
});

describe("a relative clause put after the verb", () => {
  it("has the person before that verb as its speaker", () => {
    const text = "Als Beobachter war auch der frühere Justizminister Ramsey Clark anwesend, der der Regierung vorwarf, Aktivisten zu schützen.";
    expect(personSpeakers(text, [["Ramsey Clark", "per:clark"]])).toEqual(["per:clark"]);
  });

  it("not when the pronoun's gender does not fit", () => {
    const text = "Als Beobachterin war auch Angela Merkel anwesend, der der Minister vorwarf, Aktivisten zu schützen.";
    expect(personSpeakers(text, [["Angela Merkel", "per:merkel"]])).not.toContain("per:merkel");
  });
});

describe("a definite role between a person and a pronoun", () => {
  it("is the person the text gave that role", () => {
    const text =
      "Bundeskanzler Gerhard Schröder hatte die Vertrauensfrage gestellt. Bundespräsident Horst Köhler löste den Bundestag auf. " +
      "Der Bundeskanzler nahm am Abend zu der Entscheidung des Bundespräsidenten Stellung. Er sagte, die Entscheidung sei souverän.";
    expect(personSpeakers(text, [["Gerhard Schröder", "per:schroeder"], ["Horst Köhler", "per:koehler"]])).toEqual(["per:schroeder"]);
    const austrian = "Das Gesetz löse die Probleme nicht, sagt Kriminalsoziologe Reinhard Kreissl. Der Soziologe gründete 2015 ein Institut. Er fordert, eine Debatte zu führen.";
    expect(personSpeakers(austrian, [["Reinhard Kreissl", "per:kreissl"]])).toEqual(["per:kreissl", "per:kreissl"]);
  });
});

describe("roles of the Austrian press and of experts", () => {
  it("name the person the text gave the role", () => {
    const text =
      "Das Wichtigste ist eine normale Struktur, sagt die Psychotherapeutin Barbara Preitler. Preitler arbeitet für Hemayat. " +
      "Man könne davon ausgehen, dass jedes Kind verletzt sei, sagte die Psychotherapeutin zum STANDARD.";
    const entities = mentions(text, [["Barbara Preitler", "PER", "per:preitler"], ["Preitler", "PER", "per:preitler"]]);
    expect(findQuotes(text, { language: "de", sentences: splitSentences(text, "de"), entities }).map((q) => q.speaker_entity)).toEqual(["per:preitler", "per:preitler"]);
  });
});

describe("a source noun after a possessive", () => {
  it("is the words of the nearest person of the possessive's gender", () => {
    const text = "Air-France-Chef Jean-Cyril Spinetta weist die Vorwürfe zurück. Seiner Meinung nach hätte die Flughafenaufsicht den Flughafen schließen müssen.";
    expect(personSpeakers(text, [["Jean-Cyril Spinetta", "per:spinetta"]])).toEqual(["per:spinetta"]);
    const woman = "Gisela Piltz schloss sich der Kritik von Wolfgang Schäuble an: Die Verhältnismäßigkeit sei ihrer Meinung nach nicht mehr gewahrt.";
    expect(personSpeakers(woman, [["Gisela Piltz", "per:piltz"], ["Wolfgang Schäuble", "per:schaeuble"]])).toEqual(["per:piltz"]);
  });

  it("is no one's when no person of that gender is near, nor in an interview question", () => {
    const text = "Angela Merkel sprach in Berlin. Seiner Meinung nach hätte die Aufsicht den Flughafen schließen müssen.";
    expect(personSpeakers(text, [["Angela Merkel", "per:merkel"]])).toEqual([null]);
    const formal = "Petra Pau antwortete. Wikinews: Welche Vorschläge sind Ihrer Meinung nach verfassungswidrig?";
    expect(personSpeakers(formal, [["Petra Pau", "per:pau"]])).not.toContain("per:pau");
  });
});

describe("two persons side by side after the verb", () => {
  it("has the first, the subject, as the speaker", () => {
    const text = "Mariano Rajoy traf José Zapatero. So kritisierte Rajoy Zapatero heftig, es sei der größte Fehler der Regierung gewesen.";
    const entities = namedPersons(text, [
      ["Mariano Rajoy", "per:rajoy"],
      ["José Zapatero", "per:zapatero"],
      ["Rajoy", "per:rajoy", "Mariano Rajoy"],
      ["Zapatero", "per:zapatero", "José Zapatero"],
    ]);
    expect(quotesWith(text, entities).map((q) => q.speaker_entity)).toEqual(["per:rajoy"]);
  });

  it("not the parts of one name the recogniser split", () => {
    const text = "„Wir handeln“, sagte EZB-Direktor Benoit Coeure.";
    const entities = namedPersons(text, [
      ["Benoit", "per:benoit"],
      ["Coeure", "per:coeure"],
    ]);
    expect(quotesWith(text, entities).map((q) => q.speaker_entity)).toEqual(["per:coeure"]);
  });
});

describe("one speaker phrase, one speaker", () => {
  it("gives a partial quote inside an indirect one the indirect one's speaker, not the person named last", () => {
    const text =
      "Donald Trump dismissed the allegations. He said he is looking forward to being questioned by Robert Mueller. " +
      'He\'s said the allegations are a "fake story that is demeaning to all of us and demeaning to our country."';
    const entities = namedPersons(text, [
      ["Donald Trump", "per:trump"],
      ["Robert Mueller", "per:mueller"],
    ]);
    const quotes = quotesWith(text, entities, "en");
    const last = quotes.filter((q) => q.speaker?.text === "He's");
    expect(last.length).toBeGreaterThanOrEqual(2);
    expect(new Set(last.map((q) => q.speaker_entity))).toEqual(new Set(["per:trump"]));
  });

  it("reads a role after a name in the genitive as a definite role", () => {
    const text = "Israeli Prime Minister Benjamin Netanyahu spoke on Monday. Speaking during a televised address, Israel's prime minister said the material is filled with evidence.";
    const quotes = quotesWith(text, namedPersons(text, [["Benjamin Netanyahu", "per:netanyahu"]]), "en");
    expect(quotes.map((q) => [q.speaker?.text, q.speaker_entity])).toContainEqual(["Israel's prime minister", "per:netanyahu"]);
  });
});

describe("one word of one person's full name", () => {
  it("names that person, also when it opens the name", () => {
    const text = "Wir brauchen mehr Mitgefühl, sagte UN-Generalsekretär Ban Ki Moon. Schon zuvor appellierte Ban, die Grenzen offen zu halten.";
    const entities = namedPersons(text, [["Ban Ki Moon", "per:ban-ki-moon", "Ban Ki-moon"]]);
    expect(quotesWith(text, entities).map((q) => q.speaker_entity)).toEqual(["per:ban-ki-moon", "per:ban-ki-moon"]);
  });

  it("not a word two persons share", () => {
    const text = "Hans Müller und Petra Hans trafen sich. Danach erklärte Hans, die Grenzen blieben offen.";
    const entities = namedPersons(text, [
      ["Hans Müller", "per:mueller"],
      ["Petra Hans", "per:hans"],
    ]);
    expect(quotesWith(text, entities).map((q) => q.speaker_entity)).toEqual([null]);
  });
});

describe("a pronoun speaker after sentences that keep one subject", () => {
  it("goes on with the person who opens the sentence before, past a sentence opening with the same pronoun, not the person named last", () => {
    const text =
      "Mr. Kudlow said he expected Mr. Abe to petition Mr. Trump for an exemption. " +
      "He also tamped down expectations about the trade pact, which Mr. Trump pulled out of. " +
      "\"We are in the pre-preliminary stages of any discussions,\" he said.";
    const quotes = quotesWith(text, namedPersons(text, [["Kudlow", "per:kudlow"], ["Abe", "per:abe"], ["Trump", "per:trump"], ["Trump", "per:trump"]]), "en");
    expect(quotes.map((q) => [q.speaker?.text, q.speaker_entity])).toEqual([
      ["Mr. Kudlow", "per:kudlow"],
      ["he", "per:kudlow"],
    ]);
  });

  it("does so in German, for the subject of the sentence right before", () => {
    const text =
      "Gatlin hatte den Zweikampf mit dem Kampf zwischen Muhammad Ali und George Foreman verglichen. Das wird wie damals, hatte er gesagt.";
    expect(personSpeakers(text, [["Gatlin", "per:gatlin"], ["Muhammad Ali", "per:ali"], ["George Foreman", "per:foreman"]])).toEqual(["per:gatlin"]);
  });

  it("not when the pronoun's sentence opens with another pronoun: the text has moved on to someone else", () => {
    const text =
      "Dessen Chef Elon Musk soll dem Hacker George Hotz ein Jobangebot gemacht haben. Dieser habe aber dankend abgelehnt, wie er betont.";
    expect(personSpeakers(text, [["Elon Musk", "per:musk"], ["George Hotz", "per:hotz"]])).toEqual(["per:hotz"]);
  });
});

describe("a definite role right after a quote of a person", () => {
  it("goes on with the person just quoted when the text gave the role to no one", () => {
    const text = "Eine Strafe sei möglich, sagte der Wiener Jurist Roland Gerlach. Der Anwalt hält den Fall für vergleichbar, die Bank müsse zahlen.";
    expect(personSpeakers(text, [["Roland Gerlach", "per:gerlach"]])).toEqual(["per:gerlach", "per:gerlach"]);
    const english = "\"Comey was right to document it,\" Cummings said in a statement. The congressman added that the memos are corroborated by notes.";
    const quotes = quotesWith(english, namedPersons(english, [["Cummings", "per:cummings"]]), "en");
    expect(quotes.map((q) => [q.speaker?.text, q.speaker_entity])).toEqual([
      ["Cummings", "per:cummings"],
      ["The congressman", "per:cummings"],
    ]);
  });

  it("also a few sentences on, when no one else is named between and the role is no office of one person", () => {
    const text = "Das sei ein Wahnsinn, so Bernhard Scharf. Die Stadt wird heißer. Der Wald kühlt. Die Kommission hat das erkannt, sagt der Wissenschafter.";
    expect(personSpeakers(text, [["Bernhard Scharf", "per:scharf"]])).toEqual(["per:scharf", "per:scharf"]);
    const between = "Das sei ein Wahnsinn, so Bernhard Scharf. Anna Muster widersprach. Der Wald kühlt. Die Kommission hat das erkannt, sagt der Wissenschafter.";
    expect(personSpeakers(between, [["Bernhard Scharf", "per:scharf"], ["Anna Muster", "per:muster"]])).toEqual(["per:scharf", null]);
    const office = "Das sei ein Wahnsinn, so Bernhard Scharf. Die Stadt wird heißer. Der Wald kühlt. Die Kommission hat das erkannt, sagt der Präsident.";
    expect(personSpeakers(office, [["Bernhard Scharf", "per:scharf"]])).toEqual(["per:scharf", null]);
  });

  it("not for several, nor when a name follows in apposition", () => {
    const plural = "Das sei gut, sagte Christian Hilbe. Die Erpresser lockten das Maximum heraus, so die Forscher.";
    expect(personSpeakers(plural, [["Christian Hilbe", "per:hilbe"]])).toEqual(["per:hilbe", null]);
    const several = "Die Ergebnisse seien erstaunlich, sagte der Zoologe Ofer Tchernichovski. Die beiden Forscher ergänzten, die Laute seien ähnlich.";
    expect(personSpeakers(several, [["Ofer Tchernichovski", "per:tchernichovski"]])).toEqual(["per:tchernichovski", null]);
    const apposition = "Die Räume schaffen keine Transparenz, kritisierte Renate Anderl. Die Chefin der Organisation Global 2000, Leonore Gewessler, warnte, das Gremium werde Standards senken.";
    expect(personSpeakers(apposition, [["Renate Anderl", "per:anderl"]])).toEqual(["per:anderl", null]);
  });
});

describe("an English unnamed role between the nearest person and a pronoun", () => {
  it("is whom the pronoun points back to, speaking for the organisation inside its phrase", () => {
    const text = "Aid reached Banda Aceh, said Carol Bellamy. A WHO spokesperson in New Delhi warned of disease. \"We have to provide safe water,\" she said.";
    const entities = [...namedPersons(text, [["Carol Bellamy", "per:bellamy"]]), mention(text, "WHO", "ORG", "org:who")].sort((a, b) => a.start - b.start);
    expect(quotesWith(text, entities, "en").map((q) => [q.speaker?.text, q.speaker_entity])).toEqual([
      ["Carol Bellamy", "per:bellamy"],
      ["A WHO spokesperson in New Delhi", "org:who"],
      ["she", "org:who"],
    ]);
  });

  it("not a role after \"as\", which says what the person named was", () => {
    const text = "The club hired Jose Mourinho, who had worked as an assistant coach there. \"I would like to play Barcelona,\" he said.";
    expect(quotesWith(text, namedPersons(text, [["Jose Mourinho", "per:mourinho"]]), "en").map((q) => q.speaker_entity)).toEqual(["per:mourinho"]);
  });
});

describe("a neuter pronoun as speaker", () => {
  it("points back to the organisation quoted or named in its sentence or the one before, never to a person", () => {
    const text = 'The European Commission said the extension prolonged uncertainty. "The EU should be exempted," it said. Kevin Brady agreed. "Talks will go on," it added.';
    expect(speakerEntities(text, [["European Commission", "ORG", "org:commission"], ["EU", "ORG", "org:eu"], ["Kevin Brady", "PER", "per:brady"]], "en")).toEqual([
      ["The European Commission", "org:commission"],
      ["it", "org:commission"],
      ["it", null],
    ]);
  });

  it("reads the German \"es\" so too", () => {
    const text = "Das Institut für Höhere Studien rechnet mit einem Plus. Es geht davon aus, dass der Staat andere Ausgaben kürzt.";
    expect(speakerEntities(text, [["Institut für Höhere Studien", "ORG", "org:ihs"]])).toEqual([["Es", "org:ihs"]]);
    const person = "Das greift nicht, kritisiert Hans Frey, Leiter der Greifvogelstation. Es ist zynisch von der Jägerschaft zu behaupten, Revierfremde hätten die Tiere vergiftet.";
    expect(speakerEntities(person, [["Hans Frey", "PER", "per:frey"]]).filter(([s]) => s === "Es")).toEqual([["Es", null]]);
  });
});

describe("an English first-person pronoun as speaker", () => {
  it("outside quotation marks is the unnamed author's, not the person named last", () => {
    const text = "Jim Roche met the team on Monday. I said the plan was sound.";
    expect(speakerEntities(text, [["Jim Roche", "PER", "per:roche"]], "en")).toEqual([["I", null]]);
  });

  it("in German stays with the nearest person, where quotation marks are often stripped", () => {
    const text = "Mikl-Leitner formulierte schon klar: Ich schließe nicht aus, dass es weitere Zäune geben muss.";
    expect(speakerEntities(text, [["Mikl-Leitner", "PER", "per:mikl-leitner"]]).map(([, e]) => e)).toContain("per:mikl-leitner");
  });

  it("a demonstrative names the person of its gender named last, not the subject nor the one who spoke before", () => {
    const text = "Der Premier Aleksandar Vučić hörte Federica Mogherini zu. Dieser sprach und betonte, dass die Reform wichtig sei.";
    expect(personSpeakers(text, [["Aleksandar Vučić", "per:vucic"], ["Federica Mogherini", "per:mogherini"]])).toEqual(["per:vucic"]);
    const show = "„Es wird toll“, schrieb Jennifer Lopez, die mit der Kolumbianerin Shakira auftritt. Für Shakira, so schrieb diese in einer Stellungnahme, sei es eine Ehre.";
    expect(personSpeakers(show, [["Jennifer Lopez", "per:lopez"], ["Shakira", "per:shakira"], ["Shakira", "per:shakira"]])).toEqual(["per:lopez", "per:shakira"]);
  });

  it('a feminine demonstrative does not name a man ("Diese" is the research direction, not the researcher)', () => {
    const text = "Der Schlafforscher Dieter Riemann findet das gut. Die Ergebnisse passen in eine Forschungsrichtung. Diese geht davon aus, dass Schlaf kein homogener Zustand ist.";
    expect(personSpeakers(text, [["Dieter Riemann", "per:riemann"]])).toEqual([null]);
  });
});
