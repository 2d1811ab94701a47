import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { LagebildError } from "../../src/core/errors.js";
import { LOCK_FILE } from "../../src/store/dir-lock.js";
import { openStore } from "../../src/store/open.js";
import { generatedArticle, item } from "./fixtures/articles.js";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "lagebild-crash-"));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  rmSync(root, { recursive: true, force: true });
});

/** Starts the writer (real openStore + SqlStore in a child Node process) and reports each "committed N" line. */
function startWriter(dir: string, onCommit: (n: number) => void): ChildProcess {
  const child = spawn(process.execPath, ["--import", join(fixtures, "register-ts.mjs"), join(fixtures, "crash-writer.ts"), dir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let pending = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const m = /^committed (\d+)$/u.exec(line.trim());
      if (m) onCommit(Number(m[1]));
    }
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.on("exit", (code) => {
    if (code !== null && code !== 0) console.error(`crash-writer exited with ${code}:\n${stderr}`);
  });
  return child;
}

/** Kills the writer with SIGKILL once it reported `commits` commits; resolves with the last count it reported. */
function killAfter(dir: string, commits: number, whileRunning?: () => Promise<void>): Promise<number> {
  return new Promise((resolve, reject) => {
    let last = 0;
    let seen = 0;
    let checking = false;
    const child = startWriter(dir, (n) => {
      last = n;
      seen++;
      if (seen === 1 && whileRunning && !checking) {
        checking = true;
        child.stdout?.pause();
        whileRunning().then(() => child.stdout?.resume(), reject);
      }
      // A little later than the report, so that the kill usually lands inside the next transaction.
      if (seen === commits) setTimeout(() => child.kill("SIGKILL"), Math.random() * 40);
    });
    child.on("exit", (_code, signal) => (signal === "SIGKILL" ? resolve(last) : reject(new Error(`writer ended without being killed (${String(signal)})`))));
  });
}

describe("PGlite store on disk survives SIGKILL", () => {
  it("reopens after the writer is killed mid-stream, with whole batches only, and goes on writing", async () => {
    const dir = join(root, "db");
    let refusedWhileHeld: unknown = null;
    const lastReported = await killAfter(dir, 3, async () => {
      refusedWhileHeld = await openStore({ db: dir }).then(
        async (s) => {
          await s.close();
          return null;
        },
        (e: unknown) => e,
      );
    });
    // While the writer ran, the folder was refused to this process.
    expect(refusedWhileHeld).toBeInstanceOf(LagebildError);
    expect((refusedWhileHeld as LagebildError).code).toBe("STORE_OPEN_FAILED");
    expect((refusedWhileHeld as Error).message).toMatch(/held by another process \(pid \d+\)/u);

    // The killed writer left its lock (and PGlite's postmaster.pid) behind; both are stale.
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    const store = await openStore({ db: dir });
    const count = await store.countArticles();
    expect(lastReported).toBeGreaterThanOrEqual(60);
    expect(count % 20).toBe(0);
    expect(count).toBeGreaterThanOrEqual(lastReported);
    const more = [generatedArticle(1, { salt: "nach dem Absturz" }), generatedArticle(2, { salt: "nach dem Absturz" })];
    expect((await store.insertArticles(more.map((a) => item(a)))).map((o) => o.status)).toEqual(["new", "new"]);
    expect(await store.countArticles()).toBe(count + 2);
    await store.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

    // A second writer picks up the folder, and a second kill loses nothing committed either.
    const secondReported = await killAfter(dir, 2);
    const again = await openStore({ db: dir });
    const total = await again.countArticles();
    expect(secondReported).toBeGreaterThanOrEqual(count + 2 + 40);
    expect((total - count - 2) % 20).toBe(0);
    expect(total).toBeGreaterThanOrEqual(secondReported);
    expect(await again.getArticle(more[0].id)).not.toBeNull();
    await again.close();
  });
});
