import { describe, expect, it } from "vitest";
import { brief, briefs, mention, quotesOf } from "./helpers.js";

describe("quoted titles are not quotes", () => {
  it("skips a short English title after a colon", () => {
    const text = "Auf dem Konzert am Abend stellte er dann die neue CD der Gruppe vor: „Have a nice day“.";
    expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("skips capitalised words that name the noun right before them, also after a speech verb", () => {
    const text = "Das Landesamt warnt vor der Schlankheitspille „Reduce Weight Fruta Planta“.";
    expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([]);
    // Words in lower case after the noun are what was said.
    expect(briefs("Der Verband nannte die Pläne der Landesregierung „völlig unausgegoren“.").filter((q) => q.kind === "direct")).toHaveLength(1);
  });

  it("skips a title with a subtitle, also after a frame and a colon", () => {
    const colon = "Den Namen der Sendung gab das ZDF auch bereits bekannt: „Karol Wojtyla – Geheimnisse eines Papstes“.";
    expect(briefs(colon).filter((q) => q.kind === "direct")).toEqual([]);
    const inside = "Die Schule trägt seit Jahren den Titel „Schule ohne Rassismus – Schule mit Courage“, sagte die Rektorin.";
    expect(briefs(inside).filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("keeps a statement with a dash inside", () => {
    const text = "Er lehnt das Angebot ab: „Ägypten sollte alle einreisen lassen. Nur Kranke und Verletzte – das lasse ich nicht zu.“";
    expect(briefs(text).filter((q) => q.kind === "direct")).toHaveLength(1);
    const short = "Er lehnt das Angebot ab: „Kranke und Verletzte – das lasse ich nicht zu.“";
    expect(briefs(short).filter((q) => q.kind === "direct")).toHaveLength(1);
  });

  it("skips a title in another script", () => {
    const text = "Im Juni findet in Moskau ein Schachfestival statt: „Мемориал Михаила Таля“.";
    expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("skips the name of a law after an indefinite article", () => {
    const text = "Der Minister hat einen Entwurf für ein „Gesetz zur Änderung des Passgesetzes“ vorgelegt, das im Herbst beraten wird.";
    expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("skips a web address in quotation marks", () => {
    const text = "Außerdem hatte er laut „tagesschau.de“ kritisiert, dass sein Stamm diskriminiert werde.";
    expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([]);
    expect(briefs(text).find((q) => q.cue === "kritisiert")).toMatchObject({ kind: "indirect", text: "dass sein Stamm diskriminiert werde", speaker: "er" });
  });

  it("skips a title after a title noun in the genitive", () => {
    const text = "Der Autor erklärte, er lese aus dem ersten Kapitel seines neuen Romans „Die Stille der Nacht“.";
    expect(briefs(text).map((q) => q.kind)).toEqual(["indirect"]);
  });

  it("skips what someone calls themselves (\"sich als „…“\")", () => {
    const text = "In China wurde laut ROG erstmals ein Mann getötet, der sich als „Bürgerjournalist“ verstand.";
    expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("skips what a naming noun introduces, even a whole sentence", () => {
    for (const text of [
      "Sie demonstrierten unter dem Motto „50 Jahre Bundeswehr sind 50 Jahre zuviel!“ vor dem Reichstag.",
      "Bei der Firma (Motto: „Entsorgung ist Vertrauenssache“) fanden die Ermittler Akten.",
      "Das Buch, das sie in Klagenfurt vorstellte, ist ihr literarisches Erstwerk: „Sie befinden sich hier“.",
      "In seiner Rede zeigte er seine Oscar-gekrönte Klima-Dokumentation „Eine unbequeme Wahrheit“.",
    ]) expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("skips a quoted name the recogniser found, but not a word after an indefinite article or \"als\"", () => {
    const named = "Der Minister sagte, die beiden Männer seien Mitglieder von „Al-Qaida“ gewesen.";
    expect(quotesOf(named, "de", [mention(named, "Al-Qaida", "ORG")]).filter((q) => q.kind === "direct")).toEqual([]);
    const wording = "Die Forscherin sagte, die Beobachtung habe ihr einen „Ruck“ gegeben.";
    expect(quotesOf(wording, "de", [mention(wording, "Ruck", "PER")]).filter((q) => q.kind === "direct").map(brief)).toEqual([
      { kind: "direct", text: "„Ruck“", speaker: "Die Forscherin", cue: "sagte" },
    ]);
  });

  it("skips names and translations that the words around the marks give away", () => {
    const direct = (text: string) => briefs(text).filter((q) => q.kind === "direct");
    // A hyphen glues the quoted words into a compound.
    expect(direct("Die USA schränkten ein, dass nicht an eine „Eins zu Eins“-Begegnung mit dem Iran gedacht sei, sagte der Sprecher.")).toEqual([]);
    // A naming word follows the marks.
    expect(direct("Nach Angaben der Agenturen umstellten Sicherheitskräfte das als „Dschungel von Calais“ bekannte Lager.")).toEqual([]);
    expect(direct("„Uncle Ted“, wie der Senator genannt wurde, war bekannt für seine Reden.")).toEqual([]);
    // A reflexive before, a naming verb after.
    expect(direct("Die Militärjunta, die sich selbst „Rat für Demokratische Reform“ nennt, will eine Übergangsregierung einsetzen.")).toEqual([]);
    // Brackets that translate.
    expect(direct("Das Bündnis „National United Front“ (übersetzt etwa: „Nationale Vereinigte Front“) rief zu Protesten auf, erklärte die Polizei.")).toEqual([]);
    expect(direct("Die Zahl der Toten der Operation „Cast Lead“ („gegossenes Blei“) stieg nach Angaben der Behörden auf 384.")).toEqual([]);
  });

  it("skips a lower-case name after a title noun", () => {
    const text = "Laut einem Test des Magazines „auto, motor und sport“ gibt es im Moment 113 Modelle unter der Grenze, sagte der Sprecher.";
    expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("keeps a quotation in brackets that no quoted name precedes", () => {
    const text = "Die SPD will hohe Einkommen („ab einem Jahreseinkommen von 250.000 Euro“) stärker belasten, sagte der Sprecher.";
    expect(briefs(text).filter((q) => q.kind === "direct").map((q) => q.text)).toEqual(["„ab einem Jahreseinkommen von 250.000 Euro“"]);
  });

  it("keeps a slogan that demonstrators chanted", () => {
    const text = "Die Demonstranten skandierten Parolen wie „Stoppt den Überwachungswahn“ und zogen zur Paulskirche.";
    expect(briefs(text).filter((q) => q.kind === "direct").map((q) => q.text)).toEqual(["„Stoppt den Überwachungswahn“"]);
  });

  it("keeps a longer English statement as a quote", () => {
    const text = "Musk schrieb: „However, I would hope that the next launch occurs in less than six months.“";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: "Musk" });
  });
});

describe("names given with \"lautet\"", () => {
  it("are not quotes when a title noun is the subject", () => {
    expect(briefs("Der wissenschaftliche Name lautet „Tiktaalik roseae“.").filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("leave a statement after \"Die Botschaft lautet:\" a quote", () => {
    expect(briefs("Die Botschaft des Ministers lautet: „Wir schaffen das.“")[0]).toMatchObject({ kind: "direct", speaker: "Die Botschaft des Ministers", cue: "lautet" });
  });
});

describe("a name in apposition to a noun", () => {
  it("is not a quote", () => {
    expect(briefs("Ein Forscherteam hat herausgefunden, dass bei der Meeresschnecke „Chelidonura hirundinina“ der Kampf der Geschlechter herrscht.").filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("leaves a quoted wording with a lower-case start after a noun alone", () => {
    const text = "Der Minister sprach von einer Zahl der „weißen Flecken“ auf der Landkarte.";
    expect(briefs(text).some((q) => q.kind === "direct")).toBe(true);
  });
});

describe("terms after \"man\"", () => {
  it("are not quotes", () => {
    expect(briefs("Dies nennt man einen „Aktiensplit“ unter Fachleuten.").filter((q) => q.kind === "direct")).toEqual([]);
    expect(briefs("Den Urvogelfund hielt man für einen „Rätselsaurier“ aus der Urzeit.").filter((q) => q.kind === "direct")).toEqual([]);
  });
});

describe("quoted words after an article inside reported words", () => {
  it("are wording when a lower-case word other than an article, preposition or adjective stands in them", () => {
    const text = "Die Universität hatte erklärt, sie wolle dem „Vorwurf des Täuschungsvorsatzes weiter in der Kommission“ nachgehen.";
    expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([
      { kind: "direct", text: "„Vorwurf des Täuschungsvorsatzes weiter in der Kommission“", speaker: "Die Universität", cue: "erklärt" },
    ]);
    const numbers = "Die Ministerin kündigte an, dass die Rückzahlung im „Regelfall um vier Jahre verschoben“ werde.";
    expect(briefs(numbers).filter((q) => q.kind === "direct").map((q) => q.speaker)).toEqual(["Die Ministerin"]);
  });

  it("stay a name when their lower-case words are such words", () => {
    const text = "Der General sagte, der „Rat für nationale Sicherheit“ werde die Regierung beraten.";
    expect(briefs(text).filter((q) => q.kind === "direct")).toEqual([]);
    const paper = "Der Minister sagte, er habe der „BILD am Sonntag“ kein Interview gegeben.";
    expect(briefs(paper).filter((q) => q.kind === "direct")).toEqual([]);
  });
});
