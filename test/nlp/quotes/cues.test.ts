import { describe, expect, it } from "vitest";
import { briefs } from "./helpers.js";

describe("plans and hearsay with soll/sollen continue reported speech", () => {
  it("continues with a plan in soll … stattfinden after an indirect quote", () => {
    const text = "Die Stadt teilte mit, die Halle werde bis Mai renoviert. Die feierliche Eröffnung soll am 1. November stattfinden.";
    expect(briefs(text)[1]).toEqual({ kind: "indirect", text: "Die feierliche Eröffnung soll am 1. November stattfinden.", speaker: "Die Stadt", cue: null });
  });

  it("does not count soll at the end of a subordinate clause", () => {
    const text =
      "Die Regierung erklärte, das Abkommen sei ein Erfolg. Lula da Silva reagierte damit auf die Kritik an einem Abkommen, mit dem die Herstellung des Biokraftstoffes gefördert werden soll.";
    expect(briefs(text)).toHaveLength(1);
  });
});

describe("cue verbs in the plural present", () => {
  it("finds the speech act of a plural subject with a separable verb", () => {
    expect(briefs("Die Behörden werfen Luna Menschenhandel vor.")).toEqual([
      { kind: "reported", text: "Die Behörden werfen Luna Menschenhandel vor.", speaker: "Die Behörden", cue: "werfen vor" },
    ]);
  });

  it("finds a cognition verb in the plural with its complement clause", () => {
    const q = briefs("Beobachter gehen jedoch davon aus, dass die Partei verboten wird.");
    expect(q).toEqual([{ kind: "indirect", text: "dass die Partei verboten wird", speaker: "Beobachter", cue: "gehen aus" }]);
  });

  it("does not read an infinitive before a modal as a cue", () => {
    const text = "Die Entscheidung wird der Staatsanwaltschaft zugeleitet, die innerhalb von 30 Tagen darüber entscheiden muss, ob sie einen Verbotsantrag stellen wird.";
    expect(briefs(text)).toEqual([]);
  });

  it("does not read an infinitive after zu as a cue unless it is a plain verb of saying", () => {
    expect(briefs("Der Versuch des Präsidenten, sich mit Gewalt an der Macht zu halten, werfe einen dunklen Schatten auf das Land.")).toEqual([]);
    const say = briefs("Der Sprecher beeilte sich, gegenüber Journalisten zu erklären, die Äußerungen stellten keinen Politikwechsel dar.");
    expect(say.some((q) => q.kind === "indirect" && q.text.startsWith("die Äußerungen"))).toBe(true);
  });

  it("reads beziffern as a speech act", () => {
    const text = "Ein Wissenschaftler der Universität bezifferte den Schaden auf 50 Millionen US-Dollar im Monat.";
    expect(briefs(text)[0]).toMatchObject({ kind: "reported", speaker: "Ein Wissenschaftler der Universität" });
  });
});

