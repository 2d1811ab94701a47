import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { CleanOptions } from "../../src/clean/index.js";

export const FIXTURE_DIR = join(import.meta.dirname, "..", "fixtures", "clean");

export interface CleanFixture {
  name: string;
  raw: string;
  /** The expected clean text (no trailing newline). */
  expected: string;
  opts: CleanOptions;
}

/** Every `<name>.txt` with its `<name>.expected.txt` and optional `<name>.meta.json` ({title, publisher}). */
export function loadFixtures(): CleanFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".txt") && !f.endsWith(".expected.txt"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".txt".length);
      const metaPath = join(FIXTURE_DIR, `${name}.meta.json`);
      const meta: unknown = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, "utf8")) : {};
      return {
        name,
        raw: readFileSync(join(FIXTURE_DIR, file), "utf8"),
        expected: readFileSync(join(FIXTURE_DIR, `${name}.expected.txt`), "utf8").replace(/\n+$/u, ""),
        opts: toOptions(meta),
      };
    });
}

function toOptions(meta: unknown): CleanOptions {
  if (typeof meta !== "object" || meta === null) return {};
  const record = meta as Record<string, unknown>;
  const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
  return { title: str(record.title), publisher: str(record.publisher) };
}
