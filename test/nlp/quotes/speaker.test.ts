import { describe, expect, it } from "vitest";
import type { EntityMention } from "../../../src/core/article.js";
import { brief, briefs, mention, quotesOf } from "./helpers.js";

describe("speakers in the first position", () => {
  it("reads a time phrase in first position as an adverbial and a weekday with a part of the day after the speaker as not part of it", () => {
    expect(briefs("Vergangene Woche kündigte der Minister an, die Steuern zu senken.").map((q) => q.speaker)).toEqual(["der Minister"]);
    expect(briefs("Diese Woche kündigte der Sender ESPN eine Partnerschaft mit der Liga an.").map((q) => q.speaker)).toEqual(["der Sender ESPN"]);
    expect(briefs("Die Lage ist ruhig, sagte ein Sprecher der Polizeiinspektion Freyung Montagfrüh.").map((q) => q.speaker)).toEqual(["ein Sprecher der Polizeiinspektion Freyung"]);
    expect(briefs("Die Lage sei ruhig, sagte die Zeitung vom Montag.").map((q) => q.speaker)).toEqual(["die Zeitung vom Montag"]);
    expect(briefs("Die Auflage sei gestiegen, berichtete das Sonntagsblatt.").map((q) => q.speaker)).toEqual(["das Sonntagsblatt"]);
    expect(briefs("The talks would go on, the company said in an interview this week.", "en").map((q) => q.speaker)).toEqual(["the company"]);
  });

  it("does not take a relative adverb that opens a clause for the speaker (\"Woraufhin\", \"woraufhin\")", () => {
    expect(briefs("Woraufhin sie mehrere Beamte bat, in den Kessel hineinzudürfen.").map((q) => q.speaker)).toEqual(["sie"]);
    expect(briefs("Der Arzt berichtete von Problemen mit elektronischen Akten, woraufhin ihn der Support bat, doch die IP-Adresse seines Geräts zu übermitteln.").map((q) => [q.speaker, q.text])).toEqual([
      ["der Support", "doch die IP-Adresse seines Geräts zu übermitteln"],
    ]);
  });

  it("takes a name in apposition after a subject that follows the verb into the speaker", () => {
    expect(briefs("„Die Entwicklung setzt sich fort“, sagte der Chef der Bundesagentur, Frank-Jürgen Weise, in Nürnberg.")[0]).toMatchObject({ kind: "direct", speaker: "der Chef der Bundesagentur, Frank-Jürgen Weise" });
    // "zu den …" after a reflexive frame is no infinitive: no quote of its own.
    expect(briefs("Besorgt äußerte sich der Vorsitzende der Initiative, Wolfgang Grader, zu den Vorgängen in Tibet: „Wir befürchten das Schlimmste.“").map((q) => q.kind)).toEqual(["direct"]);
  });

  it("reaches the verb through a long apposition with a prepositional phrase, which belongs to the speaker", () => {
    const text = "Tony Auden, ein Sprecher des Zyklonwarnzentrums in Brisbane, wies darauf hin, dass sich der Sturm vor dem Landfall abgeschwächt habe.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", speaker: "Tony Auden, ein Sprecher des Zyklonwarnzentrums in Brisbane", cue: "wies hin" });
  });

  it("takes the phrase opening the sentence when the first position is beyond the phrase grammar", () => {
    const text = "Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte die Pläne der Bundesregierung. „Die Mittel sind völlig unrealistisch geplant worden.“";
    const quotes = briefs(text);
    expect(quotes[quotes.length - 1].speaker).toMatch(/^Die Haushaltspolitikerin/u);
    expect(quotes.map((q) => q.speaker)).not.toContain("die Pläne der Bundesregierung");
  });

  it("keeps the speaker after the verb when a clause of its own stands before the comma", () => {
    expect(briefs("Die Preise für Energie steigen weiter, erklärte der Minister am Montag.")[0]).toMatchObject({ kind: "indirect", speaker: "der Minister" });
  });

  it("does not take an opening adverbial for the speaker", () => {
    const text = "Möglicherweise erklärte der Minister, die Lage sei ernst.";
    expect(briefs(text)[0]).toMatchObject({ speaker: "der Minister" });
  });

  it("reads a partitive phrase as the speaker", () => {
    const text = "Einer der 13 beteiligten Feuerwehrmänner sagte: „Ich habe schon viele Hausbrände gesehen, aber noch keinen wie diesen.“";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: "Einer der 13 beteiligten Feuerwehrmänner", cue: "sagte" });
  });

  it("does not take a phrase of time in first position for the speaker", () => {
    const text = "Wenige Stunden nach dem Putsch erklärte der neue Militärrat, die Verfassung sei außer Kraft.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", speaker: "der neue Militärrat" });
  });

  it("does not take a capitalised auxiliary that opens the sentence for a name", () => {
    const text = "Hatte sie am 27. Juni noch einen Antrag im Bundestag eingebracht, in dem eine „friedliche Lösung der kurdischen Frage stärker ins Zentrum der Verhandlungen“ in Erwägung gezogen werden soll, so wurde dieser nun zurückgezogen.";
    expect(briefs(text).map((q) => q.speaker)).not.toContain("Hatte");
  });

  it("starts the clause of a quote without a frame after a colon that opens a clause", () => {
    const text = "Die so genannte „Reichensteuer“: Die SPD will hohe Einkommen („ab einem Jahreseinkommen von 250.000 Euro“) höher besteuern.";
    const quotes = quotesOf(text, "de", [mention(text, "SPD", "ORG", "org:spd")]);
    expect(quotes.find((q) => q.text.startsWith("„ab"))).toMatchObject({ kind: "direct", speaker: { text: "Die SPD" } });
  });

  it("reads a surname spelt like an adverb as the speaker inside the clause (\"sagte Kurz\", \"so Scharf\", \"Auch Kurz erklärte\")", () => {
    const text = "Das sei ein wichtiger Schritt, sagte Kurz am Montag. Man werde weiter verhandeln, so Scharf. Auch Kurz erklärte, man werde helfen.";
    expect(briefs(text).map((q) => [q.text, q.speaker])).toEqual([
      ["Das sei ein wichtiger Schritt", "Kurz"],
      ["Man werde weiter verhandeln", "Scharf"],
      ["man werde helfen", "Kurz"],
    ]);
  });

  it("still reads the adverb that opens a sentence as one (\"Kurz darauf sagte er\")", () => {
    expect(briefs("Kurz darauf sagte er, man werde siegen.").map((q) => q.speaker)).toEqual(["er"]);
  });

  it("reads names written in lower case", () => {
    expect(briefs("Die Gewerkschaft ver.di geht davon aus, dass es zu massiven Beeinträchtigungen im Flugverkehr kommen wird.")[0]).toMatchObject({ speaker: "Die Gewerkschaft ver.di" });
    expect(briefs("Wie t-online.de berichtet, ist der erste Trailer zum vierten Teil des Spiels veröffentlicht worden.")[0]).toMatchObject({ speaker: "t-online.de" });
  });
});

