import type { Stage } from "../core/pipeline.js";
import type { LineCounts } from "../store/store.js";
import { cleanText } from "./clean.js";

/** What the clean stage needs from its caller. */
export interface CleanContext {
  /**
   * Corpus evidence for a publisher's lines, looked up synchronously (the
   * ingest orchestrator prefetches it with Store.lineCounts). Undefined: none.
   * The stage never asks for a null publisher.
   */
  evidence(publisher: string | null): LineCounts | undefined;
}

/** Sets `text` (the body without furniture) and `removed` (what was taken out, and why). */
export const cleanStage: Stage<CleanContext> = {
  name: "clean",
  requires: ["draft"],
  produces: ["text", "removed"],
  run(article, ctx) {
    const evidence = article.publisher === null ? undefined : ctx.evidence(article.publisher);
    const { text, removed } = cleanText(article.raw, { title: article.title, publisher: article.publisher, evidence });
    return { text, removed };
  },
};
