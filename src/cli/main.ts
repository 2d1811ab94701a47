#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { LagebildError } from "../core/errors.js";
import { EXIT, printError, UsageError } from "./context.js";
import { registerArticles } from "./commands/articles.js";
import { registerEntities } from "./commands/entities.js";
import { registerEval } from "./commands/eval.js";
import { registerExport } from "./commands/export.js";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerReannotate } from "./commands/reannotate.js";
import { registerShow } from "./commands/show.js";

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/** Builds the `lagebild` command with all subcommands. */
export function buildProgram(): Command {
  const program = new Command("lagebild")
    .description("Lagebild: a situation picture from raw news. Ingest, clean, store and export articles.")
    .version(version())
    .option("--db <dir>", "PGlite data folder (default: $LAGEBILD_DB or ./lagebild-data)")
    .option("--pg-url <url>", "use PostgreSQL at this URL instead of PGlite (default: $LAGEBILD_PG_URL)")
    .showHelpAfterError()
    .exitOverride();
  for (const register of [registerIngest, registerArticles, registerShow, registerEntities, registerExtract, registerExport, registerReannotate, registerEval]) register(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Prints an error the way a user can act on it, and returns the exit code. */
function report(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`error: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof LagebildError) {
    printError(error);
    return EXIT.failure;
  }
  process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.failure;
}

/** A reader that stops early ("lagebild export | head -1") closes the pipe: stop quietly, as other command-line tools do, not with a stack trace. */
function stopWhenReaderLeaves(error: NodeJS.ErrnoException): void {
  if (error.code !== "EPIPE") throw error;
  process.exit(EXIT.ok);
}

process.stdout.on("error", stopWhenReaderLeaves);
buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.exitCode = report(error);
  });
