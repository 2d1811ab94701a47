import type { Command } from "commander";
import { lagebildError } from "../../core/errors.js";
import type { NerModel } from "../../nlp/ner/model.js";
import { writeOptionFile, writeOut } from "../context.js";

interface NerFlags {
  data: string;
  predictions?: string;
  heldOut?: boolean;
  secondHalf?: boolean;
  rules: boolean;
  model?: string;
  json?: boolean;
}

/** Adds `lagebild eval ner` to the `eval` command. */
export function registerEvalNer(evalCommand: Command): void {
  evalCommand
    .command("ner")
    .description("score named-entity recognition on a GermEval 2014 file (strict spans over PER, ORG, LOC, MISC; OTH → MISC, *deriv/*part → O)")
    .requiredOption("--data <file>", "GermEval 2014 file: `#` line, then index<TAB>token<TAB>outer<TAB>inner per token, blank line after each sentence")
    .option("--predictions <file>", "write the file back with our tags in the outer column")
    .option("--held-out", "score only the held-out part of the fixed split of GermEval's development file (the part the shipped model never saw)")
    .option("--second-half", "score only the second half of the split's training part: text a model trained with `npm run train:ner -- --share 0.5` never saw and no name rule was written from")
    .option("--no-rules", "score the model's own tags, without the name rules after it")
    .option("--model <file>", "model file (default: the shipped models/ner-de.bin.gz)")
    .option("--json", "print the result as one JSON object (the last line of standard output)")
    .addHelpText("after", "\nExit codes: 0 evaluated (whatever the scores), 1 data missing or malformed (EVAL_DATA_MISSING / BAD_ARGUMENT), 2 usage error.")
    .action(async (flags: NerFlags) => {
      const { evaluateNer, formatNerReport } = await import("../../eval/ner.js");
      if (flags.predictions) writeOptionFile("--predictions", flags.predictions, "");
      if (flags.heldOut && flags.secondHalf) throw lagebildError("BAD_ARGUMENT", "--held-out and --second-half name two different parts; give one of them");
      const part = flags.heldOut ? "held-out" : flags.secondHalf ? "second-half" : "all";
      const { report, predictions } = evaluateNer(flags.data, await modelFrom(flags.model), { part, rules: flags.rules });
      if (flags.predictions) writeOptionFile("--predictions", flags.predictions, predictions);
      writeOut(flags.json ? JSON.stringify(report) + "\n" : formatNerReport(report) + (flags.predictions ? `Predictions: ${flags.predictions}\n` : ""));
    });
}

async function modelFrom(path: string | undefined): Promise<NerModel> {
  const { loadNerModel } = await import("../../nlp/ner/tagger.js");
  try {
    return loadNerModel(path);
  } catch (error) {
    throw lagebildError("BAD_ARGUMENT", error instanceof Error ? error.message : String(error));
  }
}
