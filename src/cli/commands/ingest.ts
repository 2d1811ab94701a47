import { InvalidArgumentError, type Command } from "commander";
import type { IngestSummary } from "../../app/ingest.js";
import { REJECTION_REASONS, type RejectionReason } from "../../core/errors.js";
import { DEFAULT_MAX_BYTES, defaultReadOptions } from "../../ingest/types.js";
import { EXIT, positiveInt, withStore, writeOut } from "../context.js";
import { ingestProgress, type ProgressMode } from "../progress.js";

interface IngestFlags {
  json?: boolean;
  progress: ProgressMode;
  batchSize: number;
  maxBytes: number;
  timeout: number;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("read files, folders, URLs or standard input (-), process the articles and store them")
    .argument("<inputs...>", "paths (files or folders, recursively), http(s) URLs, or - for standard input")
    .option("--json", "print the summary as one JSON object")
    .option("--progress <mode>", "auto (live status line on a terminal), lines (a line per committed batch, for logs) or none", parseProgress, "auto")
    .option("--batch-size <n>", "articles per transaction", positiveInt("--batch-size"), 50)
    .option("--max-bytes <n>", "largest input accepted, in bytes", positiveInt("--max-bytes"), DEFAULT_MAX_BYTES)
    .option("--timeout <ms>", "timeout per HTTP request, in milliseconds", positiveInt("--timeout"), 20_000)
    .addHelpText("after", "\nExit codes: 0 all items stored or duplicate, 3 some items rejected (see summary), 1 failure, 2 usage error.")
    .action(async (inputs: string[], flags: IngestFlags, command: Command) => {
      const summary = await withStore(command, async (store) => {
        const progress = ingestProgress(flags.json && flags.progress === "auto" ? "none" : flags.progress);
        const read = defaultReadOptions({ maxBytes: flags.maxBytes });
        read.fetch.timeoutMs = flags.timeout;
        try {
          const { ingest } = await import("../../app/ingest.js");
          return await ingest(inputs, { store, read, batchSize: flags.batchSize, onProgress: (c) => progress.update(c), onCommit: (c) => progress.committed(c) });
        } finally {
          progress.stop();
        }
      });
      writeOut(flags.json ? JSON.stringify(summary) + "\n" : formatSummary(summary));
      process.exitCode = summary.rejected > 0 ? EXIT.partial : EXIT.ok;
    });
}

function parseProgress(value: string): ProgressMode {
  if (value === "auto" || value === "lines" || value === "none") return value;
  throw new InvalidArgumentError(`--progress must be auto, lines or none, got "${value}"`);
}

const SHOWN_REJECTIONS = 20;

/** The human-readable ingest summary. */
export function formatSummary(summary: IngestSummary): string {
  const lines = [
    `Read ${summary.items} item(s) in ${summary.seconds.toFixed(1)} s`,
    `  new        ${String(summary.new).padStart(6)}`,
    `  duplicate  ${String(summary.duplicate).padStart(6)}`,
    `  rejected   ${String(summary.rejected).padStart(6)}`,
  ];
  for (const [reason, count] of Object.entries(summary.reasons)) {
    lines.push(`    ${reason.padEnd(20)} ${String(count).padStart(5)}  ${REJECTION_REASONS[reason as RejectionReason]}`);
  }
  if (summary.rejections.length) lines.push("", "Rejected:");
  for (const r of summary.rejections.slice(0, SHOWN_REJECTIONS)) lines.push(`  ${r.source}: ${r.reason}: ${r.detail}`);
  const hidden = summary.rejections.length - SHOWN_REJECTIONS;
  if (hidden > 0) lines.push(`  … and ${hidden} more (use --json to see all)`);
  return lines.join("\n") + "\n";
}
