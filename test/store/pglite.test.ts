import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SqlDriver } from "../../src/store/driver.js";
import { openPgliteDriver } from "../../src/store/pglite-driver.js";
import { runStoreCases } from "./store.cases.js";

runStoreCases(
  "PGlite in memory",
  { freshDriver: () => openPgliteDriver(), hasTrigrams: async () => true },
  async () => undefined,
);

// On disk. A fresh folder is a copy of one initialised once (initdb takes seconds);
// the schema is still migrated on each copy by the real code.
const root = mkdtempSync(join(tmpdir(), "lagebild-pglite-"));
let template: string | null = null;
let last = "";
let count = 0;

async function freshDiskDriver(): Promise<SqlDriver> {
  if (template === null) {
    const dir = join(root, "template");
    await (await openPgliteDriver(dir)).close();
    template = dir;
  }
  last = join(root, `db-${++count}`);
  cpSync(template, last, { recursive: true });
  return openPgliteDriver(last);
}

runStoreCases(
  "PGlite on disk",
  { freshDriver: freshDiskDriver, reopenDriver: () => openPgliteDriver(last), hasTrigrams: async () => true },
  async () => rmSync(root, { recursive: true, force: true }),
);
