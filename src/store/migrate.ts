import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { lagebildError } from "../core/errors.js";
import { errorMessage, type SqlDriver, type SqlExecutor } from "./driver.js";

/** The migrations folder: two levels above this module, both as src/store/*.ts and as dist/store/*.js. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../../migrations/", import.meta.url));

/** Serialises migrations of concurrently starting processes (PostgreSQL); a constant, any bigint would do. */
const MIGRATION_LOCK_KEY = 7_402_611_955;

const FILE_PATTERN = /^(\d{4})_[A-Za-z0-9_-]+\.sql$/u;

export interface Migration {
  version: string;
  file: string;
  sql: string;
}

/** The migrations in `dir`, ordered by their 4-digit version. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => FILE_PATTERN.test(file))
    .sort()
    .map((file) => ({ version: file.slice(0, 4), file, sql: readFileSync(join(dir, file), "utf8") }));
}

async function appliedVersions(db: SqlExecutor): Promise<Set<string>> {
  const [{ present }] = await db.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  if (!present) return new Set();
  const rows = await db.query<{ version: string }>("SELECT version FROM schema_migrations");
  return new Set(rows.map((r) => r.version));
}

/** Applies one migration in its own transaction, unless another process applied it meanwhile. */
async function applyOne(driver: SqlDriver, migration: Migration): Promise<boolean> {
  return driver.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1::bigint)", [MIGRATION_LOCK_KEY]);
    await tx.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, file text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    if ((await appliedVersions(tx)).has(migration.version)) return false;
    await tx.exec(migration.sql);
    await tx.query("INSERT INTO schema_migrations (version, file) VALUES ($1, $2)", [migration.version, migration.file]);
    return true;
  });
}

/**
 * Brings the schema up to date: applies, in order, each migration not yet
 * recorded in `schema_migrations`. Safe when several processes start at once.
 * Returns the files it applied.
 */
export async function migrate(driver: SqlDriver, migrations: readonly Migration[] = loadMigrations()): Promise<string[]> {
  const done = await appliedVersions(driver);
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    try {
      if (await applyOne(driver, migration)) applied.push(migration.file);
    } catch (error) {
      throw lagebildError("STORE_MIGRATION_FAILED", migration.file, errorMessage(error));
    }
  }
  return applied;
}
