/**
 * Unlabelled German text for word clusters: German Wikinews articles
 * (CC BY 2.5, field `originalText` of the quotation data set's files), and
 * the tokens of the labelled training corpora (GermEval training part,
 * Europeana, legal LER). The held-out part is never read here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { tokenize } from "../../tokens.js";

const WIKINEWS_DIRS = ["quotes-wikinews2024/train", "quotes-wikinews2024/dev"];

/** Wikinews article texts (in file-name order). */
export function wikinewsArticles(dataDir: string): string[] {
  const articles: string[] = [];
  for (const dir of WIKINEWS_DIRS) {
    const folder = join(dataDir, dir);
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".json.gz")).sort()) {
      const record = JSON.parse(gunzipSync(readFileSync(join(folder, file))).toString("utf8")) as { originalText?: unknown };
      if (typeof record.originalText === "string") articles.push(record.originalText);
    }
  }
  return articles;
}

/** Wikinews article texts, each as one token sequence per line. */
export function wikinewsTexts(dataDir: string): string[][] {
  return wikinewsArticles(dataDir).flatMap((text) =>
    text
      .split(/\n+/u)
      .map((line) => tokenize(line).map((t) => t.text))
      .filter((tokens) => tokens.length > 0),
  );
}

