import { describe, expect, it } from "vitest";
import { briefs } from "./helpers.js";

/** The direct quote of a text in its compact view. */
function direct(text: string) {
  return briefs(text).find((q) => q.kind === "direct");
}

describe("speakers of direct quotes introduced by another verb", () => {
  it("prefers a preceding \"wie X erklärte\" frame to the verb that introduces the quote", () => {
    const text = "Wie der niedersächsische Finanzminister Hartmut Möllring am Dienstag in Hannover erklärte, sieht die Landesregierung in dem Gesetz „kein Hindernis für den freien Kapitalverkehr“.";
    const q = direct(text);
    expect(q?.speaker).toBe("der niedersächsische Finanzminister Hartmut Möllring");
    expect(q?.cue).toBe("erklärte");
  });

  it("keeps the subject of the introducing verb without a \"wie\" frame", () => {
    const text = "Die Landesregierung sieht in dem Gesetz „kein Hindernis für den freien Kapitalverkehr“.";
    expect(direct(text)?.speaker).toBe("Die Landesregierung");
  });

  it("takes the subject after the verb when a time adverb opens the colon clause", () => {
    const text = "Aktuell lässt sie dort Folgendes zu ihrer Person erklären: „Mitte der 1990er Jahre unternahm sie den Versuch, das Abitur nachzuholen.“";
    expect(direct(text)?.speaker).toBe("sie");
  });

  it("does not take \"Derzeit\" as the speaker before a colon", () => {
    const text = "Derzeit steht deshalb in dem Gesetzentwurf noch der Passus: „Die gespeicherten Fingerabdrücke sind nach der Aushändigung zu löschen.“";
    expect(direct(text)?.speaker).not.toBe("Derzeit");
  });
});

describe("a \"wie\" clause cut by an apposition", () => {
  it("reaches back over a relative clause after the speaker", () => {
    const text = "Wie ein Sprecher der Polizei, die mit zwei Hubschraubern im Einsatz war, mitteilte, wurden drei Personen verletzt.";
    expect(briefs(text)).toEqual([{ kind: "indirect", text: "wurden drei Personen verletzt", speaker: "ein Sprecher der Polizei", cue: "mitteilte" }]);
  });

  it("does not take a passive auxiliary inside the relative clause for a passive frame", () => {
    const text = "Wie der Sprecher, der namentlich nicht genannt werden wollte, sagte, werde die Fabrik geschlossen.";
    expect(briefs(text)).toEqual([{ kind: "indirect", text: "werde die Fabrik geschlossen", speaker: "der Sprecher", cue: "sagte" }]);
  });

  it("reaches back over the apposition's commas to \"wie\"", () => {
    const text = "Wie der Sprecher der EU-Kommission, Gerald Braun, in Luxemburg mitteilte, wurde der Mann festgenommen.";
    expect(briefs(text)).toEqual([{ kind: "indirect", text: "wurde der Mann festgenommen", speaker: "der Sprecher der EU-Kommission, Gerald Braun", cue: "mitteilte" }]);
  });

  it("takes a name whose apposition holds a place", () => {
    const text = "Wie Richard Horsey, Sprecher des UN-Büros in Birma, in Bangkok mitteilte, hat die Regierung lediglich sechs Hubschrauber im Einsatz.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", speaker: "Richard Horsey, Sprecher des UN-Büros in Birma", cue: "mitteilte" });
  });
});

describe("more source nouns after \"nach\"", () => {
  it("reads \"Nach einem EU-Dokument\" and \"nach eigenem Bekunden\" as sources", () => {
    expect(briefs("Nach einem EU-Dokument leben die meisten Roma in Armut.")[0]).toMatchObject({ kind: "indirect", cue: "Nach EU-Dokument" });
    expect(briefs("Der Bruder war nach eigenem Bekunden seit langem eingeweiht.")[0]).toMatchObject({ kind: "indirect" });
  });
});

describe("genitive attachments with an indefinite article", () => {
  it("keeps \"einer Studie …\" with the speaker of \", so …\"", () => {
    const text = "Zwei Drittel aller Heilmethoden sind unwirksam, so das Ergebnis einer Studie der Stiftung Warentest.";
    expect(briefs(text)).toEqual([{ kind: "indirect", text: "Zwei Drittel aller Heilmethoden sind unwirksam", speaker: "das Ergebnis einer Studie der Stiftung Warentest", cue: "so" }]);
  });
});

describe("sources before \"zufolge\" and after a reporting verb", () => {
  it("reads an Arabic article in a name and drops a leading particle", () => {
    expect(briefs("Dem Sender al-Dschasira zufolge wird das Schiff in den Hafen Aschdot gefahren.")[0]).toMatchObject({ kind: "indirect", speaker: "Dem Sender al-Dschasira", cue: "zufolge" });
    expect(briefs("Auch dem Korrespondenten al-Jazeeras zufolge wurde die Berichterstattung schwieriger.")[0]).toMatchObject({ speaker: "dem Korrespondenten al-Jazeeras" });
  });

  it("keeps a surname that is also an adverb", () => {
    expect(briefs("Kurz zufolge wird die Regierung im Herbst neu gebildet.")[0]).toMatchObject({ speaker: "Kurz", cue: "zufolge" });
  });

  it("reads \"damit\" before a subjunctive verb as an adverb opening the reported clause", () => {
    expect(briefs("Der General erklärte hingegen, damit solle ein Machtvakuum vermieden werden.")).toEqual([
      { kind: "indirect", text: "damit solle ein Machtvakuum vermieden werden", speaker: "Der General", cue: "erklärte" },
    ]);
  });
});

