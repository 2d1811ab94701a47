import { describe, expect, it } from "vitest";
import { isRoleToken, trimLeadingRoles } from "../../../src/nlp/ner/roles.js";

function trim(sentence: string): string[] {
  const words = sentence.split(" ").map((pair) => pair.split("/")[0]);
  const tags = sentence.split(" ").map((pair) => pair.split("/")[1] ?? "O");
  trimLeadingRoles([words], [tags]);
  return tags;
}

describe("roles before a person's name", () => {
  it("knows listed titles and compound roles", () => {
    expect(isRoleToken("Bundeskanzler")).toBe(true);
    expect(isRoleToken("Bäderleiter")).toBe(true);
    expect(isRoleToken("Amtsinhaber")).toBe(true);
    expect(isRoleToken("Regierungssprecherin")).toBe(true);
    expect(isRoleToken("Schmid")).toBe(false);
    expect(isRoleToken("Sankt")).toBe(false);
  });

  it("moves the start of a person span past a leading role", () => {
    expect(trim("Bäderleiter/B-PER Schmid/I-PER sagte")).toEqual(["O", "B-PER", "O"]);
    expect(trim("Bundeskanzler/B-PER Olaf/I-PER Scholz/I-PER reist")).toEqual(["O", "B-PER", "I-PER", "O"]);
  });

  it("knows roles and relations beyond the model's titles: CEO, compounds in -sieger, -architekt, -spieler", () => {
    expect(trim("von CEO/B-PER Rick/I-PER Dudley/I-PER geleitet")).toEqual(["O", "O", "B-PER", "I-PER", "O"]);
    expect(trim("verunglückten Olympiasieger/B-PER Casartelli/I-PER .")).toEqual(["O", "O", "B-PER", "O"]);
    expect(isRoleToken("Landschaftsarchitekten")).toBe(true);
    expect(isRoleToken("Fußballspieler")).toBe(true);
    expect(isRoleToken("Spiel")).toBe(false);
    expect(isRoleToken("Bayern-Vorstand")).toBe(true);
    expect(isRoleToken("SPD-Vizefraktionschef")).toBe(true);
    expect(isRoleToken("Müller-Lüdenscheidt")).toBe(false);
  });

  it("knows the descriptors of sports and lobbying news: coaches, aces, partners, stars, keepers, lobbyists", () => {
    expect(trim("sagte ÖFB-Ass/B-PER David/I-PER Alaba/I-PER .")).toEqual(["O", "O", "B-PER", "I-PER", "O"]);
    expect(trim("Superstar/B-PER Newton/I-PER warf")).toEqual(["O", "B-PER", "O"]);
    for (const role of ["Graz-Coach", "AfD-Vize", "US-Open-Champion", "Doppelpartner", "Ex-Nationaltorwart", "Hoflobbyist", "Lobbyist"]) expect(isRoleToken(role)).toBe(true);
    expect(trim("unter Coach/B-PER Bruno/B-PER Labbadia/I-PER")).toEqual(["O", "O", "B-PER", "I-PER"]);
    // "Star" alone opens names ("Star Wars", "Star Trek"): only compounds ending in it are roles.
    expect(isRoleToken("Star")).toBe(false);
  });

  it("knows Austrian offices: Klubobmann, Parteiobfrau, Landeshauptmann, Landesrätin, Mandatar", () => {
    expect(trim("Klubobmann/B-PER Schieder/I-PER kann")).toEqual(["O", "B-PER", "O"]);
    expect(trim("Parteiobfrau/B-PER Helga/I-PER Krismer/I-PER")).toEqual(["O", "B-PER", "I-PER"]);
    for (const role of ["Landeshauptmann", "Landesrätin", "Bezirkshauptfrau", "Nationalratsmandatar", "Obmann"]) expect(isRoleToken(role)).toBe(true);
    expect(isRoleToken("Hauptmann")).toBe(false);
  });

  it("leaves names alone that only look like a role or have nothing after it", () => {
    expect(trim("Sankt/B-PER Martin/I-PER")).toEqual(["B-PER", "I-PER"]);
    expect(trim("der Bundeskanzler/B-PER sagte")).toEqual(["O", "B-PER", "O"]);
    expect(trim("Olaf/B-PER Scholz/I-PER")).toEqual(["B-PER", "I-PER"]);
  });
});

