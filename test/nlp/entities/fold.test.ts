import { describe, expect, it } from "vitest";
import { abbreviates } from "../../../src/nlp/entities/cluster.js";
import { compactKey, foldName, matchKey, slugify } from "../../../src/nlp/entities/fold.js";
import { canonicalKey } from "../../../src/nlp/entities/id.js";

describe("foldName", () => {
  it.each([
    ["Nawalny", "Navalny"],
    ["Alexej Nawalny", "Alexei Navalny"],
    ["Selenskyj", "Zelensky"],
    ["Selenski", "Zelenskyy"],
    ["Wolodymyr Selenskyj", "Volodymyr Zelenskiy"],
    ["Tschaikowski", "Tchaikovsky"],
    ["Jelzin", "Yeltsin"],
    ["Chodorkowski", "Khodorkovsky"],
    ["Schukow", "Zhukov"],
    ["Müller", "Mueller"],
    ["Straße", "Strasse"],
    ["Erdoğan", "Erdogan"],
    ["François Hollande", "Francois Hollande"],
  ])("folds %s and %s together", (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it.each([
    ["Scholz", "Schulz"],
    ["Merkel", "Merz"],
    ["Thomas Müller", "Gerd Müller"],
    ["Putin", "Peskow"],
  ])("keeps %s and %s apart", (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });

  it("splits tokens at hyphens and punctuation", () => {
    expect(foldName("Kramp-Karrenbauer")).toBe(foldName("Kramp Karrenbauer"));
    expect(foldName("  Olaf   Scholz ")).toBe("olaf shols");
  });
});

describe("matchKey", () => {
  it("reduces inflected adjectives inside names to their stems", () => {
    expect(matchKey("Europäischen Union")).toBe(matchKey("Europäische Union"));
    expect(matchKey("Bayerischer Landtag")).toBe(matchKey("Bayerischen Landtag"));
    expect(matchKey("Vereinigten Staaten")).toBe(matchKey("Vereinigte Staaten"));
    expect(matchKey("Neuen Zürcher Zeitung")).toBe(matchKey("Neue Zürcher Zeitung"));
  });

  it("leaves place adjectives, surnames and nouns alone", () => {
    expect(matchKey("Leipziger Volkszeitung")).not.toBe(matchKey("Leipzig Volkszeitung"));
    expect(matchKey("Manuel Neuer")).not.toBe(matchKey("Manuel Neu"));
    expect(matchKey("Alternative für Deutschland")).toBe(foldName("Alternative für Deutschland"));
  });
});

describe("compactKey", () => {
  it("is one key for a name written as one word, with a hyphen or with a space, and keeps adjective stems", () => {
    expect(compactKey("Deutscher Fußballbund")).toBe(compactKey("Deutscher Fußball-Bund"));
    expect(compactKey("Deutschen Fußballbund")).toBe(compactKey("Deutscher Fußball-Bund"));
    expect(compactKey("John Mc Cain")).toBe(compactKey("John McCain"));
    expect(matchKey("John Mc Cain")).not.toBe(matchKey("John McCain"));
    expect(compactKey("Robert Schumann")).not.toBe(compactKey("Robert Schumacher"));
  });
});

describe("slugify and canonicalKey", () => {
  it("makes readable ids from type and name", () => {
    expect(canonicalKey("Olaf Scholz", "PER")).toBe("per:olaf-scholz");
    expect(canonicalKey("München", "LOC")).toBe("loc:muenchen");
    expect(canonicalKey("Bündnis 90/Die Grünen", "ORG")).toBe("org:buendnis-90-die-gruenen");
    expect(canonicalKey("Recep Tayyip Erdoğan", "PER")).toBe("per:recep-tayyip-erdogan");
    expect(canonicalKey("Straße des 17. Juni", "LOC")).toBe("loc:strasse-des-17-juni");
    expect(slugify("Владимир Путин")).toBe("владимир-путин");
  });

  it("gives the same id to names that differ only in case and punctuation, and different ids by type", () => {
    expect(canonicalKey("NATO", "ORG")).toBe(canonicalKey("Nato", "ORG"));
    expect(canonicalKey("Bayern", "LOC")).not.toBe(canonicalKey("Bayern", "ORG"));
  });

  it("gives a name with and without a leading article one id (mastheads and titles are written both ways)", () => {
    expect(canonicalKey("The New York Times", "ORG")).toBe("org:new-york-times");
    expect(canonicalKey("New York Times", "ORG")).toBe("org:new-york-times");
    expect(canonicalKey("Der Spiegel", "ORG")).toBe(canonicalKey("Spiegel", "ORG"));
    expect(canonicalKey("Den Haag", "LOC")).toBe("loc:den-haag");
    expect(canonicalKey("Theodor Heuss", "PER")).toBe("per:theodor-heuss");
  });

  it("cuts long names and gives names without letters a hash", () => {
    const long = "Bundesministerium für Umwelt, Naturschutz, nukleare Sicherheit und Verbraucherschutz der Bundesrepublik Deutschland";
    const id = canonicalKey(long, "ORG");
    expect(id.length).toBeLessThanOrEqual(84);
    expect(id).toMatch(/^org:bundesministerium-fuer-umwelt-.*-[0-9a-f]{10}$/u);
    expect(canonicalKey(`${long} (neu)`, "ORG")).not.toBe(id);
    expect(canonicalKey("+++", "MISC")).toMatch(/^misc:x-[0-9a-f]{10}$/u);
  });
});

describe("abbreviates", () => {
  it.each([
    ["EU", "Europäische Union", true],
    ["Bamf", "Bundesamt für Migration und Flüchtlinge", true],
    ["WHO", "Weltgesundheitsorganisation", true],
    ["THW", "Technisches Hilfswerk", true],
    ["Kiel", "Stadtwerke", false],
    ["UN", "Vereinte Nationen", false],
    ["SPD", "SPD", false],
  ])("%s abbreviates %s: %s", (short, long, expected) => {
    expect(abbreviates(short, long)).toBe(expected);
  });
});
