/**
 * Lagebild runner (built code in dist/): decode, HTML extraction, then the pipeline without a store.
 * Second argument "clean" (default): hash + furniture cleaner, i.e. the article text `lagebild extract`
 * prints; the language-identification model is not loaded. "full": the whole standard pipeline as
 * `lagebild extract` runs it (also language identification and sentence boundaries).
 */
import { performance } from "node:perf_hooks";
import { cleanStage } from "../../dist/clean/stage.js";
import { buildPipeline, hashStage } from "../../dist/core/pipeline.js";
import { decodeHtml } from "../../dist/ingest/decode.js";
import { pageToDraft, safeExtract } from "../../dist/ingest/html.js";
import { finish, pageBytes, pageList } from "./pages.mjs";

const start = performance.now();
const full = process.argv[3] === "full";
const NO_EVIDENCE = { evidence: () => undefined };
const run = full ? await fullPipeline() : cleanPipeline();
let failed = 0;
let chars = 0;
const pages = pageList();
for (const page of pages) {
  const decoded = decodeHtml(pageBytes(page.path));
  const extracted = decoded.ok ? safeExtract(decoded.text, page.url) : null;
  if (!extracted?.ok) {
    failed += 1;
    continue;
  }
  const text = await run(pageToDraft(extracted.page, page.path, "html", page.url));
  if (text) chars += text.length;
  else failed += 1;
}
finish({ pages: pages.length, failed, chars, loopMs: performance.now() - start });

/** hash + clean: the text of the article (before the too-short check of processDraft, which only rejects). */
function cleanPipeline() {
  const pipeline = buildPipeline([hashStage, cleanStage]);
  return async (draft) => (await pipeline.run(draft, NO_EVIDENCE)).text;
}

/** The standard pipeline through processDraft, exactly as `lagebild extract` runs it. */
async function fullPipeline() {
  const { processDraft, standardPipeline } = await import("../../dist/app/process.js");
  const pipeline = standardPipeline();
  return async (draft) => {
    const processed = await processDraft(pipeline, draft, NO_EVIDENCE);
    return processed.kind === "article" ? processed.article.text : null;
  };
}
