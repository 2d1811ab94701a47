import { describe, expect, it } from "vitest";
import { MAX_ENTRY_TOKENS } from "../../src/nlp/ner/gazetteer.js";
import { tokenize } from "../../src/nlp/tokens.js";
import { EXTRA_COMPANY_NAMES } from "../../src/lang/de/ner-companies-extra.js";
import { MORE_FIRST_NAMES } from "../../src/lang/de/ner-first-names-more.js";
import { MORE_MISC_NAMES } from "../../src/lang/de/ner-misc-more.js";
import { MISC_NAMES } from "../../src/lang/de/ner-misc-names.js";
import { ALL_FIRST_NAMES, ALL_WORLD_PLACES } from "../../src/lang/de/ner-lists.js";
import { FIRST_NAMES, ORGANISATION_NAMES, STATE_SHORT_NAMES } from "../../src/lang/de/ner-names.js";
import { GROUP_ORGANISATION_NAMES } from "../../src/lang/de/ner-organisations-groups.js";
import { MORE_ORGANISATION_NAMES } from "../../src/lang/de/ner-organisations-more.js";
import { WELL_KNOWN_PEOPLE } from "../../src/lang/de/ner-people.js";
import { EXTRA_PLACES } from "../../src/lang/de/ner-places-extra.js";
import { MORE_WORLD_PLACES } from "../../src/lang/de/ner-places-more.js";

const LISTS: Record<string, readonly string[]> = {
  MORE_FIRST_NAMES,
  MORE_WORLD_PLACES,
  MORE_ORGANISATION_NAMES,
  MISC_NAMES,
  WELL_KNOWN_PEOPLE,
  EXTRA_COMPANY_NAMES,
  GROUP_ORGANISATION_NAMES,
  EXTRA_PLACES,
  MORE_MISC_NAMES,
};

describe("the hand-made name lists of the gazetteer", () => {
  for (const [name, list] of Object.entries(LISTS)) {
    it(`${name}: entries are trimmed, unique, start with a letter, digit or apostrophe`, () => {
      expect(list.length).toBeGreaterThan(500);
      expect(list.filter((n) => n !== n.trim() || /\s{2}/u.test(n))).toEqual([]);
      expect(list.filter((n, i) => list.indexOf(n) !== i)).toEqual([]);
      expect(list.filter((n) => !/^[\p{L}\d'’]/u.test(n))).toEqual([]);
    });
  }

  it("first names are one word each, capitalised, and not repeated from the shorter list", () => {
    const short = new Set(FIRST_NAMES);
    expect(MORE_FIRST_NAMES.filter((n) => /\s/u.test(n) || !/^\p{Lu}/u.test(n))).toEqual([]);
    expect(MORE_FIRST_NAMES.filter((n) => short.has(n))).toEqual([]);
  });

  it("well-known people have at least two words", () => {
    expect(WELL_KNOWN_PEOPLE.filter((n) => !n.includes(" "))).toEqual([]);
  });

  it("places abroad hold no state of the world, and no place is listed as a first name", () => {
    const states = new Set(STATE_SHORT_NAMES);
    const first = new Set(ALL_FIRST_NAMES);
    expect(MORE_WORLD_PLACES.filter((n) => states.has(n))).toEqual([]);
    expect(ALL_WORLD_PLACES.filter((n) => first.has(n)).length).toBeLessThan(5);
  });

  it("the larger organisation list does not repeat the shorter one", () => {
    const short = new Set(ORGANISATION_NAMES);
    expect(MORE_ORGANISATION_NAMES.filter((n) => short.has(n))).toEqual([]);
  });

  it("the lists of 2026-12-06 repeat no entry of the older lists, and the gazetteer could match every entry (six tokens at most)", () => {
    const older = new Set([...ORGANISATION_NAMES, ...MORE_ORGANISATION_NAMES, ...MORE_WORLD_PLACES, ...MISC_NAMES]);
    for (const list of [EXTRA_COMPANY_NAMES, GROUP_ORGANISATION_NAMES, EXTRA_PLACES, MORE_MISC_NAMES]) {
      expect(list.filter((n) => older.has(n))).toEqual([]);
      expect(list.filter((n) => tokenize(n).length > MAX_ENTRY_TOKENS)).toEqual([]);
    }
  });
});
