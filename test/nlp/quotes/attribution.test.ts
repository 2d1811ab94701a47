import { describe, expect, it } from "vitest";
import { briefs } from "./helpers.js";

describe("the second of two joined verbs after an adverbial first position", () => {
  it("takes the subject after the first verb when a prepositional phrase opens the sentence", () => {
    const text = "In seiner Stellungnahme befand der israelische Premierminister Benjamin Netanyahu den US-Luftangriff als gerechtfertigt und nannte Trumps Angriffsauftrag „schnell, kraftvoll und entschieden“.";
    const quote = briefs(text).find((q) => q.kind === "direct");
    expect(quote).toMatchObject({ text: "„schnell, kraftvoll und entschieden“", speaker: "der israelische Premierminister Benjamin Netanyahu" });
  });

  it("takes the subject after the first verb when a subordinate clause opens the sentence", () => {
    const text = "Die Flugbegleiter wollten den Mann beruhigen. Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Fluggast und rief: „Lasst mich raus!“.";
    expect(briefs(text).find((q) => q.kind === "direct")).toMatchObject({ text: "„Lasst mich raus!“", speaker: "der Randalierer", cue: "rief" });
  });
});

describe("partial quotes in a sentence of two main clauses", () => {
  it("gives each quoted word the speaker of its own clause", () => {
    const text = "Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah, nannte seinen Platzverweis „überzogen“, Bundestrainer Joachim Löw bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab, als „übertrieben“.";
    const partial = briefs(text).filter((q) => q.kind === "direct");
    expect(partial.find((q) => q.text === "„überzogen“")?.speaker).toBe("Miroslav Klose");
    expect(partial.find((q) => q.text === "„übertrieben“")?.speaker).toBe("Bundestrainer Joachim Löw");
  });
});

describe("indirect speech after a frame that opens its clause", () => {
  it("reports only the dass-clause after a frame that follows an adverbial and a dash", () => {
    const text = "In einem Interview mit dem Anwalt seiner Familie – Rainer Wittner – sagte dieser, dass Delmare bereits in „seiner eigenen Welt“ lebe.";
    expect(briefs(text).find((q) => q.kind === "indirect")).toMatchObject({ text: "dass Delmare bereits in „seiner eigenen Welt“ lebe" });
  });

  it("reports only the dass-clause after a frame that follows its subject with a relative clause", () => {
    const text = "Das Sondertribunal wählte den Fall aus. Warum die Wahl auf das Massaker von Dudschail fiel, begründete das Sondertribunal mit dem Hinweis darauf, dass die Beweislage in diesem Fall am schnellsten gesichert werden konnte.";
    expect(briefs(text).find((q) => q.kind === "indirect")).toMatchObject({ text: "dass die Beweislage in diesem Fall am schnellsten gesichert werden konnte", speaker: "das Sondertribunal" });
  });

  it("reports only the infinitive after a perfect-tense frame that follows an adverbial", () => {
    const text = "In der Debatte um alternative Energieträger, die auf Grund der hohen Preise geführt wird, hat Verbraucher-Staatssekretär Matthias Berninger (Grüne) gefordert, größere Tankstellen gesetzlich zum Angebot von ökologisch vorteilhaften Kraftstoffen zu zwingen.";
    expect(briefs(text).find((q) => q.kind === "indirect")).toMatchObject({ text: "größere Tankstellen gesetzlich zum Angebot von ökologisch vorteilhaften Kraftstoffen zu zwingen", speaker: "Verbraucher-Staatssekretär Matthias Berninger (Grüne)" });
  });

  it("still reports the whole sentence around a frame in the middle of a subjunctive clause", () => {
    const text = "Die Lage sei ernst, sagte der Minister, und man müsse rasch handeln.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", speaker: "der Minister" });
    expect(briefs(text)[0].text.startsWith("Die Lage sei ernst")).toBe(true);
  });
});

describe("the end of a reported clause", () => {
  it("ends before a comment of the writer opened by wobei", () => {
    const text = "Die Resolution fordert den Generalsekretär auf, genaue Informationen über dieses Thema zu sammeln, wobei diese Aufgabe beim UN-Generalsekretär angesiedelt wurde.";
    expect(briefs(text).find((q) => q.kind === "indirect")?.text).toBe("genaue Informationen über dieses Thema zu sammeln");
  });

  it("keeps a clause opened by was when it is still subjunctive", () => {
    const text = "Er sagte, man wisse nicht, was genau passiert sei.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", text: "man wisse nicht, was genau passiert sei" });
  });

  it("does not cut inside quotation marks", () => {
    const text = "Der Senator sagte, die Republikaner müssten „alle auf diese Vorwahlen schauen und die Kandidaten ermuntern – darüber, was gut ist für unser Land“.";
    expect(briefs(text).find((q) => q.kind === "indirect")?.text).toContain("was gut ist für unser Land");
  });
});
