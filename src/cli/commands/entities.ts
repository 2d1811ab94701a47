import { Option, type Command } from "commander";
import type { EntityType } from "../../core/article.js";
import { lagebildError } from "../../core/errors.js";
import type { EntitySummary, StoredEntity, EntityArticle } from "../../store/store.js";
import { EXIT, positiveInt, printError, withStore, writeOut } from "../context.js";

const ENTITY_TYPES: readonly EntityType[] = ["PER", "ORG", "LOC", "MISC"];

interface EntitiesFlags {
  type?: EntityType;
  search?: string;
  limit: number;
  offset: number;
  json?: boolean;
}

/** `lagebild entities` (list, most mentioned first) and `lagebild entity <id>` (aliases and articles). */
export function registerEntities(program: Command): void {
  program
    .command("entities")
    .description("list the people, organisations, places and other names of the stored articles, most mentioned first")
    .addOption(new Option("--type <type>", "only this type").choices(ENTITY_TYPES))
    .option("--search <text>", "name or alias contains this (case- and spelling-insensitive: \"Zelensky\" finds \"Selenskyj\")")
    .option("--limit <n>", "how many", positiveInt("--limit"), 20)
    .option("--offset <n>", "skip this many", (v) => Number(v), 0)
    .option("--json", "one JSON object per line")
    .action(async (flags: EntitiesFlags, command: Command) => {
      await withStore(command, async (store) => {
        const rows = await store.listEntities({ type: flags.type, search: flags.search, limit: flags.limit, offset: flags.offset });
        writeOut(flags.json ? rows.map((r) => JSON.stringify(r) + "\n").join("") : formatEntities(rows));
      });
    });

  program
    .command("entity")
    .description("show one entity: its names as written, and the articles that mention it")
    .argument("<id>", 'entity id as listed by `lagebild entities` ("per:olaf-scholz")')
    .option("--limit <n>", "how many articles", positiveInt("--limit"), 20)
    .option("--json", "the entity with its aliases and articles as one JSON object")
    .action(async (id: string, flags: { limit: number; json?: boolean }, command: Command) => {
      await withStore(command, async (store) => {
        const entity = await store.getEntity(id);
        if (!entity) {
          printError(lagebildError("NOT_FOUND", `no entity with id "${id}" (ids look like "per:olaf-scholz")`));
          process.exitCode = EXIT.notFound;
          return;
        }
        const articles = await store.articlesOfEntity(entity.id, { limit: flags.limit });
        writeOut(flags.json ? JSON.stringify({ ...entity, articles }) + "\n" : formatEntity(entity, articles));
      });
    });
}

function formatEntities(rows: readonly EntitySummary[]): string {
  const lines = rows.map((r) => `${r.type.padEnd(4)}  ${String(r.mentions).padStart(5)}  ${String(r.articles).padStart(4)}  ${r.name}  (${r.id})`);
  return [`type  mentions articles  name (id)`, ...lines, `${rows.length} entit${rows.length === 1 ? "y" : "ies"}`, ""].join("\n");
}

function formatEntity(entity: StoredEntity, articles: readonly EntityArticle[]): string {
  const lines = [
    `${entity.name} (${entity.type})`,
    `id        ${entity.id}`,
    `mentions  ${entity.mentions} in ${entity.articles} article(s)`,
    `aliases   ${entity.aliases.map((a) => `${a.alias} ×${a.mentions}`).join(", ")}`,
    ...(entity.sameFamilyName.length > 0
      ? [`same family name (not merged)  ${entity.sameFamilyName.map((e) => `${e.name} (${e.id}) ×${e.mentions}`).join(", ")}`]
      : []),
    "",
    "Articles:",
    ...articles.map((a) => `  ${a.id}  ${(a.published ?? "").slice(0, 10).padEnd(10)}  ×${a.mentions}  ${a.title ?? "(no title)"}`),
    "",
  ];
  return lines.join("\n");
}
