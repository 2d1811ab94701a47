import type { Command } from "commander";
import { toExportRecord } from "../../app/export.js";
import type { StoredArticle } from "../../store/store.js";
import { lagebildError } from "../../core/errors.js";
import { EXIT, printError, withStore, writeOut } from "../context.js";
import { truncate } from "../format.js";

export function registerShow(program: Command): void {
  program
    .command("show")
    .description("show one stored article")
    .argument("<id>", "article id (or a unique prefix of at least 6 characters)")
    .option("--json", "the article in the export schema, as JSON")
    .option("--removed", "also list the furniture lines removed from the text")
    .action(async (id: string, flags: { json?: boolean; removed?: boolean }, command: Command) => {
      await withStore(command, async (store) => {
        const article = await store.getArticle(id);
        if (!article) {
          printError(lagebildError("NOT_FOUND", `no article with id "${id}"`));
          process.exitCode = EXIT.notFound;
          return;
        }
        writeOut(flags.json ? JSON.stringify(toExportRecord(article), null, 2) + "\n" : formatArticle(article, Boolean(flags.removed)));
      });
    });
}

function formatArticle(a: StoredArticle, withRemoved: boolean): string {
  const meta: [string, string | null][] = [
    ["id", a.id],
    ["source", a.source],
    ["url", a.url],
    ["publisher", a.publisher],
    ["author", a.author],
    ["published", a.published ? `${a.published} (${a.publishedSource ?? "?"})` : null],
    ["language", a.language],
    ["extraction", a.extraction],
    ["ingested", a.ingestedAt],
  ];
  const lines = [a.title ?? "(no title)", "=".repeat(Math.min((a.title ?? "").length || 10, 80))];
  for (const [key, value] of meta) if (value) lines.push(`${key.padEnd(11)}${value}`);
  lines.push(`${"sentences".padEnd(11)}${a.sentences.length}`, `${"removed".padEnd(11)}${a.removed.length} line(s)`, "", a.text, "");
  lines.push(...entitySection(a), ...quoteSection(a), ...dateSection(a));
  if (withRemoved && a.removed.length) {
    lines.push("Removed lines:");
    for (const r of a.removed) lines.push(`  [${r.reason}] ${r.text}`);
    lines.push("");
  }
  return lines.join("\n");
}

/** The article's entities, one line each: type, canonical name, how often, as written. */
function entitySection(a: StoredArticle): string[] {
  const byEntity = new Map<string, { type: string; name: string; forms: Set<string>; count: number }>();
  for (const m of a.entities) {
    const key = m.entity ?? `${m.type}:${m.text}`;
    const row = byEntity.get(key) ?? { type: m.type, name: m.name ?? m.text, forms: new Set<string>(), count: 0 };
    row.forms.add(m.text);
    row.count += 1;
    byEntity.set(key, row);
  }
  if (byEntity.size === 0) return [];
  const rows = [...byEntity.values()].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name));
  return ["Entities:", ...rows.map((r) => `  ${r.type.padEnd(4)} ${r.name} ×${r.count}${r.forms.size > 1 || !r.forms.has(r.name) ? `  (${[...r.forms].join(", ")})` : ""}`), ""];
}

/** Who said what: kind, speaker (resolved name where known), cue, the quote. */
function quoteSection(a: StoredArticle): string[] {
  if (a.quotes.length === 0) return [];
  const speaker = (q: StoredArticle["quotes"][number]): string => q.speaker_name ?? q.speaker?.text ?? "(unknown)";
  return ["Quotes:", ...a.quotes.map((q) => `  [${q.kind}] ${speaker(q)}${q.cue ? ` (${q.cue})` : ""}${q.source ? ` via ${q.source.name ?? q.source.text}` : ""}: ${truncate(q.text.replace(/\s+/g, " "), 160)}`), ""];
}

/** Dates in the text with their resolved values. */
function dateSection(a: StoredArticle): string[] {
  if (a.dates.length === 0) return [];
  return ["Dates:", ...a.dates.map((d) => `  ${d.value.padEnd(10)} ${d.granularity.padEnd(5)} ${d.text}`), ""];
}

