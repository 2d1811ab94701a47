import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LagebildError } from "../../src/core/errors.js";
import type { SqlDriver } from "../../src/store/driver.js";
import { loadMigrations, migrate, MIGRATIONS_DIR } from "../../src/store/migrate.js";
import { openPgliteDriver } from "../../src/store/pglite-driver.js";

const drivers: SqlDriver[] = [];
afterEach(async () => {
  for (const d of drivers.splice(0)) await d.close();
});

describe("migrations", () => {
  it("are found next to src/ (and dist/, at the same depth) and ordered by version", () => {
    expect(existsSync(join(MIGRATIONS_DIR, "0001_articles.sql"))).toBe(true);
    const versions = loadMigrations().map((m) => m.version);
    expect(versions).toEqual([...versions].sort());
    expect(new Set(versions).size).toBe(versions.length);
  });

  it("stop at a failing migration, roll it back entirely and keep the ones before", async () => {
    const driver = await openPgliteDriver();
    drivers.push(driver);
    const migrations = [
      { version: "0001", file: "0001_feeds.sql", sql: "CREATE TABLE feeds (url text PRIMARY KEY);" },
      { version: "0002", file: "0002_broken.sql", sql: "CREATE TABLE authors (name text); ALTER TABLE nowhere ADD COLUMN x int;" },
      { version: "0003", file: "0003_later.sql", sql: "CREATE TABLE later (x int);" },
    ];
    const error = await migrate(driver, migrations).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LagebildError);
    expect((error as LagebildError).code).toBe("STORE_MIGRATION_FAILED");
    expect((error as Error).message).toContain("0002_broken.sql");
    expect((error as Error).message).toContain("nowhere");
    const rows = await driver.query<{ feeds: boolean; authors: boolean; later: boolean }>(
      "SELECT to_regclass('feeds') IS NOT NULL AS feeds, to_regclass('authors') IS NOT NULL AS authors, to_regclass('later') IS NOT NULL AS later",
    );
    expect(rows).toEqual([{ feeds: true, authors: false, later: false }]);
    expect(await driver.query("SELECT version FROM schema_migrations")).toEqual([{ version: "0001" }]);
    // Fixed, the run goes on where it stopped.
    migrations[1] = { ...migrations[1], sql: "CREATE TABLE authors (name text);" };
    expect(await migrate(driver, migrations)).toEqual(["0002_broken.sql", "0003_later.sql"]);
  });
});
