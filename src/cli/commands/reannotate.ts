import type { Command } from "commander";
import { annotate, annotationsDiffer } from "../../app/reannotate.js";
import { LagebildError } from "../../core/errors.js";
import { EXIT, withStore, writeOut } from "../context.js";
import { addFilterOptions, toFilter, type FilterFlags } from "../filters.js";

interface ReannotateFlags extends FilterFlags {
  json?: boolean;
}

/** What a run did: articles read, re-annotated with a change, and those that could not be (with why). */
interface ReannotateSummary {
  articles: number;
  changed: number;
  failed: { id: string; error: string; fix?: string }[];
}

/**
 * `lagebild reannotate`: computes the sentences, dates, entities and quotes of stored
 * articles again with this version's pipeline and stores them, one article
 * per transaction (an interrupted run leaves every article either as it was
 * or re-annotated; running it again finishes the rest and changes nothing
 * twice). An article that cannot be re-annotated (stored without a layer the
 * stages need) is reported and left as it is; the others go on.
 */
export function registerReannotate(program: Command): void {
  const command = program
    .command("reannotate")
    .description("compute the sentences, dates, entities and quotes of stored articles again with this version's pipeline (after an upgrade)")
    .option("--json", "print the summary as one JSON object")
    .addHelpText("after", "\nExit codes: 0 every article re-annotated or unchanged, 3 some articles could not be (listed in the summary), 1 failure, 2 usage error.");
  addFilterOptions(command).action(async (flags: ReannotateFlags, cmd: Command) => {
    await withStore(cmd, async (store) => {
      const summary: ReannotateSummary = { articles: 0, changed: 0, failed: [] };
      for await (const article of store.iterateArticles(toFilter(flags))) {
        summary.articles++;
        let annotations;
        try {
          annotations = await annotate(article);
        } catch (error) {
          // The pipeline's complaint about this article; a store that fails while writing stops the run (exit 1).
          const fix = error instanceof LagebildError ? error.fix : undefined;
          summary.failed.push({ id: article.id, error: error instanceof Error ? error.message : String(error), fix });
          continue;
        }
        if (!annotationsDiffer(annotations, article)) continue;
        await store.replaceAnnotations(article.id, annotations);
        summary.changed++;
      }
      writeOut(flags.json ? JSON.stringify(summary) + "\n" : formatSummary(summary));
      process.exitCode = summary.failed.length > 0 ? EXIT.partial : EXIT.ok;
    });
  });
}

function formatSummary(s: ReannotateSummary): string {
  const unchanged = s.articles - s.changed - s.failed.length;
  const head = `re-annotated ${s.articles} article(s): ${s.changed} changed, ${unchanged} unchanged${s.failed.length ? `, ${s.failed.length} failed` : ""}\n`;
  return head + s.failed.map((f) => `  ${f.id}: ${f.error}\n${f.fix ? `    fix: ${f.fix}\n` : ""}`).join("");
}
