import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { InvalidArgumentError, type Command } from "commander";
import { exportLines, toExportRecord, type ExportFormat, type ExportRecord } from "../../app/export.js";
import type { ArticleFilter, Store } from "../../store/store.js";
import { withStore } from "../context.js";
import { addFilterOptions, toFilter, type FilterFlags } from "../filters.js";

interface ExportFlags extends FilterFlags {
  format: ExportFormat;
  out?: string;
}

export function registerExport(program: Command): void {
  const command = program
    .command("export")
    .description("write stored articles in the export schema (JSON Lines or CSV)")
    .option("--format <format>", "jsonl or csv", parseFormat, "jsonl")
    .option("--out <file>", "write to this file instead of standard output");
  addFilterOptions(command).action(async (flags: ExportFlags, cmd: Command) => {
    await withStore(cmd, async (store) => {
      const out: Writable = flags.out ? createWriteStream(flags.out) : process.stdout;
      let count = 0;
      for await (const line of exportLines(countRecords(store, toFilter(flags), () => count++), flags.format)) {
        if (!out.write(line)) await once(out, "drain");
      }
      if (flags.out) {
        out.end();
        await once(out, "finish");
        process.stderr.write(`exported ${count} article(s) to ${flags.out}\n`);
      }
    });
  });
}

async function* countRecords(store: Store, filter: ArticleFilter, onRecord: () => void): AsyncGenerator<ExportRecord> {
  for await (const article of store.iterateArticles(filter)) {
    onRecord();
    yield toExportRecord(article);
  }
}

function parseFormat(value: string): ExportFormat {
  if (value !== "jsonl" && value !== "csv") throw new InvalidArgumentError(`--format must be jsonl or csv, got "${value}"`);
  return value;
}