describe("object in the first position", () => {
  it("takes the name after the verb when the first phrase names an abstract thing", () => {
    const text = "Die Äußerungen der Richter bezeichnete Wiefelspütz als „Knaller aus Karlsruhe“.";
    expect(briefs(text).find((q) => q.kind === "direct")).toMatchObject({ speaker: "Wiefelspütz" });
  });

  it("takes the name after the verb when the persons of the first phrase stand in its genitive", () => {
    const text = "Die Äußerungen Hassemers und Papiers bezeichnete Wiefelspütz als „Knaller aus Karlsruhe“.";
    const at = (name: string): EntityMention => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, text: name, type: "PER", entity: `per:${name.toLowerCase()}`, name };
    };
    const quotes = quotesOf(text, "de", [at("Hassemers"), at("Papiers"), at("Wiefelspütz")]);
    expect(quotes.find((q) => q.kind === "direct")).toMatchObject({ speaker: { text: "Wiefelspütz" }, speaker_entity: "per:wiefelspütz" });
  });

  it("takes the person after the verb in a clause before a colon", () => {
    const text = "Jegliche Mitverantwortung für die Finanzaffäre weist Hartmann von sich: „Diese Verantwortung kann nur der Vorsitzende übernehmen.“";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: "Hartmann" });
  });

  it("keeps an acting body in the first position as the speaker", () => {
    const text = "Die Bundesregierung nannte Müller einen „verlässlichen Partner in schwierigen Zeiten“.";
    expect(briefs(text).find((q) => q.kind === "direct")).toMatchObject({ speaker: "Die Bundesregierung" });
  });

  it("uses the person entities of the NER stage", () => {
    const text = "Die Einschätzung der Lage teilte Müller-Lüdenscheidt nicht: „Das ist übertrieben und schadet allen Beteiligten.“";
    const start = text.indexOf("Müller");
    const entities: EntityMention[] = [{ start, end: start + "Müller-Lüdenscheidt".length, text: "Müller-Lüdenscheidt", type: "PER", entity: "per:mueller", name: "Müller-Lüdenscheidt" }];
    const [q] = quotesOf(text, "de", entities);
    expect(brief(q)).toMatchObject({ kind: "direct", speaker: "Müller-Lüdenscheidt" });
    expect(q.speaker_entity).toBe("per:mueller");
  });
});

