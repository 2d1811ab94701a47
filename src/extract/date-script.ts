/**
 * Publication-date candidates from page scripts: data layers and state
 * objects that CMSs write into inline scripts ("first_publish_date",
 * "publishedAt", "cmsPublishingDate", "datePublished" in broken JSON-LD).
 * Weak evidence: a script may describe teasers as well as the article.
 */
import type { DateCandidate } from "./date-candidates.js";
import { parseDate, type ParseDateOptions } from "./date.js";
import type { DomDocument } from "./dom.js";

/** A quoted key that speaks of publishing, and its quoted value. */
const PUBLISHED_PAIR = /["']([\w.-]{0,30}(?:publish|Publish|PUBLISH|publication|Publication|pubdate|pubDate|PubDate)[\w.-]{0,30})["']\s*:\s*["']([^"'\n]{8,40})["']/g;
const NOT_PUBLISHED = /modif|updat|last|expir|end|latest|unpublish|schedul|publisher/i;
/** Script text read in all: data layers sit near the top of the page. */
const MAX_SCRIPT_CHARS = 300_000;
/** Values read per page. */
const MAX_VALUES = 20;
const WEIGHT = 1.5;

/** Date candidates from inline scripts (not JSON-LD, which is parsed elsewhere). */
export function scriptDates(doc: DomDocument, now: Date, options: ParseDateOptions): DateCandidate[] {
  const out: DateCandidate[] = [];
  let budget = MAX_SCRIPT_CHARS;
  for (const script of Array.from(doc.querySelectorAll("script"))) {
    if (budget <= 0 || out.length >= MAX_VALUES) break;
    if ((script.getAttribute("type") ?? "").toLowerCase().includes("ld+json") || script.hasAttribute("src")) continue;
    const text = (script.textContent ?? "").slice(0, budget);
    budget -= text.length;
    for (const m of text.matchAll(PUBLISHED_PAIR)) {
      if (NOT_PUBLISHED.test(m[1])) continue;
      const iso = parseDate(m[2], now, options);
      if (iso) out.push({ iso, family: "script", weight: WEIGHT });
      if (out.length >= MAX_VALUES) break;
    }
  }
  return out;
}
