/**
 * Publication-date candidates from `<meta>` tags: the keys that name the
 * publication (Open Graph, Dublin Core, Parse.ly, Sailthru, cXense, schema.org
 * itemprops …), generic date keys, other keys that speak of publishing or
 * creation, and modification keys as modification dates.
 */
import type { DateCandidate } from "./date-candidates.js";
import { otherReading, parseDate, type ParseDateOptions } from "./date.js";
import type { MetaTable } from "./meta.js";

/** Keys (lowercase) that name the publication date. */
const PUBLISHED_KEYS = new Set([
  "article:published_time", "article:published", "article.published", "article:publicationdate", "article_date_original",
  "og:published_time", "og:article:published_time", "datepublished", "publishdate", "publish-date", "publish_date",
  "published-date", "published_date", "published_time", "publication_date", "publication-date", "publicationdate",
  "date.publication", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.created", "dc:created",
  "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "rnews:datepublished", "bt:pubdate", "pubdate",
  "shareaholic:article_published_time", "originalpublicationdate", "citation_publication_date", "citation_date",
  "citation_online_date", "prism.publicationdate", "dateposted", "date_published", "vr:published_time", "ob:date",
  "article:post_date", "og:pubdate", "datecreated",
]);
/** Keys that hold a date without saying which (CMSs mostly write the publication there). */
const GENERIC_KEYS = new Set(["date", "dc.date", "dcterms.date", "dc:date", "created", "timestamp"]);
/** Keys of a modification date. */
const MODIFIED_KEYS = new Set([
  "article:modified_time", "article:modified", "og:updated_time", "og:article:modified_time", "datemodified", "dateupdated",
  "dc.modified", "dc.date.modified", "dcterms.modified", "modified_time", "updated_time", "last-modified", "lastmodified",
  "revised", "lastmod", "parsely-updated",
]);
/** Other keys that speak of publishing or creation ("five_hundred_pixels:uploaded", "article:first_published"). */
const PUBLISHED_WORDS = /publi|pubdate|creat|upload|posted|erstellt|veroeffentl/;
const NOT_PUBLISHED_WORDS = /publisher|modif|updat|edit|revis|expir|review|birth|start|end|valid|print|copyright|gentime/;

const WEIGHT_PUBLISHED = 3;
const WEIGHT_GENERIC = 2;
const WEIGHT_OTHER = 1;
const WEIGHT_MODIFIED = 2;

function classify(key: string): { weight: number; modified: boolean } | null {
  if (PUBLISHED_KEYS.has(key)) return { weight: WEIGHT_PUBLISHED, modified: false };
  if (MODIFIED_KEYS.has(key)) return { weight: WEIGHT_MODIFIED, modified: true };
  if (GENERIC_KEYS.has(key)) return { weight: WEIGHT_GENERIC, modified: false };
  if (PUBLISHED_WORDS.test(key) && !NOT_PUBLISHED_WORDS.test(key)) return { weight: WEIGHT_OTHER, modified: false };
  return null;
}

/** Date candidates from the meta tags of a page. */
export function metaDates(meta: MetaTable, now: Date, options: ParseDateOptions): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const [key, values] of meta) {
    const kind = classify(key);
    if (!kind) continue;
    for (const value of values) {
      if (/^(?:https?:)?\/\//i.test(value)) continue;
      const iso = parseDate(value, now, options);
      if (!iso) continue;
      const alternative = otherReading(value, iso);
      out.push({ iso, family: "meta", weight: kind.weight, ...(kind.modified ? { modified: true } : {}), ...(alternative ? { alternative } : {}) });
    }
  }
  return out;
}
