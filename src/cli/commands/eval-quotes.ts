import type { Command } from "commander";
import type { GoldType, Prf, QuoteDocumentResult, QuotesReport } from "../../eval/quotes.js";
import { positiveInt, writeOptionFile, writeOut } from "../context.js";

interface QuotesFlags {
  data: string;
  predictions?: string;
  limit?: number;
  json?: boolean;
}

const HELP = `
A predicted quote is found when its span overlaps a gold quote (first charBegin to last charEnd) by at least
half of the longer of the two, matched one-to-one (greedy by overlap); it is attributed when its speaker span
also overlaps the gold speaker (or neither has one). Per type, unmatched predictions count against the type
their kind maps to (direct → Direct, indirect → Indirect, reported → Reported).

Exit codes: 0 evaluated (whatever the scores), 1 data missing or malformed (EVAL_DATA_MISSING / BAD_ARGUMENT), 2 usage error.`;

/** Adds `lagebild eval quotes` to the `eval` command. */
export function registerEvalQuotes(evalCommand: Command): void {
  evalCommand
    .command("quotes")
    .description("score quotation finding and attribution on German news (one *.json or *.json.gz per article: originalText + annotations[])")
    .requiredOption("--data <dir>", "folder of annotated articles")
    .option("--predictions <file>", "write our quotes as JSON Lines, one line per article")
    .option("--limit <n>", "evaluate only the first n articles (in file-name order)", positiveInt("--limit"))
    .option("--json", "print the result as one JSON object (the last line of standard output)")
    .addHelpText("after", HELP)
    .action(async (flags: QuotesFlags) => {
      const { evaluateQuotes } = await import("../../eval/quotes.js");
      const lines: string[] = [];
      if (flags.predictions) writePredictions(flags.predictions, lines);
      const onDocument = flags.predictions ? (r: QuoteDocumentResult) => void lines.push(JSON.stringify(r)) : undefined;
      const report = evaluateQuotes(flags.data, { limit: flags.limit, onDocument });
      if (flags.predictions) writePredictions(flags.predictions, lines);
      writeOut(flags.json ? JSON.stringify(report) + "\n" : formatQuotesReport(report) + (flags.predictions ? `Predictions: ${flags.predictions}\n` : ""));
    });
}

function writePredictions(path: string, lines: readonly string[]): void {
  writeOptionFile("--predictions", path, lines.map((l) => l + "\n").join(""));
}

const pct = (x: number) => x.toFixed(3);
const cells = (p: Prf) => [pct(p.precision), pct(p.recall), pct(p.f1)];

/** The report as a plain-text table. */
export function formatQuotesReport(r: QuotesReport): string {
  const rows: string[][] = [["", "gold", "found P", "R", "F1", "attributed P", "R", "F1"]];
  rows.push(["all", String(r.gold), ...cells(r.found), ...cells(r.attributed)]);
  for (const type of Object.keys(r.byType) as GoldType[]) rows.push([type, String(r.byType[type].gold), ...cells(r.byType[type].found), ...cells(r.byType[type].attributed)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const table = rows.map((row) => "  " + row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ")).join("\n");
  return `Quotes: ${r.documents} article(s), ${r.gold} gold quote(s), ${r.predicted} predicted\n${table}\n`;
}
