import { describe, expect, it } from "vitest";
import { brief, briefs, mention, quotesOf } from "./helpers.js";

describe("labelling verbs", () => {
  it("frames a partial quote with \"charakterisierte … als\"", () => {
    const text = "Der türkische Verkehrsminister, Binali Yildirim, charakterisierte das Opfer als ein „Beispiel taktlosen Verhaltens“.";
    expect(briefs(text).find((q) => q.kind === "direct")).toMatchObject({ text: "„Beispiel taktlosen Verhaltens“", cue: "charakterisierte" });
  });
});

describe("\"Für X ist …\" gives X's view", () => {
  it("makes a person after a sentence-initial \"Für\" the speaker", () => {
    const text = "Für den Theologen Hans Küng sei der Rücktritt „aus vielen Gründen verständlich und richtig“.";
    const partial = quotesOf(text, "de", [mention(text, "Hans Küng", "PER")]).map(brief).find((q) => q.kind === "direct");
    expect(partial).toMatchObject({ cue: "Für", speaker: "den Theologen Hans Küng" });
  });

  it("needs a verb of being after the person", () => {
    const text = "Für Merkel gab es am Abend „lang anhaltenden und sehr herzlichen Applaus von allen Seiten“.";
    expect(briefs(text).some((q) => q.cue === "Für")).toBe(false);
  });

  it("needs a person, not a thing", () => {
    const text = "Für die Lage ist nach Ansicht der Experten „keine schnelle Besserung in Sicht, eher im Gegenteil“.";
    expect(briefs(text).some((q) => q.cue === "Für")).toBe(false);
  });

  it("needs the subjunctive or quoted words: in the indicative the writer states a fact", () => {
    expect(briefs("Für Joly bedeutet dies eine herbe Niederlage, da ihre Partei zu den ernstzunehmenden Kräften zählt.")).toEqual([]);
    expect(briefs("Für Joly bedeute dies eine herbe Niederlage.")).toEqual([expect.objectContaining({ cue: "Für", speaker: "Joly" })]);
    expect(briefs("Für Joly ist die Lage „alarmierend“.").find((q) => q.kind === "direct")).toMatchObject({ cue: "Für", speaker: "Joly" });
  });
});

describe("separable particles at the end of a clause", () => {
  it("reads an article before quotation marks as an article, not a particle", () => {
    const text = "Wolfgang Hürter, Aufsichtsvorsitzender von SWB, nennt den Vorgang ein „ein Musterbeispiel für internationale Solidarität unter den Kommunen“.";
    expect(briefs(text).find((q) => q.kind === "direct")).toMatchObject({ cue: "nennt", speaker: expect.stringMatching(/^Wolfgang Hürter/u) });
  });

  it("gives a particle to the later verb it belongs to", () => {
    const text = "Der Präsident des Verbands nannte die Bewerbung von Kanada „sehr respektabel“ stellte aber gleichzeitig fest, dass Europa nun dran sei.";
    expect(briefs(text).find((q) => q.text === "„sehr respektabel“")).toMatchObject({ cue: "nannte", speaker: "Der Präsident des Verbands" });
  });

  it("still rejects a verb whose own clause ends in a foreign particle", () => {
    const text = "Der Minister sagte den Termin am Montag ab, die Gespräche würden verschoben.";
    expect(briefs(text).some((q) => q.cue === "sagte")).toBe(false);
  });
});

describe("a long quote without a frame", () => {
  it("takes the subject of its sentence when that is a person", () => {
    const text = "Die Ministerin will „in den kommenden Wochen noch einmal sorgfältig alle Möglichkeiten prüfen“.";
    expect(briefs(text).find((q) => q.kind === "direct")?.speaker).toBe("Die Ministerin");
  });
});

describe("a partial quote far from any verb frame", () => {
  it("takes the verb whose clause holds it over a source cue in a later relative clause", () => {
    const text = "Der Sprecher des Verbands nannte die Pläne „fahrlässig“ und verwies auf Studien der Charité, nach denen Hormone unbedenklich seien.";
    expect(briefs(text).find((q) => q.text === "„fahrlässig“")).toMatchObject({ cue: "nannte", speaker: "Der Sprecher des Verbands" });
  });
});

describe("a quote without a frame after a long quote", () => {
  it("inherits the speaker of a quote of several sentences that ends right before it", () => {
    const text = "„Natürlich. Menschen bekommen Rachegedanken. Weil die Polizei das Leben einschränke“, sagte er. „Sie geben ihnen nicht genügend Platz für ein normales Leben.“";
    expect(briefs(text).map((q) => q.speaker)).toEqual(["er", "er"]);
  });
});

