import { describe, expect, it } from "vitest";
import { briefs, quotesOf } from "./helpers.js";

describe("a verb frame nested in what a source reports", () => {
  it("reports the complement again with the verb's subject as speaker (Laut …, hat X angekündigt, …)", () => {
    const quotes = briefs("Laut Informationen des Nachrichtenmagazins DER SPIEGEL hat der IWF angekündigt, keine finanzielle Hilfe mehr leisten zu wollen.");
    expect(quotes).toContainEqual({ kind: "indirect", text: "keine finanzielle Hilfe mehr leisten zu wollen", speaker: "der IWF", cue: "angekündigt" });
    expect(quotes.some((q) => q.cue === "Laut" && q.text.startsWith("hat der IWF angekündigt"))).toBe(true);
  });

  it("nests a dass-clause after an adverb source (Demnach erwartet Russland, dass …)", () => {
    const quotes = briefs("Das Außenministerium gab einen Kommentar ab. Demnach erwartet Russland, dass Litauen dem Piloten die Immunität zukommen lässt.");
    expect(quotes).toContainEqual({ kind: "indirect", text: "dass Litauen dem Piloten die Immunität zukommen lässt", speaker: "Russland", cue: "erwartet" });
  });

  it("gives a partial quote to the source phrase right before it, not to the source of the whole sentence", () => {
    const text = "Nach Angaben des Verfassungsschutzes soll es sich um eine offensive Art von Missionierung handeln, die jedoch nach Bewertung der Polizei „keinen Anlass für strafrechtliche Maßnahmen“ hergibt.";
    expect(briefs(text).find((q) => q.kind === "direct")).toMatchObject({ text: "„keinen Anlass für strafrechtliche Maßnahmen“", speaker: "der Polizei" });
  });

  it("does not take a relative clause after the verb's object for a nested quote", () => {
    const quotes = briefs("Nach israelischen Militärangaben seien Soldaten beschossen worden und erwiderten das Feuer auf die Personen, die sich auf libanesischem Staatsgebiet befanden.");
    expect(quotes.some((q) => q.text.startsWith("die sich"))).toBe(false);
  });
});

describe("a partial quote inside the reported words of another frame", () => {
  const partial = (text: string, language = "de") => briefs(text, language).filter((q) => q.kind === "direct");

  it("belongs to the speaker of the speech verb inside the reported clause, not to the one who reports it", () => {
    const text = "Der NDR will aber wissen, dass Mindermann das Mädchen danach gefragt habe, was sie „anhabe“ und ob sie „schon einmal einen Freund gehabt“ habe.";
    expect(partial(text).map((q) => q.speaker)).toEqual(["Mindermann", "Mindermann"]);
    expect(briefs(text).find((q) => q.kind === "indirect")).toMatchObject({ speaker: "Der NDR", cue: "wissen" });
    expect(partial("He wrote that Mr. Trump told him that Mr. Flynn “hadn’t done anything wrong” in calling the Russians.", "en")[0]).toMatchObject({ speaker: "Mr. Trump" });
  });

  it("belongs to a source phrase inside the reported clause", () => {
    const text = "Joe Stork fordert eine Untersuchung des Vorfalls, bei dem es sich seiner Meinung nach um einen „entsetzlichen Angriff auf Zivilisten“ gehandelt haben könne.";
    expect(partial(text)[0]).toMatchObject({ text: "„entsetzlichen Angriff auf Zivilisten“", speaker: "seiner Meinung", cue: "nach" });
  });

  it("belongs to the subject of a verb of saying inside the reported clause, in English too", () => {
    expect(partial("Al Jazeera reported that the board called for an “apparatus” within the executive branch.", "en")[0]).toMatchObject({ speaker: "the board" });
  });

  it("stays with the reporting speaker when the verb inside is one of thinking", () => {
    expect(partial("Der Minister sagte, die Experten glaubten, dass es „keinen Grund zur Sorge“ gebe.")[0]).toMatchObject({ speaker: "Der Minister" });
  });
});

