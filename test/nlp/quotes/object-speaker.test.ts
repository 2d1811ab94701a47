import { describe, expect, it } from "vitest";
import type { EntityMention } from "../../../src/core/article.js";
import { briefs, quotesOf } from "./helpers.js";

/** An ORG mention of `surface` in `text`, as the NER stage would give it. */
function org(text: string, surface: string): EntityMention {
  const start = text.indexOf(surface);
  return { text: surface, start, end: start + surface.length, type: "ORG", entity: null, name: null };
}

describe("\"sie\" after a labelling verb", () => {
  it("is the object when a role noun fills the first position", () => {
    const text = "Der Sprecher des Verbands nannte sie „fahrlässig“ und verwies auf Studien der Berliner Charité.";
    const partial = briefs(text).find((q) => q.text === "„fahrlässig“");
    expect(partial).toMatchObject({ kind: "direct", speaker: "Der Sprecher des Verbands" });
  });

  it("is the object when an organisation is the subject of the verb before \"und\"", () => {
    const text = "Die CCE bestätigte die Aussage der Gewerkschaft nicht und nannte sie „reine Spekulation“.";
    const quotes = quotesOf(text, "de", [org(text, "CCE")]);
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
