import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

/** Wednesday, 5 June 2024. */
const REF = "2024-06-05";

describe("findDates: relative weeks", () => {
  it("resolves the past, present and next week to ISO 8601 weeks of the reference's calendar", () => {
    expect(triples("Dem Kanzler zufolge habe man vergangene Woche eine Einigung erzielt.", REF)).toEqual([["vergangene Woche", "2024-W22", "week"]]);
    expect(triples("In der vergangenen Woche gab es Streit, diese Woche Ruhe.", REF)).toEqual([
      ["vergangenen Woche", "2024-W22", "week"],
      ["diese Woche", "2024-W23", "week"],
    ]);
    expect(triples("Nächste Woche wird entschieden.", REF)).toEqual([["Nächste Woche", "2024-W24", "week"]]);
  });

  it("crosses the year by the ISO rule and keeps a weekday of a named week a day", () => {
    expect(triples("Letzte Woche kam es zum Eklat.", "2025-01-08")).toEqual([["Letzte Woche", "2025-W01", "week"]]);
    expect(triples("Vorige Woche kam es zum Eklat.", "2021-01-05")).toEqual([["Vorige Woche", "2020-W53", "week"]]);
    expect(triples("Am Montag nächster Woche wird entschieden.", REF)).toEqual([["Montag nächster Woche", "2024-06-10", "day"]]);
  });

  it("does not read a week with a genitive after it or a bare week", () => {
    expect(triples("Die letzte Woche des Jahres war lang. Die Woche verging.", REF)).toEqual([]);
  });
});

describe("findDates: a part of the year written as one word", () => {
  it("is the article's year", () => {
    expect(triples("Bis Jahresende sollen 500 Stellen abgebaut werden.", REF)).toEqual([["Jahresende", "2024", "year"]]);
    expect(triples("Zur Jahresmitte lag die Quote bei fünf Prozent.", REF)).toEqual([["Jahresmitte", "2024", "year"]]);
  });

  it("is the year the tense points to at the turn of the year", () => {
    expect(triples("Die Mitarbeiter befanden sich bis Jahresende im Zwangsurlaub.", "2009-01-16")).toEqual([["Jahresende", "2008", "year"]]);
    expect(triples("Bis Jahresende soll das Gesetz verabschiedet werden.", "2024-01-05")).toEqual([["Jahresende", "2024", "year"]]);
    expect(triples("Zum Jahresbeginn soll die Reform in Kraft treten.", "2024-11-20")).toEqual([["Jahresbeginn", "2025", "year"]]);
    expect(triples("Zum Jahresbeginn hatte die Firma 200 Mitarbeiter.", "2024-11-20")).toEqual([["Jahresbeginn", "2024", "year"]]);
  });
});

describe("findDates: a day with a relative year after it", () => {
  it("puts the day in the year named relative to the article's", () => {
    expect(triples("Das Gesetz tritt zum 1. Januar kommenden Jahres in Kraft.", REF)).toEqual([["1. Januar kommenden Jahres", "2025-01-01", "day"]]);
    expect(triples("Am 3. März des vergangenen Jahres begann der Bau.", REF)).toEqual([["3. März des vergangenen Jahres", "2023-03-03", "day"]]);
    expect(triples("Die Frist endete am 19. Juni dieses Jahres.", REF)).toEqual([["19. Juni dieses Jahres", "2024-06-19", "day"]]);
    expect(triples("The law was passed on March 3 last year.", REF, "en")).toEqual([["March 3 last year", "2023-03-03", "day"]]);
  });

  it("keeps a day with its own year apart from a year after it", () => {
    expect(triples("Am 3. März 2023, im vergangenen Jahr, begann der Bau.", REF)).toEqual([
      ["3. März 2023", "2023-03-03", "day"],
      ["vergangenen Jahr", "2023", "year"],
    ]);
  });
});