describe("dass clauses after nouns of opinion and impersonal passives", () => {
  it("takes the subject of a content-noun clause as the speaker", () => {
    expect(briefs("Die Experten kamen zu dem Ergebnis, dass es keinerlei Beweise dafür gebe.")).toEqual([
      { kind: "indirect", text: "dass es keinerlei Beweise dafür gebe", speaker: "Die Experten", cue: "Ergebnis" },
    ]);
    expect(briefs("37 Prozent sind jedoch der gegenteiligen Auffassung, dass die Demokratie nicht funktioniert.")[0]).toMatchObject({
      speaker: "37 Prozent",
      cue: "Auffassung",
    });
  });

  it("reads an adverb inside the clause as no subordinator, but a comparison still leaves no speaker", () => {
    expect(briefs("Das Gericht kam damit zu dem Ergebnis, dass keine tragfähige Grundlage für eine Verurteilung besteht.")).toEqual([
      { kind: "indirect", text: "dass keine tragfähige Grundlage für eine Verurteilung besteht", speaker: "Das Gericht", cue: "Ergebnis" },
    ]);
    expect(briefs("Mehr als die Hälfte ist der Meinung, dass die Regierung versagt hat.").map((q) => q.speaker)).not.toContain("Mehr");
  });

  it("gives a quote that opens with „dass“ the speaker of the clause before its comma", () => {
    const text = "Das Gericht kam damit zu dem Ergebnis, „dass auch in der Gesamtschau der Beweisergebnisse keine tragfähige Grundlage besteht“.";
    expect(briefs(text)).toEqual([{ kind: "direct", text: "„dass auch in der Gesamtschau der Beweisergebnisse keine tragfähige Grundlage besteht“", speaker: "Das Gericht", cue: "Ergebnis" }]);
    const verb = "Die Ministerin zeigte sich überzeugt, „dass wir das schaffen“.";
    expect(briefs(verb)).toEqual([{ kind: "direct", text: "„dass wir das schaffen“", speaker: "Die Ministerin", cue: "zeigte" }]);
  });

  it("finds the subject after the verb when an adverb opens the clause, and a partitive pronoun alone in first position", () => {
    const after = "So fassten die Hamburger Grünen am Donnerstag den Beschluss, Koalitionsgespräche mit der CDU zu führen.";
    expect(briefs(after)[0]).toMatchObject({ kind: "indirect", speaker: "die Hamburger Grünen" });
    expect(briefs("Einige sind der Meinung, dass die Welt bald untergehe.")[0]).toMatchObject({ kind: "indirect", speaker: "Einige" });
    expect(briefs("Einige vertreten die Auffassung, die Welt befände sich in der Endzeit.")[0]).toMatchObject({ kind: "indirect", speaker: "Einige" });
  });

  it("reports a clause after wurde bekannt without a speaker", () => {
    expect(briefs("Allerdings wurde inzwischen auch bekannt, dass der Pilot keine Lizenz besaß.")).toEqual([
      { kind: "indirect", text: "dass der Pilot keine Lizenz besaß", speaker: null, cue: "bekannt" },
    ]);
    expect(briefs("Es wird angenommen, dass der Sprengsatz ferngezündet wurde.")[0]).toMatchObject({ speaker: null, cue: "angenommen" });
  });

  it("leaves a dass clause after a plain statement alone", () => {
    expect(briefs("Das Wetter war so schlecht, dass das Spiel abgesagt wurde.")).toEqual([]);
  });
});

describe("speech acts of justifying, recommending, suggesting and regarding", () => {
  it("reports a sentence whose verb names such an act", () => {
    const cases: [string, string, string][] = [
      ["Die Stadt Nürnberg begründet diese Erhöhung mit dem erweiterten Angebot.", "Die Stadt Nürnberg", "begründet"],
      ["Gleichzeitig empfahl der ehemalige Umweltminister Jürgen Trittin den Umstieg auf Erdgasautos.", "der ehemalige Umweltminister Jürgen Trittin", "empfahl"],
      ["Zudem regte ein Sprecher der Afrikanischen Union eine Gipfelkonferenz an.", "ein Sprecher der Afrikanischen Union", "regte an"],
      ["Der Vize-Außenminister betrachtet die Anrufung des Sicherheitsrates als Eskalation des Konflikts.", "Der Vize-Außenminister", "betrachtet"],
    ];
    for (const [text, speaker, cue] of cases) expect(briefs(text)).toEqual([{ kind: "reported", text, speaker, cue }]);
  });

  it("takes the agent of a passive \"als … eingestuft\" for the speaker of the quoted rating", () => {
    expect(briefs("Insbesondere wird die Gefahr vom Deutschen Wetterdienst als „sehr hoch“ eingestuft.")).toEqual([
      { kind: "direct", text: "„sehr hoch“", speaker: "Deutschen Wetterdienst", cue: "eingestuft" },
    ]);
  });

  it("reads \"abraten\" as a speech act and its infinitive as what was advised", () => {
    const text = "Das Auswärtige Amt rät von Reisen in die Region ab.";
    expect(briefs(text)).toEqual([{ kind: "reported", text, speaker: "Das Auswärtige Amt", cue: "rät ab" }]);
    expect(briefs("Experten raten davon ab, die Aktien jetzt zu verkaufen.")).toEqual([
      { kind: "indirect", text: "die Aktien jetzt zu verkaufen", speaker: "Experten", cue: "raten ab" },
    ]);
  });

  it("does not take \"betrachten\" without \"als\" for a speech act", () => {
    expect(briefs("Die Besucher betrachten die Bilder im Museum.")).toEqual([]);
  });
});

