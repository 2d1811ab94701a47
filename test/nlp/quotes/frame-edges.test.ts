import { describe, expect, it } from "vitest";
import { briefs, mention, quotesOf } from "./helpers.js";

describe("frames around direct quotes: edge cases seen in Wikinews", () => {
  it("reads a passive „zitiert“ frame across a foreign quoted title", () => {
    const text = "Das Team war angeschlagen. „Wir haben den Fehler bei uns gesucht und gefunden“, wird der Teamchef in der Zeitung „La Voce del Popolo“ zitiert.";
    const q = quotesOf(text).find((x) => x.kind === "direct");
    expect(q?.speaker?.text).toBe("der Teamchef");
    expect(q?.source?.text).toContain("La Voce del Popolo");
  });

  it("still treats a German quote of four words as a statement that bounds its clause", () => {
    const text = "Die Ministerin sagte: „Wir bleiben hart dabei.“ Danach war Ruhe.";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: "Die Ministerin", cue: "sagte" });
  });

  it("takes the subject of „rief … aus“, with an extended attribute, for the colon quote", () => {
    const text =
      "Die Menge skandierte Parolen wie „Rücktritt jetzt!“ und der sich selbst als Gegner der Regierung inszenierende Verleger Tom Beller rief vor den Demonstranten aus: „Diese Regierung hat jedes Vertrauen verspielt!“";
    const q = quotesOf(text).find((x) => x.text.startsWith("„Diese"));
    expect(q?.speaker?.text).toBe("der sich selbst als Gegner der Regierung inszenierende Verleger Tom Beller");
    expect(q?.cue).toBe("rief aus");
  });

  it("does not read „…, das heißt …“ as a frame with „das“ as its speaker", () => {
    const text = "Das Gericht hat entschieden. Es gebe „erhebliche Zweifel“ an der Schuld, das heißt an dem Vorwurf der Untreue.";
    const speakers = quotesOf(text).map((q) => q.speaker?.text ?? null);
    expect(speakers).not.toContain("das");
  });

  it("gives a colon quote after a sentence in the Konjunktiv I the speaker of the reported speech, not that sentence's subject", () => {
    const text =
      "Wie die Ministerpräsidentin von Tasmanien, Jane Cole, erklärte, habe sie Hilfe angeboten. Tasmanien sei dem Nachbarland zu Dank verpflichtet: „Sie haben uns damals geholfen, und wir helfen ihnen jetzt.“";
    const q = quotesOf(text).find((x) => x.kind === "direct");
    expect(q?.speaker?.text).not.toBe("Tasmanien");
    expect(q?.speaker_name).toBe("Jane Cole");
  });

  it("keeps the subject as the speaker when the Konjunktiv stands only in a subordinate clause before the colon", () => {
    const text = "Sie warnte vor einer neuen Krise, wenn die Hilfe nicht fortgesetzt werde: „Weite Teile des Landes stehen unter Wasser.“";
    expect(briefs(text).find((x) => x.kind === "direct")).toMatchObject({ speaker: "Sie" });
  });
});

describe("„Stellung nehmen“ as a cue", () => {
  it("frames the next sentence's reported speech, across a name in apposition before the particle", () => {
    const text =
      "Nach der Sitzung nahm auch die Ministerpräsidentin des Landes, Anke Berger (SPD), zu der Frage Stellung. Jede Schule könne „das Geld jetzt abrufen, sie kann es aber auch später tun“.";
    const q = quotesOf(text).find((x) => x.kind === "direct");
    expect(q?.speaker?.text).toBe("die Ministerpräsidentin des Landes, Anke Berger (SPD)");
  });

  it("is no cue without the particle „Stellung“", () => {
    // With "nahm" alone a cue, the clause after the comma would be reported speech of the minister.
    expect(quotesOf("Der Minister nahm das Geld, die Schulen seien ohnehin reich.")).toEqual([]);
  });
});

describe("labels in quotation marks after „als“", () => {
  it("does not let a long label end the clause of the verb after it", () => {
    const text = "In der Zeitung erschien ein Kommentar, der die Entscheidung der Jury als „nicht nachvollziehbare Laune von sechs Leuten“ bezeichnet.";
    const q = quotesOf(text).find((x) => x.text.startsWith("„nicht"));
    expect(q?.cue).toBe("bezeichnet");
    expect(q?.speaker).not.toBeNull();
  });

  it("reads „feierte … als „…““ and „rechtfertigte … als „…““ as frames of the label, but never a celebration alone as a speech act", () => {
    const celebrated = quotesOf("Eine nationalistische Gruppe feierte die Absage dagegen als „großen Sieg für das normale Land“.");
    expect(celebrated.map((q) => [q.kind, q.speaker?.text])).toEqual([["direct", "Eine nationalistische Gruppe"]]);
    const justified = quotesOf("Das Ministerium rechtfertigte den Angriff als „rein defensive Maßnahme“.");
    expect(justified.map((q) => q.speaker?.text)).toEqual(["Das Ministerium"]);
    expect(quotesOf("Die Stiftung feiert am Sonntag ihren 40. Geburtstag.")).toEqual([]);
  });
});

