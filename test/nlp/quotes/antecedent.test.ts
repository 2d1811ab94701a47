import { describe, expect, it } from "vitest";
import { briefs, mention, quotesOf } from "./helpers.js";

describe("relative source adverbs", () => {
  it("takes the noun phrase before \", wonach\" for the speaker", () => {
    const text = "Ein Bericht der russischen Nachrichtenagentur „Interfax“, wonach der weißrussische Oppositionsführer Aljaksandr Milinkewitsch festgenommen worden sein soll, wurde dementiert.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", cue: "wonach", speaker: "Ein Bericht der russischen Nachrichtenagentur „Interfax“" });
  });

  it("takes an object noun before \", wonach\"", () => {
    const text = "Das Friedrich-Loeffler-Institut bestätigte die Befunde des Staatlichen Tierärztlichen Untersuchungsamts Aulendorf, wonach rund 15 Rinder und Schafe an Blauzungenkrankheit erkrankt sind.";
    expect(briefs(text)[0]).toMatchObject({ cue: "wonach", speaker: "die Befunde des Staatlichen Tierärztlichen Untersuchungsamts Aulendorf" });
  });

  it("keeps the adverb itself when no noun stands before the comma", () => {
    const text = "Einen Tag später kehrten der Hausbesitzer und sein Neffe wieder zur ursprünglichen Version zurück, wonach die Maus für den Brand verantwortlich sein soll.";
    expect(briefs(text)[0]).toMatchObject({ cue: "wonach", speaker: "wonach" });
  });

  it("keeps \"Demnach\" at the start of a sentence", () => {
    const text = "Die Polizei hat nähere Einzelheiten bekannt gegeben. Demnach ereignete sich in dem Labor eine chemische Reaktion.";
    expect(briefs(text)[0]).toMatchObject({ cue: "Demnach", speaker: "Demnach" });
  });
});

describe("passive cues without an agent", () => {
  it("takes the document the statement stands in", () => {
    const text = "In einem Bericht der Salzburger Nachrichten wurde vermutet, dass keine der Personen überlebt hat.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", speaker: "einem Bericht der Salzburger Nachrichten" });
  });

  it("takes a phrase after a contracted preposition", () => {
    const text = "Im Bericht der FIFA-Beauftragten wird aber gleichzeitig festgestellt, dass Brasilien noch viel investieren müsse.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", speaker: "Bericht der FIFA-Beauftragten" });
  });

  it("keeps a quoted name with the phrase", () => {
    const text = "In der aktuellen Ausgabe des Wochenmagazines „profil“ wird erwogen, ob zwischen den Bedingungen dieser Geschäfte und dem langsamen Austausch der alten Garnituren ein Zusammenhang besteht.";
    const quotes = briefs(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: "indirect", speaker: "der aktuellen Ausgabe des Wochenmagazines „profil“" });
  });

  it("reads a pluperfect passive (\"war … bezeichnet worden\") as passive", () => {
    const text = "In den Medien war der Großauftrag aus dem Pentagon überschwenglich schon als „Geschäft des Jahrhunderts“ bezeichnet worden.";
    expect(briefs(text)).toEqual([{ kind: "direct", text: "„Geschäft des Jahrhunderts“", speaker: "den Medien", cue: "bezeichnet" }]);
  });

  it("reads a comma inside a quoted label as part of the label, not as the end of the clause", () => {
    const text = "Die Wiener Linien wurden gestern im „Standard“ als „eine bedeutende Organisation, nämlich der Gemeinde Wien“ bezeichnet.";
    expect(briefs(text)).toEqual([{ kind: "direct", text: "„eine bedeutende Organisation, nämlich der Gemeinde Wien“", speaker: "„Standard“", cue: "bezeichnet" }]);
  });

  it("takes a quoted paper name after a contracted preposition", () => {
    const text = "Gestern wurde im „Standard“ vermutet, dass die Wiener Linien zu viel zahlen.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", speaker: "„Standard“" });
  });

  it("does not take a time for the place of a statement", () => {
    const text = "Im März war der Versuch für gescheitert erklärt worden, die Werke in Varel, Nordenham und Augsburg zu verkaufen.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", speaker: null });
  });

  it("does not take a bare place name", () => {
    const text = "Aus Hamburg wird gemeldet, dass dort im Laufe des Jahres mit rund 600 Übertritten zu rechnen ist.";
    expect(briefs(text)[0]?.speaker ?? null).toBeNull();
  });
});

