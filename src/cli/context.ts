import { InvalidArgumentError, type Command } from "commander";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";

export interface GlobalOptions {
  db?: string;
  pgUrl?: string;
}

/** Exit codes of every command (documented in the README). */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  partial: 3,
  notFound: 4,
} as const;

/** The global options (--db, --pg-url) as seen from a subcommand. */
export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

/** Opens the store the global options name, runs `fn`, and always closes it. */
export async function withStore<T>(command: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const { db, pgUrl } = globalOptions(command);
  const store = await openStore({ db, pgUrl });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Parses a positive integer option or throws a usage error. */
export function positiveInt(name: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive whole number, got "${value}"`);
    return n;
  };
}

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {
  override name = "UsageError";
}

export function writeOut(text: string): void {
  process.stdout.write(text);
}
