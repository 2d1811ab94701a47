import { describe, expect, it } from "vitest";
import {
  LEXICONS,
  isAuthorPersonBox,
  isBareDate,
  isBioLine,
  isByline,
  isListHeader,
  isListIntro,
  lineCategory,
  teaserRest,
} from "../../src/clean/lexicon.js";
import { matchForm } from "../../src/clean/lines.js";

const category = (line: string): string | null => lineCategory(matchForm(line));

describe("furniture lexicons", () => {
  it("anchor every line pattern at both ends and every prefix at the start", () => {
    for (const lexicon of LEXICONS) {
      const whole = [
        ...Object.values(lexicon.lines).flat(),
        ...lexicon.listHeaders,
        ...lexicon.bio,
        ...lexicon.bioHeaders,
        ...lexicon.personHeaders,
        ...lexicon.listIntros,
        ...lexicon.byline,
      ];
      for (const pattern of whole) {
        expect(pattern.source.startsWith("^"), pattern.source).toBe(true);
        expect(pattern.source.endsWith("$"), pattern.source).toBe(true);
        expect(pattern.flags).not.toContain("g");
      }
      for (const prefix of lexicon.teaserPrefixes) expect(prefix.source.startsWith("^")).toBe(true);
    }
  });

  it.each([
    ["32 Kommentare", "comments"],
    ["Kommentar schreiben", "comments"],
    ["Kommentare anzeigen", "comments"],
    ["Leave a reply", "comments"],
    ["Quelle: dpa", "credit"],
    ["Foto: picture alliance/dpa | Kay Nietfeld", "credit"],
    ["Bild: IMAGO/Political-Moments", "credit"],
    ["© Rheinische Rundschau 2024", "credit"],
    ["dpa/lnw", "credit"],
    ["Mit Material von dpa und AFP", "credit"],
    ["picture alliance / dpa | Bernd von Jutrczenka", "credit"],
    ["Der Kanzler am Mittwoch im Bundestag. Foto: Michael Ebner/dpa", "credit"],
    ["Jetzt Newsletter abonnieren", "newsletter"],
    ["Jetzt den Newsletter abonnieren!", "newsletter"],
    ["Sign up for our morning newsletter", "newsletter"],
    ["Jetzt weiterlesen mit Plus", "paywall"],
    ["Dieser Artikel ist nur für Abonnenten", "paywall"],
    ["SZ Plus", "paywall"],
    ["Teilen", "share"],
    ["Artikel teilen", "share"],
    ["Facebook Twitter WhatsApp E-Mail", "share"],
    ["Facebook | X | LinkedIn | E-Mail", "share"],
    ["Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.", "cookie"],
    ["Accept all cookies", "cookie"],
    ["Startseite > Politik > Deutschland", "breadcrumb"],
    ["Home › World › Europe", "breadcrumb"],
    ["Zur Startseite", "navigation"],
    ["Nach oben", "navigation"],
    ["Stand: 16.05.2024, 08:30 Uhr", "timestamp"],
    ["Aktualisiert am 3. Juni 2024, 14:05 Uhr", "timestamp"],
    ["Lesezeit: 3 Min.", "timestamp"],
    ["Updated: May 16, 2024", "timestamp"],
    ["- Anzeige -", "ad"],
    ["Advertisement", "ad"],
  ])("recognises %j as %s", (line, expected) => {
    expect(category(line)).toBe(expected);
  });

  it.each([
    "Mehr als 300 Menschen demonstrierten am Samstag vor dem Rathaus gegen die geplante Schließung der Klinik.",
    "Quelle des Streits ist eine Klausel im Koalitionsvertrag.",
    "Das Foto zeigt den Kanzler beim Besuch einer Werft in Wismar.",
    "Teilen will der Verband diese Einschätzung nicht.",
    "Stand heute gibt es keine Hinweise auf einen Anschlag.",
    "Berlin (dpa) - Die Bundesregierung hat den Haushaltsentwurf für das kommende Jahr beschlossen.",
    "„Wir sind bereit“, sagte Scholz.",
    "Kommentare in sozialen Netzwerken fielen überwiegend kritisch aus.",
    "Share prices fell sharply on Monday after the announcement.",
    "Reuters/Ipsos-Umfrage zeigt knappes Rennen in Pennsylvania",
    "Zum Thema Datenschutz äußerte sich das Ministerium nicht.",
    "Von Montag an gilt auf der A 7 ein Tempolimit von 80 Kilometern pro Stunde.",
  ])("leaves content alone: %j", (line) => {
    expect(category(line)).toBeNull();
    expect(isListHeader(matchForm(line))).toBe(false);
    expect(teaserRest(matchForm(line))).toBeNull();
    expect(isByline(matchForm(line))).toBe(false);
  });

  it("recognises list headers only as whole lines", () => {
    for (const header of ["Weitere Artikel", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Auch interessant:", "Lesen Sie auch", "Meistgelesen", "Related posts", "Most read"]) {
      expect(isListHeader(matchForm(header)), header).toBe(true);
    }
    expect(isListHeader(matchForm("Weitere Artikel der Serie erscheinen in den kommenden Wochen."))).toBe(false);
    expect(isListHeader(matchForm("Mehr Geld für Pflegekräfte"))).toBe(false);
  });

  it("finds the headline after a teaser prefix", () => {
    expect(teaserRest(matchForm("Mehr zum Thema: Scholz reist nach Kiew"))).toBe("Scholz reist nach Kiew");
    expect(teaserRest(matchForm("» Lesen Sie auch: Warum die Bahn so oft zu spät kommt"))).toBe("Warum die Bahn so oft zu spät kommt");
    expect(teaserRest(matchForm("Read more: How hospitals fight ransomware"))).toBe("How hospitals fight ransomware");
    expect(teaserRest(matchForm("ZUM THEMA: Brand im Wiener Prater"))).toBe("Brand im Wiener Prater");
    expect(teaserRest(matchForm("Mehr zum Thema"))).toBeNull();
  });

  it("recognises author bios, bylines and author person boxes", () => {
    expect(isBioLine("Max Mustermann ist Redakteur im Ressort Politik und schreibt über Innenpolitik.")).toBe(true);
    expect(isBioLine("Anna Schmidt ist seit 2019 Wirtschaftskorrespondentin in Brüssel.")).toBe(true);
    expect(isBioLine("Jane Doe is a senior reporter at the Ledger covering health.")).toBe(true);
    expect(isBioLine("Die Polizei ist auf der Suche nach dem Reporter, der die Aufnahmen gemacht hat.")).toBe(false);
    expect(isBioLine("Jonas Platzhalter schreibt für den Nordheider Kurier über Wirtschaft und Verkehr.")).toBe(true);
    expect(isBioLine("Greta Muster leitet die Lokalredaktion des Nordheider Kuriers.")).toBe(true);
    expect(isBioLine("Greta Muster leitet die Sitzung des Stadtrats.")).toBe(false);
    expect(isBioLine("Die Polizei schreibt für den Fall eine Belohnung aus.")).toBe(false);
    expect(isByline("Von Anna Schmidt und Max Mustermann, Berlin")).toBe(true);
    expect(isByline("By Jane Doe")).toBe(true);
    expect(isByline("Von Berlin aus reiste die Delegation weiter nach Warschau")).toBe(false);
    expect(isAuthorPersonBox("Zur Person", "Jonas Weber, Jahrgang 1988, berichtet seit 2019 für unsere Zeitung aus Stuttgart.")).toBe(true);
    expect(isAuthorPersonBox("Zur Person", "Miriam Bergmann, 52, ist Juristin und war zuvor Sozialbürgermeisterin.")).toBe(false);
  });

  it("recognises bare dates and times", () => {
    for (const date of ["16.05.2024, 08:30 Uhr", "Donnerstag, 16. Mai 2024", "Do., 16.05.24 | 08:30 Uhr", "May 16, 2024", "Thursday, 16 May 2024"]) {
      expect(isBareDate(matchForm(date)), date).toBe(true);
    }
    expect(isBareDate(matchForm("Am 16. Mai 2024 tagte der Ausschuss."))).toBe(false);
    expect(category("Donnerstag, 16. Mai 2024")).toBeNull();
  });

  it("recognises titles of the article's own lists", () => {
    expect(isListIntro(matchForm("Die wichtigsten Änderungen im Überblick"))).toBe(true);
    expect(isListIntro(matchForm("Key facts"))).toBe(true);
    expect(isListIntro(matchForm("Scholz reist nach Kiew"))).toBe(false);
  });
});
