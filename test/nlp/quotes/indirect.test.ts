import { describe, expect, it } from "vitest";
import { isStrongSubjunctive, isSubjunctive, lexiconFor } from "../../../src/nlp/quotes/lexicon.js";
import { tokenize } from "../../../src/nlp/quotes/tokens.js";
import { brief, briefs, quotesOf } from "./helpers.js";

describe("subjunctive forms", () => {
  const de = lexiconFor("de");
  const word = (text: string) => tokenize(text)[0];

  it("are the listed forms in any case, and lower-case words with a subjunctive ending", () => {
    for (const w of ["sei", "Sei", "wäre", "stagniere", "funktioniere"]) expect(isSubjunctive(de, word(w)), w).toBe(true);
    for (const w of ["Passagiere", "Papiere", "schiere", "iere", "ist", "Ziel-stagniere"]) expect(isSubjunctive(de, word(w)), w).toBe(false);
  });

  it("mark reported speech on their own in Konjunktiv I only", () => {
    expect(isStrongSubjunctive(de, word("stagniere"))).toBe(true);
    expect(isStrongSubjunctive(de, word("sei"))).toBe(true);
    expect(isStrongSubjunctive(de, word("wäre"))).toBe(false);
    expect(isSubjunctive(lexiconFor("en"), word("stagniere"))).toBe(false);
  });
});