describe("a reported act whose words the sentence quotes", () => {
  it("is that quote alone, with the act's speaker and cue (one statement, one quote)", () => {
    expect(briefs("SPD-Innenexperte Wiefelspütz nannte den Bericht eine „Zeitungsente“.")).toEqual([
      { kind: "direct", text: "„Zeitungsente“", speaker: "SPD-Innenexperte Wiefelspütz", cue: "nannte" },
    ]);
    expect(briefs("Der Minister kritisierte die Pläne als „Wortbruch“.").map((q) => q.kind)).toEqual(["direct"]);
  });

  it("stays a reported act when the quoted words inside are someone else's", () => {
    const quotes = briefs("Der Betriebsrat kritisierte die Pläne, die der Vorstand eine „notwendige Anpassung“ nennt.");
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ["reported", "Der Betriebsrat"],
      ["direct", "der Vorstand"],
    ]);
  });
});

describe("a second speech verb joined to the first frame", () => {
  it("ends the first reported clause at 'und' and reports what the joined verb introduces", () => {
    expect(briefs("Die Kongressabgeordnete Carolyn McCarthy erklärte, Gillibrand sei eine Vertreterin der Waffenlobby und kündigte an, 2010 gegen Gillibrand kandidieren zu wollen.")).toEqual([
      { kind: "indirect", text: "Gillibrand sei eine Vertreterin der Waffenlobby", speaker: "Die Kongressabgeordnete Carolyn McCarthy", cue: "erklärte" },
      { kind: "indirect", text: "2010 gegen Gillibrand kandidieren zu wollen", speaker: "Die Kongressabgeordnete Carolyn McCarthy", cue: "kündigte an" },
    ]);
  });

  it("leaves a subjunctive verb after 'und' inside the reported clause (… habe akzeptiert und frage …)", () => {
    const quotes = briefs("Die Labour Party forderte May auf, über einen Rücktritt nachzudenken. Als scheidende Premierministerin habe sie ihren Abschied akzeptiert und frage Corbyn, ob nicht jetzt auch für ihn der richtige Zeitpunkt gekommen sei.");
    expect(quotes.some((q) => q.cue === "frage")).toBe(false);
  });
});

describe("an assumption stated with 'geht von … aus'", () => {
  it("reports the whole sentence as a reported act with its subject as speaker", () => {
    expect(briefs("Die Polizei geht von Suizid aus.")).toEqual([{ kind: "reported", text: "Die Polizei geht von Suizid aus.", speaker: "Die Polizei", cue: "geht aus" }]);
  });

  it("keeps a dass-clause after 'geht davon aus' an indirect quote", () => {
    expect(briefs("Die Polizei geht davon aus, dass der Täter ins Ausland geflohen ist.")).toEqual([
      { kind: "indirect", text: "dass der Täter ins Ausland geflohen ist", speaker: "Die Polizei", cue: "geht aus" },
    ]);
  });
});

describe("the speaker's own frame inside a quote without quotation marks", () => {
  it("keeps the quote of the one who says the words, not a quote of \"wir\" or \"ich\" inside it", () => {
    const text = "Das Unternehmen setzt auf Convertibles. Wir sehen, dass der PC viele neue Formen annimmt, sagt die Marketingchefin Alexandra Böckelmann.";
    expect(quotesOf(text).map((q) => [q.text, q.speaker?.text])).toEqual([["Wir sehen, dass der PC viele neue Formen annimmt", "die Marketingchefin Alexandra Böckelmann"]]);
    // A first-person source phrase likewise ("meiner Meinung nach").
    const opinion = "Meiner Meinung nach hätte man mit mindestens 500 Beamten arbeiten müssen, sagte Behr.";
    expect(quotesOf(opinion).map((q) => q.speaker?.text)).toEqual(["Behr"]);
  });

  it("keeps a first-person quote that stands on its own", () => {
    const text = "Wir glauben, dass die Reform scheitert.";
    expect(quotesOf(text).map((q) => q.speaker?.text)).toEqual(["Wir"]);
  });
});
