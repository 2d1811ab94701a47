import { describe, expect, it } from "vitest";
import type { EntityMention } from "../../../src/core/article.js";
import { brief, briefs, quotesOf } from "./helpers.js";

/** A mention of `surface` in `text`, as the NER stage would give it. */
function mention(text: string, surface: string, type: EntityMention["type"]): EntityMention {
  const start = text.indexOf(surface);
  return { text: surface, start, end: start + surface.length, type, entity: null, name: null };
}

describe("\"sie\" after a labelling verb", () => {
  it("is the object when a role noun fills the first position", () => {
    const text = "Der Sprecher des Verbands nannte sie „fahrlässig“ und verwies auf Studien der Berliner Charité.";
    const partial = briefs(text).find((q) => q.text === "„fahrlässig“");
    expect(partial).toMatchObject({ kind: "direct", speaker: "Der Sprecher des Verbands" });
  });

  it("is the object when an organisation is the subject of the verb before \"und\"", () => {
    const text = "Die CCE bestätigte die Aussage der Gewerkschaft nicht und nannte sie „reine Spekulation“.";
    const quotes = quotesOf(text, "de", [mention(text, "CCE", "ORG")]);
    expect(quotes.find((q) => q.text === "„reine Spekulation“")?.speaker?.text).toBe("Die CCE");
  });

  it("stays the speaker when a thing stands first", () => {
    const text = "Die Lage nannte sie „ernst, aber beherrschbar“.";
    expect(briefs(text).find((q) => q.kind === "direct")?.speaker).toBe("sie");
  });
});

describe("oblique phrases in first position", () => {
  it("takes the name after the verb when \"der\" and an adjective in -en mark a dative", () => {
    const text = "Der englisch-sprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten, aber das entmutigt nicht meinen Geist.“";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: "Filep Karma" });
  });

  it("keeps a nominative \"der\" phrase with an adjective in -e", () => {
    const text = "Der englische Verleger sagte: „Wir drucken das Buch nicht noch einmal.“";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: "Der englische Verleger" });
  });
});

describe("a genitive name before a phrase", () => {
  it("keeps \"Mannheims oberster Bürgermeister\" as one speaker", () => {
    const text = "Mannheims oberster Bürgermeister Peter Heinz spricht von einer „überwältigenden Resonanz“ in der Stadt.";
    expect(briefs(text).find((q) => q.kind === "direct")?.speaker).toBe("Mannheims oberster Bürgermeister Peter Heinz");
  });
});

describe("labelling verbs", () => {
  it("frames a partial quote with \"charakterisierte … als\"", () => {
    const text = "Der türkische Verkehrsminister, Binali Yildirim, charakterisierte das Opfer als ein „Beispiel taktlosen Verhaltens“.";
    expect(briefs(text).find((q) => q.kind === "direct")).toMatchObject({ text: "„Beispiel taktlosen Verhaltens“", cue: "charakterisierte" });
  });
});

describe("quoted titles are not quotes", () => {
  it("skips a short English title after a colon", () => {
    const text = "Auf dem Konzert am Abend stellte er dann die neue CD der Gruppe vor: „Have a nice day“.";
    expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("skips a title in another script", () => {
    const text = "Im Juni findet in Moskau ein Schachfestival statt: „Мемориал Михаила Таля“.";
    expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("skips the name of a law after an indefinite article", () => {
    const text = "Der Minister hat einen Entwurf für ein „Gesetz zur Änderung des Passgesetzes“ vorgelegt, das im Herbst beraten wird.";
    expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("keeps a longer English statement as a quote", () => {
    const text = "Musk schrieb: „However, I would hope that the next launch occurs in less than six months.“";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: "Musk" });
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

describe("a speaker between commas before the verb", () => {
  it("is the verb's own subject, not the first clause's", () => {
    const text = "Die Kulturministerin wies diese Behauptung zurück, die Sprecherin der Regierungsfraktion, Sandra Boser (GRÜNE), erklärte: „Neiddebatten sind völlig fehl am Platz.“";
    expect(briefs(text).find((q) => q.kind === "direct")?.speaker).toMatch(/Sandra Boser/u);
  });

  it("leaves an elliptic clause to the first clause's subject", () => {
    const text = "Die Kulturministerin wies diese Behauptung zurück, erklärte aber: „Wir prüfen den Fall noch einmal.“";
    expect(briefs(text).find((q) => q.kind === "direct")?.speaker).toBe("Die Kulturministerin");
  });
});

describe("a partial quote far from any verb frame", () => {
  it("takes the verb whose clause holds it over a source cue in a later relative clause", () => {
    const text = "Der Sprecher des Verbands nannte die Pläne „fahrlässig“ und verwies auf Studien der Charité, nach denen Hormone unbedenklich seien.";
    expect(briefs(text).find((q) => q.text === "„fahrlässig“")).toMatchObject({ cue: "nannte", speaker: "Der Sprecher des Verbands" });
  });
});

describe("a named actor in first position", () => {
  it("is the subject even when its first word looks like a preposition", () => {
    const text = "Von der Leyen betonte, unter den Verkäuferinnen seien viele Frauen.";
    const start = 0;
    const leyen: EntityMention = { text: "Von der Leyen", start, end: start + 13, type: "PER", entity: "per:ursula-von-der-leyen", name: "Ursula von der Leyen" };
    expect(quotesOf(text, "de", [leyen]).map(brief)[0]).toMatchObject({ kind: "indirect", speaker: "Von der Leyen", cue: "betonte" });
    expect(briefs(text)[0]?.speaker ?? null).toBeNull();
  });
});

describe("a quote without a frame after a long quote", () => {
  it("inherits the speaker of a quote of several sentences that ends right before it", () => {
    const text = "„Natürlich. Menschen bekommen Rachegedanken. Weil die Polizei das Leben einschränke“, sagte er. „Sie geben ihnen nicht genügend Platz für ein normales Leben.“";
    expect(briefs(text).map((q) => q.speaker)).toEqual(["er", "er"]);
  });
});
