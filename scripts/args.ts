/**
 * Command-line options of the scripts: `--name value` options, `--name`
 * flags, and the shared data folder (`--data DIR`, by default the
 * `../shared/data` beside the project root).
 */
import { join, resolve } from "node:path";

/** The value after `--name`, if the option is given. */
export function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Whether `--name` is given. */
export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

/** The shared data folder: `--data DIR`, else ../shared/data beside the project root. */
export function sharedDataDir(): string {
  return resolve(option("data") ?? join(import.meta.dirname, "..", "..", "shared", "data"));
}
