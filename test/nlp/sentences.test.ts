import { describe, expect, it } from "vitest";
import type { Span } from "../../src/core/article.js";
import { MAX_SENTENCE, segmentsOf, splitSentences } from "../../src/nlp/sentences.js";

/** Splits and checks the span invariants: trimmed, ordered, no overlap, all non-whitespace covered. */
function sentences(text: string, language: string | null = "de"): string[] {
  const spans = splitSentences(text, language);
  checkInvariants(text, spans);
  return spans.map((s) => text.slice(s.start, s.end));
}

function checkInvariants(text: string, spans: Span[]): void {
  let covered = "";
  let previousEnd = 0;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.end).toBeGreaterThan(span.start);
    expect(text.slice(previousEnd, span.start).trim()).toBe("");
    const piece = text.slice(span.start, span.end);
    expect(piece).toBe(piece.trim());
    covered += piece;
    previousEnd = span.end;
  }
  expect(text.slice(previousEnd).trim()).toBe("");
  expect(covered.replace(/\s+/gu, "")).toBe(text.replace(/\s+/gu, ""));
}

describe("splitSentences: German abbreviations", () => {
  it("keeps z. B., u. a., d. h., bzw. and ca. inside the sentence", () => {
    const text =
      "Die Koalition will u. a. die Netzentgelte senken, z. B. für Betriebe mit hohem Stromverbrauch. " +
      "Rund ca. 2.400 Unternehmen wären betroffen, d. h. deutlich mehr als bisher angenommen. " +
      "Die Opposition spricht von Klientelpolitik bzw. Wahlgeschenken.";
    expect(sentences(text)).toEqual([
      "Die Koalition will u. a. die Netzentgelte senken, z. B. für Betriebe mit hohem Stromverbrauch.",
      "Rund ca. 2.400 Unternehmen wären betroffen, d. h. deutlich mehr als bisher angenommen.",
      "Die Opposition spricht von Klientelpolitik bzw. Wahlgeschenken.",
    ]);
  });

  it("handles the spaceless forms z.B. and u.a. and a capitalised next word", () => {
    const text =
      "Mehrere Länder, u.a. Bayern und Sachsen, lehnen den Entwurf ab. " +
      "Kritik kommt z.B. Vom Städtetag, der eine Anhörung fordert.";
    expect(sentences(text)).toEqual([
      "Mehrere Länder, u.a. Bayern und Sachsen, lehnen den Entwurf ab.",
      "Kritik kommt z.B. Vom Städtetag, der eine Anhörung fordert.",
    ]);
  });

  it("keeps titles Dr., Prof., Hr., Fr. and St. with the name", () => {
    const text =
      "Die Studie leitete Prof. Dr. Martina Keller von der Universität Göttingen. " +
      "Auch Dr. med. Jan Hoffmann aus St. Gallen war beteiligt. " +
      "Im Gemeinderat sprachen Hr. Brandt und Fr. Yilmaz gegen das Projekt.";
    expect(sentences(text)).toEqual([
      "Die Studie leitete Prof. Dr. Martina Keller von der Universität Göttingen.",
      "Auch Dr. med. Jan Hoffmann aus St. Gallen war beteiligt.",
      "Im Gemeinderat sprachen Hr. Brandt und Fr. Yilmaz gegen das Projekt.",
    ]);
  });

  it("keeps legal references Art., Abs. and Nr. together", () => {
    const text =
      "Die Kläger berufen sich auf Art. 5 Abs. 1 des Grundgesetzes. " +
      "Das Gericht verwies dagegen auf § 3 Nr. 2 des Versammlungsgesetzes. " +
      "Das Urteil fällt im Herbst.";
    expect(sentences(text)).toEqual([
      "Die Kläger berufen sich auf Art. 5 Abs. 1 des Grundgesetzes.",
      "Das Gericht verwies dagegen auf § 3 Nr. 2 des Versammlungsgesetzes.",
      "Das Urteil fällt im Herbst.",
    ]);
  });

  it("keeps vgl., sog., inkl., evtl. and Str. mid-sentence", () => {
    const text =
      "Der sog. Klimabonus soll inkl. Verwaltungskosten rund 4 Mrd. Euro kosten (vgl. Tabelle 3). " +
      "Die Geschäftsstelle in der Bahnhofstr. 12 bleibt evtl. bis Ende Juni geschlossen.";
    expect(sentences(text)).toEqual([
      "Der sog. Klimabonus soll inkl. Verwaltungskosten rund 4 Mrd. Euro kosten (vgl. Tabelle 3).",
      "Die Geschäftsstelle in der Bahnhofstr. 12 bleibt evtl. bis Ende Juni geschlossen.",
    ]);
  });

  it("keeps Mio. and Mrd. before a noun but breaks when they end a sentence", () => {
    const text =
      "Der Konzern meldete einen Verlust von 350 Mio. Euro im dritten Quartal. " +
      "Im Vorjahr waren es noch 1,2 Mrd. Die Aktie gab daraufhin deutlich nach.";
    expect(sentences(text)).toEqual([
      "Der Konzern meldete einen Verlust von 350 Mio. Euro im dritten Quartal.",
      "Im Vorjahr waren es noch 1,2 Mrd.",
      "Die Aktie gab daraufhin deutlich nach.",
    ]);
  });

  it("breaks after etc. and usw. at a sentence end, keeps them before a noun", () => {
    const text =
      "Verboten sind Messer, Glasflaschen, Pyrotechnik usw. Die Polizei kündigte Kontrollen an. " +
      "Gesucht werden Pflegekräfte, Erzieher etc. Bewerbungen nimmt die Stadt bis Freitag an.";
    expect(sentences(text)).toEqual([
      "Verboten sind Messer, Glasflaschen, Pyrotechnik usw.",
      "Die Polizei kündigte Kontrollen an.",
      "Gesucht werden Pflegekräfte, Erzieher etc.",
      "Bewerbungen nimmt die Stadt bis Freitag an.",
    ]);
  });

  it("keeps centuries with Jh. and v. Chr. but breaks when a sentence follows", () => {
    const text =
      "Die Siedlung stammt aus dem 3. Jh. v. Chr. Funde belegen Handel mit Rom. " +
      "Die Kirche wurde im 12. Jh. Schritt für Schritt erweitert.";
    expect(sentences(text)).toEqual([
      "Die Siedlung stammt aus dem 3. Jh. v. Chr.",
      "Funde belegen Handel mit Rom.",
      "Die Kirche wurde im 12. Jh. Schritt für Schritt erweitert.",
    ]);
  });

  it("keeps a month abbreviation with its date", () => {
    const text = "Die Frist endet am 15. Jan. 2025 um Mitternacht. Danach entscheidet der Ausschuss.";
    expect(sentences(text)).toEqual([
      "Die Frist endet am 15. Jan. 2025 um Mitternacht.",
      "Danach entscheidet der Ausschuss.",
    ]);
  });

  it("keeps e.V. and Co. KG inside company names", () => {
    const text =
      "Der Deutsche Alpenverein e.V. (DAV) warnt vor Lawinen. " +
      "Die Müller Logistik GmbH & Co. KG hat Insolvenz angemeldet.";
    expect(sentences(text)).toEqual([
      "Der Deutsche Alpenverein e.V. (DAV) warnt vor Lawinen.",
      "Die Müller Logistik GmbH & Co. KG hat Insolvenz angemeldet.",
    ]);
  });
});

