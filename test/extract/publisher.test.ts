import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/extract/dom.js";
import { readJsonLd } from "../../src/extract/jsonld.js";
import { readMeta } from "../../src/extract/meta.js";
import { findSiteNames } from "../../src/extract/publisher.js";
import { siteNameHints } from "../../src/extract/site-name.js";

const names = (head: string, url: string, body = ""): string[] => {
  const doc = parseDocument(`<html><head>${head}</head><body>${body}</body></html>`);
  return findSiteNames(doc, readJsonLd(doc), readMeta(doc), url);
};

describe("findSiteNames", () => {
  it("takes the part of og:site_name that is not the headline", () => {
    const head = '<title>Cup-Vorschau: Stans freut sich auf ein Bruderduell - Handball Schweiz</title><meta property="og:title" content="Cup-Vorschau: Stans freut sich auf ein Bruderduell">'
      + '<meta property="og:site_name" content="Cup-Vorschau: Stans freut sich auf ein Bruderduell - Handball Schweiz">';
    expect(names(head, "https://www.handball.ch/de/news/x")[0]).toBe("Handball Schweiz");
  });

  it("takes the part of a long og:site_name that names the domain", () => {
    expect(names('<meta property="og:site_name" content="Boston News, Weather, Sports | WHDH 7News">', "https://whdh.com/news/x")[0]).toBe("WHDH 7News");
  });

  it("keeps a title that is only the site's name with its tagline", () => {
    const head = '<title>IT4Kids | IT-Kurse für Grundschulen</title><meta property="og:title" content="Variablen und ihr Zuhause"><meta property="og:site_name" content="IT4Kids | IT-Kurse für Grundschulen">';
    expect(names(head, "https://it-for-kids.org/blog/x")[0]).toBe("IT4Kids | IT-Kurse für Grundschulen");
  });

  it("turns a site name written as a URL into its host and drops e-mail addresses", () => {
    expect(names('<meta property="og:site_name" content="http://www.tafelblog.com">', "https://www.tafelblog.de/x")[0]).toBe("tafelblog.com");
    expect(names('<meta name="publisher" content="Lüder Hoppe info@buero-hoppe.de">', "https://www.buero-hoppe.de/x")).toEqual([]);
  });

  it("prefers the title's own site name over a company's legal name", () => {
    const head = '<title>Deutsche Bank schließt Filiale | AK-Kurier.de</title><meta name="publisher" content="RS-RegioMediaServices Ltd. &amp; Co. KG">';
    expect(names(head, "https://www.ak-kurier.de/akkurier/www/artikel/1")[0]).toBe("AK-Kurier.de");
  });

  it("falls back to the organisation in JSON-LD", () => {
    const head = '<title>Große Aufgaben für die neue Regierung</title><script type="application/ld+json">{"@type":"Organization","name":"Hanns-Seidel-Stiftung"}</script>';
    expect(names(head, "https://www.hss.de/news/x")[0]).toBe("Hanns-Seidel-Stiftung");
  });

  it("recognises an undeclared site name in the title by a feed title or a home link", () => {
    const feed = '<title>Parken in Paris – jovelblog</title><link rel="alternate" type="application/rss+xml" title="jovelblog RSS Feed" href="/feed/">';
    expect(names(feed, "https://www.jovelstefan.de/2012/05/11/parken-in-paris/")).toEqual(["jovelblog"]);
    const home = '<title>Parken in Paris – jovelblog</title>';
    expect(names(home, "https://www.jovelstefan.de/2012/05/11/x", '<a href="https://www.jovelstefan.de/"><img src="/logo.gif" alt="jovelblog"></a>')).toEqual(["jovelblog"]);
    expect(names(home, "https://www.jovelstefan.de/2012/05/11/x")).toEqual([]);
  });
});

describe("siteNameHints", () => {
  it("reads feed titles and home-link texts", () => {
    const doc = parseDocument('<html><head><link rel="alternate" type="application/atom+xml" title="Elbtal-Zeitung » Feed"></head><body><a href="/" rel="home">Elbtal-Zeitung</a><a href="/politik/">Politik</a></body></html>');
    expect(siteNameHints(doc, "https://www.elbtal-zeitung.de/politik/x")).toEqual(["Elbtal-Zeitung", "Elbtal-Zeitung"]);
  });
});
