import { InvalidArgumentError, type Command } from "commander";
import type { ArticleFilter } from "../store/store.js";

export interface FilterFlags {
  language?: string;
  publisher?: string;
  since?: string;
  until?: string;
  search?: string;
  entity?: string;
}

/** Adds the article filter options shared by `articles` and `export`. */
export function addFilterOptions(command: Command): Command {
  return command
    .option("--language <code>", "only articles in this language (ISO 639-1, e.g. de)")
    .option("--publisher <name>", "only articles of this publisher (exact name)")
    .option("--since <date>", "only articles published on or after this date (YYYY-MM-DD)", isoDate("--since"))
    .option("--until <date>", "only articles published on or before this date (YYYY-MM-DD)", isoDate("--until"))
    .option("--search <text>", "only articles whose title or text contains this (case-insensitive)")
    .option("--entity <id>", 'only articles that mention this entity (id as listed by `lagebild entities`, e.g. "per:olaf-scholz")');
}

function isoDate(name: string): (value: string) => string {
  return (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || Number.isNaN(Date.parse(value))) {
      throw new InvalidArgumentError(`${name} must be a date as YYYY-MM-DD, got "${value}"`);
    }
    return value;
  };
}

export function toFilter(flags: FilterFlags): ArticleFilter {
  return { language: flags.language, publisher: flags.publisher, since: flags.since, until: flags.until, search: flags.search, entity: flags.entity };
}