describe("splitSentences: ordinals, dates and times", () => {
  it("keeps day-month dates together", () => {
    const text =
      "Am 3. Juni stimmt der Landtag ab. Die Fraktionen hatten sich am 1. Mai auf einen Kompromiss geeinigt. " +
      "Bis 30. September muss das Gesetz in Kraft sein.";
    expect(sentences(text)).toEqual([
      "Am 3. Juni stimmt der Landtag ab.",
      "Die Fraktionen hatten sich am 1. Mai auf einen Kompromiss geeinigt.",
      "Bis 30. September muss das Gesetz in Kraft sein.",
    ]);
  });

  it("keeps ordinals after a preposition or article before a capitalised noun", () => {
    const text =
      "Zum 40. Geburtstag der Partei kamen mehr als 800 Gäste. " +
      "Das Gebäude stammt aus dem 19. Jahrhundert und steht unter Denkmalschutz. " +
      "Der Aufsteiger spielt künftig in der 2. Bundesliga. " +
      "Beim 1. FC Köln herrscht nach dem 5. Spieltag Ernüchterung.";
    expect(sentences(text)).toEqual([
      "Zum 40. Geburtstag der Partei kamen mehr als 800 Gäste.",
      "Das Gebäude stammt aus dem 19. Jahrhundert und steht unter Denkmalschutz.",
      "Der Aufsteiger spielt künftig in der 2. Bundesliga.",
      "Beim 1. FC Köln herrscht nach dem 5. Spieltag Ernüchterung.",
    ]);
  });

  it("keeps an ordinal after an inflected adjective and in ranges", () => {
    const text =
      "Die Grünen hoffen, ihren verlorenen 2. Sitz zurückzugewinnen. " +
      "Die Krankheit tritt meist zwischen dem 50. und 70. Lebensjahr auf.";
    expect(sentences(text)).toEqual([
      "Die Grünen hoffen, ihren verlorenen 2. Sitz zurückzugewinnen.",
      "Die Krankheit tritt meist zwischen dem 50. und 70. Lebensjahr auf.",
    ]);
  });

  it("keeps Nr. 1 and an ordinal followed by a lower-case word", () => {
    const text = "Die Nr. 1 der Weltrangliste schied am 2. und letzten Tag des Turniers aus. Das Publikum pfiff.";
    expect(sentences(text)).toEqual([
      "Die Nr. 1 der Weltrangliste schied am 2. und letzten Tag des Turniers aus.",
      "Das Publikum pfiff.",
    ]);
  });

  it("breaks after a year at the end of a sentence", () => {
    const text = "Die Inflation lag im Schnitt bei 5,9 Prozent. Das war 2023. Dann kam die Wende bei den Energiepreisen.";
    expect(sentences(text)).toEqual([
      "Die Inflation lag im Schnitt bei 5,9 Prozent.",
      "Das war 2023.",
      "Dann kam die Wende bei den Energiepreisen.",
    ]);
  });

  it("breaks after a small number when a sentence opener follows", () => {
    const text =
      "Die Zahl der Verletzten stieg bis zum Abend auf 14. Die Feuerwehr war mit 120 Kräften im Einsatz. " +
      "Die Mannschaft von Trainer Weber landete am Ende auf Platz 3. Dann begann die Sommerpause.";
    expect(sentences(text)).toEqual([
      "Die Zahl der Verletzten stieg bis zum Abend auf 14.",
      "Die Feuerwehr war mit 120 Kräften im Einsatz.",
      "Die Mannschaft von Trainer Weber landete am Ende auf Platz 3.",
      "Dann begann die Sommerpause.",
    ]);
  });

  it("breaks after an ordinal-looking number when the next sentence starts with an article", () => {
    const text = "Der Titelverteidiger verlor das Finale am 3. Die Enttäuschung war groß.";
    expect(sentences(text)).toEqual(["Der Titelverteidiger verlor das Finale am 3.", "Die Enttäuschung war groß."]);
  });

  it("breaks before a sentence that starts with a number", () => {
    const text = "Das Werk lieferte im ersten Jahr 69 Fahrzeuge aus. 1898 lag die Produktion bereits bei 750 Wagen.";
    expect(sentences(text)).toEqual([
      "Das Werk lieferte im ersten Jahr 69 Fahrzeuge aus.",
      "1898 lag die Produktion bereits bei 750 Wagen.",
    ]);
  });

  it("breaks before each of several sentences in a row that start with a number or a German quotation (a second such break had been placed wrongly)", () => {
    const text = "Er war Bürgermeister. 2002 wurde er zum Landesvorsitzenden gewählt. 2008 wurde er Fraktionschef. „Das war gut“, sagte er.";
    expect(sentences(text)).toEqual([
      "Er war Bürgermeister.",
      "2002 wurde er zum Landesvorsitzenden gewählt.",
      "2008 wurde er Fraktionschef.",
      "„Das war gut“, sagte er.",
    ]);
  });

  it("keeps numeric dates and times inside the sentence", () => {
    const text =
      "Die Sitzung am 03.06.2024 beginnt um 8.30 Uhr im Rathaus. " +
      "Einsprüche sind bis zum 14.06. möglich. Die Unterlagen liegen aus.";
    expect(sentences(text)).toEqual([
      "Die Sitzung am 03.06.2024 beginnt um 8.30 Uhr im Rathaus.",
      "Einsprüche sind bis zum 14.06. möglich.",
      "Die Unterlagen liegen aus.",
    ]);
  });

  it("breaks after a date that ends a sentence", () => {
    const text = "Der Vertrag wurde unterzeichnet am 03.06.2024. Die Bauarbeiten beginnen im Herbst.";
    expect(sentences(text)).toEqual([
      "Der Vertrag wurde unterzeichnet am 03.06.2024.",
      "Die Bauarbeiten beginnen im Herbst.",
    ]);
  });
});