describe("naming, not saying", () => {
  it("does not read \"wie er sich selbst nannte\" as a source", () => {
    expect(briefs("Roger Keith Barrett oder Syd Barrett, wie er sich selbst gerne nannte, ist tot.")).toEqual([]);
  });

  it("does not read \"nach der Veröffentlichung\" as a source", () => {
    expect(briefs("Auch die Presse war nach der Veröffentlichung der ersten Enzyklika erstaunt.")).toEqual([]);
  });
});

describe("definitions with \"man\"", () => {
  it("reports no speech act for \"bezeichnet man\" or \"nannte man\"", () => {
    expect(briefs("Als Lichtjahr bezeichnet man die Strecke, die das Licht in einem Jahr zurücklegt.")).toEqual([]);
    expect(briefs("Rosinenbomber nannte man die Flugzeuge der Luftbrücke.")).toEqual([]);
  });

  it("reports nothing for the sentence before a backward frame with \"man\"", () => {
    expect(briefs("Die Firma wird die Zahl ihrer Aktien verdreifachen. Dies nennt man einen Aktiensplit.")).toEqual([]);
    // A backward frame with a speaker still reports it.
    expect(briefs("Die Firma wird die Zahl ihrer Aktien verdreifachen. Das teilte der Vorstand mit.").map((q) => q.speaker)).toEqual(["der Vorstand"]);
  });
});

describe("passive speech acts with an agent", () => {
  it("reports the sentence with the agent after \"von\" as the speaker", () => {
    expect(briefs("Die Forderungen wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet.")).toEqual([
      { kind: "reported", text: "Die Forderungen wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet.", speaker: "Bundesverkehrsminister Manfred Stolpe", cue: "bezeichnet" },
    ]);
  });

  it("leaves a perfect in the active and a passive without an agent alone", () => {
    expect(briefs("Die Opposition hat den Haushalt der Regierung kritisiert.")).toEqual([]);
    expect(briefs("Der Haushalt der Regierung wurde scharf kritisiert.")).toEqual([]);
  });
});

describe("\"heißt es\" after a relative clause", () => {
  it("takes the source phrase that opens the sentence", () => {
    const text = "In dieser Resolution, die vom Sicherheitsrat angenommen wurde, heißt es, dass es beim Schutz von Kindern Fortschritte gegeben habe.";
    expect(briefs(text)).toEqual([{ kind: "indirect", text: "dass es beim Schutz von Kindern Fortschritte gegeben habe", speaker: "dieser Resolution", cue: "heißt es" }]);
  });
});

describe("a passive cue after a relative clause", () => {
  it("takes the document that opens the sentence as the source", () => {
    const text = "In einer Presseerklärung, die am Mittwoch veröffentlicht wurde, wurde verkündet, dass die Serben alle Verantwortlichen verfolgen würden.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", speaker: "einer Presseerklärung", cue: "verkündet" });
    // The relative pronoun may follow a preposition.
    const after = "In einer Stellungnahme des Ministeriums, auf die sich internationale Medien berufen, wird die Entscheidung damit begründet, dass das Land von der Fischerei abhängig sei.";
    expect(briefs(after)[0]).toMatchObject({ kind: "indirect", speaker: "einer Stellungnahme des Ministeriums", cue: "begründet" });
  });
});

describe("\", so X\" followed by where X said it", () => {
  it("takes X when only prepositional phrases follow the speaker", () => {
    const text = "Doch sei es, so der Schriftsteller Musa Okwanga in einem Blogeintrag auf der Website der Zeitung „The Independent“, ein Haufen mächtiger Leute gewesen.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", speaker: "der Schriftsteller Musa Okwanga", cue: "so" });
  });

  it("still needs the clause to end soon after the speaker otherwise", () => {
    const text = "Die Lage ist ernst, so der Minister habe gestern viele Menschen in der Stadt getroffen.";
    expect(briefs(text).some((q) => q.cue === "so")).toBe(false);
  });
});

describe("a verb of thinking right after \"Wie X mitteilte,\"", () => {
  it("belongs to what X reported", () => {
    expect(briefs("Wie die Polizei mitteilte, sieht der Minister darin eine Gefahr für die Stadt.")).toEqual([
      { kind: "indirect", text: "sieht der Minister darin eine Gefahr für die Stadt", speaker: "die Polizei", cue: "mitteilte" },
    ]);
  });
});

describe("an addressee after a source phrase", () => {
  it("belongs to the frame, not to what was reported", () => {
    expect(briefs("Nach Angaben der Sprecherin Anja Seugling gegenüber dem Weser-Kurier ist der Flughafen Bremen der am stärksten wachsende Standort.")[0]).toMatchObject({
      kind: "indirect",
      text: "ist der Flughafen Bremen der am stärksten wachsende Standort",
      speaker: "der Sprecherin Anja Seugling",
    });
  });
});
