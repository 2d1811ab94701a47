import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/clean/index.js";
import { lineDiff } from "./diff.js";
import { loadFixtures } from "./fixtures.js";

const fixtures = loadFixtures();

describe("cleanText on scraped article dumps (golden)", () => {
  it("has German and English fixtures", () => {
    expect(fixtures.filter((f) => f.name.startsWith("de-")).length).toBeGreaterThanOrEqual(10);
    expect(fixtures.filter((f) => f.name.startsWith("en-")).length).toBeGreaterThanOrEqual(3);
  });

  for (const fixture of fixtures) {
    it(`cleans ${fixture.name} exactly as expected`, () => {
      const result = cleanText(fixture.raw, fixture.opts);
      if (result.text !== fixture.expected) {
        const removed = result.removed.map((r) => `  [${r.reason}] ${r.text}`).join("\n");
        const message = `${fixture.name}: "- " expected but not kept, "+ " kept but not expected\n${lineDiff(fixture.expected, result.text)}\n\nremoved:\n${removed}`;
        console.log(message);
        expect.fail(message);
      }
    });
  }
});
