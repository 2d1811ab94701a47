import { describe, expect, it } from "vitest";
import { RECURRING, cleanText, isRecurring, lineKey, lineKeys } from "../../src/clean/index.js";
import type { LineCounts } from "../../src/store/store.js";

const BOILERPLATE = "Die Polizei bittet Zeugen, sich unter der Telefonnummer 0621 174-4444 zu melden.";
const DISCLAIMER =
  "Diese Meldung ist Teil eines automatisierten Angebots der Redaktion, das Polizeiberichte aus der Region ohne weitere Prüfung veröffentlicht.";
const REPORT = [
  "Mannheim. Unbekannte sind in der Nacht zum Sonntag in eine Bäckerei in der Innenstadt eingebrochen und haben die Tageseinnahmen gestohlen.",
  "Die Täter hebelten nach Angaben der Polizei die Hintertür auf und flüchteten unerkannt. Der Schaden wird auf mehrere tausend Euro geschätzt.",
  "Die Polizei bittet Zeugen, sich unter der Telefonnummer 0621 174-5555 zu melden.",
].join("\n");

/** Evidence as the store reports it: for each key, in how many of the publisher's articles it occurs. */
function evidence(articles: number, counts: [string, number][]): LineCounts {
  return { articles, counts: new Map(counts.map(([line, n]) => [lineKey(line) ?? "", n])) };
}

describe("corpus evidence", () => {
  it("removes a line that recurs in many of the publisher's articles (digits may differ)", () => {
    const result = cleanText(REPORT, { evidence: evidence(40, [[BOILERPLATE, 12]]) });
    expect(result.removed).toEqual([{ text: REPORT.split("\n")[2], reason: "recurring", line: 2 }]);
  });

  it("keeps the same line when there is no evidence", () => {
    expect(cleanText(REPORT, {}).removed).toEqual([]);
    expect(cleanText(REPORT, { evidence: evidence(40, []) }).removed).toEqual([]);
  });

  it("needs enough articles, enough occurrences and a large enough share", () => {
    expect(isRecurring(BOILERPLATE, evidence(40, [[BOILERPLATE, RECURRING.minCount - 1]]))).toBe(false);
    expect(isRecurring(BOILERPLATE, evidence(100, [[BOILERPLATE, 10]]))).toBe(false);
    expect(isRecurring(BOILERPLATE, evidence(RECURRING.minArticles - 1, [[BOILERPLATE, 4]]))).toBe(false);
    expect(isRecurring(BOILERPLATE, evidence(10, [[BOILERPLATE, 3]]))).toBe(true);
  });

  it("needs more evidence for a line of clear prose", () => {
    expect(isRecurring(DISCLAIMER, evidence(10, [[DISCLAIMER, 5]]))).toBe(false);
    expect(isRecurring(DISCLAIMER, evidence(40, [[DISCLAIMER, 30]]))).toBe(true);
  });

  it("keeps the more specific lexicon reason for a recurring furniture line", () => {
    const raw = `${REPORT}\nQuelle: Polizeipräsidium Mannheim`;
    const result = cleanText(raw, { evidence: evidence(40, [["Quelle: Polizeipräsidium Mannheim", 35]]) });
    expect(result.removed).toEqual([{ text: "Quelle: Polizeipräsidium Mannheim", reason: "furniture:credit", line: 3 }]);
  });

  it("uses keys that lineKeys reports for stored bodies", () => {
    expect(lineKeys(REPORT)).toContain(lineKey(BOILERPLATE));
  });
});