describe("a verb of saying as a zu-infinitive after „haben“", () => {
  it("takes the subject of the auxiliary as the speaker of the reported speech that follows", () => {
    const text = "Vor den Abgeordneten hatte der Finanzminister Gutes zu vermelden. Erstmals seit Jahren sei der Haushalt wieder „im grünen Bereich“.";
    const partial = quotesOf(text).find((q) => q.kind === "direct");
    expect(partial?.speaker?.text).toBe("der Finanzminister");
  });

  it("keeps a name of two words whole when the NER stage found it", () => {
    const text = "Vor den Abgeordneten hatte Anna Lührmann zu vermelden, der Haushalt sei „im grünen Bereich“.";
    const q = quotesOf(text, "de", [mention(text, "Anna Lührmann", "PER", "Anna Lührmann")]).find((x) => x.kind === "direct");
    expect(q?.speaker?.text).toBe("Anna Lührmann");
  });
});

describe("„…“, so + verb", () => {
  it("takes the subject after the verb, so a title noun there names the quote instead of speaking it", () => {
    expect(quotesOf("„Kinder in Not“, so lautet der Titel einer Studie, die heute vorgestellt wurde.")).toEqual([]);
    expect(briefs("„Wir sind bereit“, so sagte der Minister am Montag.")).toEqual([{ kind: "direct", text: "„Wir sind bereit“", speaker: "der Minister", cue: "sagte" }]);
  });
});

describe("nouns that only look like title nouns", () => {
  it("does not take „zum Beispiel“, „Antwort“ or „Mitglied“ for the name of the quote after them", () => {
    const example = quotesOf("Die Demonstranten skandierten Parolen wie zum Beispiel „Stoppt den Überwachungswahn“ auf der Straße.");
    expect(example.map((q) => [q.text, q.speaker?.text])).toEqual([["„Stoppt den Überwachungswahn“", "Die Demonstranten"]]);
    const game = quotesOf("Die Firma nannte das Spiel „Weltreise“ in der Werbung.");
    expect(game.some((q) => q.text === "„Weltreise“")).toBe(false);
  });
});

describe("lists of slogans", () => {
  it("reads quotes listed after „Parolen wie“ as words someone chanted, not as a list of names", () => {
    const text = "Die Demonstranten skandierten dabei Parolen wie zum Beispiel „Stoppt den Wahn“ oder „Daten sind kein Spielzeug“.";
    expect(quotesOf(text).filter((q) => q.kind === "direct").map((q) => [q.text, q.speaker?.text])).toEqual([
      ["„Stoppt den Wahn“", "Die Demonstranten"],
      ["„Daten sind kein Spielzeug“", "Die Demonstranten"],
    ]);
  });

  it("reads a list right after a speech verb as what was said, one quote per item and no clause around them", () => {
    const text = "Die Demonstranten riefen „Nieder mit der Regierung“ und „Freiheit für alle Gefangenen“.";
    expect(briefs(text)).toEqual([
      { kind: "direct", text: "„Nieder mit der Regierung“", speaker: "Die Demonstranten", cue: "riefen" },
      { kind: "direct", text: "„Freiheit für alle Gefangenen“", speaker: "Die Demonstranten", cue: "riefen" },
    ]);
  });

  it("gives a short quote joined by „und“ to a partial quote that quote's speaker", () => {
    const text = "Dieser bestehe aus Sicht des Ministers aus „repressiven“ und „präventiven“ Maßnahmen, sagte der Sprecher.";
    expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([
      { kind: "direct", text: "„repressiven“", speaker: "der Sprecher", cue: "sagte" },
      { kind: "direct", text: "„präventiven“", speaker: "der Sprecher", cue: "sagte" },
    ]);
  });

  it("still reads a list of quoted names after other nouns as names, even where a cue frames the sentence", () => {
    const text = "Der Moderator nannte Lieder wie „Tage wie diese“ und „An Tagen wie diesen“ die besten des Jahres.";
    expect(quotesOf(text).filter((q) => q.kind === "direct")).toEqual([]);
  });
});
