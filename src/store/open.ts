import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { LagebildError, lagebildError } from "../core/errors.js";
import { LOCK_FILE } from "./dir-lock.js";
import { errorMessage, type SqlDriver } from "./driver.js";
import { migrate } from "./migrate.js";
import { openPgDriver } from "./pg-driver.js";
import { openPgliteDriver } from "./pglite-driver.js";
import { SqlStore } from "./sql-store.js";
import type { Store } from "./store.js";

export interface OpenStoreOptions {
  /** PGlite data folder (default: LAGEBILD_DB, else ./lagebild-data). */
  db?: string;
  /** PostgreSQL URL (default: LAGEBILD_PG_URL); when set, PostgreSQL is used instead of PGlite. */
  pgUrl?: string;
}

export const DEFAULT_DB_DIR = "./lagebild-data";

/** Migrates the schema of an open driver and wraps it in a store; closes the driver when that fails. */
export async function storeOver(driver: SqlDriver): Promise<SqlStore> {
  try {
    await migrate(driver);
  } catch (error) {
    await driver.close().catch(() => undefined);
    if (error instanceof LagebildError) throw error;
    throw lagebildError("STORE_OPEN_FAILED", driver.where, errorMessage(error));
  }
  return new SqlStore(driver);
}

/**
 * Opens the store: PostgreSQL when `pgUrl` (or LAGEBILD_PG_URL) is set, else
 * PGlite in a folder (created when missing). Brings the schema up to date.
 * Throws STORE_OPEN_FAILED (or STORE_MIGRATION_FAILED) with the reason.
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const pgUrl = opts.pgUrl ?? nonEmpty(process.env.LAGEBILD_PG_URL);
  if (pgUrl !== undefined) return storeOver(openPgDriver(pgUrl));
  const dir = resolve(opts.db ?? nonEmpty(process.env.LAGEBILD_DB) ?? DEFAULT_DB_DIR);
  prepareDataDir(dir);
  let driver: SqlDriver;
  try {
    driver = await openPgliteDriver(dir);
  } catch (error) {
    throw lagebildError("STORE_OPEN_FAILED", dir, pgliteFailure(dir, error));
  }
  return storeOver(driver);
}

/** A store in memory (PGlite), for tests and one-off runs; gone when closed. */
export async function openMemoryStore(): Promise<Store> {
  return storeOver(await openPgliteDriver());
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

/** Creates the folder if needed and checks that PGlite can use it; throws STORE_OPEN_FAILED if not. */
export function prepareDataDir(dir: string): void {
  const fail = (why: string) => lagebildError("STORE_OPEN_FAILED", dir, why);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw fail("it is a file, not a folder");
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") throw fail("permission denied (the folder or its parent is not writable by this user)");
    throw fail(errorMessage(error));
  }
  const entries = readdirSync(dir).filter((name) => name !== LOCK_FILE);
  if (entries.length > 0 && !entries.includes("PG_VERSION")) {
    throw fail("the folder is not empty and is not a PGlite data folder (it has no PG_VERSION file); use an empty or new folder");
  }
}

/** A readable reason for a PGlite start failure (PGlite's own messages say little). */
function pgliteFailure(dir: string, error: unknown): string {
  const message = errorMessage(error);
  if (/held by|locked by|already open|opening the folder/u.test(message)) return message;
  const versionFile = join(dir, "PG_VERSION");
  const version = existsSync(versionFile) ? readFileSync(versionFile, "utf8").trim() : null;
  const hint = version === null ? "" : `; the folder holds data of PostgreSQL ${version} (PG_VERSION), which may not be what this PGlite runs`;
  return `PGlite could not start on it (${message})${hint}`;
}