describe("pronouns and new cues", () => {
  it("takes „letztere“ after „so“ as the speaker", () => {
    const text = "„Das Elend der Tiere in den Zuchtanlagen geht ohne Unterbrechung weiter“, so letztere.";
    expect(briefs(text)[0]).toMatchObject({ kind: "direct", speaker: "letztere", cue: "so" });
  });

  it("reads „erwähnte“ as a cue", () => {
    expect(briefs("Der Hacker erwähnte auch, dass er weiteren Quellcode veröffentlichen werde.")[0]).toMatchObject({ kind: "indirect", speaker: "Der Hacker", cue: "erwähnte" });
  });

  it("reads „signalisiert“ and „zugesagt“ as cues", () => {
    expect(briefs("Die Regierungen von Deutschland und Frankreich haben signalisiert, dass ihre Länder einen erheblichen Beitrag leisten können.")[0]).toMatchObject({
      kind: "indirect",
      speaker: "Die Regierungen von Deutschland und Frankreich",
    });
    expect(briefs("Im Rahmen des Protokolls hat die EU zugesagt, die Emissionen bis 2012 um acht Prozent zu verringern.")[0]).toMatchObject({ kind: "indirect", speaker: "die EU" });
  });

  it("reads an infinitive in -ern after a cue as reported", () => {
    expect(briefs("Der Konzern hat zugesagt, die Emissionen bis 2012 deutlich zu verringern.")[0]).toMatchObject({ kind: "indirect", speaker: "Der Konzern", cue: "zugesagt" });
  });

  it("reads „gab … bekannt“ and „verwies auf“ as speech acts", () => {
    expect(briefs("Die Staatsanwaltschaft gab am Montag die Einstellung des Verfahrens bekannt.")[0]).toMatchObject({ kind: "reported", speaker: "Die Staatsanwaltschaft" });
    expect(briefs("Ein Militärsprecher verwies auf die schlechten Wetterbedingungen.")[0]).toMatchObject({ kind: "reported", speaker: "Ein Militärsprecher" });
  });
});

describe("speakers with an extended attribute or a quantifier", () => {
  it("finds the speaker after the quote and before the colon", () => {
    expect(briefs("„Jetzt ist es noch außergewöhnlicher, weil die NFL 100 Jahre besteht“, schrieb die in New York City geborene Lopez.")[0].speaker).toBe(
      "die in New York City geborene Lopez",
    );
    expect(briefs("„Die schwarz-grüne Koalition in Hamburg widerspricht ganz eklatant den Wahlversprechen“, meinen die beiden Neu-ödp-Mitglieder Jan Giesel und David Perteck in einer Erklärung.")[0].speaker).toBe(
      "die beiden Neu-ödp-Mitglieder Jan Giesel und David Perteck",
    );
    expect(briefs("Die das Unglück überlebende Alice Kakamara, 30, beschrieb in einem Krankenhaus den Hergang: „Die See war wirklich rau, windig, hohe Wellen.“")[0].speaker).toBe(
      "Die das Unglück überlebende Alice Kakamara",
    );
  });

  it("keeps a time adverb before the participle inside the phrase", () => {
    expect(briefs("„Wir bitten um Rücknahme der Ernennung“, heißt es in einer gestern verbreiteten Erklärung.")[0].speaker).toBe("einer gestern verbreiteten Erklärung");
    expect(briefs("„Die Lage ist ernst“, sagte die bereits gewählte Bürgermeisterin.")[0].speaker).toBe("die bereits gewählte Bürgermeisterin");
  });
});

