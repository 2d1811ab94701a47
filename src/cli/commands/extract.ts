import type { Command } from "commander";
import { toExportRecord } from "../../app/export.js";
import { defaultReadOptions } from "../../ingest/types.js";
import { EXIT, writeOut } from "../context.js";

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("process one input without storing it and print its article(s) as JSON (export schema)")
    .argument("<input>", "a file, an http(s) URL, or - for standard input")
    .option("--jsonl", "always one JSON object per line (default: pretty JSON when the input holds one article)")
    .action(async (input: string, flags: { jsonl?: boolean }) => {
      const { NO_EVIDENCE, processDraft, standardPipeline } = await import("../../app/process.js");
      const { readInputs } = await import("../../ingest/read.js");
      const pipeline = standardPipeline();
      const records: string[] = [];
      let failed = 0;
      for await (const result of readInputs([input], defaultReadOptions())) {
        const processed = result.kind === "draft" ? await processDraft(pipeline, result.draft, NO_EVIDENCE) : result;
        if (processed.kind === "article") {
          records.push(JSON.stringify(toExportRecord(processed.article)));
          continue;
        }
        failed += 1;
        const r = processed.rejection;
        process.stderr.write(`rejected ${r.source}: ${r.reason}: ${r.detail}\n`);
      }
      if (records.length === 1 && !flags.jsonl) writeOut(JSON.stringify(JSON.parse(records[0]), null, 2) + "\n");
      else writeOut(records.map((r) => r + "\n").join(""));
      process.exitCode = records.length === 0 ? EXIT.failure : failed > 0 ? EXIT.partial : EXIT.ok;
    });
}