describe("a participle that is also a finite form, with its auxiliary after it", () => {
  it("takes the agent of a passive \"wie\" clause for the speaker", () => {
    // "bestätigt" is also the present of "bestätigen": before, the clause was read as active, with no subject.
    expect(briefs("Wie von der Polizei bestätigt wurde, sei die Lage ruhig.")).toEqual([{ kind: "indirect", text: "sei die Lage ruhig", speaker: "der Polizei", cue: "bestätigt" }]);
    expect(briefs("Die Lage ist ruhig, wie vom Innenministerium bestätigt worden ist.")[0]).toMatchObject({ speaker: "Innenministerium", cue: "bestätigt" });
    expect(briefs("Wie die Polizei bestätigt, sei die Lage ruhig.")[0]).toMatchObject({ speaker: "die Polizei", cue: "bestätigt" });
  });

  it("reports the main clause after a subjectless passive \"wie\" clause of saying, by no one named", () => {
    expect(briefs("Die Dividende soll gekürzt werden, wie weiter erklärt wurde.")).toEqual([{ kind: "indirect", text: "Die Dividende soll gekürzt werden", speaker: null, cue: "erklärt" }]);
    expect(briefs("Die Dividende soll gekürzt werden, wie weiter mitgeteilt wurde.")).toEqual([{ kind: "indirect", text: "Die Dividende soll gekürzt werden", speaker: null, cue: "mitgeteilt" }]);
    // A passive "wie" clause of naming names; one whose subject is what is worded reports nothing either.
    expect(briefs("Doch der rote Dosko und die schwarze Mi-Lei, wie die beiden genannt werden, sind ein ungleiches Paar.")).toEqual([]);
    expect(briefs("Ausnahmen sind nur per Gesetz möglich, wenn ein besonderes Interesse besteht, wie dieser Tatbestand juristisch formuliert wird.")).toEqual([]);
  });

  it("reads a \"wie\" clause that opens with its agent and ends in the participle as a passive without its auxiliary", () => {
    expect(briefs("Wie vom Bundesgerichtshof entschieden, müssen die Kosten erstattet werden.")[0]).toMatchObject({ speaker: "Bundesgerichtshof", cue: "entschieden" });
    // With a subject before the verb, the same form is the past tense ("entschieden") or the present ("berichtet").
    expect(briefs("Wie die Richter entschieden, müssen die Kosten erstattet werden.")[0]).toMatchObject({ speaker: "die Richter", cue: "entschieden" });
    expect(briefs("Wie der Spiegel in einem Vorabbericht vom 22. August berichtet, soll die Firma Leichen genutzt haben.")[0]).toMatchObject({
      speaker: "der Spiegel",
      cue: "berichtet",
    });
  });

  it("reads a participle put first, before its auxiliary, as the cue of an impersonal passive", () => {
    expect(briefs("Insbesondere kritisiert wird, dass die Demonstration gefilmt worden sei.")).toEqual([
      { kind: "indirect", text: "dass die Demonstration gefilmt worden sei", speaker: null, cue: "kritisiert" },
    ]);
  });

  it("reads no quote in a relative clause whose participle ends it", () => {
    const text = "Das WFP hat damit begonnen, 10.000 Menschen in der Region, die von den Behörden zum Katastrophengebiet erklärt wurde, mit Lebensmitteln zu versorgen.";
    expect(briefs(text)).toEqual([]);
  });
});

describe("verbs of instructing, denying, endorsing, admitting and telling", () => {
  it("frame the clause after them", () => {
    const cases: [string, string, string, string][] = [
      ["Die Bewohner wurden von den Behörden angewiesen, sich in geschützten Bereichen aufzuhalten.", "sich in geschützten Bereichen aufzuhalten", "den Behörden", "angewiesen"],
      ["Monatelang haben die Wiener Linien abgestritten, dass die Sicherheitseinrichtungen nicht sicher genug wären.", "dass die Sicherheitseinrichtungen nicht sicher genug wären", "die Wiener Linien", "abgestritten"],
      ["80 Prozent der Abgeordneten befürworteten, dass Abgeordnete ihre Altersversorgung selbst regeln.", "dass Abgeordnete ihre Altersversorgung selbst regeln", "80 Prozent der Abgeordneten", "befürworteten"],
      ["Die Organisatoren gestanden ein, dass ihnen das Mädchen nicht hübsch genug gewesen war.", "dass ihnen das Mädchen nicht hübsch genug gewesen war", "Die Organisatoren", "gestanden ein"],
      ["Ein Augenzeuge erzählte der Agentur, Anhänger des Präsidenten hätten Demonstranten angegriffen.", "Anhänger des Präsidenten hätten Demonstranten angegriffen", "Ein Augenzeuge", "erzählte"],
    ];
    for (const [text, quote, speaker, cue] of cases) expect(briefs(text)).toContainEqual({ kind: "indirect", text: quote, speaker, cue });
  });
});

