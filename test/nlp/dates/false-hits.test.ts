import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

const REF = "2024-06-05";

describe("findDates: false hits", () => {
  it("does not read 'am fr' out of 'am frühen' nor weekday abbreviations", () => {
    expect(triples("Das Feuer brach am frühen Nachmittag aus. So sagte es der Sprecher, Mi Hyun nickte.", REF)).toEqual([]);
  });

  it("reads 'am frühen Montag (3. Juni)' as one mention of the explicit date", () => {
    expect(triples("Die Polizei nahm am frühen Montag (3. Juni) zwei Männer fest.", REF)).toEqual([
      ["frühen Montag (3. Juni)", "2024-06-03", "day"],
    ]);
  });

  it("does not read a word written all in capitals as a date (\"USA TODAY\"), but keeps a dateline", () => {
    expect(triples("Comey said in an interview with USA TODAY that he had kept notes.", REF, "en")).toEqual([]);
    expect(triples("BERLIN, 3. Juni – Die Regierung tagte.", REF)).toEqual([["3. Juni", "2024-06-03", "day"]]);
  });

  it("does not read the name Mai or a month inside a compound", () => {
    expect(triples("Mai Thi Nguyen-Kim moderiert die Sendung. Die Märzrevolution ist Thema, auch der Maifeiertag.", REF)).toEqual([]);
    expect(triples("Ein Bericht über die März-Unruhen erschien.", REF)).toEqual([]);
  });

  it("does not read club names, scores, numbers and articles", () => {
    const text = "Der 1. FC Köln gewann 2:1 gegen Mainz. Nach Artikel 68 des Grundgesetzes und Nr. 3 der Verordnung " +
      "sowie Paragraf 3.4 ist das zulässig; 3/4 der Befragten stimmten zu.";
    expect(triples(text, REF)).toEqual([]);
  });

  it("skips times without a date", () => {
    expect(triples("Die Sitzung beginnt um 14 Uhr, die Pressekonferenz um 15.30 Uhr.", REF)).toEqual([]);
  });

  it("reads the date but not the time of a date with time", () => {
    expect(triples("Die Sitzung beginnt am 7. Juni um 14 Uhr.", REF)).toEqual([["7. Juni", "2024-06-07", "day"]]);
  });

  it("does not read 'jetzt', the noun 'Morgen' or the heute-show", () => {
    expect(triples("Jetzt ist klar: Am Morgen hatte es geschneit. Guten Morgen, sagte er in der heute-show.", REF)).toEqual([]);
  });

  it("does not read the day words of an idiom, but reads them beside it", () => {
    expect(triples("Die Konkurrenz hätte Güssing lieber heute als morgen aus dem Geschehen entfernt.", REF)).toEqual([]);
    expect(triples("Bin ich einer, wenn ich von heute auf morgen konvertiere? Für Fink ist das Schnee von gestern.", REF)).toEqual([]);
    expect(triples("Die Synode über die Familie in der Welt von heute beginnt heute.", REF)).toEqual([["heute", "2024-06-05", "day"]]);
    expect(triples("Die Lage hat sich von gestern auf heute verschärft.", REF)).toEqual([
      ["gestern", "2024-06-04", "day"],
      ["heute", "2024-06-05", "day"],
    ]);
    expect(triples("In the world of tomorrow, he said yesterday, cars will fly.", REF, "en")).toEqual([["yesterday", "2024-06-04", "day"]]);
  });

  it("does not read a weekday inside a newspaper name", () => {
    expect(triples("Wie die Welt am Sonntag berichtet, ist der Vertrag unterschrieben.", REF)).toEqual([]);
    expect(triples("Die Zeitung Bild am Sonntag meldete den Rücktritt.", REF)).toEqual([]);
  });

  it("does not read decades", () => {
    expect(triples("In den 1990er Jahren und seit den 80ern wuchs die Stadt.", REF)).toEqual([]);
  });
});
