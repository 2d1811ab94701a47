/**
 * The one behavioural suite every Store implementation must pass. Each
 * backend's test file calls {@link runStoreCases} with a factory of fresh databases.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Article } from "../../src/core/article.js";
import { LagebildError } from "../../src/core/errors.js";
import type { SqlDriver } from "../../src/store/driver.js";
import { loadMigrations, migrate } from "../../src/store/migrate.js";
import { SqlStore } from "../../src/store/sql-store.js";
import type { Store, StoredArticle } from "../../src/store/store.js";
import { englishArticle, generatedArticle, item, richArticle, seenAgain } from "./fixtures/articles.js";
import { failingOn } from "./fixtures/faulty-driver.js";
import { MERZ_MUENCHEN, SCHOLZ_BERLIN, SCHOLZ_PARIS, storyArticle } from "../fixtures/entities/stories.js";

export interface StoreFactory {
  /** A driver over a fresh, empty database (not migrated). */
  freshDriver(): Promise<SqlDriver>;
  /** Opens the database of the last fresh driver again, after it was closed; absent where that is impossible (in memory). */
  reopenDriver?(): Promise<SqlDriver>;
  /** Whether the backend can have pg_trgm (so the migration creates the trigram indexes). */
  hasTrigrams(driver: SqlDriver): Promise<boolean>;
}

