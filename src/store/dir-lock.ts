import { closeSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/** The lock file inside a PGlite data folder. PGlite itself does not lock: two processes on one folder corrupt it. */
export const LOCK_FILE = "lagebild.lock";

/** The holder touches the lock file this often, so that a lock from another host (container) can be judged by its age. */
const HEARTBEAT_MS = 10_000;
/** A lock from another host not touched for this long is stale. */
const STALE_MS = 3 * HEARTBEAT_MS;

interface LockInfo {
  pid: number;
  host: string;
}

export interface DirLock {
  release(): void;
}

/** Folders this process holds, so that a stale lock with a reused pid (our own) is recognised. */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(path: string): LockInfo | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (typeof parsed !== "object" || parsed === null) return null;
    const { pid, host } = parsed as Record<string, unknown>;
    return typeof pid === "number" && typeof host === "string" ? { pid, host } : null;
  } catch {
    return null;
  }
}

/** Why the lock at `path` is still held, or null when it is stale (its process is gone) and may be taken over. */
function heldReason(path: string, dir: string): string | null {
  const info = readLock(path);
  if (info === null) {
    // Empty or unreadable: stale, unless another process is writing it this very moment.
    const justCreated = Date.now() - statSync(path).mtimeMs < 5_000;
    return justCreated ? "another process is opening the folder right now" : null;
  }
  if (info.host !== hostname()) {
    // Another machine or container: its pid cannot be checked here, but a live holder keeps the file fresh.
    const idle = Date.now() - statSync(path).mtimeMs;
    if (idle > STALE_MS) return null;
    return `the folder is held by process ${info.pid} on host ${info.host} (lock file ${path}, touched ${Math.round(idle / 1000)} s ago; it counts as stale after ${STALE_MS / 1000} s without a touch)`;
  }
  if (info.pid === process.pid) return heldHere.has(dir) ? "the folder is already open in this process" : null;
  return isAlive(info.pid) ? `the folder is held by another process (pid ${info.pid}); close it first` : null;
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the lock of a data folder, or throws an Error saying who holds it.
 * A lock left by a process that no longer runs (killed, crashed) is taken
 * over: on this host when its pid is gone, from another host (e.g. a
 * recreated container) when it has not been touched for 30 s.
 */
export function lockDataDir(dir: string): DirLock {
  const path = join(dir, LOCK_FILE);
  if (!tryCreate(path)) {
    const reason = heldReason(path, dir);
    if (reason !== null) throw new Error(reason);
    unlinkSync(path);
    if (!tryCreate(path)) throw new Error("another process took the folder's lock at the same moment");
  }
  heldHere.add(dir);
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // The folder went away; nothing to keep fresh.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    release() {
      clearInterval(heartbeat);
      heldHere.delete(dir);
      const info = readLock(path);
      if (info !== null && info.pid === process.pid && info.host === hostname()) unlinkSync(path);
    },
  };
}
