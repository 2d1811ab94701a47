#!/usr/bin/env node
// The demo: ingest the bundled sample corpus (sample/corpus) into a fresh embedded
// store (./demo-data) and print what Lagebild found. Run with `npm run demo`
// after `npm install` (which builds dist/).
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
const db = process.env.LAGEBILD_DEMO_DB ?? "demo-data";

if (!existsSync(cli)) {
  console.error("dist/ is missing: run `npm install` (it builds) or `npm run build` first.");
  process.exit(1);
}

function lagebild(args, { quiet = false } = {}) {
  const result = spawnSync(process.execPath, [cli, "--db", db, ...args], { cwd: root, encoding: "utf8", stdio: quiet ? "pipe" : ["ignore", "inherit", "inherit"] });
  if (result.status !== 0 && result.status !== 3) {
    console.error(`lagebild ${args.join(" ")} failed with exit code ${result.status}`);
    if (quiet) console.error(result.stderr);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

function heading(text) {
  console.log(`\n== ${text} ${"=".repeat(Math.max(0, 70 - text.length))}`);
}

rmSync(db, { recursive: true, force: true });
heading("Ingesting the sample corpus (sample/corpus) into a fresh store: " + db);
lagebild(["ingest", "sample/corpus"]);

heading("Ingesting it again: nothing new, everything is a duplicate");
const again = JSON.parse(lagebild(["ingest", "--json", "sample/corpus"], { quiet: true }));
console.log(`new ${again.new}, duplicate ${again.duplicate}, rejected ${again.rejected}`);

heading("Articles, newest first");
lagebild(["articles", "--limit", "50"]);

heading("What the cleaner removed, by reason");
const records = lagebild(["export", "--format", "jsonl"], { quiet: true }).trim().split("\n").map((l) => JSON.parse(l));
const reasons = new Map();
for (const r of records) for (const { reason } of r.removed) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${reason.padEnd(28)} ${count}`);
const languages = new Map();
for (const r of records) languages.set(r.language, (languages.get(r.language) ?? 0) + 1);
console.log(`\nLanguages: ${[...languages].map(([l, n]) => `${l} ${n}`).join(", ")}; sentences: ${records.reduce((n, r) => n + r.sentences.length, 0)}`);

heading("Who is mentioned: lagebild entities --limit 15");
lagebild(["entities", "--limit", "15"]);
const quotes = records.flatMap((r) => r.quotes);
const kinds = new Map();
for (const q of quotes) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
console.log(`\nQuotes: ${quotes.length} (${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")}), ${quotes.filter((q) => q.speaker_entity).length} with the speaker resolved to an entity; dates in the text: ${records.reduce((n, r) => n + r.dates.length, 0)}`);

const example = records.find((r) => r.removed.length >= 3 && r.quotes.length >= 2) ?? records.find((r) => r.removed.length >= 3) ?? records[0];
heading(`One article in detail: lagebild show ${example.id} --removed`);
lagebild(["show", example.id, "--removed"]);

heading("Next steps");
console.log(`  node dist/cli/main.js --db ${db} export --format csv --out articles.csv`);
console.log(`  node dist/cli/main.js --db ${db} articles --search Berlin`);
console.log(`  node dist/cli/main.js --db ${db} entity per:angela-merkel`);
console.log("  node dist/cli/main.js --help");
