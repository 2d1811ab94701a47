import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { LagebildError } from "../../src/core/errors.js";
import { LOCK_FILE } from "../../src/store/dir-lock.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { richArticle, item } from "./fixtures/articles.js";

const root = mkdtempSync(join(tmpdir(), "lagebild-open-"));
const open: Store[] = [];
const savedEnv = { db: process.env.LAGEBILD_DB, pg: process.env.LAGEBILD_PG_URL };

afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
  process.env.LAGEBILD_DB = savedEnv.db;
  process.env.LAGEBILD_PG_URL = savedEnv.pg;
  if (savedEnv.db === undefined) delete process.env.LAGEBILD_DB;
  if (savedEnv.pg === undefined) delete process.env.LAGEBILD_PG_URL;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function openFailure(opts: Parameters<typeof openStore>[0]): Promise<LagebildError> {
  const result = await openStore(opts).then(
    (store) => {
      open.push(store);
      return null;
    },
    (error: unknown) => error,
  );
  if (!(result instanceof LagebildError)) throw new Error(`expected a LagebildError, got ${String(result)}`);
  return result;
}

describe("openStore", () => {
  it("creates a missing folder (from LAGEBILD_DB), locks it while open and unlocks it on close", async () => {
    delete process.env.LAGEBILD_PG_URL;
    const dir = join(root, "neu", "daten");
    process.env.LAGEBILD_DB = dir;
    const store = await openStore();
    open.push(store);
    expect(store.kind).toBe("pglite");
    expect(existsSync(join(dir, "PG_VERSION"))).toBe(true);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);

    const twice = await openFailure({ db: dir });
    expect(twice.code).toBe("STORE_OPEN_FAILED");
    expect(twice.message).toContain(dir);
    expect(twice.message).toContain("already open in this process");

    await store.insertArticles([item(richArticle())]);
    await store.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const reopened = await openStore({ db: dir });
    open.push(reopened);
    expect(await reopened.countArticles()).toBe(1);
  });

  it("refuses a file, and a folder that holds something other than PGlite data", async () => {
    const file = join(root, "notizen.txt");
    writeFileSync(file, "Einkaufsliste: Milch, Brot\n");
    const onFile = await openFailure({ db: file });
    expect(onFile.code).toBe("STORE_OPEN_FAILED");
    expect(onFile.message).toContain("it is a file, not a folder");

    const photos = join(root, "fotos");
    mkdirSync(photos);
    writeFileSync(join(photos, "urlaub.jpg"), "\xff\xd8\xff");
    const foreign = await openFailure({ db: photos });
    expect(foreign.message).toContain("not a PGlite data folder");
    expect(existsSync(join(photos, "PG_VERSION"))).toBe(false);
  });

  it("says which PostgreSQL version a folder it cannot start on was written by", async () => {
    const dir = join(root, "alt");
    const store = await openStore({ db: dir });
    await store.close();
    writeFileSync(join(dir, "PG_VERSION"), "15\n");
    const error = await openFailure({ db: dir });
    expect(error.code).toBe("STORE_OPEN_FAILED");
    expect(error.message).toContain("PostgreSQL 15");
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("reports an unreachable PostgreSQL server without revealing the password", async () => {
    process.env.LAGEBILD_PG_URL = "postgres://lagebild:geheim@127.0.0.1:9/nachrichten";
    const error = await openFailure({});
    expect(error.code).toBe("STORE_OPEN_FAILED");
    expect(error.message).toContain("postgres://lagebild:***@127.0.0.1:9/nachrichten");
    expect(error.message).not.toContain("geheim");
    expect(error.message).toMatch(/ECONNREFUSED/u);
  });
});
