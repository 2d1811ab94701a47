import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LOCK_FILE, lockDataDir } from "../../src/store/dir-lock.js";

const root = mkdtempSync(join(tmpdir(), "lagebild-lock-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A folder whose lock file says `holder`, last touched `ageMs` ago. */
function lockedBy(holder: { pid: number; host: string } | "", ageMs = 0): string {
  const dir = join(root, `d${++n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  writeFileSync(path, holder === "" ? "" : JSON.stringify(holder));
  const then = new Date(Date.now() - ageMs);
  utimesSync(path, then, then);
  return dir;
}

const deadPid = spawnSync(process.execPath, ["-e", "0"]).pid as number;

describe("lockDataDir", () => {
  it("refuses a folder that a live process on this host holds", () => {
    const dir = lockedBy({ pid: process.ppid, host: hostname() }, 3_600_000);
    expect(() => lockDataDir(dir)).toThrow(`held by another process (pid ${process.ppid})`);
  });

  it("takes over the lock of a process that is gone, and removes it on release", () => {
    const dir = lockedBy({ pid: deadPid, host: hostname() });
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8"))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(() => lockDataDir(dir)).toThrow("already open in this process");
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("judges a lock from another host (a recreated container) by when it was last touched", () => {
    const fresh = lockedBy({ pid: 1, host: "lagebild-7f3c2a" }, 5_000);
    expect(() => lockDataDir(fresh)).toThrow(/held by process 1 on host lagebild-7f3c2a/u);
    const old = lockedBy({ pid: 1, host: "lagebild-7f3c2a" }, 120_000);
    lockDataDir(old).release();
  });

  it("treats an empty lock file as being written now, and as stale once it is old", () => {
    expect(() => lockDataDir(lockedBy("", 0))).toThrow("opening the folder right now");
    lockDataDir(lockedBy("", 60_000)).release();
  });
});