describe("speakers whose phrase opens unusually", () => {
  it("reads an extended attribute that closes with a plain adjective after a preposition", () => {
    const [q] = briefs("So sagte der für die Omo-Region zuständige Koordinator für Naturkatastrophen gegenüber der BBC, dass nur 14 Motorboote im Einsatz seien.");
    expect(q).toMatchObject({ kind: "indirect", speaker: "der für die Omo-Region zuständige Koordinator für Naturkatastrophen" });
  });

  it("reads a lower-case name or a phrase without its noun after an article", () => {
    expect(briefs("Die taz vermutet, dass der Zugriff auf diese Daten schon heute üblich ist.")[0]).toMatchObject({ speaker: "Die taz", cue: "vermutet" });
    expect(briefs("Die meisten sagen, die Lage sei ernst.")[0]).toMatchObject({ speaker: "Die meisten" });
    expect(briefs("Die von sagen, die Lage sei ernst.")[0]?.speaker ?? null).toBeNull();
  });

  it("reads a subject followed by seinerseits or ihrerseits", () => {
    expect(briefs("Das FBI seinerseits versprach, die Lage werde geprüft.")[0]).toMatchObject({ speaker: "Das FBI", cue: "versprach" });
  });

  it("reads past an aside of eleven words in either direction", () => {
    const text =
      "Beobachter werten den Sieg als Rückschlag für die Kräfte in Lateinamerika (Hugo Chávez, Staatspräsident Venezuelas und Evo Morales, bolivianischer Präsident), die mit einem Sieg Humalas weiteren Auftrieb erfahren hätten.";
    expect(briefs(text)).toEqual([
      { kind: "indirect", text: "die mit einem Sieg Humalas weiteren Auftrieb erfahren hätten", speaker: "Beobachter", cue: "werten" },
    ]);
  });

  it("reads past a bracketed aside with commas in it", () => {
    const text = "Christian Wulff hat in einem Gespräch mit Schimon Peres (Awoda, dt. etwa Arbeiterpartei) bekräftigt, die Bundesrepublik bekenne sich zu ihrer Verantwortung.";
    expect(briefs(text)).toEqual([{ kind: "indirect", text: "die Bundesrepublik bekenne sich zu ihrer Verantwortung", speaker: "Christian Wulff", cue: "bekräftigt" }]);
  });

  it("reads a name that opens with a lower-case particle", () => {
    expect(briefs("Wie de Maizière darlegte, handelte es sich dabei um einen Testkoffer.")[0]).toMatchObject({ speaker: "de Maizière", cue: "darlegte" });
  });

  it("reads a quoted name right before the verb of a „wie“ clause", () => {
    expect(briefs("Wie „heise online“ berichtet, sperrten chinesische Behörden den Zugang zu dem Videoportal.")[0]).toMatchObject({ speaker: "„heise online“", cue: "berichtet" });
  });
});

