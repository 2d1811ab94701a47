import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/extract/dom.js";
import { elementToText, linkTextStats, normaliseLine } from "../../src/extract/text.js";

const textOf = (html: string): string => {
  const body = parseDocument(`<html><body>${html}</body></html>`).body;
  if (!body) throw new Error("no body");
  return elementToText(body);
};

describe("elementToText", () => {
  it("puts each paragraph and heading on its own line", () => {
    const html = "<h2>Die Lage am Morgen</h2><p>Der Stau reicht bis Kassel-Nord.</p>\n\n<p>Die Polizei   rät,\n die Strecke zu meiden.</p>";
    expect(textOf(html)).toBe("Die Lage am Morgen\nDer Stau reicht bis Kassel-Nord.\nDie Polizei rät, die Strecke zu meiden.");
  });

  it("keeps inline markup inside the line", () => {
    expect(textOf("<p>Der <b>Stadtrat</b> hat <a href='/x'>den Haushalt</a> beschlossen.</p>")).toBe("Der Stadtrat hat den Haushalt beschlossen.");
  });

  it("turns <br> into line breaks without empty lines", () => {
    expect(textOf("<div>Erste Zeile<br>Zweite Zeile<br><br><br>Dritte Zeile</div>")).toBe("Erste Zeile\nZweite Zeile\nDritte Zeile");
  });

  it("writes list items one per line", () => {
    expect(textOf("<p>Die Themen:</p><ul><li>Hallenbad</li><li>Wohnen</li><li><p>Verkehr</p></li></ul>")).toBe("Die Themen:\nHallenbad\nWohnen\nVerkehr");
  });

  it("writes table rows with cells joined by ' | '", () => {
    const html = "<table><tr><th>Partei</th><th>Anteil</th></tr><tr><td>ÖVP</td><td>38,2 %</td></tr><tr><td><b>SPÖ</b></td><td>35,9 %</td></tr></table>";
    expect(textOf(html)).toBe("Partei | Anteil\nÖVP | 38,2 %\nSPÖ | 35,9 %");
  });

  it("treats layout tables with paragraphs in their cells as blocks", () => {
    const html = "<table><tr><td><a href='/'>Start</a></td><td><p>Erster Absatz.</p><p>Zweiter Absatz.</p></td></tr></table>";
    expect(textOf(html)).toBe("Start\nErster Absatz.\nZweiter Absatz.");
  });

  it("keeps blockquotes and preformatted lines", () => {
    expect(textOf("<p>Er sagte:</p><blockquote>Wir bleiben hier.</blockquote><pre>Zeile 1\nZeile 2</pre>")).toBe(
      "Er sagte:\nWir bleiben hier.\nZeile 1\nZeile 2",
    );
  });

  it("skips scripts, styles, buttons and images", () => {
    expect(textOf("<p>Text<script>var x = 1;</script><style>p{}</style></p><button>Teilen</button><img alt='Foto'>")).toBe("Text");
  });

  it("drops soft hyphens and no-break spaces", () => {
    expect(textOf("<p>Bundes\u00adverfassungs\u00adgericht&nbsp;in&nbsp;Karlsruhe</p>")).toBe("Bundesverfassungsgericht in Karlsruhe");
  });

  it("handles very deep nesting without overflowing the stack", () => {
    const deep = `${"<span>".repeat(20_000)}tief${"</span>".repeat(20_000)}`;
    const body = parseDocument(`<html><body><p>${deep}</p></body></html>`).body;
    expect(body && elementToText(body)).toBe("tief");
  });
});

describe("helpers", () => {
  it("normalises lines", () => {
    expect(normaliseLine("  a\t b \u200b c\n")).toBe("a b c");
  });

  it("counts link text", () => {
    const body = parseDocument("<html><body><div><a href='/a'>Politik</a> und Wirtschaft</div></body></html>").body;
    const div = body?.querySelector("div");
    expect(div && linkTextStats(div)).toEqual({ total: 22, inLinks: 7 });
  });
});
