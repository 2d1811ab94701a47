#!/usr/bin/env node
/**
 * Regenerates the golden files of the HTML extractor tests:
 * test/test-pages/<slug>/expected.txt and expected-metadata.json from source.html.
 *
 * Usage (uses the compiled extractor, so build first):
 *   npm run build
 *   node scripts/regen-test-pages.mjs            # every page
 *   node scripts/regen-test-pages.mjs de-liveblog  # only the named pages
 *
 * The output is what the extractor does now, not what it should do: read the
 * diff (git diff test/test-pages) before committing regenerated files.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pagesDir = join(root, "test", "test-pages");
const extractor = join(root, "dist", "extract", "html.js");

if (!existsSync(extractor)) {
  console.error(`${extractor} not found: run "npm run build" first.`);
  process.exit(1);
}
const { extractHtml } = await import(pathToFileURL(extractor).href);

const wanted = process.argv.slice(2);
const slugs = readdirSync(pagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && (wanted.length === 0 || wanted.includes(entry.name)))
  .map((entry) => entry.name)
  .sort();

for (const slug of slugs) {
  const dir = join(pagesDir, slug);
  const result = extractHtml(readFileSync(join(dir, "source.html"), "utf8"));
  let body = "";
  let metadata;
  if (result.ok) {
    const { body: text, ...fields } = result.page;
    body = text;
    metadata = { ok: true, ...fields };
  } else {
    metadata = result;
  }
  writeFileSync(join(dir, "expected.txt"), body ? `${body}\n` : "");
  writeFileSync(join(dir, "expected-metadata.json"), `${JSON.stringify(metadata, null, 2)}\n`);
  console.log(`${slug}: ${result.ok ? `${result.page.extraction}, ${body.length} characters` : `rejected (${result.detail})`}`);
}