describe("indirect speech after a cue verb", () => {
  it("reports a subjunctive clause after the verb (sagte, …)", () => {
    expect(briefs("Der Innenminister betonte am Dienstag, die Polizei sei auf den Gipfel gut vorbereitet.")).toEqual([
      { kind: "indirect", text: "die Polizei sei auf den Gipfel gut vorbereitet", speaker: "Der Innenminister", cue: "betonte" },
    ]);
  });

  it("does not report a main clause in the indicative that opens with \"und\" after the frame", () => {
    const text = "Der Rat beschrieb das Gesetz als verfassungswidrig, und UNICEF rief Russland auf, das Adoptionsverbot nicht durchzusetzen.";
    expect(briefs(text)).toEqual([{ kind: "indirect", text: "das Adoptionsverbot nicht durchzusetzen", speaker: "UNICEF", cue: "rief auf" }]);
  });

  it("starts what a frame at the end reports after a colon", () => {
    const text = "Kritik kam auch von den Grünen: Der Entwurf sei völlig unzureichend, sagte Fraktionschefin Katharina Dröge.";
    expect(briefs(text)).toEqual([{ kind: "indirect", text: "Der Entwurf sei völlig unzureichend", speaker: "Fraktionschefin Katharina Dröge", cue: "sagte" }]);
  });

  it("reports a clause whose verb is the Konjunktiv I of an -ieren verb, which no list holds, where the text writes it in lower case", () => {
    expect(briefs("Gysi hatte die These vertreten, die Partei stagniere in Selbstbeschäftigung.")).toEqual([
      { kind: "indirect", text: "die Partei stagniere in Selbstbeschäftigung", speaker: "Gysi", cue: "vertreten" },
    ]);
    // The same letters capitalised are a plural noun, and "schiere" is an adjective: neither reports anything.
    expect(briefs("Der Sprecher sagte, der Streik sei vorbei. Rund 250.000 Passagiere waren betroffen.").map((q) => q.text)).toEqual(["der Streik sei vorbei"]);
    expect(briefs("Der Sprecher sagte, der Streik sei vorbei. Die schiere Zahl der Passagiere war groß.").map((q) => q.text)).toEqual(["der Streik sei vorbei"]);
  });

  it("reports a dass-clause and keeps the conjunction", () => {
    expect(briefs("Ein Sprecher des Ministeriums erklärte, dass die Prüfung der Anträge noch andauere.")).toEqual([
      { kind: "indirect", text: "dass die Prüfung der Anträge noch andauere", speaker: "Ein Sprecher des Ministeriums", cue: "erklärte" },
    ]);
  });

  it("finds a separable cue verb with its particle at the end of the clause", () => {
    expect(briefs("Die Betreiberfirma Vattenfall teilte am Freitag mit, dass das Kraftwerk wieder Strom ins Netz einspeise.")).toEqual([
      { kind: "indirect", text: "dass das Kraftwerk wieder Strom ins Netz einspeise", speaker: "Die Betreiberfirma Vattenfall", cue: "teilte mit" },
    ]);
  });

  it("finds a cue verb after the speaker when an adverbial comes first", () => {
    expect(briefs("Am Montag sagte der Minister, er sehe keinen Grund für Panik.")).toEqual([
      { kind: "indirect", text: "er sehe keinen Grund für Panik", speaker: "der Minister", cue: "sagte" },
    ]);
  });

  it("reads a short indicative clause after a plain verb of saying, whose verb in -en follows a noun", () => {
    expect(briefs("Der Minister sagte, die Bauern brauchen Hilfe.").map((q) => [q.text, q.speaker])).toEqual([["die Bauern brauchen Hilfe", "Der Minister"]]);
    // After a sentence-initial preposition the word in -en is an adjective: "Zur aktuellen Lage … und seiner neuen Aufgabe wird X zitiert".
    const watzke = "Zur aktuellen Lage des Unternehmens und seiner neuen Aufgabe wird Watzke auf der Internetseite des Vereins wie folgt zitiert: „Es gab bestimmt auch Jahre hier, wo ich dieses Amt mit mehr Freude übernommen hätte.“";
    expect(briefs(watzke).map((q) => q.speaker)).toEqual(["Watzke"]);
  });

  it("takes no phrase with a negative determiner for a speaker (…, nannte aber keine Details)", () => {
    const quotes = briefs("Die Polizei bestätigte den Einsatz, nannte aber keine Details.");
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([["reported", "Die Polizei"]]);
  });

  it("reports what precedes a frame at the end of the sentence", () => {
    expect(briefs("Die Verhandlungen seien schwierig, aber nicht aussichtslos, sagte ein Sprecher der Gewerkschaft.")).toEqual([
      { kind: "indirect", text: "Die Verhandlungen seien schwierig, aber nicht aussichtslos", speaker: "ein Sprecher der Gewerkschaft", cue: "sagte" },
    ]);
  });

  it("reports an infinitive after a demand", () => {
    expect(briefs("Die Opposition warf der Regierung vor, die Krise verschlafen zu haben.")).toEqual([
      { kind: "indirect", text: "die Krise verschlafen zu haben", speaker: "Die Opposition", cue: "warf vor" },
    ]);
  });

  it("reports a perfect tense frame with the auxiliary in second position", () => {
    const text = "Eine Sprecherin des Bundesverfassungsgerichts hat am Mittwoch mitgeteilt, dass das Gericht die Beschwerde abgelehnt hat.";
    expect(briefs(text)[0]).toEqual({
      kind: "indirect",
      text: "dass das Gericht die Beschwerde abgelehnt hat",
      speaker: "Eine Sprecherin des Bundesverfassungsgerichts",
      cue: "mitgeteilt",
    });
  });

  it("ends a reported clause where a new main clause of the speaker starts", () => {
    const text = "Saddam Hussein hatte vor Gericht erklärt, er sei unschuldig, erkannte die Autorität des Gerichtes aber nicht an.";
    expect(briefs(text)[0]).toMatchObject({ kind: "indirect", text: "er sei unschuldig", speaker: "Saddam Hussein" });
  });

  it("does not report a plain statement without a reported clause", () => {
    expect(quotesOf("Der Minister erklärte sich bereit, an der Sitzung teilzunehmen.").filter((q) => q.kind === "indirect")).toEqual([]);
    expect(quotesOf("Als der Zug ankam, sagte die Schaffnerin die nächste Station an.")).toEqual([]);
    expect(quotesOf("Da ein Rückflug nach München nicht möglich war, entschied sich der Pilot für eine Landung in Wien.")).toEqual([]);
  });

  it("gives a passive frame the agent after von, or no speaker", () => {
    expect(briefs("Von der Stadtverwaltung wurde mitgeteilt, dass die Brücke gesperrt bleibe.")[0]).toMatchObject({ kind: "indirect", speaker: "der Stadtverwaltung" });
    expect(briefs("Als Begründung wurde angegeben, die Kosten seien gestiegen.")[0]).toMatchObject({ kind: "indirect", text: "die Kosten seien gestiegen", speaker: null });
  });
});

