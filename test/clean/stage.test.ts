import { describe, expect, it, vi } from "vitest";
import type { Draft } from "../../src/core/article.js";
import { buildPipeline, hashStage } from "../../src/core/pipeline.js";
import { cleanStage, lineKey, type CleanContext } from "../../src/clean/index.js";
import type { LineCounts } from "../../src/store/store.js";

const RECURRING_LINE = "Unterstützen Sie unabhängigen Lokaljournalismus mit einem Abo";
const BODY = [
  "Kita-Gebühren steigen ab August",
  "Von Lena Hartmann",
  "Eltern in Freiburg müssen ab August mehr für die Betreuung ihrer Kinder bezahlen. Der Gemeinderat beschloss am Dienstag eine Erhöhung der Gebühren um durchschnittlich sechs Prozent.",
  RECURRING_LINE,
  "Die Stadt begründet den Schritt mit gestiegenen Personalkosten nach dem jüngsten Tarifabschluss im öffentlichen Dienst.",
  "Teilen",
].join("\n");

function draft(publisher: string | null): Draft {
  return {
    source: "test.txt",
    format: "txt",
    url: null,
    title: "Kita-Gebühren steigen ab August",
    publisher,
    author: null,
    published: null,
    publishedSource: null,
    declaredLanguage: "de",
    body: BODY,
    extraction: null,
  };
}

/** Evidence stored for one publisher only, as the ingest orchestrator prefetches it. */
function context(): CleanContext & { evidence: ReturnType<typeof vi.fn> } {
  const stored = new Map<string, LineCounts>([
    ["Badische Abendpost", { articles: 50, counts: new Map([[lineKey(RECURRING_LINE) ?? "", 41]]) }],
  ]);
  return { evidence: vi.fn((publisher: string | null) => (publisher === null ? undefined : stored.get(publisher))) };
}

describe("cleanStage", () => {
  const pipeline = buildPipeline<CleanContext>([hashStage, cleanStage]);

  it("sets text and removed from the raw body", async () => {
    const article = await pipeline.run(draft("Badische Abendpost"), context());
    expect(article.layers).toEqual(["draft", "hash", "text", "removed"]);
    expect(article.raw).toBe(BODY);
    expect(article.text.split("\n")).toEqual([BODY.split("\n")[2], BODY.split("\n")[4]]);
    expect(article.removed.map((r) => [r.line, r.reason])).toEqual([
      [0, "duplicate-title"],
      [1, "furniture:byline"],
      [3, "recurring"],
      [5, "furniture:share"],
    ]);
  });

  it("does not use evidence of another publisher", async () => {
    const ctx = context();
    const article = await pipeline.run(draft("Freiburger Wochenblatt"), ctx);
    expect(ctx.evidence).toHaveBeenCalledWith("Freiburger Wochenblatt");
    expect(article.text).toContain(RECURRING_LINE);
  });

  it("asks for no evidence without a publisher", async () => {
    const ctx = context();
    const article = await pipeline.run(draft(null), ctx);
    expect(ctx.evidence).not.toHaveBeenCalled();
    expect(article.text).toContain(RECURRING_LINE);
  });
});
