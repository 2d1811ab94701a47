import { describe, expect, it } from "vitest";
import type { EntityMention } from "../../../src/core/article.js";
import { brief, briefs, mention, quotesOf } from "./helpers.js";

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

describe("a named actor in first position", () => {
  it("is the subject even when its first word looks like a preposition", () => {
    const text = "Von der Leyen betonte, unter den Verkäuferinnen seien viele Frauen.";
    const start = 0;
    const leyen: EntityMention = { text: "Von der Leyen", start, end: start + 13, type: "PER", entity: "per:ursula-von-der-leyen", name: "Ursula von der Leyen" };
    expect(quotesOf(text, "de", [leyen]).map(brief)[0]).toMatchObject({ kind: "indirect", speaker: "Von der Leyen", cue: "betonte" });
    expect(briefs(text)[0]?.speaker ?? null).toBeNull();
  });
});

describe("a noun phrase with an apposition in first position", () => {
  it("is the subject of the verb after the second comma, which opens no inverted frame", () => {
    expect(briefs("Auch die größte deutsche Privatbank, die Deutsche Bank, meldete heute Milliardenverluste.")).toEqual([]);
  });

  it("speaks the infinitive clause after the verb", () => {
    const text = "Das Staatsoberhaupt Neuseelands, die britische Königin Elisabeth II., bat Premierminister Key, ihre „tiefe Anteilnahme den Familien und Freunden derjenigen zu übermitteln, die getötet wurden“.";
    const direct = briefs(text).find((q) => q.kind === "direct");
    expect(direct?.speaker).toBe("Das Staatsoberhaupt Neuseelands, die britische Königin Elisabeth II");
  });
});
