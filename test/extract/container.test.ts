import { describe, expect, it } from "vitest";
import { chooseMainCandidate } from "../../src/extract/choose.js";
import { findContainer } from "../../src/extract/container.js";
import { contentLines } from "../../src/extract/content.js";
import { parseDocument, type DomDocument, type DomElement } from "../../src/extract/dom.js";
import { findLeadLines } from "../../src/extract/lead.js";
import { measureText, subtractFromAncestors, surveyText } from "../../src/extract/measure.js";
import { pruneNonContent } from "../../src/extract/prune.js";

const P1 = "Der Landkreis Göttingen stellt seine Buslinien im Sommer auf ein neues Taktsystem um. Auf den Hauptachsen fahren die Busse dann alle 30 Minuten.";
const P2 = "Kreisrätin Marion Schäfer sprach von der größten Reform des Nahverkehrs seit zwanzig Jahren. Die Kosten von rund 4,2 Millionen Euro trägt zum Teil das Land.";
const P3 = "Kritik kommt aus den Dörfern am Rand des Kreises: Dort sollen einzelne Verbindungen durch Rufbusse ersetzt werden, die man eine Stunde vorher bestellen muss.";
const ARTICLE = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;

const doc = (body: string): DomDocument => parseDocument(`<html><body>${body}</body></html>`);
const bodyOf = (d: DomDocument): DomElement => {
  if (!d.body) throw new Error("no body");
  return d.body;
};

/** The container of a page after pruning, with the id or class of the element found. */
function container(body: string): { kind: string; name: string } | null {
  const d = doc(body);
  const { mainBlock, amounts } = pruneNonContent(d);
  const found = findContainer(bodyOf(d), amounts, mainBlock);
  return found ? { kind: found.kind, name: found.element.id || found.element.className } : null;
}

describe("findContainer", () => {
  it("prefers an element named like an article body to the <article> around it", () => {
    const found = container(`<article id="story"><h1>Neuer Bustakt</h1><div class="entry-content">${ARTICLE}</div></article>`);
    expect(found).toEqual({ kind: "body", name: "entry-content" });
  });

  it("takes the <article> when no body element is named", () => {
    expect(container(`<div class="seite"><article id="beitrag">${ARTICLE}</article></div>`)).toEqual({ kind: "article", name: "beitrag" });
  });

  it("passes over a marked teaser that does not hold the page's main text", () => {
    const teaser = `<div class="article-body">${"<p>Schon gelesen? Der Kreistag hat den Haushalt für 2025 beschlossen und setzt auf Investitionen.</p>".repeat(3)}</div>`;
    const found = container(`<main id="hauptteil"><div class="text">${ARTICLE}${ARTICLE}</div></main><div class="randspalte">${teaser}</div>`);
    expect(found).toEqual({ kind: "main", name: "hauptteil" });
  });

  it("joins an article split into several marked sections", () => {
    const part = (n: number): string => `<section class="article-text" id="teil-${n}"><h2>Abschnitt ${n}</h2>${ARTICLE}</section>`;
    const found = container(`<div id="artikel">${part(1)}<figure><img src="bus.jpg"></figure>${part(2)}</div>`);
    expect(found).toEqual({ kind: "body", name: "artikel" });
  });

  it("finds nothing on a page without marked containers", () => {
    expect(container(`<div class="spalte">${ARTICLE}</div>`)).toBeNull();
  });
});

