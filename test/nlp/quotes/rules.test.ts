import { describe, expect, it } from "vitest";
import { briefs } from "./helpers.js";

describe("quoted titles and names are no quotes", () => {
  it("skips a long title after a title noun", () => {
    const text = "Michael Gordon hat für sein Buch „Cobra II – die wirkliche Geschichte der Invasion und der Besetzung Iraks“ recherchiert.";
    expect(briefs(text)).toEqual([]);
  });

  it("skips a name after a definite article, even one ending in an abbreviation", () => {
    const text = "Es ist nur eine Außerbetriebsnachricht des „Wikimedia Deutschland – Gesellschaft zur Förderung Freien Wissens e.V.“ zu sehen.";
    expect(briefs(text)).toEqual([]);
  });

  it("skips a list of quoted titles", () => {
    const text =
      "Die Besucher konnten in 20 Vorträgen allerlei über Themen wie „Der Einsatz der Trümmerbahnen zur Enttrümmerung Dresdens“, „Erinnerungen und Bilder zu Dresdens Verkehrsgeschichte“ oder „Bau der Eisenbahnverbindung Dresden-Prag“ erfahren.";
    expect(briefs(text)).toEqual([]);
  });

  it("skips a name followed by its abbreviation", () => {
    const text = "Für morgen haben die in dem Bündnis „National United Front of Democracy Against Dictatorship“ (UDD) organisierten Kräfte eine Kundgebung angekündigt.";
    expect(briefs(text)).toEqual([]);
  });

  it("keeps a partial quote that opens in lower case or follows an indefinite article", () => {
    const lower = briefs("Die Kongressabgeordnete Carolyn McCarthy erklärte, Gillibrand sei „das Postergirl der NRA, und das repräsentiert nicht den Staat New York“.");
    expect(lower.some((q) => q.kind === "direct" && q.text.startsWith("„das Postergirl"))).toBe(true);
    const indefinite = briefs("Er warnte vor einer „Vernetzung der 5.300 Pass- und Personalausweisregister“ in Deutschland.");
    expect(indefinite.some((q) => q.kind === "direct" && q.speaker === "Er")).toBe(true);
  });
});

describe("speakers of colon frames and coordinated verbs", () => {
  it("takes the subject after the verb when an object stands first before the colon", () => {
    const text = "Den Unmut der CDU über Stoibers Äußerungen brachte die gesundheitspolitische Sprecherin der Unionsfraktion, Annette Widmann-Mauz, zum Ausdruck: „Es gibt keinen Grund, Positionen aufzugeben.“";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: expect.stringMatching(/^die gesundheitspolitische Sprecherin/u) });
  });

  it("gives the second of two joined verbs the subject after the first verb behind a quote", () => {
    const text = "„Gar nicht mehr so privat und sicher?“ schrieben die Hacker und kündigten weitere Aktionen an.";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: "die Hacker" });
  });

  it("gives a verb after a comma without a subject of its own the subject of the main clause", () => {
    const text = "Internationale Wahlbeobachter monieren Unregelmäßigkeiten, sprechen aber davon, dass die Wahl fairer als im Jahr 2000 verlaufen sei.";
    expect(briefs(text)).toEqual([
      { kind: "indirect", text: "sprechen aber davon, dass die Wahl fairer als im Jahr 2000 verlaufen sei", speaker: "Internationale Wahlbeobachter", cue: "monieren" },
    ]);
  });
});

describe("dass clauses after verbs outside the lexicon", () => {
  it("reports the dass clause of a person-like subject", () => {
    const text = "Die Wissenschaftler fanden heraus, dass es sich bei dem hellen Materieklumpen um einen jungen Planeten handelt.";
    expect(briefs(text)).toEqual([
      { kind: "indirect", text: "dass es sich bei dem hellen Materieklumpen um einen jungen Planeten handelt", speaker: "Die Wissenschaftler", cue: "fanden" },
    ]);
  });

  it("reads what someone noticed or knew as no one's words, what a paper claims to have learnt as its report", () => {
    expect(briefs("Die Fahrer wussten, dass die Strecke gesperrt war.")).toEqual([]);
    expect(briefs("Wir merkten, dass wir einander brauchten.")).toEqual([]);
    expect(briefs("Die Zeitung will erfahren haben, dass die Minister uneinig seien.")[0]).toMatchObject({ speaker: "Die Zeitung" });
  });

  it("leaves degree clauses alone and reports an impersonal clause without a speaker, as the data annotates it", () => {
    expect(briefs("Allerdings wurde inzwischen auch bekannt, dass auf dem Flughafen Toronto kein Windradar vorhanden ist.")).toEqual([
      { kind: "indirect", text: "dass auf dem Flughafen Toronto kein Windradar vorhanden ist", speaker: null, cue: "bekannt" },
    ]);
    expect(briefs("Die Lage ist so ernst, dass die Schulen geschlossen bleiben.")).toEqual([]);
  });
});

describe("speech acts with a contracted preposition", () => {
  it("reads „berichtete vom …“ like „berichtete von …“", () => {
    expect(briefs("Der Sprecher berichtete vom Einsatz der Feuerwehr am Hafen.")).toEqual([
      { kind: "reported", text: "Der Sprecher berichtete vom Einsatz der Feuerwehr am Hafen.", speaker: "Der Sprecher", cue: "berichtete" },
    ]);
  });
});
