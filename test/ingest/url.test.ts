import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchUrl } from "../../src/ingest/fetch.js";
import { defaultReadOptions } from "../../src/ingest/types.js";
import { draftsOf, fixture, onlyDraft, onlyRejection, readAll, startServer, type Handler } from "./helpers.js";

let base = "";
let close: () => Promise<void> = async () => {};
const hanging: Array<{ destroy: () => void }> = [];

const html = (body: Buffer | string, type = "text/html; charset=utf-8"): Handler => (_req, res) => {
  res.writeHead(200, { "content-type": type });
  res.end(body);
};
const redirect = (to: string, status = 302): Handler => (_req, res) => {
  res.writeHead(status, { location: to });
  res.end();
};

beforeAll(async () => {
  const koeln = await readFile(fixture("stadtrat-koeln.html"));
  const darmstadt = await readFile(fixture("darmstadt-wohnquartier.html"));
  const feed = (await readFile(fixture("nachrichten.rss"), "utf8"))
    .replace("https://www.hessenschau.example/gesellschaft/darmstadt-wohnquartier-100.html", "/gesellschaft/darmstadt-wohnquartier-100.html");
  const big = Buffer.from(`<html><body><p>${"Sehr langer Text über den Haushalt. ".repeat(3000)}</p></body></html>`);
  const server = await startServer({
    "/koeln/stadtrat.html": html(koeln),
    "/gesellschaft/darmstadt-wohnquartier-100.html": html(darmstadt, "text/html"),
    "/feed.rss": html(Buffer.from(feed), "application/rss+xml"),
    "/meldung.txt": html("Kurzmeldung: Rhein-Pegel sinkt | WDR\n\nDer Pegel des Rheins bei Köln ist über Nacht um 40 Zentimeter gesunken.", "text/plain; charset=utf-8"),
    "/r1": redirect("/r2", 301),
    "/r2": redirect("/r3", 307),
    "/r3": redirect("/koeln/stadtrat.html", 302),
    "/loop": redirect("/loop"),
    "/to-ftp": redirect("ftp://ftp.example.org/artikel.txt"),
    "/kaputt": (_req, res) => {
      res.writeHead(500, { "content-type": "text/html" });
      res.end("<h1>Interner Fehler</h1>");
    },
    "/haengt": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<!doctype html><html><body><p>Der Anfang eines Artikels, der nie endet");
      hanging.push(res);
    },
    "/gross": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-length": big.length });
      res.end(big);
    },
    "/gross-ohne-laenge": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "transfer-encoding": "chunked" });
      const chunk = big.subarray(0, 10_000);
      let sent = 0;
      const tick = setInterval(() => {
        if (res.destroyed || sent === 30) {
          clearInterval(tick);
          res.end();
          return;
        }
        res.write(chunk);
        sent += 1;
      }, 5);
    },
    "/bericht.pdf": html(Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"), "application/pdf"),
  });
  base = server.base;
  close = server.close;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await close();
});