describe("splitSentences: names, initials and regnal numbers", () => {
  it("keeps initials inside a name", () => {
    const text =
      "Der Flughafen München trägt den Namen von Franz J. Strauß. " +
      "Der Besuch von John F. Kennedy in Berlin jährt sich bald. " +
      "Auch Manager Jürgen R. Thumann äußerte sich.";
    expect(sentences(text)).toEqual([
      "Der Flughafen München trägt den Namen von Franz J. Strauß.",
      "Der Besuch von John F. Kennedy in Berlin jährt sich bald.",
      "Auch Manager Jürgen R. Thumann äußerte sich.",
    ]);
  });

  it("breaks after a single letter when a sentence opener follows", () => {
    const text = "Die Stadt setzt auf Plan B. Dann soll die Brücke bis 2027 fertig sein.";
    expect(sentences(text)).toEqual(["Die Stadt setzt auf Plan B.", "Dann soll die Brücke bis 2027 fertig sein."]);
  });

  it("keeps Roman regnal numbers", () => {
    const text =
      "Papst Benedikt XVI. trat im Februar 2013 zurück. " +
      "Die Krönung von Karl III. Fand in der Westminster Abbey statt. " +
      "Danach empfing er Gäste.";
    expect(sentences(text)).toEqual([
      "Papst Benedikt XVI. trat im Februar 2013 zurück.",
      "Die Krönung von Karl III. Fand in der Westminster Abbey statt.",
      "Danach empfing er Gäste.",
    ]);
  });
});

