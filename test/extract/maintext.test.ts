import { describe, expect, it } from "vitest";
import { alignToReference, articleBodyLines, missingLead } from "../../src/extract/article-body.js";
import { extractHtml } from "../../src/extract/html.js";

const PARAGRAPHS = [
  "Die Stadtwerke Göttingen erhöhen zum 1. Juli die Preise für Fernwärme um durchschnittlich acht Prozent. Das teilte das Unternehmen am Dienstag mit.",
  "Als Grund nennen die Stadtwerke gestiegene Kosten für Erdgas und die CO2-Abgabe. Ein Vier-Personen-Haushalt muss im Jahr mit rund 120 Euro mehr rechnen.",
  "Der Mieterverein kritisierte die Erhöhung. Viele Haushalte seien nach den vergangenen Preissprüngen bereits an der Belastungsgrenze, sagte der Vorsitzende.",
];

function page(opts: { articleBody?: string; paragraphs?: string[]; extra?: string }): string {
  const ld = opts.articleBody === undefined ? "" : `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: "Fernwärme wird teurer", articleBody: opts.articleBody })}</script>`;
  const paragraphs = (opts.paragraphs ?? PARAGRAPHS).map((p) => `<p>${p}</p>`).join("");
  return `<html lang="de"><head><title>Fernwärme wird teurer</title>${ld}</head><body><article><h1>Fernwärme wird teurer</h1>${paragraphs}</article>${opts.extra ?? ""}</body></html>`;
}

describe("choosing the main text", () => {
  it("takes the article container and leaves out the headline", () => {
    const result = extractHtml(page({}));
    expect(result.ok && result.page.extraction).toBe("container:article");
    expect(result.ok && result.page.body).toBe(PARAGRAPHS.join("\n"));
  });

  it("uses Readability when no container is marked", () => {
    const html = page({}).replace("<article>", '<div class="spalte">').replace("</article>", "</div>");
    const result = extractHtml(html);
    expect(result.ok && result.page.extraction).toBe("readability");
    expect(result.ok && result.page.body).toBe(PARAGRAPHS.join("\n"));
  });

  it("prefers the visible text to a JSON-LD body of about the same length", () => {
    const result = extractHtml(page({ articleBody: PARAGRAPHS.join(" ") }));
    expect(result.ok && result.page.extraction).toBe("container:article");
    expect(result.ok && result.page.body).toBe(PARAGRAPHS.join("\n"));
  });

  it("uses a JSON-LD body that is much longer than the visible teaser", () => {
    const teaser = [PARAGRAPHS[0], "Den vollständigen Artikel lesen Sie mit unserem Digitalabo."];
    const result = extractHtml(page({ articleBody: PARAGRAPHS.join("\n"), paragraphs: teaser }));
    expect(result.ok && result.page.extraction).toBe("json-ld");
    expect(result.ok && result.page.body).toBe(PARAGRAPHS.join("\n"));
  });

  it("ignores a JSON-LD body that is only a teaser of the visible text", () => {
    const teaser = `${PARAGRAPHS[0]} Lesen Sie den ganzen Artikel mit unserem Digitalabo.`;
    const result = extractHtml(page({ articleBody: teaser }));
    expect(result.ok && result.page.extraction).toBe("container:article");
  });

  it("uses the JSON-LD body when the page shows no text (script-rendered pages)", () => {
    const html = page({ articleBody: PARAGRAPHS.join("\n\n"), paragraphs: ["Bitte aktivieren Sie JavaScript."] });
    const result = extractHtml(html);
    expect(result.ok && result.page.extraction).toBe("json-ld");
    expect(result.ok && result.page.body).toBe(PARAGRAPHS.join("\n"));
  });

  it("keeps a short news item that Readability finds", () => {
    const short = "Auf der A7 bei Göttingen hat ein Lkw gebrannt. Die Autobahn war zwei Stunden gesperrt, verletzt wurde niemand.";
    const result = extractHtml(page({ paragraphs: [short] }));
    expect(result.ok && result.page.body).toBe(short);
  });

  it("rejects a page without enough text, saying how much there was", () => {
    const result = extractHtml(page({ paragraphs: ["Seite nicht gefunden."] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toMatch(/^longest text block has \d+ characters \(at least 80 needed; page has \d+ characters of visible text\)$/);
  });
});

describe("JSON-LD body helpers", () => {
  it("converts an HTML articleBody like page markup", () => {
    expect(articleBodyLines("<p>Erster Absatz.</p><p>Zweiter &amp; letzter Absatz.</p>")).toEqual(["Erster Absatz.", "Zweiter & letzter Absatz."]);
  });

  it("splits a one-line body where the reference lines occur, tolerating quote styles", () => {
    const body = ['Er sprach von einer "Entscheidung für hundert Jahre".', "Die Bauarbeiten beginnen 2026.", "Kritik kam von den Freien Wählern."].join(" ");
    const reference = ["Er sprach von einer „Entscheidung für hundert Jahre“.", "Die Bauarbeiten beginnen 2026.", "Kritik kam von den Freien Wählern."];
    expect(alignToReference([body], reference)).toEqual([
      'Er sprach von einer "Entscheidung für hundert Jahre".',
      "Die Bauarbeiten beginnen 2026.",
      "Kritik kam von den Freien Wählern.",
    ]);
  });

  it("finds the lead paragraph that a JSON-LD body leaves out", () => {
    const lead = "Nach jahrelangem Streit ist die Entscheidung gefallen: Die marode Brücke wird grundlegend saniert.";
    expect(missingLead([PARAGRAPHS.join(" ")], ["Von Katrin Lehmann", lead, ...PARAGRAPHS])).toEqual([lead]);
    expect(missingLead([PARAGRAPHS.join(" ")], PARAGRAPHS)).toEqual([]);
  });
});