describe("speaking through others: ließ verlauten, lässt mitteilen", () => {
  it("frames the clause after an infinitive of saying that follows a form of lassen", () => {
    expect(briefs("Der Minister ließ verlauten, die Lage sei ernst.")).toEqual([
      { kind: "indirect", text: "die Lage sei ernst", speaker: "Der Minister", cue: "verlauten" },
    ]);
    expect(briefs("Die Kanzlerin ließ über ihren Sprecher ausrichten, sie sei nicht zuständig.")[0]).toMatchObject({ text: "sie sei nicht zuständig", speaker: "Die Kanzlerin" });
    expect(briefs("Am Montag ließ Trump verlauten: „Wir gewinnen.“")[0]).toMatchObject({ kind: "direct", speaker: "Trump" });
  });

  it("takes the subject of a wie clause that ends in the infinitive and lassen", () => {
    expect(briefs("Wie der Konzern mitteilen ließ, werden 300 Stellen gestrichen.")[0]).toMatchObject({ text: "werden 300 Stellen gestrichen", speaker: "der Konzern" });
  });

  it("leaves lassen with a reflexive and a participle after lassen alone", () => {
    expect(briefs("So lässt sich kurz gesagt die Botschaft des Berichts zusammenfassen, der heute vorgelegt wurde.")).toEqual([]);
    expect(briefs("Sie lassen die Kinder im Garten spielen.")).toEqual([]);
  });

  it("reads \"wissen wollen\" as asking, after a quoted question and before a reported one", () => {
    expect(briefs("„Warum hat uns niemand gewarnt?“, wollte ein Anwohner wissen.")).toEqual([
      { kind: "direct", text: "„Warum hat uns niemand gewarnt?“", speaker: "ein Anwohner", cue: "wissen" },
    ]);
    expect(briefs("Die Opposition will wissen, ob die Regierung davon wusste.")).toEqual([
      { kind: "indirect", text: "ob die Regierung davon wusste", speaker: "Die Opposition", cue: "wissen" },
    ]);
    expect(briefs("Davon wollte er nichts wissen.")).toEqual([]);
  });
});

describe("things that do not speak", () => {
  it("takes no time phrase as the source of an impersonal passive", () => {
    const q = briefs("Für Freitag wurde die Warnstufe drei ausgerufen. Im Tagesverlauf wird eine allgemeine Anhebung der Warnstufe erwartet. Irgendwann in den nächsten Tagen soll der Wasserstand den Scheitel erreichen.");
    expect(q.map((x) => x.speaker)).not.toContain("Tagesverlauf");
  });

  it("takes no lone demonstrative before an unknown verb as a speaker", () => {
    expect(briefs("Die Warnstufe vier gilt. Diese bedeutet, dass der Wasserstand dann so hoch ist.")).toEqual([]);
  });

  it("reads a capitalised label before a colon as a label, though it is also a form of a cue verb", () => {
    expect(briefs("Frage: Wie geht es weiter?")).toEqual([]);
    expect(briefs("Der Reporter fragte: „Wie geht es weiter?“")[0]).toMatchObject({ kind: "direct", speaker: "Der Reporter" });
  });
});

describe("an infinitive of saying after a modal", () => {
  it("takes the subject of the modal's clause as the speaker", () => {
    expect(briefs("Auch auf mehrmalige Nachfrage musste er betonen, dass es kaum Informationen gebe.")[0]).toMatchObject({ text: "dass es kaum Informationen gebe", speaker: "er" });
    expect(briefs("Der Minister wollte am Montag betonen, dass die Lage ernst sei.")[0]).toMatchObject({ speaker: "Der Minister" });
  });

  it("does not read an -en form after a plain auxiliary as such an infinitive", () => {
    const q = briefs("Dies war nicht die erste Auseinandersetzung und die Hongkonger befürchten, dass es nicht die letzte sein wird.");
    expect(q[0]?.speaker).toBe("die Hongkonger");
  });
});

