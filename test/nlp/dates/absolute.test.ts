import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

/** Reference date of most tests: Wednesday, 5 June 2024. */
const REF = "2024-06-05";

describe("findDates: explicit German dates", () => {
  it("reads a day with month name and year, without the leading 'am'", () => {
    expect(triples("Am 3. Juni 2024 kam es in Passau zu einem Hochwasser von historischem Ausmaß.", REF)).toEqual([
      ["3. Juni 2024", "2024-06-03", "day"],
    ]);
  });

  it("reads day numbers listed before a date as days of its month and year", () => {
    expect(triples("Die Tötungen am 11. und 12. Juli 1995 in Srebrenica gelten als Völkermord.", REF)).toEqual([
      ["11.", "1995-07-11", "day"],
      ["12. Juli 1995", "1995-07-12", "day"],
    ]);
    expect(triples("Am 3., 4. und 5. Juni wird gestreikt.", REF).map((t) => t[1])).toEqual(["2024-06-03", "2024-06-04", "2024-06-05"]);
    expect(triples("Die Messe findet am 12./13. September statt.", REF).map((t) => t.slice(0, 2))).toEqual([
      ["12.", "2024-09-12"],
      ["13. September", "2024-09-13"],
    ]);
    expect(triples("Zwischen dem 3. und dem 5. Juli ist geschlossen, am 8. und am 9. Juli nicht.", REF).map((t) => t[1])).toEqual([
      "2024-07-03",
      "2024-07-05",
      "2024-07-08",
      "2024-07-09",
    ]);
    // A later day before an earlier one is no list of days in order.
    expect(triples("Er wurde 12. und 3. Juni Zweiter.", REF)).toEqual([["3. Juni", "2024-06-03", "day"]]);
  });

  it("reads both ends of a range of days that chrono reads as one, the end in the next year when its month comes earlier", () => {
    expect(triples("Der Kongress findet vom 27. bis zum 30. Dezember 2005 in Berlin statt.", REF)).toEqual([
      ["27.", "2005-12-27", "day"],
      ["30. Dezember 2005", "2005-12-30", "day"],
    ]);
    expect(triples("Die Messe läuft vom 3.–5. Juni.", REF)).toEqual([
      ["3.", "2024-06-03", "day"],
      ["5. Juni", "2024-06-05", "day"],
    ]);
    expect(triples("Vom 28. Dezember 2023 bis 2. Januar ist geschlossen.", REF).map((t) => t[1])).toEqual(["2023-12-28", "2024-01-02"]);
  });

  it("reads numeric dates with and without leading zeros", () => {
    expect(triples("Die Frist endete am 03.06.2024, der Antrag ging erst am 4.6.2024 ein.", REF)).toEqual([
      ["03.06.2024", "2024-06-03", "day"],
      ["4.6.2024", "2024-06-04", "day"],
    ]);
  });

  it("reads ISO dates", () => {
    expect(triples("Laut Bescheid vom 2024-05-28 ist die Genehmigung erloschen.", REF)).toEqual([["2024-05-28", "2024-05-28", "day"]]);
  });

  it("takes the year of a partial date from the reference: the year that puts it closest", () => {
    expect(triples("Der Landtag hatte das Gesetz am 12. März beschlossen.", REF)).toEqual([["12. März", "2024-03-12", "day"]]);
    expect(triples("Die Messe beginnt am 28. Dezember in Leipzig.", "2024-01-02")).toEqual([["28. Dezember", "2023-12-28", "day"]]);
    expect(triples("Der Prozess soll am 8. Januar fortgesetzt werden.", "2023-12-20")).toEqual([["8. Januar", "2024-01-08", "day"]]);
  });

  it("puts a day without its year on the side an auxiliary right before it names, though another year is nearer", () => {
    expect(triples("Neuwahlen sollen am 14. November stattfinden.", "2010-05-06")).toEqual([["14. November", "2010-11-14", "day"]]);
    expect(triples("Das Gesetz wird am 1. Januar in Kraft treten.", REF)).toEqual([["1. Januar", "2025-01-01", "day"]]);
    expect(triples("Der Prozess hatte am 3. Dezember begonnen.", REF)).toEqual([["3. Dezember", "2023-12-03", "day"]]);
    // A tense cue farther away, or none, leaves the closest year.
    expect(triples("Das Gesetz trat nach langem Streit am 1. Januar in Kraft.", REF)).toEqual([["1. Januar", "2024-01-01", "day"]]);
    expect(triples("Am 3. Dezember beginnt der Prozess.", REF)).toEqual([["3. Dezember", "2024-12-03", "day"]]);
  });

  it("drops a two-digit number after a partial date instead of reading it as a year", () => {
    expect(triples("Bei dem Unglück am 3. Juni 24 Menschen verletzt worden, teilte die Polizei mit.", REF)).toEqual([
      ["3. Juni", "2024-06-03", "day"],
    ]);
  });

  it("reads a short numeric date after a cue word, with the closest year", () => {
    expect(triples("Die Sitzung am 12.11. wurde kurzfristig abgesagt.", "2024-11-20")).toEqual([["12.11.", "2024-11-12", "day"]]);
  });

  it("rejects days that do not exist", () => {
    expect(triples("Der angebliche Termin am 31. Februar 2024 war ein Scherz.", REF)).toEqual([]);
  });
});