describe("splitSentences: quotes, brackets and lines", () => {
  it("keeps a quote and its speaker in one sentence", () => {
    const text =
      "„Wir sind bereit.“, sagte der Bürgermeister am Montag. " +
      "„Das ist ein schwarzer Tag für die Region!“ rief ein Gewerkschafter. " +
      "„…“, sagte sie nur. Dann verließ sie den Saal.";
    expect(sentences(text)).toEqual([
      "„Wir sind bereit.“, sagte der Bürgermeister am Montag.",
      "„Das ist ein schwarzer Tag für die Region!“ rief ein Gewerkschafter.",
      "„…“, sagte sie nur.",
      "Dann verließ sie den Saal.",
    ]);
  });

  it("breaks after a quote that ends a sentence", () => {
    const text =
      "Die Ministerin sagte: „Wir werden das Gesetz nachbessern.“ Die Opposition reagierte skeptisch. " +
      "Wer zahlt am Ende? Die Steuerzahler, meint der Bund der Steuerzahler.";
    expect(sentences(text)).toEqual([
      "Die Ministerin sagte: „Wir werden das Gesetz nachbessern.“",
      "Die Opposition reagierte skeptisch.",
      "Wer zahlt am Ende?",
      "Die Steuerzahler, meint der Bund der Steuerzahler.",
    ]);
  });

  it("keeps minute marks in brackets", () => {
    const text = "Die Tore erzielten Müller (23./Foulelfmeter) und Sané (1. Minute der Nachspielzeit). Bayern bleibt Tabellenführer.";
    expect(sentences(text)).toEqual([
      "Die Tore erzielten Müller (23./Foulelfmeter) und Sané (1. Minute der Nachspielzeit).",
      "Bayern bleibt Tabellenführer.",
    ]);
  });

  it("never joins two lines and handles CRLF, blank lines and headings", () => {
    const text = "Reaktionen\r\nDie Union begrüßte den Beschluss. Die SPD nicht\r\n\r\n  Der Bundesrat stimmt im Juli ab.  \n";
    const result = sentences(text);
    expect(result).toEqual([
      "Reaktionen",
      "Die Union begrüßte den Beschluss.",
      "Die SPD nicht",
      "Der Bundesrat stimmt im Juli ab.",
    ]);
  });

  it("returns no spans for empty or whitespace-only text", () => {
    expect(splitSentences("", "de")).toEqual([]);
    expect(splitSentences(" \n\t \r\n", "de")).toEqual([]);
  });

  it("returns offsets into the original text", () => {
    const text = "  Erster Satz.  Zweiter Satz.";
    expect(splitSentences(text, "de")).toEqual([
      { start: 2, end: 14 },
      { start: 16, end: 29 },
    ]);
  });
});