describe("speakers of verbs and nouns the phrase rules once missed", () => {
  it("reads a noun compounded with a number as a head („Der 39-Jährige“)", () => {
    expect(briefs("Der 39-Jährige gab jedoch an, es gehe ihm nur um die Kinder.")[0]).toMatchObject({ speaker: "Der 39-Jährige", cue: "gab an" });
  });

  it("takes the „aus“ phrase of „verlautete“ as the speaker", () => {
    expect(briefs("Wie aus Unternehmenskreisen verlautete, will die Volkswagen AG ihr Werk umrüsten.")[0]).toMatchObject({ speaker: "Unternehmenskreisen" });
    expect(briefs("Aus Militärkreisen verlautete ursprünglich, dass 15 Zivilisten starben.")[0]).toMatchObject({ speaker: "Militärkreisen" });
  });

  it("takes the „aus“ phrase of „hervorgehen“ as the speaker when it names something said or written", () => {
    const text = "Der Konzern plant eine Umwandlung in eine Europäische Gesellschaft. Dies geht aus einer Pressemitteilung des Konzerns hervor.";
    expect(briefs(text)).toMatchObject([{ text: "Der Konzern plant eine Umwandlung in eine Europäische Gesellschaft. Dies", speaker: "einer Pressemitteilung des Konzerns", cue: "geht hervor" }]);
    expect(briefs("Wie aus einer Verlautbarung der ISAF hervorgeht, wurden fünf Zivilisten getötet.")).toMatchObject([{ text: "wurden fünf Zivilisten getötet", speaker: "einer Verlautbarung der ISAF" }]);
    expect(briefs("Aus dem Bericht der Kommission geht hervor, dass die Zahl der Opfer gestiegen ist.")).toMatchObject([{ speaker: "dem Bericht der Kommission" }]);
  });

  it("takes names listed with commas before a subject joined by „und“ into the subject", () => {
    expect(briefs("Deutschland, Frankreich und Italien erklärten, sie wollten zusammenarbeiten.")[0]).toMatchObject({ speaker: "Deutschland, Frankreich und Italien" });
    expect(briefs("Die Außenminister Frankreichs, Italiens und Österreichs erklärten, dass sie den Antrag begrüßen.")[0]).toMatchObject({
      speaker: "Die Außenminister Frankreichs, Italiens und Österreichs",
    });
  });

  it("takes the subject after the verb when the list before it opens with a preposition", () => {
    expect(briefs("In Berlin, Paris und Rom erklärten die Regierungen, man sei bereit.")).toEqual([
      { kind: "indirect", text: "man sei bereit", speaker: "die Regierungen", cue: "erklärten" },
    ]);
  });

  it("reads an article after a comma that opens a list before the verb as part of the list, not as a relative pronoun", () => {
    expect(briefs("Die Linke, die Grünen und die SPD forderten, die Steuer müsse sinken.")).toEqual([
      { kind: "indirect", text: "die Steuer müsse sinken", speaker: "Die Linke, die Grünen und die SPD", cue: "forderten" },
    ]);
    expect(briefs("Die Linke, die Grünen und die SPD erklärten, dass die Steuer sinken müsse.")[0]).toMatchObject({ speaker: "Die Linke, die Grünen und die SPD" });
    // A relative clause whose main clause goes on with its verb after the comma stays one.
    expect(briefs("Die Partei, die Grünen und SPD kritisierten, forderte, die Steuer müsse sinken.")[0]).toMatchObject({ speaker: "Die Partei", cue: "forderte" });
  });

  it("takes a name that opens with a particle after the verb as the speaker where the entities name it", () => {
    const text = "„Das ist ein guter Tag für Europa“, sagte von der Leyen nach dem Gipfel.";
    const [q] = quotesOf(text, "de", [mention(text, "von der Leyen", "PER", "per:ursula-von-der-leyen")]);
    expect(q).toMatchObject({ speaker: { text: "von der Leyen" }, speaker_entity: "per:ursula-von-der-leyen" });
  });

  it("leaves a bare noun after the subject after the verb out of the speaker, unless the entities name it", () => {
    const promise = "Von der Zusammenarbeit beider Standorte, dem neuen Standort in Pune und dem Standort Aurangabad, verspricht sich der Konzern Synergieeffekte.";
    expect(briefs(promise)[0]).toMatchObject({ speaker: "der Konzern" });
    expect(briefs("„Wir sind zufrieden“, sagte die Münchener Polizei.")[0]).toMatchObject({ speaker: "die Münchener Polizei" });
    const text = "„Wir sind zufrieden“, sagte der Konzern Volkswagen.";
    expect(quotesOf(text, "de", [mention(text, "Volkswagen", "ORG", "org:volkswagen")])[0]).toMatchObject({ speaker: { text: "der Konzern Volkswagen" } });
  });

  it("finds nothing said where „hervorgehen“ means to emerge", () => {
    expect(briefs("Als Sieger ging die Partei von Meles Zenawi hervor.")).toEqual([]);
    expect(briefs("Er gründete eine Bürgerbewegung, aus der im April die Partei hervorging.")).toEqual([]);
  });
});