describe("findDates: weekdays", () => {
  it("puts a weekday of a past-tense clause on the nearest such day before the reference", () => {
    expect(triples("Die Polizei hatte am Donnerstag zwei Verdächtige festgenommen.", REF)).toEqual([
      ["Donnerstag", "2024-05-30", "day"],
    ]);
    expect(triples("Am Montag sagte die Ministerin, die Gespräche seien gescheitert.", REF)).toEqual([["Montag", "2024-06-03", "day"]]);
  });

  it("takes the reference day itself for its own weekday", () => {
    expect(triples("Der Kanzler traf am Mittwoch in Kiew ein.", REF)).toEqual([["Mittwoch", "2024-06-05", "day"]]);
  });

  it("puts a weekday after the reference when a future cue is nearer than any past cue", () => {
    expect(triples("Der Bundestag soll am Donnerstag über das Gesetz abstimmen.", REF)).toEqual([["Donnerstag", "2024-06-06", "day"]]);
    expect(triples("Die Ergebnisse werden am Montag vorgestellt.", REF)).toEqual([["Montag", "2024-06-10", "day"]]);
  });

  it("resolves two weekdays of one sentence by their own nearest cues", () => {
    expect(
      triples("Der Minister hatte am Montag angekündigt, dass das Kabinett am Freitag entscheiden will.", REF),
    ).toEqual([
      ["Montag", "2024-06-03", "day"],
      ["Freitag", "2024-06-07", "day"],
    ]);
  });

  it("reads the tense of the clause the weekday stands in before that of the sentence", () => {
    // "werden … befürchtet" is present passive; the relative clause around the weekday is in the past.
    const quake = "Nach dem schwersten Erdbeben seit 200 Jahren, das sich am Dienstagnachmittag ereignete, werden tausende Tote befürchtet.";
    expect(triples(quake, REF)).toEqual([["Dienstagnachmittag", "2024-06-04", "day"]]);
    expect(triples("Die Sitzung, die am Montag stattfand, werden wir auswerten.", REF)).toEqual([["Montag", "2024-06-03", "day"]]);
    expect(triples("Der Plan, den das Kabinett am Freitag beschließen will, wurde gestern bekannt.", REF)).toEqual([
      ["Freitag", "2024-06-07", "day"],
      ["gestern", "2024-06-04", "day"],
    ]);
  });

  it("does not take the auxiliary of another clause's passive for a future cue", () => {
    // Sentences of German Wikinews articles (2005-09-30, 2012-12-05, 2006-02-12), shortened.
    expect(triples("In Balad, das mehrheitlich von Schiiten bewohnt wird, explodierten am Donnerstagabend vier Autobomben.", REF)).toEqual([
      ["Donnerstagabend", "2024-05-30", "day"],
    ]);
    expect(triples("Dort konnte ihm nicht mehr geholfen werden, am Montag verstarb er.", REF)).toEqual([["Montag", "2024-06-03", "day"]]);
    const bka = "Erfahrungsgemäß werden fast alle vermissten Kinder wieder gefunden, so das BKA nach der Bekanntgabe des Falles am Donnerstag.";
    expect(triples(bka, REF)).toEqual([["Donnerstag", "2024-05-30", "day"]]);
  });

  it("reads a participle after 'ist'/'sind', 'nachdem', past modals and 'soll … gezogen sein' as past", () => {
    expect(triples("Die Hunde, die den Bären aufspüren sollen, sind am Samstag eingetroffen.", REF)).toEqual([["Samstag", "2024-06-01", "day"]]);
    const times = "Nachdem die „New York Times“ am Montag neue Belege (Akten des BND) präsentierte, wird die Debatte neu belebt.";
    expect(triples(times, REF)).toEqual([["Montag", "2024-06-03", "day"]]);
    expect(triples("Am Samstag sollen tausende Demonstranten durch die Hauptstadt gezogen sein.", REF)).toEqual([["Samstag", "2024-06-01", "day"]]);
    // A strong preterite in the clause outweighs a future cue in another one (Wikinews 2008-02-27).
    expect(triples("In Spanien, wo bald gewählt werden soll, fand bereits am Montagabend ein Fernsehduell statt.", REF)).toEqual([
      ["Montagabend", "2024-06-03", "day"],
    ]);
  });

  it("reads a participle used as an adjective right after the weekday", () => {
    expect(triples("Die Proteste folgten der am Dienstag erfolgten Veröffentlichung von Videos, die Folter zeigen soll.", REF)).toEqual([
      ["Dienstag", "2024-06-04", "day"],
    ]);
    expect(triples("Die am Donnerstag geplante Kundgebung wurde verboten.", REF)).toEqual([["Donnerstag", "2024-06-06", "day"]]);
  });

  it("lets 'für', 'ab' and 'bis' look ahead unless the clause tells of the past", () => {
    expect(triples("Weitere Aktionen sind für Montag angekündigt.", REF)).toEqual([["Montag", "2024-06-10", "day"]]);
    expect(triples("Bis zum Samstagabend wurden jedoch noch keine Schäden berichtet.", REF)).toEqual([["Samstagabend", "2024-06-01", "day"]]);
    expect(triples("Der für Dienstag geplante Parteitag konnte nicht stattfinden, weil die Räume fehlten.", REF)).toEqual([
      ["Dienstag", "2024-06-04", "day"],
    ]);
    expect(triples("Nach der Prüfung gab es grünes Licht, so dass die Bahn ab Montag wieder im Einsatz war.", REF)).toEqual([
      ["Montag", "2024-06-03", "day"],
    ]);
  });

  it("treats 'soll … haben' as reported past, not as future", () => {
    expect(triples("Der Mann soll am Dienstag seine Nachbarin bedroht haben.", REF)).toEqual([["Dienstag", "2024-06-04", "day"]]);
  });

  it("follows the modifiers 'vergangenen', 'kommenden', 'nächsten' strictly", () => {
    expect(triples("Am vergangenen Mittwoch war der Streik beendet worden.", REF)).toEqual([
      ["vergangenen Mittwoch", "2024-05-29", "day"],
    ]);
    expect(triples("Die Minister beraten am kommenden Mittwoch erneut.", REF)).toEqual([["kommenden Mittwoch", "2024-06-12", "day"]]);
    expect(triples("Nächsten Montag beginnt der Prozess.", REF)).toEqual([["Nächsten Montag", "2024-06-10", "day"]]);
  });

  it("follows 'ab' and 'seit' before a weekday", () => {
    expect(triples("Ab Samstag gilt auf der A8 ein Tempolimit.", REF)).toEqual([["Samstag", "2024-06-08", "day"]]);
    expect(triples("Seit Sonntag wird der Bergsteiger vermisst.", REF)).toEqual([["Sonntag", "2024-06-02", "day"]]);
  });

  it("reads weekdays with a part of the day and with an adjective", () => {
    expect(triples("Die Koalition hat sich am Freitagabend geeinigt.", REF)).toEqual([["Freitagabend", "2024-05-31", "day"]]);
    expect(triples("Am späten Sonntagnachmittag brach das Feuer aus.", REF)).toEqual([["späten Sonntagnachmittag", "2024-06-02", "day"]]);
  });

  it("reads a weekday in a clause about a hearing set for it as the coming one", () => {
    expect(triples("Die Anhörung ist für Donnerstag anberaumt.", REF)).toEqual([["Donnerstag", "2024-06-06", "day"]]);
    expect(triples("Der Prozessauftakt ist auf Freitag terminiert.", REF)).toEqual([["Freitag", "2024-06-07", "day"]]);
  });

  it("reads 'Montag nächster Woche' in the next calendar week", () => {
    expect(triples("Die Anhörung ist für Montag nächster Woche angesetzt.", "2024-06-09")).toEqual([
      ["Montag nächster Woche", "2024-06-10", "day"],
    ]);
  });

  it("leaves habitual plurals alone and reads week expressions as weeks, not days", () => {
    expect(triples("Montags bleibt das Museum geschlossen.", REF)).toEqual([]);
    expect(triples("Vergangene Woche hatte der Stadtrat getagt, nächste Woche folgt der Kreistag.", REF)).toEqual([
      ["Vergangene Woche", "2024-W22", "week"],
      ["nächste Woche", "2024-W24", "week"],
    ]);
  });
});