describe("indirect speech after a source phrase", () => {
  it("reads an adverb before the adjective of the source noun as part of the phrase", () => {
    expect(briefs("Nach bisher unbestätigten Berichten wurde der Firma Boeing Einsicht in das Angebot gewährt.")).toEqual([
      { kind: "indirect", text: "wurde der Firma Boeing Einsicht in das Angebot gewährt", speaker: "bisher unbestätigten Berichten", cue: "Nach Berichten" },
    ]);
  });

  it("finds laut X", () => {
    expect(briefs("Laut Polizei wurden bei dem Unfall auf der A7 drei Menschen verletzt.")).toEqual([
      { kind: "indirect", text: "wurden bei dem Unfall auf der A7 drei Menschen verletzt", speaker: "Polizei", cue: "Laut" },
    ]);
  });

  it("finds nach Angaben X and names the source, not the noun Angaben", () => {
    expect(briefs("Nach Angaben der Feuerwehr brach das Feuer gegen drei Uhr im Dachgeschoss aus.")).toEqual([
      { kind: "indirect", text: "brach das Feuer gegen drei Uhr im Dachgeschoss aus", speaker: "der Feuerwehr", cue: "Nach Angaben" },
    ]);
  });

  it("takes the source noun itself for the source when no genitive or von/aus phrase follows it", () => {
    expect(briefs("Die Männer, die nach kubanischen Aussagen zu Unrecht eine Strafe verbüßen, sind in Haft.").map((q) => q.speaker)).toEqual(["kubanischen Aussagen"]);
    expect(briefs("Das Beben soll nach ersten Meldungen Schäden an mehreren Gebäuden verursacht haben.").map((q) => q.speaker)).toEqual(["ersten Meldungen"]);
    // A genitive name or a "von" phrase still names the source.
    expect(briefs("Gleiches gelte nach Meinung Russlands auch für das Flugzeug.").map((q) => q.speaker)).toEqual(["Russlands"]);
    expect(briefs("Das Feuer brach nach Angaben von Augenzeugen im Keller aus.").map((q) => q.speaker)).toEqual(["Augenzeugen"]);
  });

  it("finds X zufolge", () => {
    expect(briefs("Einem Bericht der „New York Times“ zufolge plant die Regierung neue Sanktionen.")).toEqual([
      { kind: "indirect", text: "plant die Regierung neue Sanktionen", speaker: "Einem Bericht der „New York Times“", cue: "zufolge" },
    ]);
  });

  it("starts a source phrase before zufolge or nach at its article, not at the words of the clause before it", () => {
    expect(briefs("Das Fleisch sollte den Berichten zufolge in der Ukraine verarbeitet werden.")).toEqual([
      { kind: "indirect", text: "Das Fleisch sollte den Berichten zufolge in der Ukraine verarbeitet werden", speaker: "den Berichten", cue: "zufolge" },
    ]);
    // The article of the phrase an opinion qualifies stays out of the speaker; what is reported is still that phrase.
    expect(briefs("Sie wandte sich gegen die ihrer Meinung nach verbreiteten Illusionen im Umgang mit Extremisten.").map((q) => q.speaker)).toEqual(["ihrer Meinung"]);
  });

  it("leaves a lead-in before a colon out of what a frame inside the sentence reports", () => {
    expect(briefs("Auch die Sprecherin schloss sich der Kritik an: Die Mittel seien ihrer Meinung nach nicht mehr verhältnismäßig.")).toEqual([
      { kind: "indirect", text: "Die Mittel seien ihrer Meinung nach nicht mehr verhältnismäßig", speaker: "ihrer Meinung", cue: "nach" },
    ]);
    expect(briefs("Zum Vergleich: Die Zahl der Passagiere betrug nach Angaben des Flughafens im Juni 220.853.").map((q) => q.text)).toEqual([
      "Die Zahl der Passagiere betrug nach Angaben des Flughafens im Juni 220.853",
    ]);
  });

  it("reads a source phrase after a relative clause as part of the main clause, and one in a relative clause after a preposition as part of that clause", () => {
    expect(briefs("Dagegen bleibt das Kraftwerk, welches von Vattenfall betrieben wird, nach Berichten des Ministeriums außer Betrieb.").map((q) => q.text)).toEqual([
      "Dagegen bleibt das Kraftwerk, welches von Vattenfall betrieben wird, nach Berichten des Ministeriums außer Betrieb",
    ]);
    expect(briefs("Die beiden Jugendlichen, unter denen sich nach Einschätzung der Polizei der Täter befand, sind frei.").map((q) => q.text)).toEqual([
      "unter denen sich nach Einschätzung der Polizei der Täter befand",
    ]);
  });

  it("reports the whole sentence for a source phrase in its middle", () => {
    expect(briefs("Die Zahl der Toten stieg nach Angaben der Behörden auf 42.")).toEqual([
      { kind: "indirect", text: "Die Zahl der Toten stieg nach Angaben der Behörden auf 42", speaker: "der Behörden", cue: "nach Angaben" },
    ]);
  });

  it("reports the subjunctive clause after a wie frame between commas, not the narration before it", () => {
    expect(briefs("Im Notruf war der Fahrer zu hören, wie er angegeben hat, er denke, sein Chef habe jemanden getötet.")).toEqual([
      { kind: "indirect", text: "er denke, sein Chef habe jemanden getötet", speaker: "er", cue: "angegeben" },
    ]);
    // Narration in the subjunctive before the frame stays with it.
    expect(briefs("Der Plan sei gescheitert, wie der Minister sagte, und er bedauere das.").map((q) => q.text)[0]).toMatch(/^Der Plan sei gescheitert/u);
  });

  it("leaves an apposition that opens with an adjective after a closing frame's speaker out of the quote", () => {
    expect(briefs("Alle Gebiete seien unter Kontrolle, sagte Charles Bouchard, kanadischer General und Kommandeur des Einsatzes.")).toEqual([
      { kind: "indirect", text: "Alle Gebiete seien unter Kontrolle", speaker: "Charles Bouchard", cue: "sagte" },
    ]);
    // After a participle that closes the frame, an adjective opens what is reported.
    expect(briefs("In der Debatte hat der Staatssekretär gefordert, größere Tankstellen gesetzlich zu verpflichten.").map((q) => q.text)).toEqual([
      "größere Tankstellen gesetzlich zu verpflichten",
    ]);
  });

  it("lets a closing so frame report a sentence whose own cue has no speaker", () => {
    expect(briefs("Ägypten wird aufgefordert, die Grenze zu öffnen, so Hisbollah-Chef Hassan Nasrallah.")).toEqual([
      { kind: "indirect", text: "Ägypten wird aufgefordert, die Grenze zu öffnen", speaker: "Hisbollah-Chef Hassan Nasrallah", cue: "so" },
    ]);
  });

  it("ends a reported clause at a frame joined by doch or jedoch, with or without its own subject", () => {
    expect(briefs("Die Regierung meldete, Annabi sei tot, doch UN-Sprecher Nicholas Birnback erklärte, den Tod nicht bestätigen zu können.")).toEqual([
      { kind: "indirect", text: "Annabi sei tot", speaker: "Die Regierung", cue: "meldete" },
      { kind: "indirect", text: "den Tod nicht bestätigen zu können", speaker: "UN-Sprecher Nicholas Birnback", cue: "erklärte" },
    ]);
    expect(briefs("Er hatte eingeräumt, er habe nicht exakt gearbeitet, jedoch stets beteuert, nicht absichtlich abgeschrieben zu haben.").map((q) => q.text)).toEqual([
      "er habe nicht exakt gearbeitet",
      "nicht absichtlich abgeschrieben zu haben",
    ]);
  });

  it("ends a dass clause before an auxiliary that opens the main clause after it", () => {
    expect(briefs("Hieß es zunächst, dass die Fahrgäste selber schuld seien, wird nun eine halbe Million Euro investiert.").map((q) => q.text)).toEqual([
      "dass die Fahrgäste selber schuld seien",
    ]);
    // A subjunctive auxiliary goes on with what is reported.
    expect(briefs("Er sagte, dass der Plan, den alle kennen, scheitern werde, werde man sehen.").map((q) => q.text)[0]).toMatch(/^dass der Plan, den alle kennen, scheitern werde, werde man sehen/u);
  });

  it("leaves a relative clause after a closing so frame's speaker out of what the frame reports, unless the sentence goes on after it", () => {
    const quotes = briefs("Oft habe der Mann vor der Tür gewartet, so Celebi, die auch angab, dass ihre Mandantin die Polizei gerufen habe.");
    expect(quotes[0]).toEqual({ kind: "indirect", text: "Oft habe der Mann vor der Tür gewartet", speaker: "Celebi", cue: "so" });
    expect(quotes[1]).toMatchObject({ kind: "indirect", text: "dass ihre Mandantin die Polizei gerufen habe", cue: "angab" });
    expect(briefs("Im Juni 1943, so die Ergebnisse eines Richters, der gegen ihn ermittelt, seien tausende Menschen deportiert worden.").map((q) => q.text)).toEqual([
      "Im Juni 1943, so die Ergebnisse eines Richters, der gegen ihn ermittelt, seien tausende Menschen deportiert worden",
    ]);
  });

  it("ends what a frame inside a sentence reports at a semicolon", () => {
    expect(briefs("Ansonsten geht ihn die Innenpolitik laut Verfassung nichts an; seine Stellung ergibt sich vielmehr indirekt.").map((q) => q.text)).toEqual([
      "Ansonsten geht ihn die Innenpolitik laut Verfassung nichts an",
    ]);
  });

  it("reads an inverted frame between two clauses as reporting both, but a so frame inside one clause as an aside", () => {
    expect(briefs("Über die Einzelheiten war man sich nicht einig geworden, hieß es, sicher sei jedoch, dass Arbeitskräfte gesucht würden.").map((q) => q.text)).toEqual([
      "Über die Einzelheiten war man sich nicht einig geworden",
      "sicher sei jedoch, dass Arbeitskräfte gesucht würden",
    ]);
    expect(briefs("Die Gespräche seien gescheitert, sagte er, man werde aber weiter verhandeln.").map((q) => q.speaker)).toEqual(["er", "er"]);
    expect(briefs("Der Präsident sei, so der Abgeordnete, schuld daran, dass das Land die Kontrolle verloren habe.").map((q) => q.text)).toEqual([
      "Der Präsident sei, so der Abgeordnete, schuld daran, dass das Land die Kontrolle verloren habe",
    ]);
  });

  it("gives the part after an inverted frame to another speaker whose frame opens it (a sentence that had crashed the finder)", () => {
    const text = "Es hätte sich keiner beschweren dürfen, wenn wir gewonnen hätten, meinte Marko Stankovic, und Kristijan Dobras ergänzte: Ein Sieg wäre verdient gewesen, aber das letzte Quäntchen Glück hat gefehlt.";
    expect(briefs(text).map((q) => [q.text, q.speaker])).toEqual([
      ["Es hätte sich keiner beschweren dürfen, wenn wir gewonnen hätten", "Marko Stankovic"],
      ["Ein Sieg wäre verdient gewesen, aber das letzte Quäntchen Glück hat gefehlt", "Kristijan Dobras"],
    ]);
  });

  it("reads a frame inside the second of two statements around a frame as part of it (sentences that had crashed the finder)", () => {
    expect(briefs("Die Lage sei ernst, hieß es, man müsse laut Polizei mit weiteren Anschlägen rechnen.").map((q) => q.text)).toEqual([
      "Die Lage sei ernst",
      "man müsse laut Polizei mit weiteren Anschlägen rechnen",
    ]);
    expect(briefs("Die Gespräche seien gescheitert, sagte er, man werde aber, wie der Minister betonte, weiter verhandeln.").map((q) => q.speaker)).toEqual(["er", "er"]);
  });

  it("leaves a relative clause after a source phrase that opens the sentence to the source", () => {
    expect(briefs("Nach der Einschätzung eines Experten, der vom Sender befragt wurde, würde dies für einen Anschlag sprechen.")).toEqual([
      { kind: "indirect", text: "würde dies für einen Anschlag sprechen", speaker: "eines Experten", cue: "Nach Einschätzung" },
    ]);
  });

  it("reads das or dies after a comma with the verb right after it as a frame pointing back, not a relative clause", () => {
    expect(briefs("Die Hauptkamera des Teleskops ist ausgefallen, das teilte das Institut mit.")).toEqual([
      { kind: "indirect", text: "Die Hauptkamera des Teleskops ist ausgefallen", speaker: "das Institut", cue: "teilte mit" },
    ]);
    // A relative clause leaves its verb to the end and reports nothing of the clause before.
    expect(briefs("Er las das Buch, das ihm der Freund empfohlen hatte.")).toEqual([]);
  });

  it("ends what a verb frame reports before und with a past verb that goes on with the frame's subject", () => {
    expect(briefs("Köhler sagte, sie müssten ihre Zurückhaltung aufgeben und bemühte das Bild vom Boot.").map((q) => q.text)).toEqual([
      "sie müssten ihre Zurückhaltung aufgeben",
    ]);
    expect(briefs("Der Soldat erklärte, dass die Software im Irak eingesetzt werde und weigerte sich, Befehle auszuführen.").map((q) => q.text)[0]).toBe("dass die Software im Irak eingesetzt werde");
    // A subjunctive or an adjective after und goes on with what was said.
    expect(briefs("Er sagte, die Lage sei ernst und bleibe es auch.").map((q) => q.text)).toEqual(["die Lage sei ernst und bleibe es auch"]);
  });

  it("reports a clause that opens with a subordinate clause when the subjunctive main clause follows it", () => {
    expect(briefs("Bush befürchtet, sobald er sich dem anschließe, werde der Druck auf ihn zunehmen.")).toEqual([
      { kind: "indirect", text: "sobald er sich dem anschließe, werde der Druck auf ihn zunehmen", speaker: "Bush", cue: "befürchtet" },
    ]);
    expect(briefs("Er ging, weil es regnete, nach Hause.")).toEqual([]);
  });

  it("reports the clause around a partial quote after a wie frame as well as the quote", () => {
    expect(briefs("Wie der Finanzminister am Dienstag erklärte, sieht die Regierung in dem Gesetz „kein Hindernis für den Kapitalverkehr“.").map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ["indirect", "sieht die Regierung in dem Gesetz „kein Hindernis für den Kapitalverkehr“", "der Finanzminister"],
      ["direct", "„kein Hindernis für den Kapitalverkehr“", "der Finanzminister"],
    ]);
  });

  it("finds wie X mitteilte and so X", () => {
    expect(briefs("Wie die Staatsanwaltschaft mitteilte, wurde der Verdächtige am Abend festgenommen.")).toEqual([
      { kind: "indirect", text: "wurde der Verdächtige am Abend festgenommen", speaker: "die Staatsanwaltschaft", cue: "mitteilte" },
    ]);
    expect(briefs("Die Sanierung werde teurer als geplant, so der Kämmerer.")).toEqual([
      { kind: "indirect", text: "Die Sanierung werde teurer als geplant", speaker: "der Kämmerer", cue: "so" },
    ]);
  });

  it("reads a verb of saying with its subject between commas or dashes as a frame of the whole sentence", () => {
    expect(briefs("Die Reform, sagte der Minister, komme zu spät.")).toEqual([
      { kind: "indirect", text: "Die Reform, sagte der Minister, komme zu spät", speaker: "der Minister", cue: "sagte" },
    ]);
    expect(briefs("Die Reform – sagte der Minister – komme zu spät.")[0]).toMatchObject({ speaker: "der Minister", cue: "sagte" });
    // After a clause of its own, the frame reports what follows it; an addressee is no subject.
    expect(briefs("In einer Videobotschaft, die eingespielt wurde, sagte Thaksin, man werde kämpfen.")).toEqual([
      { kind: "indirect", text: "man werde kämpfen", speaker: "Thaksin", cue: "sagte" },
    ]);
    expect(briefs("Carter, der im Land war, sagte Reportern, dass alles friedlich verlaufen sei.")[0]).toMatchObject({ speaker: "Carter", text: "dass alles friedlich verlaufen sei" });
  });

  it("finds a so-frame between dashes or after one", () => {
    expect(briefs("Die Lage – so der Minister – sei ernst.")).toEqual([{ kind: "indirect", text: "Die Lage – so der Minister – sei ernst", speaker: "der Minister", cue: "so" }]);
    expect(briefs("Die Sanierung werde teurer als geplant – so der Kämmerer.")[0]).toMatchObject({ speaker: "der Kämmerer", cue: "so" });
    expect(briefs("Er kam – so schnell er konnte.")).toEqual([]);
  });

  it("finds seiner Meinung nach and a relative laut dem", () => {
    expect(briefs("Der Plan ist seiner Meinung nach nicht zu finanzieren.")[0]).toMatchObject({ kind: "indirect", speaker: "seiner Meinung", cue: "nach" });
    const relative = briefs("Dem Gericht liegt ein Gutachten vor, laut dem das Kind schwer misshandelt worden war.");
    expect(relative[0]).toMatchObject({ kind: "indirect", text: "das Kind schwer misshandelt worden war", speaker: "dem", cue: "laut" });
  });

  it("reports the sentence before a demonstrative frame together with the demonstrative", () => {
    const text = "Die Regierung will das Gesetz noch vor der Sommerpause verabschieden. Das sagte Regierungssprecher Steffen Hebestreit am Mittwoch.";
    const [q] = quotesOf(text);
    expect(brief(q)).toEqual({
      kind: "indirect",
      text: "Die Regierung will das Gesetz noch vor der Sommerpause verabschieden. Das",
      speaker: "Regierungssprecher Steffen Hebestreit",
      cue: "sagte",
    });
    expect(q.speaker_name).toBe("Steffen Hebestreit");
  });

  it("does not take the adjective laut or a time phrase with nach for a source", () => {
    expect(quotesOf("Die Musik war laut und die Stimmung ausgelassen.")).toEqual([]);
    expect(quotesOf("Nach dem Spiel fuhren die Fans mit Sonderzügen nach Hause.")).toEqual([]);
  });
});

