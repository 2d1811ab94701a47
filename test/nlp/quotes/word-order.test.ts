import { describe, expect, it } from "vitest";
import { briefs } from "./helpers.js";

/** The direct quote of a text in its compact view. */
function direct(text: string) {
  return briefs(text).find((q) => q.kind === "direct");
}

describe("direct speakers from German word order", () => {
  it("takes the subject after a singular verb when a plural phrase stands first", () => {
    const text = "Die tibetischen Mönche, die sich an den Demonstrationen beteiligt hatten, beschrieb die Nachrichtenagentur unter Berufung auf Erklärungen der Provinzregierung als „aggressiv und herausfordernd gegenüber den Sicherheitskräften“.";
    expect(briefs(text).map((q) => q.speaker)).toContain("die Nachrichtenagentur");
    expect(briefs(text).map((q) => q.speaker)).not.toContain("Die tibetischen Mönche");
  });

  it("keeps a plural subject before a plural verb", () => {
    const text = "Die tibetischen Mönche erklärten: „Wir werden unseren Protest fortsetzen.“";
    expect(direct(text)?.speaker).toBe("Die tibetischen Mönche");
  });

  it("reads an adverb before the adjective as part of the speaker phrase", () => {
    const text = "Ein nicht genannter Vertreter der Firma bezeichnet ihre Investition von 5,57 Prozent am Gesamtkapital als „strategisch wichtig für das Elektroauto“.";
    expect(briefs(text)[0].speaker).toMatch(/^Ein nicht genannter Vertreter/u);
  });

  it("ends a phrase before a capitalised adverb glued on from a heading", () => {
    const text = "Engagement Deutschlands Bereits im Dezember 2005 hatte Bundeskanzlerin Angela Merkel in einer Rede verkündet: „Der deutsche Frauenfußball ist immer mehr im Kommen.“";
    expect(direct(text)?.speaker).toBe("Bundeskanzlerin Angela Merkel");
  });

  it("keeps a surname that looks like an adverb", () => {
    const text = "Lothar Nicht, Ordnungsdezernent der Stadt Cottbus, sagte: „Es besteht Gefahr für Leib und Leben.“";
    expect(direct(text)?.speaker).toMatch(/^Lothar Nicht/u);
  });

  it("keeps a surname that looks like an adverb when a verb follows it", () => {
    expect(direct("Mannheims oberster Bürgermeister Peter Kurz spricht von einer „überwältigenden Resonanz“.")?.speaker).toBe("Mannheims oberster Bürgermeister Peter Kurz");
    expect(direct("Die Ministerin Ursula Gern hat gesagt: „Wir bleiben.“")?.speaker).toBe("Die Ministerin Ursula Gern");
  });

  it("skips an opening adverbial with „zusammen mit“ to reach the subject of a joined verb", () => {
    const text = "Nach einem dreitägigen Flug zusammen mit seinen Kollegen Edwin Aldrin und Michael Collins lenkte er die Mondlandefähre zu einem Landeplatz und meldete sich mit den Worten: „Houston, Tranquillity Base here. The Eagle has landed.“";
    expect(direct(text)?.speaker).toBe("er");
  });
});

describe("frames of direct quotes", () => {
  it("takes the subject of any verb after „mit diesen Worten“", () => {
    const text = "„Guten Tag, ich schon wieder da“, mit diesen Worten meldete er sich auf der Pressekonferenz zurück.";
    expect(direct(text)).toMatchObject({ speaker: "er", cue: "meldete" });
  });

  it("splits a sentence glued to the one before without a space", () => {
    const text = "In vielen Ländern ist diese Art der Bekanntmachung üblich.Mats Schönauer schreibt dazu in seinem Blog: „So tingelt die Geschichte seit Tagen ungeprüft durch die Medien.“";
    expect(direct(text)?.speaker).toBe("Mats Schönauer");
  });
});

describe("subjects around the verb", () => {
  it("skips an opening insgesamt and ends the subject before the verb's own preposition", () => {
    expect(briefs("Insgesamt spricht die Polizei von weniger Auseinandersetzungen der beiden Lager.")[0]).toMatchObject({ speaker: "die Polizei", cue: "spricht" });
  });

  it("reads an opening adjective of feeling as an adverbial, so the subject follows the verb", () => {
    const q = briefs("Besorgt äußerte sich Kofi Annan über die Zunahme der Gewalt. Auch gebe es Berichte über Entführungen.");
    expect(q.map((x) => x.speaker)).toEqual(["Kofi Annan"]);
  });

  it("gives a verb joined by und the first subject, also after an adjective, and reads sie after it as its object", () => {
    const text = "Die parlamentarische Opposition wies die geforderten Änderungen strikt zurück und bezeichnete sie als einen Eingriff in die Grundrechte.";
    expect(briefs(text)[0]?.speaker).toBe("Die parlamentarische Opposition");
  });
});
