/**
 * Golden-file tests in the style of Mozilla Readability's test pages: every
 * folder in test/test-pages holds source.html, expected.txt (the main text)
 * and expected-metadata.json (metadata and extraction path, or the rejection).
 * Regenerate with scripts/regen-test-pages.mjs and review the diff.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/extract/html.js";

const pagesDir = join(import.meta.dirname, "..", "test-pages");
const slugs = readdirSync(pagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const read = (slug: string, file: string): string => readFileSync(join(pagesDir, slug, file), "utf8");

describe("HTML extractor golden pages", () => {
  it("has a varied set of pages", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(10);
  });

  for (const slug of slugs) {
    it(slug, () => {
      const expectedMetadata: unknown = JSON.parse(read(slug, "expected-metadata.json"));
      const expectedBody = read(slug, "expected.txt").replace(/\n$/, "");
      const result = extractHtml(read(slug, "source.html"));
      if (!result.ok) {
        expect(result).toEqual(expectedMetadata);
        expect(expectedBody).toBe("");
        return;
      }
      const { body, ...metadata } = result.page;
      expect({ ok: true, ...metadata }).toEqual(expectedMetadata);
      expect(body).toBe(expectedBody);
    });
  }
});
