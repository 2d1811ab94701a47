import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openPgDriver } from "../../src/store/pg-driver.js";
import { loadMigrations } from "../../src/store/migrate.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { generatedArticle, item } from "./fixtures/articles.js";
import { runStoreCases } from "./store.cases.js";

const BASE_URL = process.env.LAGEBILD_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL with a search_path option, so that every connection works in `schema`. */
function urlFor(schema: string): string {
  const url = new URL(BASE_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return url.toString();
}

const unreachable = await reachable();
if (unreachable !== null) {
  console.warn(`\n*** PostgreSQL store tests SKIPPED: ${BASE_URL} is unreachable (${unreachable}). Set LAGEBILD_TEST_PG_URL to run them. ***\n`);
}

const admin = new pg.Pool({ connectionString: BASE_URL, max: 2 });
const schemas: string[] = [];

/** A new, empty schema of its own; dropped when the file's tests are done. */
async function freshSchema(): Promise<string> {
  const schema = `lagebild_test_${randomBytes(6).toString("hex")}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  schemas.push(schema);
  return schema;
}

async function dropSchemas(): Promise<void> {
  for (const schema of schemas.splice(0)) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}

if (unreachable === null) {
  // pg_trgm lives once per database; keep it in public so that dropping a test schema never drops it.
  await admin.query("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public").catch(() => undefined);
}

describe.skipIf(unreachable !== null)("PostgreSQL", () => {
  let last = "";
  runStoreCases(
    "PostgreSQL",
    {
      async freshDriver() {
        last = urlFor(await freshSchema());
        return openPgDriver(last);
      },
      reopenDriver: async () => openPgDriver(last),
      async hasTrigrams(driver) {
        const rows = await driver.query("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'");
        return rows.length > 0;
      },
    },
    dropSchemas,
  );

  describe("concurrency", () => {
    const open: Store[] = [];
    afterAll(async () => {
      for (const store of open) await store.close();
      await dropSchemas();
      await admin.end();
    });

    it("migrates once when two processes open a new schema at the same moment", async () => {
      const url = urlFor(await freshSchema());
      const stores = await Promise.all([openStore({ pgUrl: url }), openStore({ pgUrl: url }), openStore({ pgUrl: url })]);
      open.push(...stores);
      const { rows } = await admin.query(`SELECT version FROM ${schemas[schemas.length - 1]}.schema_migrations`);
      expect(rows).toEqual(loadMigrations().map((m) => ({ version: m.version })));
      expect(await stores[2].countArticles()).toBe(0);
    });

    it("stores each story once when two connections insert overlapping batches concurrently", async () => {
      const url = urlFor(await freshSchema());
      const [one, two] = [await openStore({ pgUrl: url }), await openStore({ pgUrl: url })];
      open.push(one, two);
      const publisher = "Ostsee-Zeitung";
      const corpus = Array.from({ length: 160 }, (_, i) => generatedArticle(500 + i, { publisher, published: `2024-04-${10 + (i % 19)}` }));
      const keys = ["mehr aus der region", "anzeige"];
      const shuffle = <T>(xs: T[], seed: number): T[] => xs.map((x, i) => ({ x, k: (i * 7919 + seed) % 997 })).sort((a, b) => a.k - b.k).map((e) => e.x);
      const rounds = [0, 1, 2, 3].map((r) => {
        const a = shuffle(corpus.slice(r * 30, r * 30 + 70), r);
        const b = shuffle(corpus.slice(r * 30 + 20, r * 30 + 90), r + 11);
        return [a, b] as const;
      });
      const results = await Promise.all(
        rounds.flatMap(([a, b]) => [one.insertArticles(a.map((x) => item(x, keys))), two.insertArticles(b.map((x) => item(x, keys)))]),
      );
      const allItems = rounds.flatMap(([a, b]) => [...a, ...b]);
      const distinct = new Set(allItems.map((x) => x.hash));
      const fresh = results.flat().filter((o) => o.status === "new");
      expect(fresh).toHaveLength(distinct.size);
      expect(new Set(fresh.map((o) => o.id)).size).toBe(distinct.size);
      expect(await one.countArticles()).toBe(distinct.size);
      for (const o of results.flat()) if (o.status === "duplicate") expect(o.existingId).toBe(o.id);
      expect(await two.lineCounts(publisher, keys)).toEqual({
        articles: distinct.size,
        counts: new Map(keys.map((k) => [k, distinct.size])),
      });
    });
  });
});