describe("findDates: casual and counted expressions", () => {
  it("reads heute, gestern, vorgestern, morgen, übermorgen", () => {
    const text = "Gestern demonstrierten Tausende, heute blieb es ruhig, vorgestern hatte es geregnet. " +
      "Morgen soll das Parlament tagen, übermorgen entscheidet das Gericht.";
    expect(triples(text, REF)).toEqual([
      ["Gestern", "2024-06-04", "day"],
      ["heute", "2024-06-05", "day"],
      ["vorgestern", "2024-06-03", "day"],
      ["Morgen", "2024-06-06", "day"],
      ["übermorgen", "2024-06-07", "day"],
    ]);
  });

  it("keeps a part of the day with the casual word", () => {
    expect(triples("Der Zug war gestern Abend entgleist.", REF)).toEqual([["gestern Abend", "2024-06-04", "day"]]);
  });

  it("reads counted units before the reference at their granularity", () => {
    expect(triples("Vor drei Tagen war der Mann aus der Klinik geflohen.", REF)).toEqual([["Vor drei Tagen", "2024-06-02", "day"]]);
    expect(triples("Die Brücke war vor zwei Monaten gesperrt worden.", REF)).toEqual([["vor zwei Monaten", "2024-04", "month"]]);
    expect(triples("Vor rund zehn Jahren wurde das Werk geschlossen.", REF)).toEqual([["Vor rund zehn Jahren", "2014", "year"]]);
  });

  it("reads months or years back from today or counted exactly as the same day that long ago, and two hedges", () => {
    expect(triples("Heute vor genau einem Jahr erging das Urteil.", REF)).toEqual([["Heute vor genau einem Jahr", "2023-06-05", "day"]]);
    expect(triples("Am heutigen Tag vor 25 Jahren starb er.", REF)).toEqual([["heutigen Tag vor 25 Jahren", "1999-06-05", "day"]]);
    expect(triples("Vor genau drei Monaten begann der Streik.", "2024-05-31")).toEqual([["Vor genau drei Monaten", "2024-02-29", "day"]]);
    expect(triples("Vor fast genau zwei Jahren schien der Deal sicher, heute nicht mehr.", REF)).toEqual([
      ["Vor fast genau zwei Jahren", "2022", "year"],
      ["heute", "2024-06-05", "day"],
    ]);
    expect(triples("Ten years ago today the wall fell; exactly a month ago the war began.", REF, "en")).toEqual([
      ["Ten years ago today", "2014-06-05", "day"],
      ["exactly a month ago", "2024-05-05", "day"],
    ]);
  });

  it("reads a count into the future only in a clause with a future cue", () => {
    expect(triples("In zwei Jahren soll auf dem Gelände eine Verbrennungsanlage entstehen.", REF)).toEqual([
      ["In zwei Jahren", "2026", "year"],
    ]);
    expect(triples("Die Notunterkunft wurde in drei Tagen errichtet.", REF)).toEqual([]);
  });

  it("leaves vague counts alone and reads counted weeks as the calendar week that far away", () => {
    expect(triples("Vor wenigen Tagen hatte es schon Warnungen gegeben.", REF)).toEqual([]);
    expect(triples("Vor einer Woche und vor etwa drei Wochen hatte es schon Warnungen gegeben.", REF)).toEqual([
      ["Vor einer Woche", "2024-W22", "week"],
      ["vor etwa drei Wochen", "2024-W20", "week"],
    ]);
    expect(triples("Die Brücke soll in zwei Wochen wieder offen sein. Der Bau dauerte drei Wochen.", REF)).toEqual([["in zwei Wochen", "2024-W25", "week"]]);
    expect(triples("The plan was announced three weeks ago.", REF, "en")).toEqual([["three weeks ago", "2024-W20", "week"]]);
  });

  it("reads the weekend as the ISO week it closes, by its modifier or the tense of the clause", () => {
    // REF is Wednesday 2024-06-05: the last weekend is 1–2 June (W22), the next 8–9 June (W23).
    expect(triples("Am Wochenende kam es zu Ausschreitungen.", REF)).toEqual([["Wochenende", "2024-W22", "week"]]);
    expect(triples("Am Wochenende wird gewählt.", REF)).toEqual([["Wochenende", "2024-W23", "week"]]);
    expect(triples("Am kommenden Wochenende soll gestreikt werden.", REF)).toEqual([["kommenden Wochenende", "2024-W23", "week"]]);
    expect(triples("Das vergangene Wochenende war ruhig.", REF)).toEqual([["vergangene Wochenende", "2024-W22", "week"]]);
    // On a Saturday, "am Wochenende" is the article's own weekend and "kommenden" the one after.
    expect(triples("Am Wochenende kam es zu Ausschreitungen.", "2024-06-08")).toEqual([["Wochenende", "2024-W23", "week"]]);
    expect(triples("Am kommenden Wochenende soll gestreikt werden.", "2024-06-08")).toEqual([["kommenden Wochenende", "2024-W24", "week"]]);
    expect(triples("Protests erupted over the weekend.", REF, "en")).toEqual([["weekend", "2024-W22", "week"]]);
  });

  it("leaves a weekend tied to another event or a habit alone", () => {
    expect(triples("Am Wochenende vor der Wahl demonstrierten Tausende.", REF)).toEqual([]);
    expect(triples("Er durfte die Kinder nur am Wochenende sehen.", REF)).toEqual([]);
    expect(triples("Die Wochenendarbeit nimmt zu.", REF)).toEqual([]);
  });

  it("reads holidays on fixed days and movable feasts, by year, modifier, preposition or tense", () => {
    // REF 2024-06-05: Easter 2024 was 31 March, Whit Monday 20 May; Good Friday 2025 is 18 April.
    expect(triples("Am Pfingstmontag war der Park voll. Zu Ostern kamen Tausende.", REF)).toEqual([
      ["Pfingstmontag", "2024-05-20", "day"],
      ["Ostern", "2024-03-31", "day"],
    ]);
    expect(triples("An Silvester soll es Feuerwerk geben. Weihnachten 2023 war kalt.", REF)).toEqual([
      ["Silvester", "2024-12-31", "day"],
      ["Weihnachten 2023", "2023-12-25", "day"],
    ]);
    expect(triples("Am Tag der Deutschen Einheit sprach der Präsident.", REF)).toEqual([["Tag der Deutschen Einheit", "2023-10-03", "day"]]);
    // Wikinews 2011-05-09 and 2007-04-09: a preposition and "gestrigen" decide.
    expect(triples("Die Waldbrandgefahr wird bereits seit Ostern als groß eingeschätzt.", "2011-05-09")).toEqual([["Ostern", "2011-04-24", "day"]]);
    expect(triples("Die Übung musste am gestrigen Ostersonntag abgebrochen werden.", "2007-04-09")).toEqual([
      ["gestrigen Ostersonntag", "2007-04-08", "day"],
    ]);
    expect(triples("Good Friday will be a public holiday.", REF, "en")).toEqual([["Good Friday", "2025-04-18", "day"]]);
  });

  it("does not take a passive infinitive for a future cue", () => {
    // "musste … abgebrochen werden": the modal carries the tense.
    expect(triples("Die Übung musste wegen des Sturms und der hohen Wellen am Montag abgebrochen werden.", REF)).toEqual([["Montag", "2024-06-03", "day"]]);
  });

  it("reads relative years and months", () => {
    expect(triples("Im vergangenen Jahr stiegen die Mieten um sechs Prozent.", REF)).toEqual([["vergangenen Jahr", "2023", "year"]]);
    expect(triples("Nächstes Jahr soll die Strecke fertig sein.", REF)).toEqual([["Nächstes Jahr", "2025", "year"]]);
    expect(triples("Im kommenden Monat beginnt die Ernte.", REF)).toEqual([["kommenden Monat", "2024-07", "month"]]);
  });

  it("does not read 'im letzten Jahr seiner Amtszeit' as last year", () => {
    expect(triples("Im letzten Jahr seiner Amtszeit reiste er viel.", REF)).toEqual([]);
  });
});

