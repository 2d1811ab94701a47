import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/extract/dom.js";
import { mainTextBlock, pruneNonContent } from "../../src/extract/prune.js";
import { elementToText } from "../../src/extract/text.js";

const ARTICLE = [
  "<p>Im Westerwald hat ein Wolf in der Nacht zum Montag erneut mehrere Schafe gerissen. Eine Schäferin aus Bad Marienberg fand am Morgen fünf tote Tiere auf ihrer Weide.</p>",
  "<p>Ob tatsächlich ein Wolf für den Angriff verantwortlich ist, soll eine genetische Untersuchung klären. Das Ergebnis wird in etwa drei Wochen erwartet.</p>",
  "<p>Es ist bereits der vierte Vorfall dieser Art im Westerwaldkreis seit Jahresbeginn. Schafhalter fordern, dass auffällige Wölfe schneller entnommen werden dürfen.</p>",
].join("");

const prunedText = (body: string): string => {
  const doc = parseDocument(`<html><body>${body}</body></html>`);
  pruneNonContent(doc);
  return doc.body ? elementToText(doc.body) : "";
};

describe("pruneNonContent", () => {
  it("removes cookie banners, share bars, newsletter boxes, ads and comments", () => {
    const text = prunedText(`
      <div class="cookie-banner"><p>Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.</p></div>
      <article>${ARTICLE}
        <div class="share-buttons"><a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
        <div class="newsletter-signup"><p>Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.</p></div>
        <div class="ad-wrapper"><span>Anzeige</span><p>Gartenmöbel jetzt 40 Prozent günstiger.</p></div>
      </article>
      <section id="comments"><p>Das war doch absehbar, die Politik handelt einfach nicht schnell genug.</p></section>`);
    expect(text).toContain("vierte Vorfall");
    for (const junk of ["Cookies", "WhatsApp", "Postfach", "Anzeige", "Gartenmöbel", "absehbar"]) expect(text).not.toContain(junk);
  });

  it("removes navigation, footers and asides", () => {
    const text = prunedText(`<nav><a href="/">Start</a></nav><div>${ARTICLE}</div><aside><p>Meistgelesen heute in der Region und anderswo.</p></aside><footer>Impressum</footer>`);
    expect(text).not.toMatch(/Start|Meistgelesen|Impressum/);
    expect(text).toContain("Westerwald");
  });

  it("removes teaser boxes only when their text is mostly links", () => {
    const text = prunedText(`<div>${ARTICLE}</div>
      <div class="related"><a href="/a">Erstes Wolfsrudel im Westerwald nachgewiesen</a><a href="/b">So fördert das Land den Herdenschutz</a></div>
      <p class="article-teaser">Die Schäferin will ihre Herde nun verkleinern, sagt sie.</p>`);
    expect(text).not.toContain("Wolfsrudel");
    expect(text).toContain("Herde nun verkleinern");
  });

  it("never removes the element that holds the main text", () => {
    const text = prunedText(`<form id="aspnetForm"><div class="sidebar-menu">${ARTICLE}</div></form><div class="comments"><p>Kurzer Kommentar eines Lesers zum Thema.</p></div>`);
    expect(text).toContain("vierte Vorfall");
    expect(text).not.toContain("Kommentar eines Lesers");
  });

  it("removes captions, photo credits, author boxes and related-article boxes", () => {
    const text = prunedText(`<article>${ARTICLE}
      <figure><img src="wolf.jpg"><figcaption>Ein Wolf im Wildpark. Foto: Archiv</figcaption></figure>
      <p class="image-credit">Foto: Thomas Berger</p>
      <div class="author-box"><p>Sabine Hoffmann berichtet seit 2015 aus dem Westerwald über Natur und Landwirtschaft.</p></div>
      <div class="related-stories"><h3>Das könnte Sie auch interessieren</h3><p>Im Nachbarkreis wurden zwei Wölfe mit Sendern ausgestattet, um ihre Wege zu erforschen.</p></div></article>`);
    expect(text).toContain("vierte Vorfall");
    for (const junk of ["Wildpark", "Thomas Berger", "seit 2015", "Sendern"]) expect(text).not.toContain(junk);
  });

  it("keeps the posts of a forum thread, whose main text sits in comment boxes", () => {
    const posts = [
      "Bei uns im Ort hat der Wolf letzte Woche ebenfalls zugeschlagen, drei Lämmer sind tot. Wer zahlt da eigentlich den Schaden?",
      "Das Land erstattet Risse, wenn ein Wolf nachgewiesen wird und der Grundschutz vorhanden war. Antrag bei der Landwirtschaftskammer stellen.",
    ];
    const text = prunedText(`<main>${posts.map((post) => `<div class="comment"><p>${post}</p></div>`).join("")}</main>`);
    for (const post of posts) expect(text).toContain(post);
  });

  it("does not take an author biography for the main text of a short post", () => {
    const bio = "Sabine Hoffmann berichtet seit 2015 aus dem Westerwald über Natur, Jagd und Landwirtschaft. Vorher war sie Redakteurin in Koblenz und Mainz und hat zwei Bücher über Wölfe in Deutschland geschrieben.";
    const text = prunedText(`<article><div class="entry"><p>Im Westerwald hat ein Wolf erneut Schafe gerissen. Das Land prüft nun eine Entnahme des Tieres.</p></div><div class="author-bio"><p>${bio}</p></div></article>`);
    expect(text).toContain("Entnahme des Tieres");
    expect(text).not.toContain("zwei Bücher");
  });

  it("keeps an opinion piece whose container is called 'kommentar'", () => {
    expect(prunedText(`<article class="kommentar">${ARTICLE}</article>`)).toContain("genetische Untersuchung");
  });
});

describe("mainTextBlock", () => {
  it("finds the element whose own paragraphs hold the most text", () => {
    const doc = parseDocument(`<html><body><ul><li><a href="/x">Ein sehr langer Link zu einem ganz anderen Artikel der Zeitung</a></li></ul><div id="text">${ARTICLE}</div></body></html>`);
    expect(doc.body && mainTextBlock(doc.body)?.id).toBe("text");
  });
});
