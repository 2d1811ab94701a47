import { describe, expect, it } from "vitest";
import { brief, briefs, quotesOf } from "./helpers.js";

describe("direct quotes with a frame after the closing mark", () => {
  it("finds „…“, sagte X with the speaker after the verb and adverbials left out", () => {
    const text = "„Wir werden die Steuern in diesem Jahr nicht erhöhen“, sagte Finanzminister Christian Lindner am Montag in Berlin.";
    expect(briefs(text)).toEqual([
      { kind: "direct", text: "„Wir werden die Steuern in diesem Jahr nicht erhöhen“", speaker: "Finanzminister Christian Lindner", cue: "sagte" },
    ]);
  });

  it("finds „…“, so X", () => {
    const text = "„Das ist ein guter Tag für die Stadt und für alle, die hier leben“, so Oberbürgermeisterin Katja Dörner.";
    expect(briefs(text)).toEqual([
      { kind: "direct", text: "„Das ist ein guter Tag für die Stadt und für alle, die hier leben“", speaker: "Oberbürgermeisterin Katja Dörner", cue: "so" },
    ]);
  });

  it("reads »…« guillemets and a role phrase with a genitive as the speaker", () => {
    const [q] = quotesOf("»Die Zahlen sind alarmierend«, erklärte die Präsidentin des Robert-Koch-Instituts.");
    expect(brief(q)).toEqual({ kind: "direct", text: "»Die Zahlen sind alarmierend«", speaker: "die Präsidentin des Robert-Koch-Instituts", cue: "erklärte" });
  });

  it("keeps a quote of several sentences whole and skips a dative addressee", () => {
    const text = "„Das Angebot ist eine Provokation. Die Beschäftigten haben mehr verdient“, sagte der Zeitung Verdi-Chef Frank Werneke.";
    const [q] = quotesOf(text);
    expect(brief(q)).toEqual({
      kind: "direct",
      text: "„Das Angebot ist eine Provokation. Die Beschäftigten haben mehr verdient“",
      speaker: "Verdi-Chef Frank Werneke",
      cue: "sagte",
    });
    expect(q.speaker_name).toBe("Frank Werneke");
  });

  it("reads verbs of manner as cues after a quote, and a short spoken sentence after it as the same speaker's", () => {
    expect(briefs("„Wir haben gewonnen“, jubelte Trainer Thomas Tuchel nach dem Spiel.")).toEqual([
      { kind: "direct", text: "„Wir haben gewonnen“", speaker: "Trainer Thomas Tuchel", cue: "jubelte" },
    ]);
    const text = "„Das ist ein Witz“, schimpfte der Fraktionschef. „Die Regierung hat versagt.“ Die Sitzung wurde vertagt.";
    expect(briefs(text).map((q) => [q.text, q.speaker])).toEqual([
      ["„Das ist ein Witz“", "der Fraktionschef"],
      ["„Die Regierung hat versagt.“", "der Fraktionschef"],
    ]);
    // A short title without a full stop of its own is no spoken sentence.
    expect(briefs("Er las die „Süddeutsche Zeitung“. „Die Zeit“ lag daneben.")).toEqual([]);
  });

  it("reads the loudness and voice of speaking as cues: schreien, brüllen, flüstern, murmeln, stammeln", () => {
    const speakers = (text: string) => briefs(text).map((q) => [q.kind, q.speaker, q.cue]);
    expect(speakers("„Raus hier!“, schrie der Mann.")).toEqual([["direct", "der Mann", "schrie"]]);
    expect(speakers("„Wir kommen wieder“, brüllte der Anführer der Demonstranten.")).toEqual([["direct", "der Anführer der Demonstranten", "brüllte"]]);
    expect(speakers("„Das ist … unglaublich“, stammelte der Zeuge.")).toEqual([["direct", "der Zeuge", "stammelte"]]);
    expect(speakers("Die Menge brüllte, die Polizei solle abziehen.")).toEqual([["indirect", "Die Menge", "brüllte"]]);
    // Without words said, a cry is no quote.
    expect(briefs("Das Kind schrie vor Schmerzen.")).toEqual([]);
  });

  it("leaves a dative addressee after the speaker out of the speaker phrase", () => {
    const speakers = (text: string) => briefs(text).map((q) => q.speaker);
    expect(speakers("„Die Lage ist ernst“, sagte ein Sprecher der Polizei der Deutschen Presse-Agentur.")).toEqual(["ein Sprecher der Polizei"]);
    expect(speakers("„Wir hoffen auf eine Einigung“, sagte Verdi-Chef Frank Werneke der „Süddeutschen Zeitung“.")).toEqual(["Verdi-Chef Frank Werneke"]);
    expect(speakers("„Die Lage ist ernst“, sagte ein Polizeisprecher der Deutschen Presse-Agentur.")).toEqual(["ein Polizeisprecher"]);
    expect(speakers("„Die Lage ist ernst“, sagte Müller der „Bild“-Zeitung.")).toEqual(["Müller"]);
    // The newspaper's own spokesman, and a prepositional phrase, stay.
    expect(speakers("„Die Lage ist ernst“, sagte ein Sprecher der Zeitung.")).toEqual(["ein Sprecher der Zeitung"]);
    expect(speakers("„Die Lage ist ernst“, sagte Dr. Anna Roth aus dem Forscherteam.")).toEqual(["Dr. Anna Roth aus dem Forscherteam"]);
  });

  it("reports the clause before a closing frame that holds a dative addressee after the speaker", () => {
    expect(briefs("Die Ankündigungen kämen zu spät, sagte Alexander Throm der Nachrichtenagentur dpa.")).toEqual([
      { kind: "indirect", text: "Die Ankündigungen kämen zu spät", speaker: "Alexander Throm", cue: "sagte" },
    ]);
    expect(briefs("Die Ankündigungen kämen zu spät, sagte der Sprecher dem Sender.")).toEqual([
      { kind: "indirect", text: "Die Ankündigungen kämen zu spät", speaker: "der Sprecher", cue: "sagte" },
    ]);
  });

  it("takes the speaker before the verb when it stands in first position with an apposition", () => {
    const text = "„Wir rechnen mit einer zweiten Welle im Herbst“, betonte Stöhr. Der Leiter des Influenza-Programms der WHO, Klaus Stöhr, sagte: „Man muss sich jetzt schon darauf vorbereiten.“";
    const quotes = briefs(text);
    expect(quotes[1]).toEqual({
      kind: "direct",
      text: "„Man muss sich jetzt schon darauf vorbereiten.“",
      speaker: "Der Leiter des Influenza-Programms der WHO, Klaus Stöhr",
      cue: "sagte",
    });
  });
});