describe("URL inputs", () => {
  it("fetches and extracts a page; the source is the URL", async () => {
    const url = `${base}/koeln/stadtrat.html`;
    const draft = onlyDraft(await readAll([url]));
    expect(draft).toMatchObject({ source: url, format: "html", title: "Kölner Stadtrat beschließt Sanierung der Mülheimer Brücke" });
    expect(draft.body).toContain("Die Kosten für das Projekt werden auf etwa 340 Millionen Euro geschätzt.");
  });

  it("reads a text/plain response as a text dump with its URL", async () => {
    const url = `${base}/meldung.txt`;
    expect(onlyDraft(await readAll([url]))).toMatchObject({ source: url, format: "txt", url, title: "Kurzmeldung: Rhein-Pegel sinkt", publisher: "WDR" });
  });

  it("follows a redirect chain within the limit, and gives up past it", async () => {
    const url = `${base}/r1`;
    const fetched = await fetchUrl(url, defaultReadOptions().fetch);
    expect(fetched).toMatchObject({ ok: true, url: `${base}/koeln/stadtrat.html`, status: 200 });
    expect(onlyDraft(await readAll([url])).title).toBe("Kölner Stadtrat beschließt Sanierung der Mülheimer Brücke");

    const limited = onlyRejection(await readAll([url], { fetch: { ...defaultReadOptions().fetch, maxRedirects: 2 } }));
    expect(limited).toEqual({
      source: url,
      reason: "http_error",
      detail: `too many redirects: more than 2 (HTTP 302 from ${base}/r3 to /koeln/stadtrat.html)`,
    });
    expect(onlyRejection(await readAll([`${base}/loop`])).detail).toMatch(/^too many redirects: more than 5/);
  });

  it("turns HTTP errors into http_error with the status", async () => {
    expect(onlyRejection(await readAll([`${base}/gibt-es-nicht`]))).toEqual({
      source: `${base}/gibt-es-nicht`,
      reason: "http_error",
      detail: `HTTP 404 Not Found from ${base}/gibt-es-nicht`,
    });
    expect(onlyRejection(await readAll([`${base}/kaputt`]))).toMatchObject({ reason: "http_error", detail: expect.stringMatching(/^HTTP 500 Internal Server Error/) });
  });

  it("times out on a response that never finishes", async () => {
    const started = Date.now();
    const rejection = onlyRejection(await readAll([`${base}/haengt`], { fetch: { ...defaultReadOptions().fetch, timeoutMs: 300 } }));
    expect(rejection).toEqual({ source: `${base}/haengt`, reason: "timeout", detail: `no complete answer from ${base}/haengt within 300 ms` });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("stops reading a body past the size limit, with or without Content-Length", async () => {
    const fetch = { ...defaultReadOptions().fetch, maxBytes: 50_000 };
    const declared = onlyRejection(await readAll([`${base}/gross`], { fetch }));
    expect(declared).toMatchObject({ reason: "too_large", detail: expect.stringMatching(/larger than 48\.8 KB \(Content-Length: 111033\)$/) });
    const streamed = onlyRejection(await readAll([`${base}/gross-ohne-laenge`], { fetch }));
    expect(streamed.reason).toBe("too_large");
    const stoppedAfter = Number(/larger than 48\.8 KB \(stopped after (\d+) bytes\)$/.exec(streamed.detail)?.[1]);
    expect(stoppedAfter).toBeGreaterThan(50_000);
    expect(stoppedAfter).toBeLessThan(300_000);
  });

  it("rejects binary responses, unreachable hosts and other schemes", async () => {
    expect(onlyRejection(await readAll([`${base}/bericht.pdf`]))).toMatchObject({ reason: "binary", detail: "PDF document (starts with %PDF-)" });

    const closed = await startServer({});
    const deadUrl = `${closed.base}/artikel.html`;
    await closed.close();
    expect(onlyRejection(await readAll([deadUrl]))).toMatchObject({ reason: "network_error", detail: expect.stringContaining("ECONNREFUSED") });

    for (const url of ["ftp://ftp.example.org/artikel.txt", "mailto:redaktion@example.org", "file:///etc/hostname"]) {
      expect(onlyRejection(await readAll([url]))).toMatchObject({ source: url, reason: "unsupported_scheme" });
    }
    expect(onlyRejection(await readAll([`${base}/to-ftp`]))).toMatchObject({ reason: "unsupported_scheme", detail: expect.stringContaining("redirected to") });
  });

  it("reads an RSS feed by URL and fetches the pages its teaser items link to", async () => {
    const url = `${base}/feed.rss`;
    const results = await readAll([url]);
    expect(results.map((r) => r.kind)).toEqual(["draft", "draft", "rejected"]);
    const drafts = draftsOf(results);
    expect(drafts[0]).toMatchObject({ source: `${url}#1`, format: "rss", publisher: "hessenschau.de" });
    expect(drafts[1]).toMatchObject({
      source: `${url}#2`,
      url: `${base}/gesellschaft/darmstadt-wohnquartier-100.html`,
      title: "Darmstadt: Neues Wohnquartier auf altem Kasernengelände",
      author: "Jonas Weber",
    });
    expect(drafts[1].body).toContain("„Wir schaffen bezahlbaren Wohnraum für Familien, Studierende und Ältere“");
  });
});