describe("speakers cut off by commas", () => {
  it("reads \"wie\" after a sentence-initial conjunction", () => {
    const text = "Denn wie die „Bild“-Zeitung in der Ausgabe vom 17.12.2005 berichtete, leidet Fred Delmare an der Nervenkrankheit Alzheimer.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", speaker: "die „Bild“-Zeitung" });
  });

  it("does not read \"sondern wie\" inside a sentence as a source", () => {
    const text = "Dabei ging es jedoch nicht um die Frage, welche Planungen es für das Tanklager gibt, sondern wie die Bevölkerung über die Risiken informiert werden soll.";
    expect(briefs(text)).toHaveLength(0);
  });

  it("takes a name apposition right before the cue verb (with its role when \"wie\" opens the phrase)", () => {
    const text = "Wie die Premierministerin von Queensland, Anna Bligh, erklärte, habe sie den Zivilschutz ihres Bundesstaates in Bereitschaft versetzt.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", speaker: "die Premierministerin von Queensland, Anna Bligh" });
    const perfect = "Vor kurzem hatte ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud, erklärt, die Taliban würden auf afghanischem Gebiet Soldaten töten.";
    expect(briefs(perfect)[0]).toMatchObject({ kind: "indirect", speaker: "Baitullah Mehsud" });
  });
});

describe("impersonal subjects", () => {
  it("gives no speaker for \"man\"", () => {
    const text = "Da die Finanzhoheit der von Demokraten dominierte Kongress trägt, geht man davon aus, dass vom ursprünglichen Entwurf nicht viel übrig bleiben wird.";
    const quotes = briefs(text);
    expect(quotes[0]).toMatchObject({ kind: "indirect" });
    expect(quotes[0].speaker).toBeNull();
  });
});

describe("relative clauses with the cue at their end", () => {
  it("marks the relative pronoun with the organisation before the comma as the speaker and resolves it to that organisation", () => {
    const text = "Kritik kommt vom Berliner Fahrgastverband IGEB, der diese Maßnahme als „Kapitulation“ vor den Randalierern sieht.";
    const [quote] = quotesOf(text, "de", [mention(text, "IGEB", "ORG", "igeb")]);
    expect(quote).toMatchObject({ kind: "direct", text: "„Kapitulation“", cue: "sieht", speaker: { text: "IGEB, der" }, speaker_name: "IGEB" });
  });

  it("resolves \", der … erklärte, dass\" past a party in brackets", () => {
    const text = "Olaf Scholz (SPD), der gestern vor der Presse erklärte, dass die Lage ernst sei, reiste ab.";
    const [quote] = quotesOf(text, "de", [mention(text, "Olaf Scholz", "PER", "olaf-scholz")]);
    expect(quote).toMatchObject({ kind: "indirect", text: "dass die Lage ernst sei", speaker: { text: "Olaf Scholz (SPD), der" }, speaker_entity: "olaf-scholz" });
  });

  it("reaches back over the nearest noun phrase with an article when no entity ends before the comma", () => {
    const text = "In der Zeitung erschien ein Kommentar, der die Entscheidung als „nicht nachzuvollziehende Verirrung“ bezeichnet. Ursache war eine griechische Botschaft, welche die Techniker als „einen Haufen von Schulkindern“ bezeichnete.";
    expect(briefs(text).map((q) => q.speaker)).toEqual(["ein Kommentar, der", "eine griechische Botschaft, welche"]);
  });

  it("reaches back from a relative pronoun after a source preposition and from „wonach“", () => {
    const laut = "Er war ein wichtiger Schritt für die Pläne der Regierung, laut denen jeder Deutsche ein Rundfunkgerät haben sollte.";
    expect(briefs(laut)[0]).toMatchObject({ kind: "indirect", speaker: "der Regierung, laut denen" });
    const wonach = "Er schließt sich dem Verdacht der Kritiker an, wonach die Berufung vor allem politische Hintergründe besäße.";
    expect(briefs(wonach)[0]).toMatchObject({ kind: "indirect", speaker: "dem Verdacht der Kritiker an, wonach" });
  });

  it("keeps the bare pronoun when no phrase with an article ends before the comma", () => {
    const text = "Es gab gewichtige Stimmen, die den Plan als „Irrweg“ bezeichneten.";
    expect(briefs(text)).toEqual([{ kind: "direct", text: "„Irrweg“", speaker: "die", cue: "bezeichneten" }]);
  });

  it("takes a masculine subject after a feminine relative pronoun", () => {
    const text = "Es ging um die Reform, die der Minister als „völlig unausgegoren“ bezeichnete.";
    expect(briefs(text)).toEqual([{ kind: "direct", text: "„völlig unausgegoren“", speaker: "der Minister", cue: "bezeichnete" }]);
  });

  it("frames only quotes inside its own clause", () => {
    const text = "Milinkewitsch bezeichnete die Handlungsweise Kozulins, der zum Sturm des Gefängnisses aufgerufen haben soll, als „Provokation, die der Staatsmacht sehr gelegen kam“.";
    expect(briefs(text).find((q) => q.kind === "direct")).toMatchObject({ text: "„Provokation, die der Staatsmacht sehr gelegen kam“", speaker: "Milinkewitsch" });
  });
});

