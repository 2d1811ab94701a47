import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { FetchResult } from "../../src/ingest/fetch.js";
import { fixture, onlyRejection, readAll, tempDir } from "./helpers.js";

const DARMSTADT_URL = "https://www.hessenschau.example/gesellschaft/darmstadt-wohnquartier-100.html";

/** A fetcher that serves fixture pages by URL and records what was asked. */
async function fakeFetcher(pages: Record<string, FetchResult>): Promise<{ fetcher: (url: string) => Promise<FetchResult>; asked: string[] }> {
  const asked: string[] = [];
  const fetcher = async (url: string): Promise<FetchResult> => {
    asked.push(url);
    return pages[url] ?? { ok: false, reason: "http_error", detail: `HTTP 404 Not Found from ${url}` };
  };
  return { fetcher, asked };
}

describe("RSS feeds", () => {
  it("takes full text from content:encoded, fetches teaser items' pages, rejects link-less teasers", async () => {
    const page = await readFile(fixture("darmstadt-wohnquartier.html"));
    const { fetcher, asked } = await fakeFetcher({
      [DARMSTADT_URL]: { ok: true, url: DARMSTADT_URL, status: 200, contentType: "text/html", bytes: page },
    });
    const source = fixture("nachrichten.rss");
    const results = await readAll([source], {}, { fetcher });
    expect(asked).toEqual([DARMSTADT_URL]);
    expect(results).toHaveLength(3);
    const [streik, darmstadt, eil] = results;

    if (streik.kind !== "draft") throw new Error(JSON.stringify(streik));
    expect(streik.draft).toMatchObject({
      source: `${source}#1`,
      format: "rss",
      url: "https://www.hessenschau.example/wirtschaft/warnstreik-flughafen-frankfurt-100.html",
      title: "Frankfurter Flughafen: Warnstreik legt Passagierverkehr lahm",
      publisher: "hessenschau.de",
      author: "Katrin Becker",
      published: "2024-03-07T05:45:00+01:00",
      publishedSource: "metadata",
      declaredLanguage: "de",
    });
    expect(streik.draft.extraction).toMatch(/^feed-content/);
    expect(streik.draft.body).toContain("Am Frankfurter Flughafen geht seit dem frühen Donnerstagmorgen kaum noch etwas.");
    expect(streik.draft.body).toContain("„Wir raten allen Reisenden dringend, nicht zum Flughafen zu kommen“");
    expect(streik.draft.body).toContain("Die Lufthansa bezeichnete den Streik als unverhältnismäßig.");
    expect(streik.draft.body).not.toContain("<p>");

    if (darmstadt.kind !== "draft") throw new Error(JSON.stringify(darmstadt));
    expect(darmstadt.draft).toMatchObject({
      source: `${source}#2`,
      format: "rss",
      url: DARMSTADT_URL,
      title: "Darmstadt: Neues Wohnquartier auf altem Kasernengelände",
      publisher: "hessenschau.de",
      author: "Jonas Weber",
      published: "2024-03-06T18:20:00+01:00",
      publishedSource: "metadata",
    });
    expect(darmstadt.draft.body).toContain("rund 1.400 Wohnungen entstehen");
    expect(darmstadt.draft.body).toContain("Umweltverbände begrüßten");

    expect(eil).toEqual({
      kind: "rejected",
      rejection: { source: `${source}#3`, reason: "no_article_text", detail: "the item has no link and only 39 characters of text (a teaser)" },
    });
  });

  it("rejects an item whose linked page cannot be fetched, with the fetch's reason", async () => {
    const { fetcher } = await fakeFetcher({
      [DARMSTADT_URL]: { ok: false, reason: "timeout", detail: `no complete answer from ${DARMSTADT_URL} within 20000 ms` },
    });
    const results = await readAll([fixture("nachrichten.rss")], {}, { fetcher });
    expect(results.map((r) => r.kind)).toEqual(["draft", "rejected", "rejected"]);
    expect(results[1]).toMatchObject({ kind: "rejected", rejection: { reason: "timeout", detail: expect.stringContaining("linked page: no complete answer") } });
  });

  it("rejects a feed without items", async () => {
    const { dir, cleanup } = await tempDir({
      "leer.rss": '<?xml version="1.0"?><rss version="2.0"><channel><title>Lokalnachrichten Bamberg</title></channel></rss>',
    });
    try {
      expect(onlyRejection(await readAll([`${dir}/leer.rss`]))).toMatchObject({ reason: "no_article_text", detail: 'the RSS feed "Lokalnachrichten Bamberg" has no items' });
    } finally {
      await cleanup();
    }
  });
});

describe("Atom feeds", () => {
  it("reads html and xhtml content of entries", async () => {
    const { fetcher, asked } = await fakeFetcher({});
    const source = fixture("wissenschaft.atom");
    const results = await readAll([source], {}, { fetcher });
    expect(asked).toEqual([]);
    const [nordsee, ariane] = results;
    if (nordsee.kind !== "draft" || ariane.kind !== "draft") throw new Error(JSON.stringify(results));
    expect(nordsee.draft).toMatchObject({
      source: `${source}#1`,
      format: "atom",
      url: "https://www.spektrum.example/news/nordsee-erwaermung/2210001",
      title: "Klimaforschung: Nordsee erwärmt sich schneller als erwartet",
      publisher: "Spektrum der Wissenschaft – Nachrichten",
      author: "Miriam Schröder",
      published: "2024-04-10T08:15:00+02:00",
      declaredLanguage: "de",
    });
    expect(nordsee.draft.body).toContain("„Die Nordsee ist flach und reagiert daher besonders empfindlich auf steigende Lufttemperaturen“");
    expect(ariane.draft).toMatchObject({ url: "https://www.spektrum.example/news/ariane-6-start/2210002", author: "Felix Brandt", published: "2024-04-09T14:30:00Z" });
    expect(ariane.draft.body).toContain("Grund seien Probleme bei Tests der Oberstufe");
    expect(ariane.draft.body).not.toContain("xmlns");
  });
});
