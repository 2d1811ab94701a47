/**
 * Articles for the dump scripts (dump-entities.ts, dump-quotes.ts), from
 * either a JSON Lines file (one object per line with `id`, `text` and
 * perhaps `title`, as the story-clustering streams of
 * ../shared/data/clusters-dev are) or a folder in the format of the
 * quotation data set (../shared/data/quotes-wikinews2024/train, one
 * `*.json.gz` per article; the title is read from the file name,
 * "10022 - Der Astronaut … (2005-08-05)"). The language is German for such a
 * folder and unknown (null) for a file: the scripts read a file as English
 * unless told otherwise.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { loadQuoteDocuments } from "../src/eval/quotes.js";

export interface DumpArticle {
  id: string;
  title: string | null;
  text: string;
  language: string | null;
}

/** The title in a quotation-data file name: the words between "NNN - " and " (YYYY-MM-DD)". */
const titleOfName = (name: string): string => name.replace(/^\d+ - /u, "").replace(/ \(\d{4}-\d\d-\d\d\)$/u, "");

/** The articles of a JSON Lines file or a quotation-data folder; exits with a message saying what to give when `path` is neither. */
export function readArticles(path: string | undefined, script: string): DumpArticle[] {
  if (!path || !existsSync(path)) {
    console.error(
      `${script}: give a JSON Lines file of articles ({id, text} per line, e.g. ../shared/data/clusters-dev/newswcl50.jsonl) or a folder of the quotation data set (e.g. ../shared/data/quotes-wikinews2024/dev)${path ? `; ${path} does not exist` : ""}.`,
    );
    process.exit(1);
  }
  if (statSync(path).isDirectory()) {
    return loadQuoteDocuments(path).map((d) => ({ id: d.name, title: titleOfName(d.name), text: d.text, language: "de" }));
  }
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((line) => {
      const a = JSON.parse(line) as { id: string; text: string; title?: string };
      return { id: a.id, title: a.title ?? null, text: a.text, language: null };
    });
}