describe("the subject of a clause joined by a coordinator without a comma", () => {
  it("is the phrase between the coordinator and the verb", () => {
    expect(briefs("Das war nicht die erste Auseinandersetzung und die Hongkonger befürchten, dass es nicht die letzte sein wird.")[0]).toMatchObject({ speaker: "die Hongkonger", cue: "befürchten" });
  });

  it("is not a phrase coordinated inside the first position", () => {
    const [q] = briefs("Nach einem Treffen zwischen Vorstand und Betriebsrat erklärte die Deutsche Bank, man werde auf Kündigungen verzichten.");
    expect(q).toMatchObject({ speaker: "die Deutsche Bank", cue: "erklärte" });
  });
});

describe("a document that speaks through a relative clause with es heißt", () => {
  it("takes the phrase before the comma as the speaker of ', in der es heißt, …'", () => {
    expect(briefs("Die Regierung veröffentlichte eine Erklärung, in der es heißt, die Lage sei ernst.")).toEqual([
      { kind: "indirect", text: "die Lage sei ernst", speaker: "eine Erklärung", cue: "heißt" },
    ]);
  });

  it("keeps genitive attributes and skips a separable particle before the comma", () => {
    const q = briefs("Er griff damit den Tenor chinesischer Medien auf, in denen es auch heißt, dass die Opposition nur ein „Papiertiger“ sei.");
    expect(q.map((x) => x.speaker)).toEqual(["den Tenor chinesischer Medien", "den Tenor chinesischer Medien"]);
  });

  it("gives a direct quote after a colon to the document", () => {
    expect(briefs("Das Ministerium verschickte ein Schreiben, in dem es heißt: „Wir bedauern den Vorfall.“")).toEqual([
      { kind: "direct", text: "„Wir bedauern den Vorfall.“", speaker: "ein Schreiben", cue: "heißt" },
    ]);
  });

  it("still takes the subject after the relative pronoun when there is one", () => {
    expect(briefs("Das ist der Bericht, in dem der Minister erklärt, die Lage sei ernst.")[0]).toMatchObject({ speaker: "der Minister" });
  });
});

describe("a claim rejected by the subject", () => {
  it("gives the clause after a verb of rejection to the claim it rejects", () => {
    const text = "Der Präsident der Region, Qiangba Puncog, wies jedoch die Darstellung zurück, die Ausländer seien zum Verlassen des Landes gezwungen worden.";
    expect(briefs(text)).toEqual([{ kind: "indirect", text: "die Ausländer seien zum Verlassen des Landes gezwungen worden", speaker: "die Darstellung", cue: "wies zurück" }]);
    const perfect = briefs("Der Minister Jean-Louis Borloo hat Berichte der Wochenzeitung „Le Canard enchaîné“ zurückgewiesen, er sei „bereits zu 99%“ vorgesehen.");
    expect(perfect.map((q) => q.speaker)).toEqual(["Berichte der Wochenzeitung „Le Canard enchaîné“", "Berichte der Wochenzeitung „Le Canard enchaîné“"]);
  });

  it("keeps the subject for a reason after the verb and for a rejection without a claim noun", () => {
    expect(briefs("Der Minister hat diese Darstellung zurückgewiesen, da sie „jeder Grundlage entbehre“.").map((q) => q.speaker)).toEqual(["Der Minister", "Der Minister"]);
    expect(briefs("Der Minister dementierte, dass er zurücktreten wolle.")[0]).toMatchObject({ speaker: "Der Minister", cue: "dementierte" });
  });

  it("goes on with the subject in the reported sentences after it", () => {
    const text = "Der Präsident Qiangba Puncog wies die Darstellung zurück, die Ausländer seien gezwungen worden. Ihnen sei lediglich zur Abreise geraten worden.";
    expect(briefs(text).map((q) => q.speaker)).toEqual(["die Darstellung", "Der Präsident Qiangba Puncog"]);
  });
});

describe("a German dateline in mixed case that opens an article", () => {
  it("is no speaker: the clause after it has its own", () => {
    const text = "Wien – Einen Tag vor Beginn des Gipfels hat der Ministerrat am Dienstag beschlossen, die Hilfsgelder massiv aufzustocken.";
    expect(briefs(text).map((q) => [q.speaker, q.text])).toEqual([["der Ministerrat", "die Hilfsgelder massiv aufzustocken"]]);
    const joined = "St. Pölten / Wien – Die Grünen haben angekündigt, dass sie klagen werden.";
    expect(briefs(joined).map((q) => q.speaker)).toEqual(["Die Grünen"]);
  });
});
