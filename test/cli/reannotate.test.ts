/**
 * One place in two languages, and a store written by an older pipeline:
 * `lagebild entity` finds Moskau in a German and an English article, and
 * `lagebild reannotate` brings annotations an older version stored (the
 * English article's "Moscow" as an entity of its own, no quotes) up to date.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.js";
import { SCHOLZ_BERLIN, storyArticle } from "../fixtures/entities/stories.js";
import { ROOT, runCli } from "./run-cli.js";

let work: string;
let db: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "lagebild-reannotate-"));
  db = join(work, "db");
  cpSync(join(ROOT, "test/fixtures/cli/languages"), join(work, "in"), { recursive: true });
  const ingest = runCli(["--db", db, "ingest", join(work, "in"), "--progress", "none", "--json"]);
  expect(ingest.code, ingest.stderr).toBe(0);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const json = (text: string) => JSON.parse(text.trim().split("\n").at(-1) ?? "null");

/** Writes into the store what an older pipeline would have stored for the English article: one sentence for the whole text, its own id for Moscow, and no quotes. */
async function storeOldAnnotations(): Promise<string> {
  const store = await openStore({ db });
  try {
    const [english] = (await store.listArticles({ language: "en" })).map((a) => a.id);
    const article = (await store.getArticle(english))!;
    const entities = article.entities.map((m) => (m.entity === "loc:moskau" ? { ...m, entity: "loc:moscow", name: "Moscow" } : m));
    expect(article.sentences.length).toBeGreaterThan(1);
    await store.replaceAnnotations(english, { sentences: [{ start: 0, end: article.text.length }], dates: article.dates, entities, quotes: [] });
    return english;
  } finally {
    await store.close();
  }
}

describe("a place in two languages, and stored articles re-annotated", () => {
  it("gives Moscow and Moskau one entity across the English and the German article", () => {
    const moskau = runCli(["--db", db, "entity", "loc:moskau", "--json"]);
    expect(moskau.code, moskau.stderr).toBe(0);
    const entity = json(moskau.stdout);
    expect([entity.name, entity.articles.length]).toEqual(["Moskau", 2]);
    expect(entity.aliases.map((a: { alias: string }) => a.alias)).toEqual(expect.arrayContaining(["Moskau", "Moscow"]));
    expect(json(runCli(["--db", db, "entity", "per:alexej-nawalny", "--json"]).stdout).articles).toHaveLength(2);
  });

  it("brings annotations an older pipeline stored up to date, and changes nothing when run again", async () => {
    const english = await storeOldAnnotations();
    expect(json(runCli(["--db", db, "entity", "loc:moscow", "--json"]).stdout).articles).toHaveLength(1);
    expect(json(runCli(["--db", db, "export", "--language", "en"]).stdout).sentences).toHaveLength(1);
    const first = runCli(["--db", db, "reannotate", "--json"]);
    expect(first.code, first.stderr).toBe(0);
    expect(json(first.stdout)).toEqual({ articles: 2, changed: 1, failed: [] });
    expect(runCli(["--db", db, "entity", "loc:moscow"]).code).toBe(4);
    expect(json(runCli(["--db", db, "entity", "loc:moskau", "--json"]).stdout).articles).toHaveLength(2);
    const exported = json(runCli(["--db", db, "export", "--language", "en"]).stdout);
    expect(exported.id).toBe(english);
    expect(exported.quotes.map((q: { speaker_name: string | null }) => q.speaker_name)).toContain("Dmitri Peskow");
    expect(exported.sentences.length).toBeGreaterThan(1);
    expect(json(runCli(["--db", db, "reannotate", "--json"]).stdout)).toEqual({ articles: 2, changed: 0, failed: [] });
    expect(runCli(["--db", db, "reannotate", "--language", "de"]).stdout).toBe("re-annotated 1 article(s): 0 changed, 1 unchanged\n");
  });

  it("reports an article stored without a layer the stages need and goes on with the others (exit 3)", async () => {
    const store = await openStore({ db });
    const old = storyArticle(SCHOLZ_BERLIN);
    try {
      // Stored by an older version that had no sentence and no publication-date layer yet: the sentences are computed again, the publication date (which metadata may have given) is not.
      await store.insertArticles([{ article: old, lineKeys: [] }]);
    } finally {
      await store.close();
    }
    const run = runCli(["--db", db, "reannotate"]);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain("re-annotated 3 article(s): 0 changed, 2 unchanged, 1 failed\n");
    expect(run.stdout).toMatch(new RegExp(`${old.id}: .*requires layer "published"`, "u"));
  });
});
