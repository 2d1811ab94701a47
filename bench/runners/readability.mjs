/** Baseline runner: plain @mozilla/readability on linkedom; the text is Readability's textContent. */
import { performance } from "node:perf_hooks";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { finish, pageBytes, pageList } from "./pages.mjs";

const start = performance.now();
let failed = 0;
let chars = 0;
const pages = pageList();
for (const page of pages) {
  try {
    const { document } = parseHTML(Buffer.from(pageBytes(page.path)).toString("utf8"));
    const article = new Readability(document).parse();
    if (article?.textContent) chars += article.textContent.length;
    else failed += 1;
  } catch {
    failed += 1;
  }
}
finish({ pages: pages.length, failed, chars, loopMs: performance.now() - start });