describe("impersonal passives with an agent", () => {
  it("takes the agent after \"von\" for the speaker of \"wird angenommen, dass\"", () => {
    const text = "Von den Behörden in beiden Staaten wird angenommen, dass Drogenschmuggel zu dem Zwischenfall führte.";
    expect(briefs(text)).toEqual([{ kind: "indirect", text: "dass Drogenschmuggel zu dem Zwischenfall führte", speaker: "den Behörden", cue: "angenommen" }]);
  });

  it("does not take \"von\" inside a prepositional phrase for the agent, but takes it after the subject", () => {
    const attribute = "Der Regierung unter der Führung von Recep Tayyip Erdoğan wird vorgeworfen, oftmals Internetsperren zu verhängen.";
    expect(briefs(attribute)[0]).toMatchObject({ kind: "indirect", speaker: null });
    const agent = "Trotz der gesunkenen Teilnehmerzahl wurde die Aktion von den Veranstaltern als Erfolg gewertet.";
    expect(briefs(agent)[0]).toMatchObject({ speaker: "den Veranstaltern" });
  });

  it("reads a participle before a passive auxiliary at the end of a subordinate clause as passive", () => {
    const text = "Das hatte sich soweit zugespitzt, dass der Deutsche Fußball-Bund aufgefordert wurde, sich an den Kosten der Einsätze zu beteiligen.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", text: "sich an den Kosten der Einsätze zu beteiligen", speaker: null });
    expect(briefs("Wie von der Polizei mitgeteilt wurde, ist der Täter gefasst.")[0]).toMatchObject({ speaker: "der Polizei" });
  });

  it("leaves one without an agent without a speaker", () => {
    const text = "Inzwischen wurde bekannt, dass der Minister zurücktreten will.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", speaker: null });
  });
});

describe("relative source prepositions", () => {
  it("reads \", nach denen …\" as the phrase before the comma speaking", () => {
    const text = "Das ist eine Konsequenz der Meinungsumfragen, nach denen 72 Prozent der Briten die EU-Verfassung ablehnen.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", cue: "nach", speaker: "der Meinungsumfragen, nach denen" });
  });

  it("lets a relative source right after a verb's clause report what follows, not the verb", () => {
    const text = "Der Geschäftsführer verwies auf Studien der Berliner Universität, nach denen Homöopathie der Schulmedizin oft ebenbürtig sei.";
    expect(briefs(text)).toEqual([{ kind: "indirect", text: "Homöopathie der Schulmedizin oft ebenbürtig sei", speaker: "der Berliner Universität, nach denen", cue: "nach" }]);
  });

  it("reads no quote in a passive „wie“ clause of naming without an agent", () => {
    expect(briefs("Seit seiner Wutrede erreichte „Trap“, wie er weitläufig genannt wird, Kultstatus in Deutschland.")).toEqual([]);
  });

  it("does not take an article before an adjective and its noun for a relative pronoun", () => {
    expect(briefs("Nur Tage später, nach dem vierten Jahrestag der Unabhängigkeit des Landes, kam es zu Unruhen.")).toEqual([]);
  });
});
