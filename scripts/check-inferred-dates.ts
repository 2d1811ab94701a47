/**
 * How well a missing publication date is inferred from the text alone
 * (src/nlp/dates/infer.ts), measured on the dated German Wikinews articles of
 * the quotation data set: the gold date is in each file name, "(2005-08-06)".
 * Not a test; prints how many dates were inferred and how far they lie from
 * the gold date.
 *
 *   node --import tsx scripts/check-inferred-dates.ts [--min-score N] [DIR ...]
 *
 * DIR defaults to ../shared/data/quotes-wikinews2024/{train,dev}; --min-score
 * replaces the evidence a day needs (MIN_SCORE, 3) to see what a lower or
 * higher threshold would give.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadQuoteDocuments } from "../src/eval/quotes.js";
import { inferPublished } from "../src/nlp/dates/index.js";
import { MIN_SCORE } from "../src/nlp/dates/infer.js";

const GOLD_DATE = /\((\d{4}-\d{2}-\d{2})\)/u;
const DAY_MS = 86_400_000;
/** Distances (in days) the report counts dates within. */
const WITHIN = [0, 1, 3, 7, 31] as const;

const args = process.argv.slice(2);
const scoreAt = args.indexOf("--min-score");
const minScore = scoreAt >= 0 ? Number(args[scoreAt + 1]) : MIN_SCORE;
if (!Number.isFinite(minScore)) {
  console.error(`check-inferred-dates: --min-score needs a number, got ${JSON.stringify(args[scoreAt + 1])}.`);
  process.exit(2);
}
const given = scoreAt >= 0 ? [...args.slice(0, scoreAt), ...args.slice(scoreAt + 2)] : args;
const defaults = ["train", "dev"].map((split) => join("..", "shared", "data", "quotes-wikinews2024", split));
const dirs = given.length > 0 ? given : defaults;
const missing = dirs.filter((dir) => !existsSync(dir));
if (missing.length > 0) {
  console.error(`check-inferred-dates: no article folder at ${missing.join(", ")}; pass the folders of the quotation data set (one *.json.gz per article, the date in the file name).`);
  process.exit(1);
}

let articles = 0;
let inferred = 0;
const within = new Map<number, number>(WITHIN.map((d) => [d, 0]));
for (const dir of dirs) {
  for (const doc of loadQuoteDocuments(dir)) {
    const gold = GOLD_DATE.exec(doc.name)?.[1];
    if (!gold || gold.startsWith("0001")) continue;
    articles++;
    const guess = inferPublished(doc.text, null, "de", minScore);
    if (!guess) continue;
    inferred++;
    const days = Math.abs(Date.parse(guess.value) - Date.parse(gold)) / DAY_MS;
    for (const d of WITHIN) if (days <= d) within.set(d, (within.get(d) ?? 0) + 1);
  }
}
console.log(`${articles} dated articles, minimum score ${minScore}: a date inferred for ${inferred}`);
for (const d of WITHIN) console.log(`  within ${String(d).padStart(2)} day(s) of the gold date: ${within.get(d)}`);
