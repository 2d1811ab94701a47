import type { Command } from "commander";
import { toExportRecord } from "../../app/export.js";
import type { StoredArticle } from "../../store/store.js";
import { lagebildError } from "../../core/errors.js";
import { EXIT, printError, withStore, writeOut } from "../context.js";

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
  if (withRemoved && a.removed.length) {
    lines.push("Removed lines:");
    for (const r of a.removed) lines.push(`  [${r.reason}] ${r.text}`);
    lines.push("");
  }
  return lines.join("\n");
}