describe("a cue at the end of a relative clause that opens with a preposition", () => {
  it("takes the subject after the relative pronoun as the speaker of the reported clause after it", () => {
    expect(briefs("Festgenommen wurde ein Palästinenser, von dem die Polizei glaubt, er sei für ein Attentat rekrutiert worden.")[0]).toMatchObject({
      kind: "indirect",
      text: "er sei für ein Attentat rekrutiert worden",
      speaker: "die Polizei",
    });
    const genitive = briefs("Es folgte der Skandal, in dessen Folge das Bundesverwaltungsgericht festgestellt hatte, die Regierung sei berechtigt gewesen, zu warnen.");
    expect(genitive[0]?.speaker).toBe("das Bundesverwaltungsgericht");
  });

  it("does not take such a clause as the frame of what the sentence says otherwise", () => {
    expect(briefs("Er verteidigte die Bezeichnung, mit der er die Aufständischen titulierte.").map((q) => q.speaker)).not.toContain("er");
  });
});

describe("heißen with a title as its subject", () => {
  it("names something and frames nothing", () => {
    expect(briefs("Der Titel heißt wie die geplante Konzertreihe in London. Gleich danach soll ein Doppelalbum folgen.")).toEqual([]);
  });
});

describe("a word or name as the subject", () => {
  it("denotes and frames nothing, also before the name it introduces", () => {
    expect(briefs("Der Name Ubuntu bedeutet auf Zulu etwa „Menschlichkeit“ und bezeichnet eine afrikanische Philosophie.")).toEqual([]);
    expect(briefs("Der Begriff bezeichnet eine Philosophie der Menschlichkeit.")).toEqual([]);
    expect(briefs("The term refers to a philosophy of humanity.", "en")).toEqual([]);
    // A noun that merely begins like one still speaks.
    expect(briefs("Der Namensgeber erklärte, er sei stolz.")[0]).toMatchObject({ speaker: "Der Namensgeber", cue: "erklärte" });
  });
});

describe("festlegen with a dass clause", () => {
  it("reports what was laid down", () => {
    expect(briefs("Das isländische Fischereiministerium legte fest, dass bis August 2007 30 Zwergwale gejagt werden dürfen.")[0]).toMatchObject({
      kind: "indirect",
      speaker: "Das isländische Fischereiministerium",
      cue: "legte fest",
    });
  });
});

describe("ansehen with an infinitive", () => {
  it("reports the infinitive clause after \"sah es … an\" as the subject's view", () => {
    expect(briefs("Als wichtige Aufgabe der Politik sah es Köhler an, eine Reform der Sozialsysteme voranzutreiben.")).toEqual([
      { kind: "indirect", text: "eine Reform der Sozialsysteme voranzutreiben", speaker: "Köhler", cue: "sah an" },
    ]);
    expect(briefs("Er sah sich die Bilder an.")).toEqual([]);
  });
});

describe("a separable particle after an apposition", () => {
  it("joins the verb across the apposition when a reported clause follows", () => {
    expect(briefs("Zu dieser Zeit ging Celebi, die Anwältin der Frau, noch davon aus, dass der Haftbefehl vollstreckt würde.")[0]).toMatchObject({
      kind: "indirect",
      text: "dass der Haftbefehl vollstreckt würde",
      speaker: "Celebi, die Anwältin der Frau",
      cue: "ging aus",
    });
  });

  it("finds the auxiliary of a participle before a name in apposition", () => {
    expect(briefs("Am Montag hat der Innenminister, Max Müller, angekündigt, dass die Polizei verstärkt werde.")).toEqual([
      { kind: "indirect", text: "dass die Polizei verstärkt werde", speaker: "der Innenminister, Max Müller", cue: "angekündigt" },
    ]);
    // Names in a list are no apposition.
    expect(briefs("Namentlich werden Northrop Grumman, General Dynamics, Lockheed Martin und Raytheon genannt, die bereits entwickeln.")).toEqual([]);
  });

  it("joins the verb across a name in apposition", () => {
    const text = "Jetzt gab der Leiter der Kriminaldienststelle, Andreas Huber, bekannt, dass sich das Handy eingeloggt hatte.";
    expect(briefs(text)).toEqual([
      { kind: "indirect", text: "dass sich das Handy eingeloggt hatte", speaker: "der Leiter der Kriminaldienststelle, Andreas Huber", cue: "gab bekannt" },
    ]);
  });
});

