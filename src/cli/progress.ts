import cliProgress from "cli-progress";
import type { IngestCounts } from "../app/ingest.js";

export interface Progress {
  update(counts: IngestCounts): void;
  committed(counts: IngestCounts): void;
  stop(): void;
}

/** auto: a live status line when stderr is a terminal; lines: one line per committed batch (for logs); none. */
export type ProgressMode = "auto" | "lines" | "none";

const SILENT: Progress = { update: () => undefined, committed: () => undefined, stop: () => undefined };

const LINES: Progress = {
  update: () => undefined,
  committed: (c) => process.stderr.write(`committed: ${c.items} items read, ${c.new} new, ${c.duplicate} duplicate, ${c.rejected} rejected\n`),
  stop: () => undefined,
};

/** The progress display for a mode. */
export function ingestProgress(mode: ProgressMode): Progress {
  if (mode === "lines") return LINES;
  if (mode === "none" || !process.stderr.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      format: "ingesting | {items} items | {new} new | {duplicate} duplicate | {rejected} rejected | {rate}/s",
      stream: process.stderr,
      hideCursor: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(0, 0, { items: 0, new: 0, duplicate: 0, rejected: 0, rate: "0" });
  return {
    update(counts) {
      const seconds = Math.max((performance.now() - started) / 1000, 0.001);
      bar.update(counts.items, { ...counts, rate: (counts.items / seconds).toFixed(1) });
    },
    committed: () => undefined,
    stop: () => bar.stop(),
  };
}
