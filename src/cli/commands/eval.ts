import type { Command } from "commander";
import { positiveInt, writeOptionFile, writeOut } from "../context.js";
import { registerEvalNer } from "./eval-ner.js";
import { registerEvalQuotes } from "./eval-quotes.js";
import { registerEvalWeekdays } from "./eval-weekdays.js";

interface EvalFlags {
  data: string;
  json?: boolean;
  limit?: number;
  out?: string;
}

const EXIT_CODES = "\nExit codes: 0 evaluated (whatever the scores), 1 data missing or malformed (error EVAL_DATA_MISSING / BAD_ARGUMENT), 2 usage error.";

/** Adds the options every evaluation takes. */
function evalOptions(command: Command): Command {
  return command
    .requiredOption("--data <dir>", "folder of the data set")
    .option("--json", "print the result as one JSON object (the last line of standard output)")
    .option("--limit <n>", "evaluate only the first n pages", positiveInt("--limit"))
    .option("--out <file>", "write per-page results as JSON Lines to this file (for error analysis)")
    .addHelpText("after", EXIT_CODES);
}

/** Collects per-page records and writes them as JSON Lines when --out was given. */
function perPageSink<T>(out: string | undefined): { add: (record: T) => void; flush: () => void } {
  const lines: string[] = [];
  if (out) writeOptionFile("--out", out, "");
  return {
    add: (record) => {
      if (out) lines.push(JSON.stringify(record));
    },
    flush: () => {
      if (out) writeOptionFile("--out", out, lines.map((l) => l + "\n").join(""));
    },
  };
}

/** Prints a report: one JSON line with --json, else the table (and where --out went). */
function printReport(report: object, text: string, flags: EvalFlags): void {
  if (flags.json) return writeOut(JSON.stringify(report) + "\n");
  writeOut(text + (flags.out ? `\nPer-page results: ${flags.out}\n` : ""));
}

export function registerEval(program: Command): void {
  const evalCommand = program.command("eval").description("measure quality against evaluation data (extraction, publication dates, entities, quotes, weekdays)");

  evalOptions(
    evalCommand
      .command("extract")
      .description("score main-text extraction: trafilatura's snippet format (evaldata.json + pages/) or the article-extraction-benchmark format (ground-truth.json + html/)"),
  ).action(async (flags: EvalFlags) => {
    const sink = perPageSink<object>(flags.out);
    const { evaluateExtraction } = await import("../../eval/extract-eval.js");
    const { formatExtractReport } = await import("../../eval/report.js");
    const report = await evaluateExtraction(flags.data, { limit: flags.limit, onPage: sink.add });
    sink.flush();
    printReport(report, formatExtractReport(report), flags);
  });

  evalOptions(
    evalCommand.command("dates").description("score publication dates: htmldate's format (evaldata.json with {url: {file, date}} + pages/)"),
  ).action(async (flags: EvalFlags) => {
    const sink = perPageSink<object>(flags.out);
    const { evaluateDates } = await import("../../eval/dates-eval.js");
    const { formatDatesReport } = await import("../../eval/report.js");
    const report = evaluateDates(flags.data, { limit: flags.limit, onPage: sink.add });
    sink.flush();
    printReport(report, formatDatesReport(report), flags);
  });

  registerEvalNer(evalCommand);
  registerEvalQuotes(evalCommand);
  registerEvalWeekdays(evalCommand);
}
