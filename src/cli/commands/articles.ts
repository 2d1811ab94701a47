import type { Command } from "commander";
import type { ArticleSummary } from "../../store/store.js";
import { positiveInt, withStore, writeOut } from "../context.js";
import { addFilterOptions, toFilter, type FilterFlags } from "../filters.js";
import { truncate } from "../format.js";

interface ArticlesFlags extends FilterFlags {
  limit: number;
  offset: number;
  json?: boolean;
}

export function registerArticles(program: Command): void {
  const command = program
    .command("articles")
    .description("list stored articles, newest first")
    .option("--limit <n>", "how many", positiveInt("--limit"), 20)
    .option("--offset <n>", "skip this many", (v) => Number(v), 0)
    .option("--json", "one JSON object per line");
  addFilterOptions(command).action(async (flags: ArticlesFlags, cmd: Command) => {
    await withStore(cmd, async (store) => {
      const filter = toFilter(flags);
      const rows = await store.listArticles({ ...filter, limit: flags.limit, offset: flags.offset });
      if (flags.json) {
        writeOut(rows.map((r) => JSON.stringify(r) + "\n").join(""));
        return;
      }
      const total = await store.countArticles(filter);
      writeOut(formatTable(rows) + `${rows.length} of ${total} article(s)\n`);
    });
  });
}

function formatTable(rows: ArticleSummary[]): string {
  return rows
    .map((r) => {
      const date = (r.published ?? "").slice(0, 10).padEnd(10);
      const title = truncate(r.title ?? "(no title)", 70);
      return `${r.id}  ${date}  ${(r.language ?? "??").padEnd(2)}  ${truncate(r.publisher ?? "-", 22).padEnd(22)}  ${title}\n`;
    })
    .join("");
}
