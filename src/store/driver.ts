/**
 * The small SQL surface the store needs, so that one {@link SqlStore} (and
 * all its SQL) serves both PGlite and PostgreSQL.
 */

/** Runs statements: on the driver itself, or inside a transaction. */
export interface SqlExecutor {
  /** One statement with `$1…` parameters; returns the rows. */
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Any number of statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlDriver extends SqlExecutor {
  readonly kind: "pglite" | "postgres";
  /** Where the data lives, for messages (a folder, "memory", or a redacted URL). */
  readonly where: string;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<R>(fn: (tx: SqlExecutor) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

/** The SQLSTATE of a database error, if it has one. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** The message of any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "errno" in error) return `file system error (errno ${String((error as { errno: unknown }).errno)})`;
  return String(error);
}