describe("findDates: months and years", () => {
  it("reads month and year at month granularity", () => {
    expect(triples("Im März 2021 hatte die Staatsanwaltschaft Anklage erhoben.", REF)).toEqual([["März 2021", "2021-03", "month"]]);
    expect(triples("Seit Oktober 2018 sitzt er im Bundestag.", REF)).toEqual([["Oktober 2018", "2018-10", "month"]]);
  });

  it("reads a bare month only after a cue, in the closest year", () => {
    expect(triples("Im Mai hatte der Stadtrat die Pläne noch abgelehnt.", REF)).toEqual([["Mai", "2024-05", "month"]]);
    expect(triples("Im November wird in den USA gewählt.", "2024-06-05")).toEqual([["November", "2024-11", "month"]]);
    expect(triples("Seit Dezember sind die Preise gestiegen.", "2024-02-10")).toEqual([["Dezember", "2023-12", "month"]]);
  });

  it("takes the year of a bare month from a tense cue next to it, else the closest year", () => {
    expect(triples("Der Beamte hatte im Mai eine Haftstrafe erhalten.", "2005-12-03")).toEqual([["Mai", "2005-05", "month"]]);
    expect(triples("Im Mai soll das neue Parlament gewählt werden.", "2005-12-03")).toEqual([["Mai", "2006-05", "month"]]);
    expect(triples("Im Mai beginnt die Saison, sagte der Trainer.", "2005-12-03")).toEqual([["Mai", "2006-05", "month"]]);
    // Strong verbs in the past tense count as well ("stiegen", "sank").
    expect(triples("Im Oktober stiegen die Preise.", REF)).toEqual([["Oktober", "2023-10", "month"]]);
    expect(triples("Im Oktober sollen die Preise steigen.", REF)).toEqual([["Oktober", "2024-10", "month"]]);
    // So do weak verbs in the past tense right next to the month, not a modal in the subjunctive or an adjective.
    expect(triples("Im Oktober meldete die Firma Verluste.", REF)).toEqual([["Oktober", "2023-10", "month"]]);
    expect(triples("Die Firma meldete im Oktober Verluste.", REF)).toEqual([["Oktober", "2023-10", "month"]]);
    expect(triples("Guterres möchte im Januar nach Jakarta reisen.", "2005-12-29")).toEqual([["Januar", "2006-01", "month"]]);
    expect(triples("Die im Oktober erwartete Entscheidung steht aus.", REF)).toEqual([["Oktober", "2024-10", "month"]]);
  });

  it("reads a month with a relative year", () => {
    expect(triples("Er war im Mai dieses Jahres verurteilt worden.", "2005-12-03")).toEqual([["Mai dieses Jahres", "2005-05", "month"]]);
    expect(triples("Im März vergangenen Jahres lag die Quote bei vier Prozent.", REF)).toEqual([
      ["März vergangenen Jahres", "2023-03", "month"],
    ]);
  });

  it("reads a month joined to a cued month, but not two names", () => {
    expect(triples("Im Juli und August ist mit weiteren Unwettern zu rechnen.", REF)).toEqual([
      ["Juli", "2024-07", "month"],
      ["August", "2024-08", "month"],
    ]);
    expect(triples("Die Zwillinge Juli und August Berger eröffneten das Café.", REF)).toEqual([]);
  });

  it("reads 'vergangenen Mai' strictly before and 'kommenden März' strictly after the reference month", () => {
    expect(triples("Schon im vergangenen Juni war der Damm gebrochen.", REF)).toEqual([["vergangenen Juni", "2023-06", "month"]]);
    expect(triples("Die Reform tritt im kommenden März in Kraft.", REF)).toEqual([["kommenden März", "2025-03", "month"]]);
  });

  it("reads parts of months and years at the granularity of the whole", () => {
    expect(triples("Anfang Mai hatte die Gewerkschaft zum Warnstreik aufgerufen.", REF)).toEqual([["Anfang Mai", "2024-05", "month"]]);
    expect(triples("Mitte März 2023 lag die Inflationsrate noch bei 7,4 Prozent.", REF)).toEqual([["Mitte März 2023", "2023-03", "month"]]);
    expect(triples("Bis Ende 2023 sollten alle Schulen Glasfaser haben.", REF)).toEqual([["Ende 2023", "2023", "year"]]);
    expect(triples("Die Bahn will die Strecke bis Ende des Jahres sanieren.", REF)).toEqual([["Ende des Jahres", "2024", "year"]]);
    expect(triples("Anfang nächsten Jahres soll die Entscheidung fallen.", REF)).toEqual([["Anfang nächsten Jahres", "2025", "year"]]);
  });

  it("reads parts of weeks as the week meant, with the part in the mention, but not a week tied to another event", () => {
    expect(triples("Anfang der Woche hatte die Regierung den Plan vorgestellt.", REF)).toEqual([["Anfang der Woche", "2024-W23", "week"]]);
    expect(triples("Ende nächster Woche soll der Bundestag abstimmen.", REF)).toEqual([["Ende nächster Woche", "2024-W24", "week"]]);
    expect(triples("Mitte der vergangenen Woche war der Damm gebrochen.", REF)).toEqual([["Mitte der vergangenen Woche", "2024-W22", "week"]]);
    expect(triples("Ende der Woche vor der Wahl war die Stimmung gekippt.", REF)).toEqual([]);
  });

  it("reads a year after a strong cue with the cue in the mention", () => {
    expect(triples("Im Jahr 2019 zählte die Stadt noch 48.000 Einwohner.", REF)).toEqual([["Jahr 2019", "2019", "year"]]);
    expect(triples("Im Sommer 2023 brannten in Griechenland große Waldflächen.", REF)).toEqual([["Sommer 2023", "2023", "year"]]);
  });

  it("reads a year after a preposition when no counted noun follows", () => {
    expect(triples("Seit 2019 ist die Zahl der Anträge gestiegen.", REF)).toEqual([["2019", "2019", "year"]]);
    expect(triples("Bis 2030 sollen 80 Prozent des Stroms aus erneuerbaren Quellen stammen.", REF)).toEqual([["2030", "2030", "year"]]);
  });

  it("reads a year after an adverb of time or a quarter", () => {
    expect(triples("Ein ähnlich schweres Beben war zuletzt 1984 registriert worden.", REF)).toEqual([["1984", "1984", "year"]]);
    expect(triples("Der Konzern will im ersten Quartal 2025 mit dem Bau beginnen.", REF)).toEqual([["Quartal 2025", "2025", "year"]]);
    expect(triples("Dafür bleiben noch 2000 Euro übrig.", REF)).toEqual([]);
  });

  it("reads both years of a range", () => {
    expect(triples("Zwischen 2015 und 2020 stieg die Zahl der Pendler deutlich.", REF)).toEqual([
      ["2015", "2015", "year"],
      ["2020", "2020", "year"],
    ]);
    expect(triples("Der Umsatz wuchs 2016 bis 2019 um ein Drittel.", REF)).toEqual([
      ["2016", "2016", "year"],
      ["2019", "2019", "year"],
    ]);
  });

  it("reads the end of a range of years before a noun, which after a lone „bis“ would be counted", () => {
    expect(triples("Er war von 2010 bis 2014 Minister.", REF)).toEqual([
      ["2010", "2010", "year"],
      ["2014", "2014", "year"],
    ]);
    expect(triples("Zwischen 1998 und 2005 Bürgermeister, danach Landrat.", REF)).toEqual([
      ["1998", "1998", "year"],
      ["2005", "2005", "year"],
    ]);
    expect(triples("Die Miete stieg von 2000 bis 2400 Euro.", REF)).toEqual([]);
    expect(triples("Die Pauschale wird rückwirkend bis 2007 auf 30 Cent erhöht, seit 2000 bis 2020 um das Doppelte.", REF)).toEqual([
      ["2007", "2007", "year"],
      ["2000", "2000", "year"],
      ["2020", "2020", "year"],
    ]);
  });

  it("leaves bare four-digit numbers and counted numbers alone", () => {
    expect(triples("Die Gemeinde hat 2019 Einwohner und ein Freibad.", REF)).toEqual([]);
    expect(triples("Der Zuschuss beträgt bis 2000 Euro je Haushalt.", REF)).toEqual([]);
    expect(triples("Seit 2000 Jahren steht hier eine Siedlung.", REF)).toEqual([]);
    expect(triples("Das Stadion fasst 2024 Zuschauer mehr als geplant.", REF)).toEqual([]);
    expect(triples("Rund 2000 Menschen demonstrierten, es gab 1500 weitere Fälle.", REF)).toEqual([]);
    expect(triples("Die 2000 neuen Mitglieder zahlen 1500 €, der Flug 1549 landete.", REF)).toEqual([]);
    expect(triples("Die Truppe wird von derzeit 2000 auf rund 15.000 Soldaten aufgestockt.", REF)).toEqual([]);
  });

  it("reads a year without a cue where nothing makes it a count", () => {
    expect(triples("1969 betrat Neil Armstrong als erster Mensch den Mond.", REF)).toEqual([["1969", "1969", "year"]]);
    expect(triples("Der Umsatz stieg 2023 um fünf Prozent.", REF)).toEqual([["2023", "2023", "year"]]);
    expect(triples("Der 1998 verstorbene Hacker und die 1963 gegründete Firma.", REF)).toEqual([
      ["1998", "1998", "year"],
      ["1963", "1963", "year"],
    ]);
    expect(triples("Er spielte in „Jungle Fever“ (1991).", REF)).toEqual([["1991", "1991", "year"]]);
  });

  it("reads a year after „seit“ before any noun but a unit of time", () => {
    expect(triples("Meles Zenawi ist seit 1995 Regierungschef.", REF)).toEqual([["1995", "1995", "year"]]);
  });
});
