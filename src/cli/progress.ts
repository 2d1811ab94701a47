import cliProgress from "cli-progress";
import type { IngestCounts } from "../app/ingest.js";

export interface Progress {
  update(counts: IngestCounts): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

/** A live status line on stderr when it is a terminal; silent otherwise. */
export function ingestProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return SILENT;
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
    stop: () => bar.stop(),
  };
}