describe("contentLines", () => {
  const lines = (html: string): string[] => {
    const root = bodyOf(doc(`<div id="root">${html}</div>`)).querySelector("#root");
    if (!root) throw new Error("no root");
    return contentLines(root);
  };

  it("leaves out link lists, their labels and captions, and keeps subheadings", () => {
    const text = lines(`<p>${P1}</p><figure><img src="bus.jpg"><figcaption>Ein Bus am Göttinger Bahnhof. Foto: Archiv</figcaption></figure>
      <h2>Rufbusse auf dem Land</h2><p>${P3}</p>
      <p><strong>Lesen Sie auch:</strong></p>
      <ul><li><a href="/a">Neue Radwege an der B27</a></li><li><a href="/b">Streit um Parkgebühren</a></li></ul>`);
    expect(text).toEqual([P1, "Rufbusse auf dem Land", P3]);
  });

  it("drops a heading that ends the text with nothing after it", () => {
    expect(lines(`<p>${P1}</p><p>${P2}</p><h3>Mehr zum Thema</h3>`)).toEqual([P1, P2]);
  });

  it("drops a short date line marked as such", () => {
    expect(lines(`<p class="article-date">Veröffentlicht am 12.03.2024, 14:05 Uhr</p><p>${P1}</p>`)).toEqual([P1]);
  });
});

describe("findLeadLines", () => {
  it("finds the teaser between the headline and the article body, not the byline", () => {
    const lead = "Mehr Busse, feste Abfahrtszeiten und Rufbusse für die Dörfer: Der Landkreis stellt seinen Nahverkehr um.";
    const d = doc(`<article><header><h1>Neuer Bustakt im Landkreis</h1><p class="byline">Von Jana Krüger</p><p class="intro">${lead}</p></header>
      <div class="article-body">${ARTICLE}</div></article>`);
    const { amounts, mainBlock } = pruneNonContent(d);
    const found = findContainer(bodyOf(d), amounts, mainBlock);
    expect(found && findLeadLines(d, found.element, amounts)).toEqual([lead]);
  });

  it("starts at the top of the article when the page has no headline", () => {
    const lead = "Der Landkreis Göttingen ordnet seinen Busverkehr neu und will damit vor allem Pendler gewinnen.";
    const d = doc(`<article><div class="kopf"><p>${lead}</p></div><div class="article-body">${ARTICLE}</div></article>`);
    const { amounts, mainBlock } = pruneNonContent(d);
    const found = findContainer(bodyOf(d), amounts, mainBlock);
    expect(found && findLeadLines(d, found.element, amounts)).toEqual([lead]);
  });
});

describe("chooseMainCandidate", () => {
  const container = { extraction: "container:body", lines: [P1, P2, P3] };
  const readability = (lines: string[]) => ({ extraction: "readability", lines });

  it("takes the container unless Readability found much more text", () => {
    expect(chooseMainCandidate(container, readability([P1, P2, P3, P1]))).toBe(container);
    expect(chooseMainCandidate(container, readability([P1, P2, P3, P1, P2, P3]))?.extraction).toBe("readability");
  });

  it("takes whichever candidate exists", () => {
    expect(chooseMainCandidate(null, readability([P1]))?.extraction).toBe("readability");
    expect(chooseMainCandidate(container, null)).toBe(container);
    expect(chooseMainCandidate(null, null)).toBeNull();
  });
});

describe("surveyText", () => {
  it("measures text and link text and finds the main block", () => {
    const body = bodyOf(doc(`<ul id="nav"><li><a href="/">Startseite</a></li></ul><div id="text">${ARTICLE}<a href="/mehr">mehr</a></div>`));
    const { amounts, mainBlock } = surveyText(body);
    const text = body.querySelector("#text");
    if (!text) throw new Error("no text");
    expect(mainBlock).toBe(text);
    expect(amounts.get(text)).toEqual({ chars: P1.length + P2.length + P3.length + "mehr".length, linkChars: 4 });
    expect(amounts.get(body)?.linkChars).toBe("Startseite".length + 4);
  });

  it("keeps ancestor amounts right when an element is removed", () => {
    const body = bodyOf(doc(`<div id="a"><p id="b">${P1}</p><p>${P2}</p></div>`));
    const amounts = measureText(body);
    const b = body.querySelector("#b");
    if (!b) throw new Error("no b");
    subtractFromAncestors(amounts, b);
    b.remove();
    expect(amounts.get(body)?.chars).toBe(measureText(body).get(body)?.chars);
  });
});
