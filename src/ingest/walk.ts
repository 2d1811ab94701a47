import { readdir, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { join } from "node:path";

export type WalkEntry =
  | { kind: "file"; path: string; stats: Stats }
  | { kind: "error"; path: string; error: unknown }
  | { kind: "special"; path: string; what: string };

/** Code-unit order: the same on every machine and locale. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Walks a directory recursively, depth first, entries in sorted order, listing each directory only
 * when it is reached. Dot-names are skipped; a directory reached twice (symlink loop) is walked once.
 */
export async function* walkDirectory(dir: string, visited: Set<string> = new Set()): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    names = (await readdir(dir)).filter((name) => !name.startsWith(".")).sort(byName);
  } catch (error) {
    yield { kind: "error", path: dir, error };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (error) {
      yield { kind: "error", path, error };
      continue;
    }
    if (stats.isDirectory()) yield* walkDirectory(path, visited);
    else if (stats.isFile()) yield { kind: "file", path, stats };
    else yield { kind: "special", path, what: specialKind(stats) };
  }
}

/** What a path that is neither file nor directory is. */
export function specialKind(stats: Stats): string {
  if (stats.isFIFO()) return "named pipe (FIFO)";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice()) return "character device";
  if (stats.isBlockDevice()) return "block device";
  return "special file";
}