describe("an adverb of example between the verb and the subject", () => {
  it("is skipped on the way to the speaker", () => {
    expect(briefs("„Das ist absurd“, meinte etwa der Chef der Gewerkschaft.")).toEqual([
      { kind: "direct", text: "„Das ist absurd“", speaker: "der Chef der Gewerkschaft", cue: "meinte" },
    ]);
    expect(briefs("„Das ist absurd“, meinte beispielsweise der Chef der Gewerkschaft.")[0]).toMatchObject({ speaker: "der Chef der Gewerkschaft" });
  });
});

describe("direct quotes with a frame before the opening mark", () => {
  it("finds X sagte: „…“", () => {
    expect(briefs("Bundeskanzler Olaf Scholz sagte am Abend: „Die Lage ist ernst, aber wir haben einen Plan.“")).toEqual([
      { kind: "direct", text: "„Die Lage ist ernst, aber wir haben einen Plan.“", speaker: "Bundeskanzler Olaf Scholz", cue: "sagte" },
    ]);
  });

  it("finds a perfect tense frame with the speaker between auxiliary and participle", () => {
    const text = "Bereits im Jahr 2005 hatte Bundeskanzlerin Angela Merkel in einer Rede verkündet: „Wir werden uns um die Austragung der Weltmeisterschaft bewerben.“";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: "Bundeskanzlerin Angela Merkel", cue: "verkündet" });
  });

  it("finds a bare speaker before a colon", () => {
    expect(briefs("Merkel: „Wir schaffen das.“")).toEqual([{ kind: "direct", text: "„Wir schaffen das.“", speaker: "Merkel", cue: null }]);
  });

  it("takes the subject of a colon clause without a cue verb", () => {
    const text = "Die Firma empfindet die Kritik allerdings als ungerechtfertigt: „Wir müssen die Ware ja irgendwo zwischenlagern, bis entschieden ist.“";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: "Die Firma", cue: null });
  });

  it("takes the place of a wording named by a compound with a lower-case first part", () => {
    expect(briefs("Auf der documenta-Homepage heißt es: „Die Zählstriche wurden gewählt.“")).toEqual([
      { kind: "direct", text: "„Die Zählstriche wurden gewählt.“", speaker: "der documenta-Homepage", cue: "heißt es" },
    ]);
  });

  it("lets the main clause frame the quote, not the verb of a subordinate clause before the colon", () => {
    const text = "In der Erklärung heißt es zur Begründung, warum man sich für dieses Bild entschieden hat: „Die Zählstriche wurden gewählt.“";
    expect(briefs(text)).toEqual([{ kind: "direct", text: "„Die Zählstriche wurden gewählt.“", speaker: "der Erklärung", cue: "heißt es" }]);
  });

  it("attributes two quotes in a row to their own speakers", () => {
    expect(briefs("Er sagte: „Wir sind bereit.“ Sie erwiderte: „Wir auch, aber nicht heute.“")).toEqual([
      { kind: "direct", text: "„Wir sind bereit.“", speaker: "Er", cue: "sagte" },
      { kind: "direct", text: "„Wir auch, aber nicht heute.“", speaker: "Sie", cue: "erwiderte" },
    ]);
  });
});

