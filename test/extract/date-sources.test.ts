import { describe, expect, it } from "vitest";
import { EARLIEST_WEB_DATE } from "../../src/extract/date.js";
import type { DateCandidate } from "../../src/extract/date-candidates.js";
import { jsonLdDates } from "../../src/extract/date-jsonld.js";
import { markupDates } from "../../src/extract/date-markup.js";
import { metaDates } from "../../src/extract/date-meta.js";
import { scriptDates } from "../../src/extract/date-script.js";
import { parseDocument } from "../../src/extract/dom.js";
import { readJsonLd } from "../../src/extract/jsonld.js";
import { readMeta } from "../../src/extract/meta.js";

const now = new Date("2024-06-01T12:00:00Z");
const options = { earliest: EARLIEST_WEB_DATE };
const doc = (head: string, body = ""): ReturnType<typeof parseDocument> => parseDocument(`<html><head>${head}</head><body>${body}</body></html>`);
const ldScript = (value: unknown): string => `<script type="application/ld+json">${typeof value === "string" ? value : JSON.stringify(value)}</script>`;
const brief = (candidates: DateCandidate[]): string[] => candidates.map((c) => `${c.iso} ${c.weight}${c.modified ? " modified" : ""}`);

describe("JSON-LD dates", () => {
  const ld = (...blocks: unknown[]): DateCandidate[] => jsonLdDates(readJsonLd(doc(blocks.map(ldScript).join(""))), now, options);

  it("reads the article's datePublished and dateModified", () => {
    expect(brief(ld({ "@type": "NewsArticle", headline: "Hafen", datePublished: "2024-05-14T08:00:00+02:00", dateModified: "2024-05-15T10:00:00+02:00" }))).toEqual([
      "2024-05-14T08:00:00+02:00 3",
      "2024-05-15T10:00:00+02:00 2 modified",
    ]);
  });

  it("reads the date from the article's mainEntityOfPage when the article has none", () => {
    const article = { "@type": "NewsArticle", headline: "Hafen", mainEntityOfPage: { "@type": "WebPage", "@id": "https://x.de/a", datePublished: "2024-05-14T18:10:00+02:00" } };
    expect(brief(ld(article))).toEqual(["2024-05-14T18:10:00+02:00 3"]);
  });

  it("uses page objects (HowTo, WebPage) when the page has no article, weaker", () => {
    const weights = ld({ "@type": "HowTo", name: "Tischdecke nähen", datePublished: "2022-01-10T22:06:08Z" }).map((c) => c.weight);
    expect(weights).toHaveLength(1);
    expect(weights[0]).toBeLessThan(3);
  });

  it("ignores the dates of live-blog updates and related articles", () => {
    const live = { "@type": "LiveBlogPosting", headline: "Liveblog", datePublished: "2024-05-14T06:00:00+02:00", liveBlogUpdate: [{ "@type": "BlogPosting", headline: "Update", datePublished: "2024-05-15T09:00:00+02:00" }] };
    expect(ld(live).map((c) => c.iso)).toEqual(["2024-05-14T06:00:00+02:00"]);
  });

  it("reads datePublished from a block that is not valid JSON", () => {
    const broken = '{"@type": "NewsArticle", "headline": "Hafen", "datePublished": "2020-10-26T18:10:00+01:00", "dateModified": "2020-10-26T18:13:30+01:00" } }';
    const candidates = ld(broken);
    expect(candidates.map((c) => c.iso)).toEqual(["2020-10-26T18:10:00+01:00", "2020-10-26T18:13:30+01:00"]);
    expect(candidates[1].modified).toBe(true);
  });
});

