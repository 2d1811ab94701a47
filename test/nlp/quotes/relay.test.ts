import { describe, expect, it } from "vitest";
import type { QuoteSpan } from "../../../src/core/article.js";
import { mention, quotesOf } from "./helpers.js";

/** Speaker and source of the quotes of a text. */
function relays(text: string): { kind: QuoteSpan["kind"]; speaker: string | null; source: string | null }[] {
  return quotesOf(text).map((q) => ({ kind: q.kind, speaker: q.speaker?.text ?? null, source: q.source?.text ?? null }));
}

describe("quotes relayed by a source", () => {
  it("takes the object of an active „zitiert … mit den Worten“ as the speaker and its subject as the source", () => {
    expect(relays("Die Frankfurter Rundschau zitiert einen Augenzeugen mit den Worten: „Der Mann hat einen Fußgänger erst angefahren.“")).toEqual([
      { kind: "direct", speaker: "einen Augenzeugen", source: "Die Frankfurter Rundschau" },
    ]);
    expect(relays("Die russische Nachrichtenagentur RIA Novosti zitiert dazu Néstor Kirchner mit folgenden Worten: „Diese Banken haben ihre Zweckbestimmung verloren.“")).toEqual([
      { kind: "direct", speaker: "Néstor Kirchner", source: "Die russische Nachrichtenagentur RIA Novosti" },
    ]);
  });

  it("keeps the subject as the speaker when „zitiert“ has no object (it quotes from a document)", () => {
    expect(relays("Die Zeitung zitiert aus dem Bericht: „Die Lage ist ernst und wird sich weiter verschärfen.“")).toEqual([
      { kind: "direct", speaker: "Die Zeitung", source: null },
    ]);
  });

  it("takes the agent or the document of a passive „wird … zitiert“ as the source", () => {
    expect(relays("Günther Platter wird von der Nachrichtenagentur Reuters mit den Worten zitiert, es habe eine positive Resonanz gegeben.")).toEqual([
      { kind: "indirect", speaker: "Günther Platter", source: "der Nachrichtenagentur Reuters" },
    ]);
    expect(relays("Der GdP-Vorsitzende Konrad Freiberg wird in einer Presseerklärung der Gewerkschaft mit den Worten zitiert: „Was wir brauchen, ist mehr Personal.“")).toEqual([
      { kind: "direct", speaker: "Der GdP-Vorsitzende Konrad Freiberg", source: "einer Presseerklärung der Gewerkschaft" },
    ]);
    expect(relays("In der Meldung auf der firmeneigenen Seite wird Musk wie folgt zitiert: „Wir werden es wieder versuchen.“")).toEqual([
      { kind: "direct", speaker: "Musk", source: "der Meldung auf der firmeneigenen Seite" },
    ]);
  });

  it("splits an outlet and the person it quotes run together after an inverted „zitiert“", () => {
    expect(relays("„Das ist eine Größenordnung, die die Szene sonst nicht auf die Beine stellt“, zitiert ndr.de Polizeisprecher Ralf Meyer.")).toEqual([
      { kind: "direct", speaker: "Polizeisprecher Ralf Meyer", source: "ndr.de" },
    ]);
    expect(relays("„Das wird das größte Update aller Zeiten“, zitiert Welt-Online den Minister.")).toEqual([
      { kind: "direct", speaker: "den Minister", source: "Welt-Online" },
    ]);
  });

  it("reads „wie X von Y zitiert wird“ and „wie Y X zitierte“", () => {
    const passive = quotesOf("Der Betreuer habe jedem 150 Mark gegeben, „um uns zu vergnügen, was wir auch taten“, wie Hoyzer von Spiegel-Online zitiert wird.");
    expect(passive.map((q) => [q.speaker?.text, q.source?.text])).toEqual(passive.map(() => ["Hoyzer", "Spiegel-Online"]));
    expect(passive.length).toBeGreaterThan(0);
    expect(relays("Die Lage sei ernst, wie die Zeitung den Minister zitierte.")).toEqual([{ kind: "indirect", speaker: "den Minister", source: "die Zeitung" }]);
  });

  it("takes a „laut …“ after the cue and its speaker as the source", () => {
    expect(relays("Heute bestätigte Gabriel Entcha-Ebia laut Nachrichtenagentur Reuters, dass es im Gefängnis ein Problem mit der Versorgung gebe.")).toEqual([
      { kind: "indirect", speaker: "Gabriel Entcha-Ebia", source: "Nachrichtenagentur Reuters" },
    ]);
  });

  it("takes a „laut …“ after the speaker of a „so“ frame, and a quoted site name after „laut“", () => {
    expect(relays("Das Problem sei vielmehr, so der venezolanische Präsident laut BBC News, dass die Banken nicht helfen.")).toEqual([
      { kind: "indirect", speaker: "der venezolanische Präsident", source: "BBC News" },
    ]);
    const quotes = quotesOf("Außerdem hatte er laut „tagesschau.de“ kritisiert, dass sein Stamm diskriminiert werde.");
    expect(quotes.find((q) => q.cue === "kritisiert")).toMatchObject({ speaker: { text: "er" }, source: { text: "„tagesschau.de“" } });
  });

  it("takes an English „according to …“ after the speaker as the source", () => {
    const [quote] = quotesOf("The minister said according to Reuters that the plan would fail.", "en");
    expect(quote).toMatchObject({ kind: "indirect", speaker: { text: "The minister" }, source: { text: "Reuters" } });
  });

  it("does not take the speaker's own view („ihrer Meinung nach“) for a source", () => {
    const [quote] = quotesOf("Sie äußerte sich auch gegen die ihrer Meinung nach verbreiteten Illusionen: „Ich kritisiere diesen Irrglauben.“");
    expect(quote.source).toBeNull();
  });

  it("resolves the source to the organisation it names", () => {
    const text = "Günther Platter wird von der Nachrichtenagentur Reuters mit den Worten zitiert, es habe eine positive Resonanz gegeben.";
    const entities = [mention(text, "Günther Platter", "PER", "per:guenther-platter"), mention(text, "Reuters", "ORG", "org:reuters")];
    const [quote] = quotesOf(text, "de", entities);
    expect(quote.source).toEqual({ text: "der Nachrichtenagentur Reuters", start: text.indexOf("der Nachrichtenagentur"), end: text.indexOf(" mit den"), entity: "org:reuters", name: "Reuters" });
    expect(quote).toMatchObject({ speaker_entity: "per:guenther-platter" });
    // Without entities the phrase stays, unresolved.
    expect(quotesOf(text)[0].source).toMatchObject({ text: "der Nachrichtenagentur Reuters", entity: null, name: null });
  });

  it("gives an ordinary quote no source", () => {
    expect(relays("„Wir werden die Steuern nicht erhöhen“, sagte Finanzminister Christian Lindner am Montag.")).toEqual([
      { kind: "direct", speaker: "Finanzminister Christian Lindner", source: null },
    ]);
  });
});

describe("one statement, one quote", () => {
  it("drops the quote a laut phrase frames over words that the speaker's quote already gives with it as source", () => {
    const text = "Die Demonstration wurde beendet. „Dieser Wanderkessel ist versammlungsrechtlich ein Skandal“, sagte der Demonstrationsleiter laut ndr.de. Danach zogen alle ab.";
    expect(relays(text)).toEqual([{ kind: "direct", speaker: "der Demonstrationsleiter", source: "ndr.de" }]);
    const indirect = "Außerdem hatte er laut „tagesschau.de“ kritisiert, dass sein Stamm diskriminiert werde.";
    expect(relays(indirect)).toEqual([{ kind: "indirect", speaker: "er", source: "„tagesschau.de“" }]);
  });

  it("keeps a laut quote about other words", () => {
    const text = "Laut Reuters sind zehn Menschen gestorben. „Es ist furchtbar“, sagte der Bürgermeister laut Reuters.";
    expect(relays(text)).toEqual([
      { kind: "indirect", speaker: "Reuters", source: null },
      { kind: "direct", speaker: "der Bürgermeister", source: "Reuters" },
    ]);
  });
});