describe("free indirect speech and reported speech acts", () => {
  it("continues reported speech over a subjunctive passive whose cue has no speaker", () => {
    const text = "Der Konzern teilte am Abend mit, man prüfe alle Optionen. Eine Entscheidung werde bis Ende des Monats erwartet.";
    expect(briefs(text)).toEqual([
      { kind: "indirect", text: "man prüfe alle Optionen", speaker: "Der Konzern", cue: "teilte mit" },
      { kind: "indirect", text: "Eine Entscheidung werde bis Ende des Monats erwartet.", speaker: "Der Konzern", cue: null },
    ]);
  });

  it("goes on with the speaker before over a sentence whose cue has no speaker and frames nothing", () => {
    const court = "Das Kammergericht stellte fest, die Band sei eine kriminelle Vereinigung. Der Sänger wurde wegen Volksverhetzung verurteilt. Die Band habe in ihren Liedern Ausländer verunglimpft.";
    expect(briefs(court).at(-1)).toEqual({ kind: "indirect", text: "Die Band habe in ihren Liedern Ausländer verunglimpft.", speaker: "Das Kammergericht", cue: null });
    const expert = "Der Gutachter stellte fest, der Pilot habe Medikamente genommen. Somit wäre die Flugtauglichkeit, die dem Piloten bescheinigt wurde, nicht in Ordnung gewesen.";
    expect(briefs(expert).at(-1)).toMatchObject({ kind: "indirect", speaker: "Der Gutachter", cue: null });
  });

  it("continues reported speech over following subjunctive sentences as one quote", () => {
    const text =
      "Der Bürgermeister sagte, die Stadt werde die Brücke sanieren. Die Arbeiten könnten im Herbst beginnen. Die Kosten lägen bei zwei Millionen Euro. Im Rathaus wurde danach über den Haushalt beraten.";
    expect(briefs(text)).toEqual([
      { kind: "indirect", text: "die Stadt werde die Brücke sanieren", speaker: "Der Bürgermeister", cue: "sagte" },
      { kind: "indirect", text: "Die Arbeiten könnten im Herbst beginnen. Die Kosten lägen bei zwei Millionen Euro.", speaker: "Der Bürgermeister", cue: null },
    ]);
  });

  it("continues into the next paragraph after a blank line, but not over a second one", () => {
    const text = "Die Polizei teilte mit, vier Männer seien getötet worden.\n\nDer Angriff sei mit einer Autobombe eingeleitet worden.\n\n\nDie Täter seien geflohen.";
    const quotes = briefs(text);
    expect(quotes[1]).toEqual({ kind: "indirect", text: "Der Angriff sei mit einer Autobombe eingeleitet worden.", speaker: "Die Polizei", cue: null });
    expect(quotes).toHaveLength(2);
  });

  it("does not continue with a sentence whose subjunctive stands only in a subordinate clause", () => {
    const text = "Er sagte, ein Verbot sei möglich. Auch der Sprecher der SPD, Dieter Wiefelspütz, will „in den kommenden Wochen sorgfältig prüfen“, ob ein Verbot angestrebt werden solle.";
    const quotes = briefs(text);
    expect(quotes.find((q) => q.kind === "direct")).toMatchObject({ speaker: "der Sprecher der SPD, Dieter Wiefelspütz" });
    expect(quotes.filter((q) => q.speaker === "Er")).toHaveLength(1);
  });

  it("does not continue across plain narration or start without reported speech before", () => {
    const text = "Der Zug fuhr pünktlich ab. Die Fahrgäste seien zufrieden gewesen. Am Abend regnete es.";
    expect(quotesOf(text)).toEqual([]);
  });

  it("takes up a Konjunktiv I sentence one plain sentence after a named speaker, not two", () => {
    const one = "Ein Sprecher sagte, der Zug sei entgleist. Die Strecke ist seit Montag gesperrt. Ursache sei ein gebrochenes Rad.";
    expect(briefs(one)[1]).toEqual({ kind: "indirect", text: "Ursache sei ein gebrochenes Rad.", speaker: "Ein Sprecher", cue: null });
    const two = "Ein Sprecher sagte, der Zug sei entgleist. Die Strecke ist seit Montag gesperrt. Reisende nehmen Busse. Ursache sei ein gebrochenes Rad.";
    expect(briefs(two)).toHaveLength(1);
  });

  it("treats hearsay with soll … haben after reported speech as free indirect speech", () => {
    const text = "Die Polizei teilte mit, der Mann sei festgenommen worden. Er soll mehrere Einbrüche gestanden haben.";
    expect(briefs(text)[1]).toEqual({ kind: "indirect", text: "Er soll mehrere Einbrüche gestanden haben.", speaker: "Die Polizei", cue: null });
  });

  it("reports a speech act without a reported clause as the whole sentence", () => {
    expect(briefs("Die Gewerkschaft forderte am Donnerstag den Rücktritt des gesamten Vorstands.")).toEqual([
      { kind: "reported", text: "Die Gewerkschaft forderte am Donnerstag den Rücktritt des gesamten Vorstands.", speaker: "Die Gewerkschaft", cue: "forderte" },
    ]);
    expect(briefs("Die Medien sprechen von einem Wendepunkt in der Affäre.")[0]).toMatchObject({ kind: "reported", speaker: "Die Medien", cue: "sprechen" });
  });

  it("reads a present form that looks like the participle as finite unless an auxiliary comes first", () => {
    expect(briefs("Der Rundfunk berichtet von einem Unwetter während des Fluges.")).toEqual([
      { kind: "reported", text: "Der Rundfunk berichtet von einem Unwetter während des Fluges.", speaker: "Der Rundfunk", cue: "berichtet" },
    ]);
    expect(briefs("Die Opposition kritisiert den Haushalt der Regierung.")[0]).toMatchObject({ kind: "reported", speaker: "Die Opposition", cue: "kritisiert" });
    expect(quotesOf("Die Opposition hat den Haushalt der Regierung kritisiert.")).toEqual([]);
  });

  it("does not report verbs that are not speech acts by themselves", () => {
    expect(quotesOf("Ein DNA-Test bestätigte die Identität des Toten.")).toEqual([]);
    expect(quotesOf("Dem Verein droht der Zwangsabstieg in die dritte Liga.")).toEqual([]);
  });
});