describe("a quote announced by the sentence before it", () => {
  it("takes the speaker of a bare frame sentence over the speaker of the quote before", () => {
    const text = "Eine Armeesprecherin bestätigte die Offensive. Sie sagte, Ziel sei es, „die Infrastruktur“ zu zerstören. Der Kommandeur fügte hinzu. „Wir werden einige Gebiete einnehmen.“";
    const last = quotesOf(text).at(-1);
    expect(last?.speaker?.text).toBe("Der Kommandeur");
  });

  it("reads a longer sentence that ends with the speech verb so too, but not a sentence with a quote of its own", () => {
    const long = "„Wir bleiben“, sagte der Minister. Der Sprecher der Opposition fügte nach der langen Sitzung am Montag in Berlin hinzu. „Das ist ein schwerer Fehler der Regierung.“";
    expect(quotesOf(long).at(-1)?.speaker?.text).toBe("Der Sprecher der Opposition");
    const own = "„Wir bleiben“, sagte der Minister. Die Sprecherin sagte, man prüfe das. „Das ist ein schwerer Fehler der Regierung.“";
    expect(quotesOf(own).at(-1)?.speaker?.text).toBe("Die Sprecherin");
  });
});

describe("a subjunctive verb before a quotation", () => {
  it("is part of the reported speech: the quote keeps the speaker of the report before it", () => {
    const text = "Künast sagte, es müsse nun Schluss sein mit Blockaden. Es drohe „eine dramatische Erderwärmung von bis zu sechs Grad, die nur durch sofortiges Umsteuern abgewendet werden kann“.";
    expect(briefs(text).find((q) => q.kind === "direct")?.speaker).toBe("Künast");
  });
});

describe("a report that continues in Konjunktiv I", () => {
  it("carries the speaker of the report before it, also after a particle cut off by an apposition", () => {
    const text = "Davon geht Slobodan Samardzic, der zuständige serbische Minister, aus. Er gehe davon aus, dass Hashim Thaçi die Unabhängigkeit am Sonntag ausrufen werde.";
    const quotes = briefs(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: "indirect", speaker: "Slobodan Samardzic, der zuständige serbische Minister", cue: null });
    expect(quotes[0].text.startsWith("Er gehe davon aus")).toBe(true);
  });

  it("joins a particle cut off by a date in apposition (\"gab am Montag, dem 27. März, … bekannt\")", () => {
    const text = "Die Staatsanwaltschaft Altach gab am Montag, dem 27. März, die Einstellung des Verfahrens bekannt.";
    expect(briefs(text)).toEqual([{ kind: "reported", text, speaker: "Die Staatsanwaltschaft Altach", cue: "gab bekannt" }]);
    expect(briefs("Der Verein gab am Montag, dem 27. März, seinen Spielern frei.")).toEqual([]);
  });

  it("keeps a \"dass\" clause after an indicative main clause as that subject's report", () => {
    expect(briefs("Die Forscher fanden heraus, dass die Schnecken sich bekämpfen.")[0]).toMatchObject({ kind: "indirect", speaker: "Die Forscher" });
  });

  it("takes a group of people who speak for the subject of such a clause", () => {
    expect(briefs("Die Experten sind sicher, dass der Plan scheitert.")[0]).toMatchObject({ kind: "indirect", speaker: "Die Experten" });
    expect(briefs("Die Kritiker sind überzeugt, dass das Gesetz nicht hält.")[0]).toMatchObject({ kind: "indirect", speaker: "Die Kritiker" });
    // A thing in that place reports nothing.
    expect(briefs("Die Lage ist so ernst, dass niemand mehr hilft.")).toEqual([]);
  });
});

describe("quotes from a document named before", () => {
  it("gives a quote in a sentence opening with darin the document of the sentence before", () => {
    const text = "Die Staatsanwaltschaft gab am Dienstag eine Stellungnahme ab. Darin steht unter anderem: „Besonders betroffen sind wir, weil die Möglichkeit bestanden hätte.“";
    expect(quotesOf(text).at(-1)?.speaker?.text).toBe("eine Stellungnahme");
    const passive = "Die Opposition überreichte dem König eine feierliche Petition. Darin wird der König aufgefordert, bis zur Wahl einen neuen Regierungschef zu ernennen.";
    expect(quotesOf(passive).at(-1)?.speaker?.text).toBe("eine feierliche Petition");
  });

  it("takes a document phrase with an extended attribute whole, but not the phrase it hangs on", () => {
    const text = "Der Präsident wird mit den Worten aus einem an zu Guttenberg gerichteten Schreiben zitiert. Darin wird der Ex-Minister aufgefordert, „seine Vorbehalte bezüglich der Veröffentlichung zurückzunehmen“.";
    expect(quotesOf(text).at(-1)?.speaker?.text).toBe("einem an zu Guttenberg gerichteten Schreiben");
  });

  it("leaves quotes alone when no document is named before or the sentence does not point back", () => {
    const none = "Die Staatsanwaltschaft ermittelt seit Dienstag. Darin steht unter anderem: „Besonders betroffen sind wir, weil die Möglichkeit bestanden hätte.“";
    expect(quotesOf(none).at(-1)?.speaker).toBeNull();
    const noPointer = "Die Staatsanwaltschaft gab eine Stellungnahme ab. Dann steht unter anderem: „Besonders betroffen sind wir, weil die Möglichkeit bestanden hätte.“";
    expect(quotesOf(noPointer).at(-1)?.speaker).toBeNull();
  });
});