describe("quotes without a frame of their own", () => {
  it("gives a following quote the speaker of the quote just before", () => {
    const text = "„Die Reform kommt zu spät“, sagte die Landrätin. „Die Kommunen warten seit Jahren auf mehr Geld vom Bund.“";
    const quotes = briefs(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatchObject({ kind: "direct", speaker: "die Landrätin", cue: null });
  });

  it("takes the speaker from a demonstrative frame in the next sentence", () => {
    const text = "„Wir haben das Ziel klar verfehlt und müssen jetzt nachlegen.“ Das sagte Bundesfinanzminister Peer Steinbrück am Freitag.";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: "Bundesfinanzminister Peer Steinbrück" });
  });
});

describe("partial quotes and quoted names", () => {
  it("finds a quoted phrase inside reported speech and gives it the speaker of the sentence", () => {
    const text = "Der Verband nannte die Pläne der Landesregierung „völlig unausgegoren“.";
    const partial = quotesOf(text).filter((q) => q.kind === "direct");
    expect(partial.map(brief)).toEqual([{ kind: "direct", text: "„völlig unausgegoren“", speaker: "Der Verband", cue: "nannte" }]);
  });

  it("finds a single quoted noun after als in a speech act", () => {
    const text = "Der Datenschutzbeauftragte bezeichnete die Pläne als „Wortbruch“.";
    expect(quotesOf(text).filter((q) => q.kind === "direct").map(brief)).toEqual([
      { kind: "direct", text: "„Wortbruch“", speaker: "Der Datenschutzbeauftragte", cue: "bezeichnete" },
    ]);
  });

  it("gives the quote of a clause whose verb was left out to the subject of that clause", () => {
    const direct = (text: string) => quotesOf(text).filter((q) => q.kind === "direct").map(brief);
    expect(direct("Der Betriebsrat spricht von einem „Kahlschlag“, die Geschäftsführung hingegen von einer „notwendigen Anpassung“.")).toEqual([
      { kind: "direct", text: "„Kahlschlag“", speaker: "Der Betriebsrat", cue: "spricht" },
      { kind: "direct", text: "„notwendigen Anpassung“", speaker: "die Geschäftsführung", cue: "spricht" },
    ]);
    // A second object after the comma: the speaker stays.
    expect(direct("Der Minister bezeichnete den Plan als „mutig“, die Opposition als „verantwortungslos“.").map((q) => q.speaker)).toEqual(["Der Minister", "Der Minister"]);
  });

  it("finds a partial quote inside an indirect quote with its speaker", () => {
    const text = "Die Kanadier hingegen sagen, der Pilot trage die „volle Verantwortung“ für die Entscheidung zur Landung.";
    const quotes = quotesOf(text).map(brief);
    expect(quotes).toContainEqual({ kind: "indirect", text: "der Pilot trage die „volle Verantwortung“ für die Entscheidung zur Landung", speaker: "Die Kanadier", cue: "sagen" });
    expect(quotes).toContainEqual({ kind: "direct", text: "„volle Verantwortung“", speaker: "Die Kanadier", cue: "sagen" });
  });

  it("leaves titles of newspapers, names and sogenannte-terms alone", () => {
    expect(quotesOf("Die Zeitung „Die Welt“ veröffentlichte am Sonntag einen langen Bericht über den Fall.")).toEqual([]);
    expect(quotesOf("Die sogenannte „Bazooka“ soll die Wirtschaft in der Krise stützen.")).toEqual([]);
    expect(quotesOf("Die Ausstellung „Licht und Schatten“ ist bis Ende Mai im Stadtmuseum zu sehen.")).toEqual([]);
  });

  it("does not take a quoted newspaper name that is the speaker for a quote", () => {
    const text = "Die Verhandlungen stünden kurz vor dem Abschluss, berichtete die „Süddeutsche Zeitung“ am Dienstag.";
    const quotes = quotesOf(text);
    expect(quotes.map(brief)).toEqual([
      { kind: "indirect", text: "Die Verhandlungen stünden kurz vor dem Abschluss", speaker: "die „Süddeutsche Zeitung“", cue: "berichtete" },
    ]);
  });
});

describe("\"Mit den Worten „…“\" before the verb", () => {
  it("frames the quote with the verb and subject after it, whatever follows them", () => {
    const text = "Lawrow reagierte gelassen: Mit den Worten „Jetzt werden alle wichtigen Fragen in der G20 diskutiert“, richtete er seinen Blick auf einen größeren Kreis der Weltgemeinschaft.";
    expect(briefs(text)).toEqual([{ kind: "direct", text: "„Jetzt werden alle wichtigen Fragen in der G20 diskutiert“", speaker: "er", cue: "richtete" }]);
  });
});