describe("cues made of machen and an adjective", () => {
  it("reads machte klar and machte deutlich with a dass clause as cues", () => {
    expect(briefs("Das Gericht machte klar, dass die Zeuginnen keine Interviews gegeben hätten.")).toEqual([
      { kind: "indirect", text: "dass die Zeuginnen keine Interviews gegeben hätten", speaker: "Das Gericht", cue: "machte klar" },
    ]);
    expect(briefs("Der Minister machte deutlich, dass die Regierung nicht nachgeben werde.")).toEqual([
      { kind: "indirect", text: "dass die Regierung nicht nachgeben werde", speaker: "Der Minister", cue: "machte deutlich" },
    ]);
  });

  it("does not read machen without the adjective as a cue", () => {
    expect(briefs("Der Minister machte Urlaub, die Regierung werde nicht nachgeben.").some((q) => q.cue?.startsWith("machte"))).toBe(false);
  });
});

describe("subordinate clauses with zumal", () => {
  it("finds the speaker of a cue at the end of a zumal clause", () => {
    const text = "Die Richterin blieb hart, zumal Verteidiger Wolfgang Dingfelder immer wieder betont hatte, der Angeklagte sei unschuldig.";
    expect(briefs(text)).toEqual([{ kind: "indirect", text: "der Angeklagte sei unschuldig", speaker: "Verteidiger Wolfgang Dingfelder", cue: "betont" }]);
  });
});

describe("a cue verb in the Konjunktiv I inside reported speech", () => {
  const text =
    "Der Redakteur Martin Hatzius kritisiert in der Zeitung „Neues Deutschland“, die Aktion erinnere „fatal an die Bücherverbrennung anno 1933 auf dem Bebelplatz“.";

  it("gives a quote in the reported clause the speaker of the frame before it", () => {
    const direct = briefs(text).find((q) => q.kind === "direct");
    expect(direct).toMatchObject({ speaker: "Der Redakteur Martin Hatzius", cue: "kritisiert" });
  });

  it("keeps the indicative form of the first person as a frame of its own", () => {
    const own = briefs("Der Redakteur kritisiert die Zeitung, ich erinnere „an die Bücherverbrennung anno 1933 auf dem Bebelplatz“.").find((q) => q.kind === "direct");
    expect(own?.speaker).toBe("ich");
  });

  it("keeps a Konjunktiv I cue that opens its sentence as a speech act", () => {
    const q = briefs("Der Mann selbst gebe Kontakte zu seiner Tochter zu, spreche aber von Einvernehmlichkeit.");
    expect(q).toEqual([expect.objectContaining({ kind: "reported", speaker: "Der Mann" })]);
  });
});

describe("a saying reported in the subjunctive", () => {
  it("frames the clause after it when it is the only frame of its sentence and its subject opens the sentence", () => {
    const q = briefs('Der 58-Jährige habe darin geschrieben, er müsse seine Kinder "aus diesem schlechten Leben" nehmen.');
    expect(q).toEqual([
      { kind: "indirect", text: 'er müsse seine Kinder "aus diesem schlechten Leben" nehmen', speaker: "Der 58-Jährige", cue: "geschrieben" },
      { kind: "direct", text: '"aus diesem schlechten Leben"', speaker: "Der 58-Jährige", cue: "geschrieben" },
    ]);
  });

  it("stays embedded in the words of a speaker named before it", () => {
    const q = briefs("Die Polizei teilte mit, der Mann habe geschrieben, er müsse gehen.");
    expect(q.map((x) => x.speaker)).toEqual(["Die Polizei"]);
  });
});

describe("verbs of noticing", () => {
  it("do not report speech: bemerken is mostly perceiving", () => {
    expect(briefs("Ein Autofahrer bemerkte das Feuer und alarmierte die Feuerwehr.")).toEqual([]);
    expect(briefs("Als die Täterin bemerkte, dass ihr Ex-Freund Aufsehen erregt hatte, flüchtete sie.")).toEqual([]);
  });
});

