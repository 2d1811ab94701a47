import type { Command } from "commander";
import type { WeekdayCase, WeekdaysReport } from "../../eval/weekdays.js";
import { positiveInt, writeOptionFile, writeOut } from "../context.js";

interface WeekdaysFlags {
  data: string;
  out?: string;
  limit?: number;
  json?: boolean;
}

const HELP = `
Gold comes from the texts themselves: a weekday the text joins to its date ("am Montag, dem 27. März",
"Freitag (31.5.)") within six days of the article date is one case. The date is cut out, the weekday alone is
resolved against the article date (read from the document's name, "… (2006-03-31)"), and the result must be
the day the text gave. Pairs further from the article date are counted, not scored.

Exit codes: 0 evaluated (whatever the scores), 1 data missing or malformed (EVAL_DATA_MISSING / BAD_ARGUMENT), 2 usage error.`;

/** Adds `lagebild eval weekdays` to the `eval` command. */
export function registerEvalWeekdays(evalCommand: Command): void {
  evalCommand
    .command("weekdays")
    .description("score how a weekday alone is put on its day, with the weekday-date pairs of dated German news as gold (the quotation data set's format)")
    .requiredOption("--data <dir>", "folder of German articles (one *.json or *.json.gz per article with originalText; the date in the file name)")
    .option("--out <file>", "write every case (gold, predicted, context) as JSON Lines")
    .option("--limit <n>", "read only the first n articles (in file-name order)", positiveInt("--limit"))
    .option("--json", "print the result as one JSON object (the last line of standard output)")
    .addHelpText("after", HELP)
    .action(async (flags: WeekdaysFlags) => {
      const { evaluateWeekdays } = await import("../../eval/weekdays.js");
      const cases: WeekdayCase[] = [];
      if (flags.out) writeOptionFile("--out", flags.out, "");
      const report = evaluateWeekdays(flags.data, { limit: flags.limit, onCase: (c) => void cases.push(c) });
      if (flags.out) writeOptionFile("--out", flags.out, cases.map((c) => JSON.stringify(c) + "\n").join(""));
      writeOut(flags.json ? JSON.stringify(report) + "\n" : formatWeekdaysReport(report, cases) + (flags.out ? `Cases: ${flags.out}\n` : ""));
    });
}

/** The report as plain text, with the wrong cases listed. */
export function formatWeekdaysReport(r: WeekdaysReport, cases: readonly WeekdayCase[]): string {
  const wrong = cases.filter((c) => c.predicted !== c.gold);
  const lines = [
    `Weekdays: ${r.documents} article(s), ${r.cases} weekday(s) with their date given (${r.beyondReach} more beyond six days, not scored; ${r.undated} article(s) without a date in the name)`,
    `  right ${r.correct} of ${r.cases}: accuracy ${r.accuracy.toFixed(3)}`,
    ...wrong.map((c) => `  wrong: ${c.document}: «${c.text}» is ${c.gold}, alone read as ${c.predicted ?? "nothing"}: …${c.context}…`),
  ];
  return lines.join("\n") + "\n";
}
