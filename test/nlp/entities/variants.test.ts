import { describe, expect, it } from "vitest";
import { foldName } from "../../../src/nlp/entities/fold.js";
import { nameLexicon } from "../../../src/nlp/entities/lexicon.js";
import { nameVariants, sameGivenName } from "../../../src/nlp/entities/variants.js";

const { nicknames } = nameLexicon("en");
const variants = (a: string, b: string): boolean => nameVariants(a.split(" ").map(foldName), b.split(" ").map(foldName), nicknames);

describe("sameGivenName", () => {
  it("takes a short form for its full names, an initial for names with its letter", () => {
    expect(sameGivenName(foldName("Jim"), foldName("James"), nicknames)).toBe(true);
    expect(sameGivenName(foldName("William"), foldName("Bill"), nicknames)).toBe(true);
    expect(sameGivenName(foldName("J."), foldName("James"), nicknames)).toBe(true);
    expect(sameGivenName(foldName("Jim"), foldName("John"), nicknames)).toBe(false);
    expect(sameGivenName(foldName("Bill"), foldName("Hillary"), nicknames)).toBe(false);
  });
});

describe("nameVariants", () => {
  it("holds for forms of one full name", () => {
    expect(variants("James G. Roche", "James Roche")).toBe(true);
    expect(variants("Jim Roche", "James G. Roche")).toBe(true);
    expect(variants("T. Michael Moseley", "Michael Moseley")).toBe(true);
    expect(variants("Oliver Rudolf Jufer", "Oliver Jufer")).toBe(true);
  });

  it("fails for other family names, other given names and other middle names", () => {
    expect(variants("James Roche", "James Rocha")).toBe(false);
    expect(variants("Bill Clinton", "Hillary Clinton")).toBe(false);
    expect(variants("George H. W. Bush", "George W. Bush")).toBe(false);
    expect(variants("Roche", "James Roche")).toBe(false);
  });
});