describe("findDates: seasons", () => {
  it("reads a season with a modifier as the year of the one meant", () => {
    expect(triples("Im vergangenen Herbst gab es Streit, letzten Sommer auch.", REF)).toEqual([
      ["vergangenen Herbst", "2023", "year"],
      ["letzten Sommer", "2023", "year"],
    ]);
    expect(triples("Im kommenden Frühjahr soll gebaut werden, diesen Sommer wird geplant.", REF)).toEqual([
      ["kommenden Frühjahr", "2025", "year"],
      ["diesen Sommer", "2024", "year"],
    ]);
  });

  it("reads a season after 'im' by the tense of its clause: past in its first month is the one before", () => {
    expect(triples("Im Herbst soll entschieden werden.", REF)).toEqual([["Herbst", "2024", "year"]]);
    expect(triples("Im Herbst kam es zum Streit.", REF)).toEqual([["Herbst", "2023", "year"]]);
    expect(triples("Im Frühjahr war es ruhig.", REF)).toEqual([["Frühjahr", "2024", "year"]]);
    expect(triples("Im Sommer war es ruhig.", REF)).toEqual([["Sommer", "2023", "year"]]);
  });

  it("leaves a season with a year to the year rule, one tied to something else, a habit, and a bare season or surname", () => {
    expect(triples("Im Sommer 2022 war es heiß.", REF)).toEqual([["Sommer 2022", "2022", "year"]]);
    expect(triples("Im Herbst des Lebens ist alles anders. Im Sommer desselben Jahres stimmten sie zu.", REF)).toEqual([]);
    expect(triples("Im Sommer vergangenen Jahres wurde gewählt.", REF)).toEqual([["vergangenen Jahres", "2023", "year"]]);
    expect(triples("Neue Smartphones verkündet Apple stets im Herbst.", REF)).toEqual([]);
    expect(triples("Michael Sommer sagte, der Herbst werde heiß.", REF)).toEqual([]);
  });
});
