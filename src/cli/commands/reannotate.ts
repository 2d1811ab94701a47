import type { Command } from "commander";
import { annotate, annotationsDiffer } from "../../app/reannotate.js";
import { withStore, writeOut } from "../context.js";
import { addFilterOptions, toFilter, type FilterFlags } from "../filters.js";

interface ReannotateFlags extends FilterFlags {
  json?: boolean;
}

/**
 * `lagebild reannotate`: computes the dates, entities and quotes of stored
 * articles again with this version's pipeline and stores them, one article
 * per transaction (an interrupted run leaves every article either as it was
 * or re-annotated; running it again finishes the rest and changes nothing
 * twice).
 */
export function registerReannotate(program: Command): void {
  const command = program
    .command("reannotate")
    .description("compute the dates, entities and quotes of stored articles again with this version's pipeline (after an upgrade)")
    .option("--json", "print the summary as one JSON object");
  addFilterOptions(command).action(async (flags: ReannotateFlags, cmd: Command) => {
    await withStore(cmd, async (store) => {
      let articles = 0;
      let changed = 0;
      for await (const article of store.iterateArticles(toFilter(flags))) {
        articles++;
        const annotations = await annotate(article);
        if (!annotationsDiffer(annotations, article)) continue;
        await store.replaceAnnotations(article.id, annotations);
        changed++;
      }
      writeOut(flags.json ? JSON.stringify({ articles, changed }) + "\n" : `re-annotated ${articles} article(s): ${changed} changed, ${articles - changed} unchanged\n`);
    });
  });
}
