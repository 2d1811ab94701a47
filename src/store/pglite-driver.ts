import { mkdirSync } from "node:fs";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SqlDriver, SqlExecutor } from "./driver.js";
import { lockDataDir, type DirLock } from "./dir-lock.js";

function executor(db: PGlite | Transaction): SqlExecutor {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await db.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string): Promise<void> {
      await db.exec(sql);
    },
  };
}

/**
 * A PGlite driver: data in `dir` on disk (locked against other processes
 * while open; created when missing), or in memory when no folder is given.
 */
export async function openPgliteDriver(dir?: string): Promise<SqlDriver> {
  if (dir !== undefined) mkdirSync(dir, { recursive: true });
  const lock: DirLock | null = dir === undefined ? null : lockDataDir(dir);
  let db: PGlite;
  try {
    db = await PGlite.create({ ...(dir === undefined ? {} : { dataDir: dir }), extensions: { pg_trgm } });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const base = executor(db);
  return {
    kind: "pglite",
    where: dir ?? "memory",
    query: base.query,
    exec: base.exec,
    transaction<R>(fn: (tx: SqlExecutor) => Promise<R>): Promise<R> {
      return db.transaction((tx) => fn(executor(tx)));
    },
    async close(): Promise<void> {
      try {
        if (!db.closed) await db.close();
      } finally {
        lock?.release();
      }
    },
  };
}
