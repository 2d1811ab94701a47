/** Human-readable evaluation reports (the CLI prints these without --json). */
import type { DatesReport } from "./dates-eval.js";
import type { ExtractReport, FailedPage } from "./extract-eval.js";
import type { TimingSummary } from "./stats.js";

/** Formats rows as columns: the first column left-aligned, the others right-aligned. */
export function formatTable(rows: readonly (readonly string[])[], indent = "  "): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => indent + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ").trimEnd())
    .join("\n");
}

const f3 = (value: number): string => value.toFixed(3);
const ms = (value: number): string => value.toFixed(1);

function timingRow(name: string, t: TimingSummary): string[] {
  return [name, ms(t.median), ms(t.p95), ms(t.mean)];
}

const SHOWN_FAILURES = 20;

function failureLines(failed: readonly FailedPage[]): string[] {
  if (failed.length === 0) return ["Failed pages: none"];
  const byReason = new Map<string, number>();
  for (const f of failed) byReason.set(f.reason, (byReason.get(f.reason) ?? 0) + 1);
  const lines = [`Failed pages: ${failed.length} (${[...byReason].map(([r, n]) => `${r} ${n}`).join(", ")})`];
  for (const f of failed.slice(0, SHOWN_FAILURES)) lines.push(`  ${f.file}${f.url ? ` <${f.url}>` : ""}: ${f.reason}: ${f.detail}`);
  if (failed.length > SHOWN_FAILURES) lines.push(`  … and ${failed.length - SHOWN_FAILURES} more (see --json or --out)`);
  return lines;
}

function metricRows(r: { precision: number; recall: number; f1: number; accuracy: number }): string[][] {
  return [
    ["metric", "value"],
    ["precision", f3(r.precision)],
    ["recall", f3(r.recall)],
    ["f1", f3(r.f1)],
    ["accuracy", f3(r.accuracy)],
  ];
}

const FORMAT_NAMES: Record<ExtractReport["format"], string> = {
  snippets: "snippets that must / must not appear (trafilatura's benchmark); micro-averaged over snippets",
  "article-body": "article bodies, 4-token shingles (article-extraction-benchmark); averaged over pages",
};

/** The report of `lagebild eval extract`. */
export function formatExtractReport(r: ExtractReport): string {
  const lines = [`Extraction: ${r.scored} of ${r.pages} page(s) scored from ${r.data}`, `  data: ${FORMAT_NAMES[r.format]}`, ""];
  lines.push(formatTable(metricRows(r)));
  if (r.counts) lines.push("", `  snippets: tp ${r.counts.tp}, fn ${r.counts.fn}, fp ${r.counts.fp}, tn ${r.counts.tn}`);
  lines.push("", formatTable([["time per page (ms)", "median", "p95", "mean"], timingRow("HTML extraction", r.timing.extract), timingRow("pipeline (clean, language, sentences)", r.timing.pipeline)]));
  const paths = Object.entries(r.paths).sort((a, b) => b[1] - a[1]);
  lines.push("", `Extraction paths: ${paths.map(([p, n]) => `${p} ${n}`).join(", ") || "none"}`);
  lines.push(...failureLines(r.failed));
  return lines.join("\n") + "\n";
}

/** The report of `lagebild eval dates`. */
export function formatDatesReport(r: DatesReport): string {
  const c = r.counts;
  const lines = [`Publication dates: ${r.scored} of ${r.pages} page(s) scored from ${r.data}`, ""];
  lines.push(formatTable(metricRows(r)));
  lines.push("", `  pages: tp ${c.tp} (right date), fp ${c.fp} (wrong date), fn ${c.fn} (no date, one expected), tn ${c.tn} (no date, none expected)`);
  lines.push("", formatTable([["time per page (ms)", "median", "p95", "mean"], timingRow("HTML extraction", r.timing.extract)]));
  lines.push("", ...failureLines(r.failed));
  return lines.join("\n") + "\n";
}