function stored(article: Article): StoredArticle {
  return { ...article, ingestedAt: expect.any(String) as unknown as string, duplicateOf: null };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

/** Registers the shared store cases under `name`. */
export function runStoreCases(name: string, factory: StoreFactory, cleanup: () => Promise<void>): void {
  describe(`Store (${name})`, () => {
    const toClose: { close(): Promise<void> }[] = [];

    async function fresh(wrap?: (d: SqlDriver) => SqlDriver): Promise<{ store: Store; driver: SqlDriver }> {
      const driver = await factory.freshDriver();
      toClose.push(driver);
      await migrate(driver);
      return { store: new SqlStore(wrap ? wrap(driver) : driver), driver };
    }

    const freshStore = async () => (await fresh()).store;

    afterEach(async () => {
      for (const c of toClose.splice(0)) await c.close().catch(() => undefined);
    });
    afterAll(cleanup);

    it("applies every migration once and is idempotent", async () => {
      const driver = await factory.freshDriver();
      toClose.push(driver);
      const files = loadMigrations().map((m) => m.file);
      expect(files[0]).toBe("0001_articles.sql");
      expect(await migrate(driver)).toEqual(files);
      expect(await migrate(driver)).toEqual([]);
      const [{ n }] = await driver.query<{ n: number }>("SELECT count(*)::int AS n FROM schema_migrations");
      expect(n).toBe(files.length);
      const [{ trgm }] = await driver.query<{ trgm: boolean }>("SELECT to_regclass('articles_text_trgm') IS NOT NULL AS trgm");
      expect(trgm).toBe(await factory.hasTrigrams(driver));
    });

    it.runIf(factory.reopenDriver !== undefined)("keeps the data and the schema when reopened", async () => {
      const driver = await factory.freshDriver();
      await migrate(driver);
      const article = richArticle();
      await new SqlStore(driver).insertArticles([item(article)]);
      await driver.close();
      const again = await (factory.reopenDriver as () => Promise<SqlDriver>)();
      toClose.push(again);
      expect(await migrate(again)).toEqual([]);
      expect(await new SqlStore(again).getArticle(article.id)).toEqual(stored(article));
    });

    it("round-trips an article with every layer, and one with nulls and empty layers", async () => {
      const store = await freshStore();
      const rich = richArticle();
      const bare: Article = {
        ...generatedArticle(3, { publisher: null, language: null }),
        source: "stdin",
        text: "",
        removed: [],
        sentences: [],
        layers: ["draft", "hash"],
      };
      expect(await store.insertArticles([item(rich), item(bare)])).toEqual([
        { id: rich.id, status: "new" },
        { id: bare.id, status: "new" },
      ]);
      const back = await store.getArticle(rich.id);
      expect(back).toEqual(stored(rich));
      expect(back?.quotes[0].speaker).toEqual(rich.quotes[0].speaker);
      expect(new Date(back?.ingestedAt ?? "").toISOString()).toBe(back?.ingestedAt);
      expect(Math.abs(Date.parse(back?.ingestedAt ?? "") - Date.now())).toBeLessThan(5 * 60_000);
      expect(await store.getArticle(bare.id)).toEqual(stored(bare));
      const [listed] = await store.listArticles({ publisher: "BR24" });
      expect(listed).toEqual({
        id: rich.id,
        title: rich.title,
        publisher: "BR24",
        published: rich.published,
        language: "de",
        source: rich.source,
        chars: rich.text.length,
        ingestedAt: back?.ingestedAt,
      });
    });

    it("stores NUL characters and unpaired surrogates as U+FFFD, keeping offsets", async () => {
      const store = await freshStore();
      const base = generatedArticle(7);
      const text = `${base.text} Zitat:\u0000 \uD83D Ende 😀`;
      const article: Article = { ...base, text, raw: `${base.raw}\u0000`, title: "Null\u0000Byte" };
      await store.insertArticles([item(article)]);
      const back = await store.getArticle(article.id);
      expect(back?.text).toBe(`${base.text} Zitat:\uFFFD \uFFFD Ende 😀`);
      expect(back?.text.length).toBe(text.length);
      expect(back?.title).toBe("Null\uFFFDByte");
      expect((await store.listArticles())[0].chars).toBe(text.length);
    });

    it("stores a story once when it occurs twice in one batch, and records both sources", async () => {
      const store = await freshStore();
      const a = generatedArticle(1);
      const again = seenAgain(a, "/data/lokal/nachgereicht.txt");
      const b = generatedArticle(2);
      const outcomes = await store.insertArticles([item(a), item(again), item(b), item(seenAgain(a, a.source))]);
      expect(outcomes).toEqual([
        { id: a.id, status: "new" },
        { id: a.id, status: "duplicate", existingId: a.id },
        { id: b.id, status: "new" },
        { id: a.id, status: "duplicate", existingId: a.id },
      ]);
      expect(await store.countArticles()).toBe(2);
      expect(await store.sourcesOf(a.id)).toEqual([a.source, "/data/lokal/nachgereicht.txt"].sort());
      expect(await store.sourcesOf(b.id)).toEqual([b.source]);
      expect((await store.getArticle(a.id))?.source).toBe(a.source);
    });

    it("recognises a story stored by an earlier batch and adds the new source", async () => {
      const store = await freshStore();
      const a = generatedArticle(4);
      await store.insertArticles([item(a)]);
      const c = generatedArticle(5);
      const outcomes = await store.insertArticles([item(c), item(seenAgain(a, "https://www.example-zeitung.de/rss#3"))]);
      expect(outcomes).toEqual([
        { id: c.id, status: "new" },
        { id: a.id, status: "duplicate", existingId: a.id },
      ]);
      expect(await store.sourcesOf(a.id)).toEqual([a.source, "https://www.example-zeitung.de/rss#3"]);
      expect(await store.findByHashes([a.hash, c.hash, "f".repeat(64)])).toEqual(
        new Map([
          [a.hash, a.id],
          [c.hash, c.id],
        ]),
      );
      expect(await store.findByHashes([])).toEqual(new Map());
    });

    it("records further sources through recordSources, deduplicated, and refuses unknown ids", async () => {
      const store = await freshStore();
      const a = generatedArticle(6);
      await store.insertArticles([item(a)]);
      await store.recordSources([
        { id: a.id, source: "/mnt/archiv/2024/03/kiel.warc.gz#12" },
        { id: a.id, source: "/mnt/archiv/2024/03/kiel.warc.gz#12" },
        { id: a.id, source: a.source },
      ]);
      expect(await store.sourcesOf(a.id)).toEqual([a.source, "/mnt/archiv/2024/03/kiel.warc.gz#12"]);
      const error = await rejection(
        store.recordSources([
          { id: a.id, source: "/mnt/neu.txt" },
          { id: "0000000000000000", source: "/mnt/neu.txt" },
        ]),
      );
      expect(error).toBeInstanceOf(LagebildError);
      expect((error as LagebildError).code).toBe("NOT_FOUND");
      expect(await store.sourcesOf(a.id)).toHaveLength(2);
    });

    it("lists newest first and applies every filter", async () => {
      const store = await freshStore();
      const br = richArticle(); // 2024-03-06T16:45Z
      const reuters = englishArticle(); // 2024-03-06T01:30Z
      const dayOnly = generatedArticle(10, { published: "2024-03-06" });
      const december = generatedArticle(11, { published: "2023-12-31T22:00:00Z", publisher: "BR24" });
      const undated = generatedArticle(12);
      const unparsable = generatedArticle(13, { published: "gestern" });
      await store.insertArticles([item(undated), item(december), item(br), item(unparsable), item(reuters), item(dayOnly)]);
      const ids = async (filter: Parameters<Store["listArticles"]>[0]) => (await store.listArticles(filter)).map((s) => s.id);
      const undatedOrder = [undated.id, unparsable.id].sort().reverse();
      const all = [br.id, reuters.id, dayOnly.id, december.id, ...undatedOrder];
      expect(await ids({})).toEqual(all);
      expect(await ids({ limit: 2, offset: 1 })).toEqual(all.slice(1, 3));
      expect(await ids({ offset: 5 })).toEqual(all.slice(5));
      expect(await ids({ language: "en" })).toEqual([reuters.id]);
      expect(await ids({ publisher: "BR24" })).toEqual([br.id, december.id]);
      expect(await ids({ since: "2024-03-06" })).toEqual([br.id, reuters.id, dayOnly.id]);
      expect(await ids({ until: "2024-03-05" })).toEqual([december.id]);
      expect(await ids({ until: "2024-03-06T01:30:00Z" })).toEqual([reuters.id, dayOnly.id, december.id]);
      expect(await ids({ since: "2024", until: "2024-03" })).toEqual([br.id, reuters.id, dayOnly.id]);
      expect(await ids({ since: "2024-02", until: "2024-02" })).toEqual([]);
      expect(await ids({ search: "MIETWUCHER" })).toEqual([br.id]);
      expect(await ids({ search: "straßenbahnlinie" })).toEqual([generatedArticle(11).id]);
      expect(await ids({ search: "wohnungsnot ausnutzt" })).toEqual([br.id]);
      expect(await ids({ search: "%" })).toEqual([]);
      expect(await ids({ language: "de", since: "2024-01-01", search: "landtag" })).toEqual([br.id]);
      for (const filter of [{}, { language: "de" }, { since: "2024-03-06" }, { search: "stimmt" }, { publisher: "Reuters" }]) {
        expect(await store.countArticles({ ...filter, limit: 1 })).toBe((await ids(filter)).length);
      }
      for (const bad of [{ since: "letzte Woche" }, { until: "2024-02-30" }, { limit: -1 }, { offset: 1.5 }]) {
        const error = await rejection(store.listArticles(bad));
        expect((error as LagebildError).code).toBe("BAD_ARGUMENT");
      }
    });

    it("orders articles of equal date by ingestion time, latest first", async () => {
      const store = await freshStore();
      const first = generatedArticle(20, { published: "2024-05-02" });
      const second = generatedArticle(21, { published: "2024-05-02" });
      await store.insertArticles([item(first)]);
      await new Promise((r) => setTimeout(r, 20));
      await store.insertArticles([item(second)]);
      expect((await store.listArticles()).map((s) => s.id)).toEqual([second.id, first.id]);
    });

    it("finds an article by a unique id prefix of at least 6 characters", async () => {
      const store = await freshStore();
      const rich = richArticle();
      const twinA = { ...generatedArticle(30), id: "c0ffee0000000001" };
      const twinB = { ...generatedArticle(31), id: "c0ffee0000000002" };
      await store.insertArticles([item(rich), item(twinA), item(twinB)]);
      expect((await store.getArticle(rich.id.slice(0, 6)))?.id).toBe(rich.id);
      expect((await store.getArticle(rich.id.slice(0, 11)))?.id).toBe(rich.id);
      expect(await store.getArticle(rich.id.slice(0, 5))).toBeNull();
      expect(await store.getArticle("0123456789abcdef")).toBeNull();
      expect(await store.getArticle("c0ffe%")).toBeNull();
      expect((await store.getArticle("c0ffee0000000002"))?.title).toBe(twinB.title);
      const error = await rejection(store.getArticle("c0ffee"));
      expect((error as LagebildError).code).toBe("BAD_ARGUMENT");
      expect((error as Error).message).toContain("c0ffee0000000001");
    });

    it("counts line evidence per publisher for new articles only", async () => {
      const store = await freshStore();
      const kiel = "Kieler Nachrichten";
      const a = generatedArticle(7, { publisher: kiel });
      const b = generatedArticle(17, { publisher: kiel });
      const anonymous = generatedArticle(8, { publisher: null });
      const longLine = `Datenschutzhinweis: ${"Wir verwenden Cookies, um Inhalte zu personalisieren. ".repeat(12)}`;
      await store.insertArticles([item(a, ["mehr aus kiel", "teilen", "teilen", longLine])]);
      expect(await store.lineCounts(kiel, ["mehr aus kiel", "teilen", "unbekannt", longLine])).toEqual({
        articles: 1,
        counts: new Map([
          ["mehr aus kiel", 1],
          ["teilen", 1],
          [longLine, 1],
        ]),
      });
      // A duplicate, alone and next to a new article, adds nothing.
      await store.insertArticles([item(seenAgain(a, "/data/zweitquelle.txt"), ["mehr aus kiel", "teilen"])]);
      await store.insertArticles([item(b, ["teilen", longLine]), item(seenAgain(a, "/data/dritte.txt"), ["teilen"])]);
      expect(await store.lineCounts(kiel, ["mehr aus kiel", "teilen", longLine])).toEqual({
        articles: 2,
        counts: new Map([
          ["mehr aus kiel", 1],
          ["teilen", 2],
          [longLine, 2],
        ]),
      });
      await store.insertArticles([item(anonymous, ["teilen"])]);
      expect(await store.lineCounts("", ["teilen"])).toEqual({ articles: 1, counts: new Map([["teilen", 1]]) });
      expect((await store.lineCounts(kiel, ["teilen"])).counts.get("teilen")).toBe(2);
      expect(await store.lineCounts("Unbekannter Verlag", ["teilen"])).toEqual({ articles: 0, counts: new Map() });
      expect(await store.lineCounts(kiel, [])).toEqual({ articles: 2, counts: new Map() });
    });

    it("iterates through 470 articles in pages, in listing order, with filters, offset and limit", async () => {
      const store = await freshStore();
      const articles = Array.from({ length: 470 }, (_, i) =>
        generatedArticle(100 + i, {
          published: i % 3 === 0 ? null : `2024-0${1 + (i % 9)}-1${i % 7}T0${i % 4}:00:00Z`,
          language: i % 5 === 0 ? "en" : "de",
        }),
      );
      for (let i = 0; i < articles.length; i += 100) await store.insertArticles(articles.slice(i, i + 100).map((a) => item(a)));
      const listed = (await store.listArticles()).map((s) => s.id);
      expect(listed).toHaveLength(470);
      const iterated = await collect(store.iterateArticles());
      expect(iterated.map((a) => a.id)).toEqual(listed);
      expect(new Set(listed).size).toBe(470);
      const one = iterated.find((a) => a.id === articles[42].id);
      expect(one).toEqual(stored(articles[42]));
      for (const filter of [{ language: "de" }, { offset: 150, limit: 260 }, { offset: 330 }, { language: "en", offset: 20, limit: 45 }, { since: "2024-05" }]) {
        const expected = (await store.listArticles(filter)).map((s) => s.id);
        expect((await collect(store.iterateArticles(filter))).map((a) => a.id)).toEqual(expected);
      }
      expect(await collect(store.iterateArticles({ offset: 470 }))).toEqual([]);
      expect(await collect(store.iterateArticles({ limit: 0 }))).toEqual([]);
    });

    it("leaves nothing of a batch behind when a statement in it fails", async () => {
      const { store, driver } = await fresh();
      const x = generatedArticle(49, { publisher: "Trierer Volksfreund" });
      await store.insertArticles([item(x)]);
      const y = generatedArticle(59, { publisher: "Trierer Volksfreund" });
      // Same id as x but other content: the article insert itself fails.
      const clash = { ...generatedArticle(42), id: x.id };
      await expect(store.insertArticles([item(y), item(clash)])).rejects.toThrow();
      expect(await store.countArticles()).toBe(1);
      expect(await store.findByHashes([y.hash])).toEqual(new Map());
      expect((await store.lineCounts("Trierer Volksfreund", ["mehr aus trier"])).articles).toBe(1);

      // A failure after the articles were inserted, while counting evidence.
      const faulty = new SqlStore(failingOn(driver, /INSERT INTO line_stats/u));
      const z = generatedArticle(69, { publisher: "Trierer Volksfreund" });
      await expect(faulty.insertArticles([item(y), item(z), item(seenAgain(x, "/data/spaeter.txt"))])).rejects.toThrow(/injected/u);
      expect(await store.countArticles()).toBe(1);
      expect(await store.sourcesOf(x.id)).toEqual([x.source]);
      expect(await store.lineCounts("Trierer Volksfreund", ["mehr aus trier"])).toEqual({ articles: 1, counts: new Map([["mehr aus trier", 1]]) });
      // The same batch goes through once the fault is gone.
      const outcomes = await store.insertArticles([item(y), item(z), item(seenAgain(x, "/data/spaeter.txt"))]);
      expect(outcomes.map((o) => o.status)).toEqual(["new", "new", "duplicate"]);
      expect(await store.countArticles()).toBe(3);
    });

    it("counts one entity per name and type across articles, with aliases; duplicates add nothing", async () => {
      const store = await freshStore();
      const [berlin, paris, muenchen] = [storyArticle(SCHOLZ_BERLIN), storyArticle(SCHOLZ_PARIS), storyArticle(MERZ_MUENCHEN)];
      await store.insertArticles([item(berlin), item(paris), item(seenAgain(paris, "/data/spiegelung/paris.txt"))]);
      await store.insertArticles([item(seenAgain(berlin, "/data/zweitquelle.txt")), item(muenchen)]);
      await store.insertArticles([item(seenAgain(muenchen, "/data/dritte.txt"))]);
      expect(await store.getEntity("per:olaf-scholz")).toEqual({
        id: "per:olaf-scholz",
        type: "PER",
        name: "Olaf Scholz",
        key: "olaf shols",
        articles: 3,
        mentions: 7,
        aliases: [
          { alias: "Olaf Scholz", mentions: 2, articles: 2 },
          { alias: "Scholz", mentions: 2, articles: 2 },
          { alias: "Bundeskanzler Olaf Scholz", mentions: 1, articles: 1 },
          { alias: "Kanzler Scholz", mentions: 1, articles: 1 },
          { alias: "Scholz'", mentions: 1, articles: 1 },
        ],
        sameFamilyName: [],
      });
      const merz = await store.getEntity("per:friedrich-merz");
      expect([merz?.articles, merz?.mentions]).toEqual([2, 5]);
      expect((await store.getEntity("org:europaeische-union"))?.aliases.map((a) => a.alias).sort()).toEqual(["EU", "Europäische Union"]);
      expect(await store.getEntity("per:niemand")).toBeNull();
    });

    it("points a person to the other persons of the same family name, across articles", async () => {
      const store = await freshStore();
      const bare = storyArticle({
        title: "Scholz in Kiew",
        published: "2024-03-07T10:00:00+01:00",
        text: "Scholz reiste am Donnerstag nach Kiew. Dort traf Scholz den Präsidenten.",
        spans: [["Scholz", "PER"], ["Kiew", "LOC"], ["Scholz", "PER"]],
      });
      await store.insertArticles([item(storyArticle(SCHOLZ_BERLIN)), item(bare)]);
      const family = async (id: string) => (await store.getEntity(id))?.sameFamilyName;
      expect(await family("per:scholz")).toEqual([{ id: "per:olaf-scholz", type: "PER", name: "Olaf Scholz", articles: 1, mentions: 2 }]);
      expect(await family("per:olaf-scholz")).toEqual([{ id: "per:scholz", type: "PER", name: "Scholz", articles: 1, mentions: 2 }]);
      expect(await family("per:friedrich-merz")).toEqual([]);
      expect(await family("loc:kiew")).toEqual([]);
    });

    it("lists entities by mentions, filtered by type and by a search that ignores spelling variants", async () => {
      const store = await freshStore();
      await store.insertArticles([SCHOLZ_BERLIN, SCHOLZ_PARIS, MERZ_MUENCHEN].map((s) => item(storyArticle(s))));
      const ids = async (filter: Parameters<Store["listEntities"]>[0]) => (await store.listEntities(filter)).map((e) => e.id);
      expect((await store.listEntities()).slice(0, 3)).toEqual([
        { id: "per:olaf-scholz", type: "PER", name: "Olaf Scholz", articles: 3, mentions: 7 },
        { id: "per:friedrich-merz", type: "PER", name: "Friedrich Merz", articles: 2, mentions: 5 },
        { id: "per:emmanuel-macron", type: "PER", name: "Emmanuel Macron", articles: 1, mentions: 3 },
      ]);
      expect(await ids({ offset: 3, limit: 3 })).toEqual(["org:cdu", "org:spd", "org:europaeische-union"]);
      expect(await ids({ type: "LOC" })).toEqual(["loc:berlin", "loc:muenchen", "loc:paris", "loc:ukraine"]);
      expect(await ids({ search: "scholz" })).toEqual(["per:olaf-scholz"]);
      expect(await ids({ search: "Kanzler Scholz" })).toEqual(["per:olaf-scholz"]);
      expect(await ids({ search: "Soeder" })).toEqual(["per:markus-soeder"]);
      expect(await ids({ search: "EU", type: "ORG" })).toEqual(["org:europaeische-union"]);
      expect(await ids({ search: "%" })).toEqual([]);
      expect(await ids({ type: "MISC" })).toEqual([]);
      const error = await rejection(store.listEntities({ limit: -5 }));
      expect((error as LagebildError).code).toBe("BAD_ARGUMENT");
    });

    it("gives the articles of an entity newest first, with their mention counts", async () => {
      const store = await freshStore();
      const [berlin, paris, muenchen] = [storyArticle(SCHOLZ_BERLIN), storyArticle(SCHOLZ_PARIS), storyArticle(MERZ_MUENCHEN)];
      await store.insertArticles([item(berlin), item(muenchen), item(paris)]);
      const of = async (id: string, paging?: { limit?: number; offset?: number }) =>
        (await store.articlesOfEntity(id, paging)).map((a) => [a.id, a.mentions]);
      expect(await of("per:olaf-scholz")).toEqual([
        [paris.id, 4],
        [muenchen.id, 1],
        [berlin.id, 2],
      ]);
      expect(await of("per:olaf-scholz", { offset: 1, limit: 1 })).toEqual([[muenchen.id, 1]]);
      expect(await of("loc:muenchen")).toEqual([[muenchen.id, 1]]);
      expect(await of("per:niemand")).toEqual([]);
      const [first] = await store.articlesOfEntity("org:spd");
      expect(first).toEqual({ ...(await store.listArticles({ limit: 1 }))[0], mentions: 1 });
    });

    it("filters article listings, counts and iteration by an entity they mention", async () => {
      const store = await freshStore();
      const [berlin, paris, muenchen] = [storyArticle(SCHOLZ_BERLIN), storyArticle(SCHOLZ_PARIS), storyArticle(MERZ_MUENCHEN)];
      await store.insertArticles([item(berlin), item(muenchen), item(paris)]);
      const ids = async (filter: Parameters<Store["listArticles"]>[0]) => (await store.listArticles(filter)).map((a) => a.id);
      expect(await ids({ entity: "per:olaf-scholz" })).toEqual([paris.id, muenchen.id, berlin.id]);
      expect(await ids({ entity: "loc:muenchen" })).toEqual([muenchen.id]);
      expect(await ids({ entity: "per:olaf-scholz", search: "münchen" })).toEqual([muenchen.id]);
      expect(await ids({ entity: "per:niemand" })).toEqual([]);
      expect(await store.countArticles({ entity: "per:olaf-scholz" })).toBe(3);
      const iterated: string[] = [];
      for await (const a of store.iterateArticles({ entity: "loc:paris" })) iterated.push(a.id);
      expect(iterated).toEqual([paris.id]);
    });

    it("replaces an article's entities through upsertEntities: counts move by the difference, twice adds nothing", async () => {
      const store = await freshStore();
      const [berlin, paris] = [storyArticle(SCHOLZ_BERLIN), storyArticle(SCHOLZ_PARIS)];
      await store.insertArticles([item(berlin), item(paris)]);
      // Re-annotated without the persons: Scholz loses this article, Merz and the alias "Bundeskanzler Olaf Scholz" disappear.
      const fewer = berlin.entities.filter((m) => m.type !== "PER");
      for (let round = 0; round < 2; round++) {
        await store.upsertEntities(berlin.id, fewer);
        const scholz = await store.getEntity("per:olaf-scholz");
        expect([scholz?.articles, scholz?.mentions]).toEqual([1, 4]);
        expect(scholz?.aliases.map((a) => a.alias)).not.toContain("Bundeskanzler Olaf Scholz");
        expect(await store.getEntity("per:friedrich-merz")).toBeNull();
        expect((await store.getEntity("org:spd"))?.articles).toBe(2);
      }
      expect((await store.getArticle(berlin.id))?.entities).toEqual(fewer);
      // And back: the original mentions give the original counts.
      await store.upsertEntities(berlin.id, berlin.entities);
      expect((await store.getEntity("per:olaf-scholz"))?.mentions).toBe(6);
      expect((await store.getEntity("per:friedrich-merz"))?.aliases).toEqual([
        { alias: "Friedrich Merz", mentions: 1, articles: 1 },
        { alias: "Merz", mentions: 1, articles: 1 },
      ]);
      const error = await rejection(store.upsertEntities("0000000000000000", berlin.entities));
      expect((error as LagebildError).code).toBe("NOT_FOUND");
      expect((await store.getEntity("per:olaf-scholz"))?.mentions).toBe(6);
    });

    it("replaces an article's sentences, dates, entities and quotes through replaceAnnotations, the entity counts by the difference", async () => {
      const store = await freshStore();
      const [berlin, paris] = [storyArticle(SCHOLZ_BERLIN), storyArticle(SCHOLZ_PARIS)];
      await store.insertArticles([item(berlin), item(paris)]);
      const scholz = berlin.entities.find((m) => m.entity === "per:olaf-scholz")!;
      // Re-annotated: every Scholz of Berlin renamed (as a newer normaliser might), a quote and a date added.
      const entities = berlin.entities.map((m) => (m.entity === "per:olaf-scholz" ? { ...m, entity: "per:o-scholz", name: "O. Scholz" } : m));
      const quotes: Article["quotes"] = [
        {
          text: berlin.text.slice(0, 10), start: 0, end: 10, kind: "indirect", cue: "sagte",
          speaker: { text: scholz.text, start: scholz.start, end: scholz.end }, speaker_entity: "per:o-scholz", speaker_name: "O. Scholz", source: null,
        },
      ];
      const dates: Article["dates"] = [{ text: "heute", start: 0, end: 5, value: "2024-06-03", granularity: "day" }];
      const sentences: Article["sentences"] = [{ start: 0, end: berlin.text.length }];
      for (let round = 0; round < 2; round++) {
        await store.replaceAnnotations(berlin.id, { sentences, dates, entities, quotes });
        const back = await store.getArticle(berlin.id);
        expect([back?.sentences, back?.dates, back?.entities, back?.quotes]).toEqual([sentences, dates, entities, quotes]);
        expect((await store.getEntity("per:o-scholz"))?.articles).toBe(1);
        expect([(await store.getEntity("per:olaf-scholz"))?.articles]).toEqual([1]);
      }
      expect((await store.getArticle(paris.id))?.entities).toEqual(paris.entities);
      const error = await rejection(store.replaceAnnotations("0000000000000000", { sentences, dates, entities, quotes }));
      expect((error as LagebildError).code).toBe("NOT_FOUND");
    });

    it("counts entities of concurrent batches once per new article", async () => {
      const store = await freshStore();
      const stories = [SCHOLZ_BERLIN, SCHOLZ_PARIS, MERZ_MUENCHEN];
      const corpus = Array.from({ length: 18 }, (_, i) => storyArticle(stories[i % 3], `Meldung ${i + 1}`));
      const batches = [0, 1, 2, 3, 4, 5].map((b) => [...corpus.slice(b * 3, b * 3 + 6), ...corpus.slice(0, 2)].map((a) => item(a)));
      const outcomes = (await Promise.all(batches.map((batch) => store.insertArticles(batch)))).flat();
      expect(outcomes.filter((o) => o.status === "new")).toHaveLength(18);
      const scholz = await store.getEntity("per:olaf-scholz");
      expect([scholz?.articles, scholz?.mentions]).toEqual([18, 42]);
      expect((await store.getEntity("per:emmanuel-macron"))?.mentions).toBe(18);
      expect(await store.articlesOfEntity("loc:muenchen")).toHaveLength(6);
    });

    it("leaves no entity counts behind when the batch fails while storing mentions", async () => {
      const { store, driver } = await fresh();
      const berlin = storyArticle(SCHOLZ_BERLIN);
      await store.insertArticles([item(berlin)]);
      const faulty = new SqlStore(failingOn(driver, /INSERT INTO entity_mentions/u));
      await expect(faulty.insertArticles([item(storyArticle(SCHOLZ_PARIS))])).rejects.toThrow(/injected/u);
      expect(await store.countArticles()).toBe(1);
      expect((await store.getEntity("per:olaf-scholz"))?.mentions).toBe(2);
      expect(await store.getEntity("per:emmanuel-macron")).toBeNull();
      const faultyUpdate = new SqlStore(failingOn(driver, /UPDATE entity_aliases/u));
      await expect(faultyUpdate.upsertEntities(berlin.id, [])).rejects.toThrow(/injected/u);
      expect((await store.getArticle(berlin.id))?.entities).toEqual(berlin.entities);
      expect((await store.getEntity("per:olaf-scholz"))?.aliases).toHaveLength(2);
    });
  });
}
