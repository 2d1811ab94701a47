import { describe, expect, it } from "vitest";
import { hasZuInfinitive } from "../../../src/nlp/quotes/infinitive.js";
import { tokenize } from "../../../src/nlp/quotes/tokens.js";
import { briefs } from "./helpers.js";

describe("infinitive complements with zu", () => {
  it("does not read the preposition zu before an article in -en as an infinitive", () => {
    expect(hasZuInfinitive(tokenize("zu den Vorgängen in Tibet"))).toBe(false);
    expect(hasZuInfinitive(tokenize("zu seinen Plänen"))).toBe(false);
    expect(hasZuInfinitive(tokenize("die Lage zu prüfen"))).toBe(true);
  });

  it("reports an infinitive with zu sein after a passive cue verb", () => {
    expect(briefs("Klien wurde vorgeworfen, an der Schlägerei beteiligt gewesen zu sein.")).toEqual([
      { kind: "indirect", text: "an der Schlägerei beteiligt gewesen zu sein", speaker: null, cue: "vorgeworfen" },
    ]);
  });

  it("reports a particle infinitive with zu inside it (niederzulegen)", () => {
    expect(briefs("Der Parteivorsitzende hatte Lenz gestern aufgefordert, sein Mandat niederzulegen.")).toEqual([
      { kind: "indirect", text: "sein Mandat niederzulegen", speaker: "Der Parteivorsitzende", cue: "aufgefordert" },
    ]);
  });

  it("knows nachsagen as a cue for an infinitive (wird nachgesagt, … nahe zu stehen)", () => {
    expect(briefs("Dem Orden wird nachgesagt, protestantischen Terroristen nahe zu stehen.")).toEqual([
      { kind: "indirect", text: "protestantischen Terroristen nahe zu stehen", speaker: null, cue: "nachgesagt" },
    ]);
  });

  it("reports an infinitive after a verb of hope that governs it directly", () => {
    expect(briefs("Das Kartellamt hofft, durch die Kronzeugenregelung beteiligte Firmen zu belasten.")).toEqual([
      { kind: "indirect", text: "durch die Kronzeugenregelung beteiligte Firmen zu belasten", speaker: "Das Kartellamt", cue: "hofft" },
    ]);
  });

  it("leaves an infinitive alone that an object noun of a cognition verb governs", () => {
    expect(briefs("Sie sieht darin aber auch eine Verpflichtung, weiter zu schreiben.")).toEqual([]);
  });
});

describe("content nouns with an infinitive or a subjunctive clause", () => {
  it("reports the infinitive after a demand noun and names the noun phrase as speaker", () => {
    expect(briefs("Dem Appell der Polizei, sich zu stellen, folgte er nicht.")).toEqual([
      { kind: "indirect", text: "sich zu stellen", speaker: "Dem Appell der Polizei", cue: "Appell" },
    ]);
  });

  it("ends the infinitive complement before the main clause goes on", () => {
    expect(briefs("Ursprüngliche Pläne, den Bären zu betäuben und einzufangen, wurden daher verworfen.")).toEqual([
      { kind: "indirect", text: "den Bären zu betäuben und einzufangen", speaker: "Ursprüngliche Pläne", cue: "Pläne" },
    ]);
  });

  it("reports a subjunctive main clause after an announcement noun with the subject as speaker", () => {
    expect(briefs("Die erste Reaktion aus dem Iran bestand in der Ankündigung, der Iran werde die Anreicherung sofort aufnehmen.")).toEqual([
      { kind: "indirect", text: "der Iran werde die Anreicherung sofort aufnehmen", speaker: "Die erste Reaktion aus dem Iran", cue: "Ankündigung" },
    ]);
  });

  it("leaves a relative clause after a content noun alone", () => {
    expect(briefs("Die Polizei prüfte den Hinweis, die sich als falsch erwies.")).toEqual([]);
  });

  it("reads an infinitive that opens with a preposition and an article, not as a relative clause", () => {
    expect(briefs("Mit Befremden reagierte die CDU auf die Forderung des Vorsitzenden Edmund Stoiber, in der Gesundheitspolitik auf die SPD zuzugehen.")).toEqual([
      { kind: "indirect", text: "in der Gesundheitspolitik auf die SPD zuzugehen", speaker: "die Forderung des Vorsitzenden Edmund Stoiber", cue: "Forderung" },
    ]);
    expect(briefs("Die Polizei prüfte den Hinweis, in dem sich der Täter verraten hatte.")).toEqual([]);
  });

  it("reports the subjunctive clause after an argument with the subject as speaker", () => {
    expect(briefs("Die BVG begegnet der Kritik mit dem Argument, die Züge seien meist unterirdisch unterwegs.")).toEqual([
      { kind: "indirect", text: "die Züge seien meist unterirdisch unterwegs", speaker: "Die BVG", cue: "Argument" },
    ]);
  });
});

describe("\"kann man sagen\"", () => {
  it("is the writer's comment, not a report", () => {
    expect(briefs("Alles in allem kann man sagen, dass das Alstereisvergnügen vor allem für die Gastronomie ein Erfolg war.")).toEqual([]);
  });

  it("keeps a plural subject's report", () => {
    expect(briefs("Die Veranstalter sagen, dass das Fest ein Erfolg war.")[0]).toMatchObject({ kind: "indirect", speaker: "Die Veranstalter", cue: "sagen" });
  });
});

describe("infinitive complements after a cue at the end of its clause", () => {
  it("reports the infinitive after a relative or subordinate clause's cue", () => {
    const relative = "Mehrere Firmen prüfen die Angaben eines Hackers, der behauptet, den Code gecrackt zu haben.";
    expect(briefs(relative)).toEqual([{ kind: "indirect", text: "den Code gecrackt zu haben", speaker: "eines Hackers, der", cue: "behauptet" }]);
    const subordinate = "Während Premierminister Jean-Claude Juncker ankündigte, den Vorschlag prüfen zu lassen, lehnte die Opposition ab.";
    expect(briefs(subordinate)[0]).toMatchObject({ kind: "indirect", text: "den Vorschlag prüfen zu lassen", speaker: "Premierminister Jean-Claude Juncker" });
  });

  it("reads an offer with an infinitive as reported, but not an offer of goods", () => {
    expect(briefs("Vor zwei Jahren hatte die IGDRB den Behörden angeboten, den Giftmüll zu entsorgen.")).toEqual([
      { kind: "indirect", text: "den Giftmüll zu entsorgen", speaker: "die IGDRB", cue: "angeboten" },
    ]);
    expect(briefs("Der Händler bot am Markt frisches Obst an.")).toEqual([]);
  });

  it("does not take a main clause that merely holds an infinitive later on", () => {
    const text = "Die Notenbank wollte beruhigen, indem den Banken signalisiert wurde, es sei kein Problem, an Geld zu kommen.";
    expect(briefs(text).map((q) => q.text)).not.toContain("es sei kein Problem, an Geld zu kommen");
  });
});