describe("splitSentences: English and unknown language", () => {
  it("keeps English titles, e.g. and i.e.", () => {
    const text =
      "Mr. Johnson met Dr. Patel at the ministry on Tuesday. " +
      "Several measures, e.g. higher tariffs, were discussed, i.e. nothing was decided. " +
      "Mrs. Alvarez declined to comment.";
    expect(sentences(text, "en")).toEqual([
      "Mr. Johnson met Dr. Patel at the ministry on Tuesday.",
      "Several measures, e.g. higher tariffs, were discussed, i.e. nothing was decided.",
      "Mrs. Alvarez declined to comment.",
    ]);
  });

  it("keeps U.S., Inc. and Corp. mid-sentence and breaks when they end a sentence", () => {
    const text =
      "The U.S. Senate passed the bill late on Friday. Shares of Apple Inc. rose 2 percent. " +
      "The plant will be built by Westline Corp. The company expects 900 new jobs in the U.S. " +
      "It did not give a timeline.";
    expect(sentences(text, "en")).toEqual([
      "The U.S. Senate passed the bill late on Friday.",
      "Shares of Apple Inc. rose 2 percent.",
      "The plant will be built by Westline Corp.",
      "The company expects 900 new jobs in the U.S.",
      "It did not give a timeline.",
    ]);
  });

  it("keeps No., vs., St. and month abbreviations", () => {
    const text =
      "The No. 3 seed lost in the final vs. Sinner on Jan. 28 in Melbourne. " +
      "Fans gathered outside St. Paul's Cathedral. John F. Kennedy Airport was closed.";
    expect(sentences(text, "en")).toEqual([
      "The No. 3 seed lost in the final vs. Sinner on Jan. 28 in Melbourne.",
      "Fans gathered outside St. Paul's Cathedral.",
      "John F. Kennedy Airport was closed.",
    ]);
  });

  it("uses German and English rules together when the language is unknown", () => {
    const text = "Die Firma Apple Inc. meldete z. B. Rekordumsätze. Der Umsatz stieg um 8 Prozent.";
    expect(sentences(text, null)).toEqual(["Die Firma Apple Inc. meldete z. B. Rekordumsätze.", "Der Umsatz stieg um 8 Prozent."]);
    expect(sentences(text, "fr")).toEqual(sentences(text, null));
  });
});