describe("a wording before a colon", () => {
  it("takes the place the wording stands for the speaker, not the wording", () => {
    const adverb = "Auslöser war ein Plakat. Darauf waren die Worte zu lesen: „Paris unterstützt die Menschenrechte auf der ganzen Welt.“";
    expect(briefs(adverb)).toEqual([{ kind: "direct", text: "„Paris unterstützt die Menschenrechte auf der ganzen Welt.“", speaker: "Darauf", cue: null }]);
    const phrase = "Derzeit steht in dem Gesetzentwurf noch der Passus: „Die gespeicherten Fingerabdrücke sind nach der Aushändigung zu löschen.“";
    expect(briefs(phrase)[0]).toMatchObject({ kind: "direct", speaker: "in dem Gesetzentwurf" });
  });

  it("gives no speaker when the clause names no place", () => {
    const text = "Es fiel der Satz: „Wir werden das nicht hinnehmen und die Regierung verklagen.“";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: null });
  });
});

describe("a quote framed on both sides", () => {
  it("takes the named speaker before it over a pronoun after it, and hands the pronoun on to the next quote", () => {
    const text = "Halima Jouini, Vorstandsmitglied der Menschenrechtsliga, sagte dazu: „Frauen haben sich gegen den Diktator gestellt, und nun wollen sie mehr erreichen“, betont sie. „Tunesiens Frauen wollen Vorbilder sein für Frauen in aller Welt.“";
    expect(briefs(text).map((q) => q.speaker)).toEqual(["Halima Jouini, Vorstandsmitglied der Menschenrechtsliga", "sie"]);
  });

  it("keeps the frame after the quote when it names the speaker", () => {
    const text = "Der Minister sagte dazu: „Wir werden die Pläne noch einmal gründlich prüfen“, betont Müller.";
    expect(briefs(text).map((q) => q.speaker)).toEqual(["Müller"]);
  });
});

describe("quotations joined by \"und\" or a comma under one frame", () => {
  it("gives the frame after the last one to all, though the splitter cuts inside the second", () => {
    const text = "„Wir sind sehr zufrieden“ und „Das Ergebnis übertrifft unsere Erwartungen. Wir danken allen Helfern“, sagte der Bürgermeister.";
    expect(briefs(text)).toEqual([
      { kind: "direct", text: "„Wir sind sehr zufrieden“", speaker: "der Bürgermeister", cue: "sagte" },
      { kind: "direct", text: "„Das Ergebnis übertrifft unsere Erwartungen. Wir danken allen Helfern“", speaker: "der Bürgermeister", cue: "sagte" },
    ]);
  });

  it("reads a first quotation of two sentences the same way", () => {
    const text = "„Wir sind sehr zufrieden. Das ist gut“, „Das Ergebnis übertrifft unsere Erwartungen“, sagte der Bürgermeister.";
    expect(briefs(text).map((q) => [q.kind, q.speaker])).toEqual([
      ["direct", "der Bürgermeister"],
      ["direct", "der Bürgermeister"],
    ]);
  });

  it("takes the frame after them over the speaker of the reported speech before them", () => {
    const text =
      "Die Website des Senders berichtete, ein Testament sei erschienen. „Ich zähle auf meine Anhänger“ und „Die Menschen sollen wissen, dass wir viele Angebote erhalten haben. Wir haben die Ehre gewählt“, zitiert CNN.";
    expect(briefs(text).filter((q) => q.kind === "direct").map((q) => q.speaker)).toEqual(["CNN", "CNN"]);
  });

  it("leaves titles joined by \"und\" in the writer's sentence alone", () => {
    expect(briefs("„Titanic“ und „Avatar“ sind die erfolgreichsten Filme aller Zeiten.")).toEqual([]);
  });
});

describe("an adjective used as an adverb in the first position of a colon frame", () => {
  it("takes the subject after the verb, also across a participle clause", () => {
    expect(briefs("Deutlicher wurde die Opposition: „Das ist ein Skandal.“")[0]).toMatchObject({ kind: "direct", speaker: "die Opposition" });
    const text = "Höhnisch, wohl auf das Presseecho reagierend, veröffentlichte der Verfasser folgenden Kommentar dazu: „Wer gestrichen werden möchte, hat die Chance.“";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: "der Verfasser" });
  });

  it("keeps a name of that shape as the subject when no subject follows the verb", () => {
    expect(briefs("Fröhlich sagte: „Das ist gut.“")[0]).toMatchObject({ kind: "direct", speaker: "Fröhlich" });
  });
});
