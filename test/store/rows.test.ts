import { describe, expect, it } from "vitest";
import { fromArticleRow, toInsertRow, type ArticleRow } from "../../src/store/rows.js";
import { richArticle } from "./fixtures/articles.js";

describe("fromArticleRow", () => {
  it("reads quotes stored before quotes had a source as quotes without one", () => {
    const inserted = toInsertRow(richArticle());
    const quotes = inserted.doc.quotes.map(({ source: _source, ...rest }) => rest);
    expect(quotes.length).toBeGreaterThan(0);
    const row = { ...inserted, doc: { ...inserted.doc, quotes }, duplicate_of: null, ingested_at: "2024-07-01T00:00:00.000Z" } as unknown as ArticleRow;
    const stored = fromArticleRow(row);
    expect(stored.quotes.map((q) => q.source)).toEqual(quotes.map(() => null));
    expect(stored.quotes[0]).toMatchObject({ kind: "direct", cue: "sagte" });
  });
});