describe("meta dates", () => {
  const meta = (head: string): string[] => brief(metaDates(readMeta(doc(head)), now, options));

  it("weighs publication keys above generic date keys and marks modification keys", () => {
    expect(meta('<meta property="article:published_time" content="2024-05-14T08:00:00+02:00">')).toEqual(["2024-05-14T08:00:00+02:00 3"]);
    expect(meta('<meta name="DC.date.issued" content="2024-05-14">')).toEqual(["2024-05-14 3"]);
    expect(meta('<meta name="parsely-pub-date" content="2024-05-14T06:00:00Z">')).toEqual(["2024-05-14T06:00:00Z 3"]);
    expect(meta('<meta name="cXenseParse:recs:publishtime" content="2024-05-14T06:00:00Z">')).toEqual(["2024-05-14T06:00:00Z 3"]);
    expect(meta('<meta itemprop="datePublished" content="2024-05-14">')).toEqual(["2024-05-14 3"]);
    expect(meta('<meta name="date" content="2024-05-14">')).toEqual(["2024-05-14 2"]);
    expect(meta('<meta property="og:updated_time" content="2024-05-20T10:00:00+02:00">')).toEqual(["2024-05-20T10:00:00+02:00 2 modified"]);
  });

  it("reads other keys that speak of publishing weakly, never the publisher's URL", () => {
    expect(meta('<meta property="five_hundred_pixels:uploaded" content="2013-02-16T04:36:36-05:00">')).toEqual(["2013-02-16T04:36:36-05:00 1"]);
    expect(meta('<meta property="article:publisher" content="https://www.facebook.com/zeitung/2019/05/01">')).toEqual([]);
  });

  it("keeps the other reading of an ambiguous numeric date", () => {
    const [candidate] = metaDates(readMeta(doc('<meta name="date" content="11/01/2023 12:43:42">')), now, options);
    expect(candidate).toMatchObject({ iso: "2023-01-11", alternative: "2023-11-01" });
  });
});

describe("dated markup", () => {
  const markup = (body: string): string[] => brief(markupDates(doc("", body), now, options));

  it("reads itemprop=datePublished on any element: content, datetime or text", () => {
    expect(markup('<span itemprop="datePublished" content="2024-05-14">14. Mai</span>')).toEqual(["2024-05-14 3"]);
    expect(markup('<p>Veröffentlicht: <span itemprop="datePublished">14.05.2024</span></p>')).toEqual(["2024-05-14 3"]);
  });

  it("reads pubdate, abbr.published and hAtom title attributes", () => {
    expect(markup('<time pubdate datetime="2024-05-14T09:00:00+02:00">14.05.</time>')).toEqual(["2024-05-14T09:00:00+02:00 3"]);
    expect(markup('<abbr class="published" title="2019-06-27T10:21:40Z">jeudi 27 juin 2019</abbr>')).toEqual(["2019-06-27T10:21:40Z 3"]);
    expect(markup('<span class="updated" title="2013-04-04T18:52:11+00:00"></span>')).toEqual(["2013-04-04T18:52:11Z 2 modified"]);
  });

  it("weighs <time> by its place: article header over masthead, comments least", () => {
    const page = '<header class="site"><span class="date"><time datetime="2023-11-01">Mittwoch, 1. November 2023</time></span></header>'
      + '<article><header><h1>Kolumne</h1><time datetime="2023-10-31T08:00:00+01:00">31. Oktober 2023</time></header>'
      + '<div class="comments"><time datetime="2023-11-02">2. November</time></div></article>';
    expect(markup(page)).toEqual(["2023-11-01 0.5", "2023-10-31T08:00:00+01:00 2", "2023-11-02 0.5"]);
  });

  it("marks times introduced as updates as modification dates", () => {
    expect(markup('<p>Aktualisiert am <time datetime="2024-05-20">20.05.2024</time></p>')).toEqual(["2024-05-20 2 modified"]);
    expect(markup('<time class="updated" datetime="2024-05-20">20.05.</time>')).toEqual(["2024-05-20 2 modified"]);
  });

  it("does not take page classes for boxes (a body with class no-sidebars)", () => {
    const page = parseDocument('<html><body class="no-sidebars"><div class="article-meta"><time datetime="2022-01-25T08:00:00+01:00">25.01.2022</time></div></body></html>');
    expect(brief(markupDates(page, now, options))).toEqual(["2022-01-25T08:00:00+01:00 2"]);
  });
});

describe("script dates", () => {
  it("reads publication keys of data layers, not modification keys", () => {
    const head = '<script>window.dataLayer = [{"cmsPublishingDate":"2022-01-25","last-updated":"2022-01-26 09:35","first-publication":"2019-07-30 09:35"}];</script>';
    expect(brief(scriptDates(doc(head), now, options))).toEqual(["2022-01-25 1.5", "2019-07-30 1.5"]);
  });
});