describe("splitSentences: a full news article", () => {
  it("splits a German report into its sentences", () => {
    const text = [
      "Berlin – Der Bundestag hat am Donnerstag mit großer Mehrheit das neue Heizungsgesetz verabschiedet.",
      "Für den Entwurf stimmten 399 Abgeordnete, u. a. aus den Reihen der Union. Dagegen votierten 275. Es gab 4 Enthaltungen.",
      "Bundesbauministerin Dr. Katrin Albers (SPD) sprach von einem „wichtigen Schritt für den Klimaschutz“. „Niemand wird im Winter frieren.“, sagte sie.",
      "Das Gesetz tritt zum 1. Januar 2025 in Kraft. Der Bundesrat befasst sich am 12. Juli damit.",
    ].join("\n\n");
    expect(sentences(text)).toEqual([
      "Berlin – Der Bundestag hat am Donnerstag mit großer Mehrheit das neue Heizungsgesetz verabschiedet.",
      "Für den Entwurf stimmten 399 Abgeordnete, u. a. aus den Reihen der Union.",
      "Dagegen votierten 275.",
      "Es gab 4 Enthaltungen.",
      "Bundesbauministerin Dr. Katrin Albers (SPD) sprach von einem „wichtigen Schritt für den Klimaschutz“.",
      "„Niemand wird im Winter frieren.“, sagte sie.",
      "Das Gesetz tritt zum 1. Januar 2025 in Kraft.",
      "Der Bundesrat befasst sich am 12. Juli damit.",
    ]);
  });
});

describe("a quotation that opens with a lower-case word", () => {
  it("continues the sentence after a Roman numeral", () => {
    const text = "Später sagte Merkel, Benedikt XVI. „ist und bleibt einer der bedeutendsten Denker“. Es müsse respektiert werden.";
    expect(splitSentences(text, "de").map((s) => text.slice(s.start, s.end))).toEqual([
      "Später sagte Merkel, Benedikt XVI. „ist und bleibt einer der bedeutendsten Denker“.",
      "Es müsse respektiert werden.",
    ]);
  });

  it("still breaks before a quotation that opens with a capital", () => {
    const text = "Er ging. „Wir kommen wieder“, sagte er.";
    expect(splitSentences(text, "de")).toHaveLength(2);
  });
});

describe("splitSentences: long lines and runs without a sentence end", () => {
  it("cuts a run longer than MAX_SENTENCE after its last clause mark that fits, or a space, or hard", () => {
    const clause = "der Sprecher sagte, dass die Ministerin erklärte, der Bürgermeister habe betont";
    const run = Array.from({ length: 80 }, () => clause).join(" ");
    const pieces = sentences(run);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(pieces.slice(0, -1).every((p) => p.endsWith(","))).toBe(true);
    const words = Array.from({ length: 700 }, (_, i) => `Wort${i}`).join(" ");
    expect(sentences(words).slice(0, -1).every((p) => p.length > MAX_SENTENCE / 2 && p.length <= MAX_SENTENCE)).toBe(true);
    const blob = "x".repeat(MAX_SENTENCE * 2 + 10);
    expect(sentences(blob).map((p) => p.length)).toEqual([MAX_SENTENCE, MAX_SENTENCE, 10]);
    const emoji = `${"x".repeat(MAX_SENTENCE - 1)}😀${"x".repeat(10)}`;
    expect(sentences(emoji).map((p) => p.length)).toEqual([MAX_SENTENCE - 1, 12]);
  });

  it("segments a long line in windows as in one pass, also where a full stop looks ahead past the window's end", () => {
    const segmenter = new Intl.Segmenter("de", { granularity: "sentence" });
    const line = Array.from({ length: 60 }, (_, i) => `Es gab ca. ${i} - ${i + 5} neue Fälle. Am ${i + 1}. Mai sagte er: „Gut!“ Dann ging er.`).join(" ");
    const onePass = [...segmenter.segment(line)].map((s) => s.index);
    for (const window of [64, 100, 300]) expect([...segmentsOf(line, segmenter, window)].map((s) => s.index)).toEqual(onePass);
  });

  it("finds in a line of many thousand characters the sentences it finds in the text's own lines", () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Am ${(i % 28) + 1}. Mai sagte Dr. Müller, ca. ${i} - ${i + 5} neue Fälle seien bekannt. Es gab u. a. ${i} Anzeigen!`);
    const perLine = paragraphs.flatMap((p) => sentences(p));
    const oneLine = sentences(paragraphs.join(" "));
    expect(oneLine).toHaveLength(800);
    expect(oneLine).toEqual(perLine);
  });
});