describe("names after a title", () => {
  it("are persons whatever type the model gave", () => {
    expect(trim("klagt der Oberst Ollendorf/B-LOC ,")).toEqual(["O", "O", "O", "B-PER", "O"]);
    expect(trim("von seinem Onkel Gallus/B-LOC Maximus/I-LOC")).toEqual(["O", "O", "O", "B-PER", "I-PER"]);
    expect(trim("Mr Lagos/B-LOC said")).toEqual(["O", "B-PER", "O"]);
  });

  it("leave spans that run on past a name alone", () => {
    expect(trim("Mr. Kim's/B-MISC decision/I-MISC to/I-MISC shut/I-MISC down/I-MISC")).toEqual(["O", "B-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC"]);
  });

  it("leave places after Sankt and organisations after General alone", () => {
    expect(trim("in Sankt Petersburg/B-LOC")).toEqual(["O", "O", "B-LOC"]);
    expect(trim("General Motors/B-ORG")).toEqual(["O", "B-ORG"]);
  });
});

describe("feminine nationality nouns before a name", () => {
  it("leave the span, and the rest is a person whatever type the model gave", () => {
    expect(trim("die/O Finnin/B-ORG Sanni/I-ORG Leinonen/I-ORG gewann")).toEqual(["O", "O", "B-PER", "I-PER", "O"]);
    // Feminine forms of nouns in -e ("Tscheche" → "Tschechin", "Brite" → "Britin") too.
    expect(trim("die/O Tschechin/B-ORG Šárka/I-ORG Záhrobská/I-ORG siegte")).toEqual(["O", "O", "B-PER", "I-PER", "O"]);
    expect(trim("Die/O Österreicherin/B-PER Anna/I-PER Fenninger/I-PER siegte")).toEqual(["O", "O", "B-PER", "I-PER", "O"]);
  });

  it("leave organisations that begin with a masculine or ambiguous form alone", () => {
    expect(trim("Die/O Deutsche/B-ORG Bahn/I-ORG streikt")).toEqual(["O", "B-ORG", "I-ORG", "O"]);
    expect(trim("Die/O Schweizer/B-ORG Bank/I-ORG UBS/I-ORG")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG"]);
  });
});

describe("designators before a place's name", () => {
  it("moves the start of a place span past a leading designator", () => {
    expect(trim("den Kanton/B-LOC Baselland/I-LOC eine")).toEqual(["O", "O", "B-LOC", "O"]);
    expect(trim("der Niederlassung/B-LOC Hof/I-LOC ,")).toEqual(["O", "O", "B-LOC", "O"]);
  });

  it("makes a person span right after a designator a place", () => {
    expect(trim("Am Standort/O Chakan/B-PER ,")).toEqual(["O", "O", "B-LOC", "O"]);
    expect(trim("der Ort/O Nowa/B-PER Sól/I-PER")).toEqual(["O", "O", "B-LOC", "I-LOC"]);
    expect(trim("der Ort/O ,/O Merkel/B-PER")).toEqual(["O", "O", "O", "B-PER"]);
  });

  it("makes the name after a designator inside a span the place, whatever the span's type", () => {
    expect(trim("im Jenaer/B-ORG Stadtteil/I-ORG Lobeda/I-ORG einen")).toEqual(["O", "O", "O", "B-LOC", "O"]);
    expect(trim("der somalischen Hauptstadt/B-LOC Mogadischu/I-LOC ein")).toEqual(["O", "O", "O", "B-LOC", "O"]);
    expect(trim("im Jenaer/B-ORG Stadtteil/I-ORG und/I-ORG Umgebung/I-ORG")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]);
  });

  it("leaves place names that begin with such a word, and organisations, alone", () => {
    expect(trim("Stadt/B-LOC")).toEqual(["B-LOC"]);
    expect(trim("Kanton/B-ORG Zürich/I-ORG")).toEqual(["B-ORG", "I-ORG"]);
  });
});
