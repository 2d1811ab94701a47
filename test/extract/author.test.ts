import { describe, expect, it } from "vitest";
import { authorNames, cleanAuthors } from "../../src/extract/author.js";

const one = (raw: string, publisher: string | null = null): string | null => cleanAuthors([raw], { publisher });

describe("cleanAuthors", () => {
  it("strips byline prefixes", () => {
    expect(one("Von Jana Krüger")).toBe("Jana Krüger");
    expect(one("By Maria Delgado")).toBe("Maria Delgado");
    expect(one("Text: Henrike Sass")).toBe("Henrike Sass");
    expect(one("Ein Kommentar von Ursula von der Heide")).toBe("Ursula von der Heide");
  });

  it("joins several authors with commas", () => {
    expect(one("Von Katrin Lehmann und Thomas Wendt")).toBe("Katrin Lehmann, Thomas Wendt");
    expect(one("By Jane Doe and John Roe")).toBe("Jane Doe, John Roe");
    expect(cleanAuthors(["Katrin Lehmann", "Thomas Wendt", "Katrin Lehmann"])).toBe("Katrin Lehmann, Thomas Wendt");
  });

  it("cuts dates, times and update notes after the name", () => {
    expect(one("Von Anna Berger, 16.05.2024, 08:30 Uhr")).toBe("Anna Berger");
    expect(one("Anna Berger | aktualisiert am 17. Mai 2024")).toBe("Anna Berger");
    expect(one("Jane Doe Updated: January 16, 2020")).toBe("Jane Doe");
  });

  it("drops desks, agencies and job titles", () => {
    expect(one("Sabine Hoffmann | Redaktion")).toBe("Sabine Hoffmann");
    expect(one("Fiona MacLeod, Transport Correspondent")).toBe("Fiona MacLeod");
    expect(one("Rechtsanwalt Dennis Tölle")).toBe("Dennis Tölle");
    expect(one("Anna Berger (dpa)")).toBe("Anna Berger");
  });

  it("rejects values that name no person", () => {
    for (const raw of ["Redaktion", "Online-Redaktion", "dpa", "dpa/lnw", "AFP", "Newsdesk", "Staff", "vor 3 Stunden", "3 hours ago", "16.05.2024",
      "https://www.facebook.com/hansebote", "redaktion@example.de", "Copyright Haufe-Lexware GmbH & Co. KG", "mab"]) {
      expect(one(raw), raw).toBeNull();
    }
  });

  it("rejects institutions, also when they are listed like names", () => {
    expect(one("Süddeutsche.de GmbH, Munich, Germany")).toBeNull();
    expect(one("Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF")).toBeNull();
  });

  it("rejects the publisher's own name", () => {
    expect(one("Hanse-Bote", "Hanse-Bote")).toBeNull();
    expect(cleanAuthors(["SPIEGEL"], { url: "https://www.spiegel.de/politik/x" })).toBeNull();
  });

  it("keeps agency-free names next to an agency", () => {
    expect(authorNames("dpa, Peter Schmidt")).toEqual(["Peter Schmidt"]);
  });
});

describe("bylines that name no person", () => {
  it("drops weekdays, institutions, publications and acronyms", () => {
    expect(one("Wednesday")).toBeNull();
    expect(one("Von Redaktion, Dienstag")).toBeNull();
    expect(one("Hanns-Seidel-Stiftung e.V.")).toBeNull();
    expect(one("Bündnis 90/Die Grünen Bundestagsfraktion")).toBeNull();
    expect(one("Die FURCHE")).toBeNull();
    expect(one("The Wall Street Journal")).toBeNull();
    expect(one("WABC, Eyewitness News")).toBeNull();
    expect(one("Europa Press")).toBeNull();
  });

  it("keeps persons whose names resemble such words", () => {
    expect(one("Von Jana Dienstbier")).toBe("Jana Dienstbier");
    expect(one("By Emily Post")).toBe("Emily Post");
    expect(one("GARY B. GRAVES")).toBe("GARY B. GRAVES");
  });
});
