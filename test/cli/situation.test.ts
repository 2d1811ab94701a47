/**
 * The analyst's questions through the real command: who is mentioned
 * (`entities`, `entity`), who said what and when (`show`, `export`), on three
 * German text dumps ingested into a fresh store.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

let work: string;
let db: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "lagebild-situation-"));
  db = join(work, "db");
  cpSync(join(ROOT, "test/fixtures/cli/situation"), join(work, "in"), { recursive: true });
  const ingest = runCli(["--db", db, "ingest", join(work, "in"), "--progress", "none", "--json"]);
  expect(ingest.code, ingest.stderr).toBe(0);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const jsonLines = (text: string) => text.trim().split("\n").map((line) => JSON.parse(line));

describe("entities, quotes and dates through the CLI", () => {
  it("lists the entities of the store, merged per article, filtered by type and name", () => {
    const people = runCli(["--db", db, "entities", "--type", "PER", "--json"]);
    expect(people.code, people.stderr).toBe(0);
    const rows = jsonLines(people.stdout);
    expect(rows.every((r: { type: string }) => r.type === "PER")).toBe(true);
    expect(rows).toEqual(expect.arrayContaining([
      { id: "per:olaf-scholz", type: "PER", name: "Olaf Scholz", articles: 1, mentions: 3 },
      { id: "per:christian-prokop", type: "PER", name: "Christian Prokop", articles: 1, mentions: 3 },
    ]));
    const search = jsonLines(runCli(["--db", db, "entities", "--search", "merz", "--json"]).stdout);
    expect(search.map((r: { id: string }) => r.id)).toEqual(["per:friedrich-merz"]);
    const table = runCli(["--db", db, "entities", "--limit", "3"]);
    expect(table.stdout).toMatch(/^PER\s+3\s+1\s+(Olaf Scholz|Christian Prokop)/m);
    expect(table.stdout).toContain("3 entities");
  });

  it("does not list a group letter or other non-names as entities", () => {
    const all = jsonLines(runCli(["--db", db, "entities", "--limit", "100", "--json"]).stdout);
    for (const row of all) expect(row.name, row.id).toMatch(/\p{L}{2}/u);
    expect(all.map((r: { name: string }) => r.name)).not.toContain("A");
  });

  it("shows one entity with the names it was written as and the articles that mention it", () => {
    const result = runCli(["--db", db, "entity", "per:olaf-scholz", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const entity = JSON.parse(result.stdout);
    expect(entity).toMatchObject({ id: "per:olaf-scholz", name: "Olaf Scholz", mentions: 3 });
    expect(entity.aliases.map((a: { alias: string }) => a.alias).sort()).toEqual(["Olaf Scholz", "Scholz"]);
    expect(entity.articles).toHaveLength(1);
    expect(entity.articles[0].title).toBe("Scholz verteidigt Haushaltspläne");
    const mentioning = jsonLines(runCli(["--db", db, "articles", "--entity", "per:christian-prokop", "--json"]).stdout);
    expect(mentioning.map((a: { title: string }) => a.title)).toEqual(["Handball-EM: Deutschland gewinnt zum Auftakt"]);
    const bare = runCli(["--db", db, "entity", "per:scholz"]);
    expect(bare.code, bare.stderr).toBe(0);
    expect(bare.stdout).toMatch(/^same family name \(not merged\)\s+Olaf Scholz \(per:olaf-scholz\) ×3$/m);
    expect(entity.sameFamilyName).toEqual([expect.objectContaining({ id: "per:scholz", name: "Scholz" })]);
    const missing = runCli(["--db", db, "entity", "per:niemand"]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/NOT_FOUND.*per:niemand/);
    expect(missing.stderr).toMatch(/fix: .*`lagebild entities --search NAME`/);
  });

  it("exports entities, quotes with resolved speakers and dates with offsets into the text", () => {
    const records = jsonLines(runCli(["--db", db, "export"]).stdout);
    const budget = records.find((r: { title: string }) => r.title === "Scholz verteidigt Haushaltspläne");
    for (const e of budget.entities) {
      expect(Object.keys(e).sort()).toEqual(["end", "entity", "name", "start", "text", "type"]);
      expect(budget.text.slice(e.start, e.end)).toBe(e.text);
    }
    const ids = new Set(budget.entities.map((e: { entity: string }) => e.entity));
    const direct = budget.quotes.find((q: { kind: string }) => q.kind === "direct");
    expect(direct).toMatchObject({ text: "„Wir werden die Schuldenbremse einhalten“", cue: "sagte", speaker: { text: "Scholz" }, speaker_entity: "per:olaf-scholz", speaker_name: "Olaf Scholz" });
    for (const q of budget.quotes) {
      expect(budget.text.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker) expect(budget.text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
      if (q.speaker_entity) expect(ids.has(q.speaker_entity), q.speaker_entity).toBe(true);
    }
    const merz = budget.quotes.filter((q: { speaker_entity: string }) => q.speaker_entity === "per:friedrich-merz");
    expect(merz.map((q: { kind: string; cue: string }) => `${q.kind} ${q.cue}`)).toEqual(["indirect erklärte", "indirect Laut"]);
    expect(budget).toMatchObject({ published: "2024-06-03", published_source: "text" });
    expect(budget.dates).toContainEqual({ text: "Montag (3. Juni)", start: expect.any(Number), end: expect.any(Number), value: "2024-06-03", granularity: "day" });
    const sport = records.find((r: { title: string }) => r.title.startsWith("Handball-EM"));
    expect(sport.dates).toEqual(expect.arrayContaining([expect.objectContaining({ text: "11. Januar", granularity: "day" })]));
  });

  it("prints entities, quotes and dates under the article text", () => {
    const list = jsonLines(runCli(["--db", db, "articles", "--json"]).stdout);
    const id = list.find((r: { title: string }) => r.title === "Scholz verteidigt Haushaltspläne").id;
    const shown = runCli(["--db", db, "show", id]).stdout;
    expect(shown).toMatch(/Entities:\n\s+PER\s+Olaf Scholz ×3\s+\(Olaf Scholz, Scholz\)/);
    expect(shown).toMatch(/Quotes:\n\s+\[direct\] Olaf Scholz \(sagte\): „Wir werden die Schuldenbremse einhalten“/);
    expect(shown).toContain("Dates:");
  });
});