describe("nach as the word of a source", () => {
  it("reads a relative 'nach der' as a source only after a noun that says something", () => {
    expect(briefs("Es gibt auch Gerüchte, nach denen Barrett an Krebs litt.")).toEqual([expect.objectContaining({ kind: "indirect", speaker: "denen", cue: "nach" })]);
    expect(briefs("Das Spiel ging in die Pause, nach der die Borussia etwas stärker wurde.")).toEqual([]);
  });

  it("reads a postposition 'nach' as a source, but not 'nach' with an object or a direction", () => {
    expect(briefs("Seiner Meinung nach hätte die Aufsicht von einer Landung abraten müssen.")).toEqual([expect.objectContaining({ speaker: "Seiner Meinung", cue: "nach" })]);
    expect(briefs("So ist bei einem Hubschrauber die Sicht nach oben eingeschränkt.")).toEqual([]);
    expect(briefs("Der Wunsch nach einem Neubeginn erlitt einen Dämpfer.")).toEqual([]);
  });
});

describe("a verb that also says that something looms", () => {
  it("frames no quote where a penalty, a thing or nobody looms", () => {
    expect(briefs("Sollte es zu einem Prozess gegen den Chef der Partei kommen, drohen Demirtaş bis zu 24 Jahre Haft.")).toEqual([]);
    expect(briefs("Noch wird gerätselt, nun droht den angeblichen Findern juristischer Ärger: Die Leiterin der Behörde hat Anzeige erstattet.")).toEqual([]);
    expect(briefs("Videodienst dürfte verschoben worden sein, es droht auch das Aus für die App.")).toEqual([]);
  });

  it("still frames a threat that a person or a named body utters", () => {
    expect(briefs("„Die Rechnung werden wir bezahlen lassen“, droht Davutoğlu.").map((q) => q.speaker)).toEqual(["Davutoğlu"]);
    expect(briefs("Die Partei droht, das Wahlergebnis nicht zu akzeptieren.").map((q) => q.speaker)).toEqual(["Die Partei"]);
  });
});

describe("a source noun before \"zufolge\"", () => {
  it("is the source alone, with its adjectives and article, not joined to the subject before it", () => {
    const speakers = (text: string) => briefs(text).map((q) => q.speaker);
    expect(speakers("In der Türkei ermittelt die Staatsanwaltschaft Medienberichten zufolge gegen den Chef der Partei.")).toEqual(["Medienberichten"]);
    expect(speakers("Vergangenen Samstag starben behördlichen Angaben zufolge drei Menschen.")).toEqual(["behördlichen Angaben"]);
    expect(speakers("Ersten Angaben zufolge wurden drei Menschen verletzt.")).toEqual(["Ersten Angaben"]);
  });

  it("keeps a source phrase that is the genitive of the noun before it whole", () => {
    expect(briefs("Berichten verschiedener US-Medien zufolge trafen sich beide.").map((q) => q.speaker)).toEqual(["Berichten verschiedener US-Medien"]);
  });
});

describe("what a phrase means, and idioms in the subjunctive, report no one", () => {
  it("reads no frame in a participle of meaning after a form of sein", () => {
    expect(briefs("Damit ist gemeint, dass in Ungarn Familien wieder in Haft kommen.")).toEqual([]);
    expect(briefs("Paradoxerweise ist damit nicht jene Tätigkeit gemeint, denen viele Menschen nachkommen.")).toEqual([]);
    expect(briefs("Wobei bei letzterem gemeint ist, alle Dienste zuerst mobil anzubieten.")).toEqual([]);
    // With "haben" it is a verb of saying.
    expect(briefs("Er hat gemeint, dass es regnet.").map((q) => q.text)).toEqual(["dass es regnet"]);
  });

  it("does not continue reported speech with the subjunctive of \"es sei denn\"", () => {
    const quotes = briefs("Er sagte, die Lage sei ernst. Die Forschung hat keinen Sinn mehr, es sei denn im Speziellen.");
    expect(quotes.map((q) => q.text)).toEqual(["die Lage sei ernst"]);
    expect(briefs("Er sagte, die Lage sei ernst. Die Forschung habe keinen Sinn mehr.").map((q) => q.text)).toEqual(["die Lage sei ernst", "Die Forschung habe keinen Sinn mehr."]);
  });
});
