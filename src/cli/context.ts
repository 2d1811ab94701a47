import { writeFileSync } from "node:fs";
import { InvalidArgumentError, type Command } from "commander";
import { lagebildError, type LagebildError } from "../core/errors.js";
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

/** Writes a file an option named; failure is a BAD_ARGUMENT error naming the option and the reason. */
export function writeOptionFile(option: string, path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw lagebildError("BAD_ARGUMENT", `${option} ${path} cannot be written (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Prints a catalogued error the way a user can act on it: code, what was found, how to fix it. */
export function printError(error: LagebildError): void {
  process.stderr.write(`error [${error.code}]: ${error.message}\n  fix: ${error.fix}\n`);
}

export function writeOut(text: string): void {
  process.stdout.write(text);
}
