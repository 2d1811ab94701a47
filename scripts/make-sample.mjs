#!/usr/bin/env node
/**
 * Builds the bundled demo corpus in sample/ from 30 German Wikinews articles
 * (CC BY 2.5) as found in the quotes-wikinews2024 dataset (only the article
 * texts are used, none of its annotations).
 *
 * Usage: node scripts/make-sample.mjs [DATASET_DIR]
 *   DATASET_DIR defaults to ../shared/data/quotes-wikinews2024 relative to the
 *   project root and must contain train/<id> - <title> (<date>).json.gz.
 *
 * The output is deterministic: no randomness, no clock. Outlet names,
 * authors, URLs, page furniture and markup are invented for the demo.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { WARCRecord, WARCSerializer } from "warcio";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DATASET = path.resolve(process.argv[2] ?? path.join(ROOT, "..", "shared", "data", "quotes-wikinews2024"));
const OUT = path.join(ROOT, "sample");

// ---------------------------------------------------------------------------
// Invented outlets and authors
// ---------------------------------------------------------------------------

const OUTLETS = {
  rr: {
    name: "Rheintaler Rundschau",
    slug: "rheintaler-rundschau",
    host: "www.rheintaler-rundschau.example",
    nav: ["Politik", "Wirtschaft", "Region", "Sport", "Kultur", "Panorama"],
  },
  nk: {
    name: "Nordheider Kurier",
    slug: "nordheider-kurier",
    host: "www.nordheider-kurier.example",
    nav: ["Nachrichten", "Wirtschaft", "Nordheide", "Sport", "Wissen", "Meinung"],
  },
  tb: {
    name: "Tagesblick",
    slug: "tagesblick",
    host: "www.tagesblick.example",
    nav: ["News", "Politik", "Geld", "Sport", "Leute", "Digital"],
  },
};

const AUTHORS = {
  beispiel: { name: "Anna Beispiel", bio: "Anna Beispiel ist Redakteurin im Ressort Politik." },
  vorlage: { name: "Felix Vorlage", bio: "Felix Vorlage ist Redakteur im Ressort Wirtschaft." },
  platzhalter: { name: "Jonas Platzhalter", bio: "Jonas Platzhalter schreibt für den Nordheider Kurier über Wirtschaft und Verkehr." },
  muster: { name: "Greta Muster", bio: "Greta Muster leitet die Lokalredaktion des Nordheider Kuriers." },
  probe: { name: "Lena Probe", bio: "Lena Probe ist Reporterin im Tagesblick-Ressort Panorama." },
  exempel: { name: "Tom Exempel", bio: "Tom Exempel berichtet für den Tagesblick über Sport." },
};

/** The 30 articles: dataset id, output format, outlet, author, section, special variant. */
const SELECTION = [
  { id: "9019", format: "txt", outlet: "rr", author: "beispiel", section: "politik", variant: "cp1252" },
  { id: "64651", format: "txt", outlet: "rr", author: "vorlage", section: "politik" },
  { id: "67437", format: "txt", outlet: "rr", author: "beispiel", section: "politik" },
  { id: "42492", format: "txt", outlet: "rr", author: "vorlage", section: "wirtschaft" },
  { id: "35600", format: "txt", outlet: "nk", author: "platzhalter", section: "wirtschaft", variant: "bom" },
  { id: "52151", format: "txt", outlet: "nk", author: "platzhalter", section: "wirtschaft" },
  { id: "62691", format: "txt", outlet: "nk", author: "muster", section: "nachrichten" },
  { id: "68811", format: "txt", outlet: "nk", author: "muster", section: "nachrichten" },
  { id: "56019", format: "txt", outlet: "tb", author: "exempel", section: "sport", variant: "crlf" },
  { id: "27237", format: "txt", outlet: "tb", author: "probe", section: "news" },
  { id: "71593", format: "txt", outlet: "tb", author: "probe", section: "news" },
  { id: "6103", format: "txt", outlet: "tb", author: "probe", section: "news" },
  { id: "14127", format: "html", outlet: "rr", author: "vorlage", section: "sport", variant: "jsonld" },
  { id: "36202", format: "html", outlet: "nk", author: "platzhalter", section: "wirtschaft", variant: "jsonld-graph" },
  { id: "45213", format: "html", outlet: "tb", author: "exempel", section: "sport", variant: "meta-date" },
  { id: "49378", format: "html", outlet: "rr", author: "vorlage", section: "wirtschaft", variant: "jsonld" },
  { id: "58343", format: "html", outlet: "tb", author: "probe", section: "geld", variant: "canonical-date" },
  { id: "59262", format: "html", outlet: "nk", author: "muster", section: "kultur", variant: "time-only" },
  { id: "74899", format: "html", outlet: "rr", author: "beispiel", section: "panorama", variant: "jsonld", gzip: true },
  { id: "83346", format: "html", outlet: "nk", author: "muster", section: "nachrichten", variant: "meta-date" },
  { id: "8562", format: "rss" },
  { id: "45695", format: "rss" },
  { id: "60475", format: "rss" },
  { id: "77697", format: "rss" },
  { id: "82340", format: "rss" },
  { id: "18625", format: "warc", outlet: "rr", author: "beispiel", section: "politik", variant: "jsonld" },
  { id: "80534", format: "warc", outlet: "tb", author: "exempel", section: "sport", variant: "jsonld-graph" },
  { id: "83753", format: "warc", outlet: "nk", author: "muster", section: "sport", variant: "meta-date" },
  { id: "52208", format: "jsonl", outlet: "tb", author: "probe", section: "digital" },
  { id: "81851", format: "jsonl", outlet: "nk", author: "platzhalter", section: "wissen" },
];

const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

// ---------------------------------------------------------------------------
// Reading the dataset
// ---------------------------------------------------------------------------

/** Loads one article: title and date from the file name, paragraphs from `originalText`. */
function loadArticle(entry, index, files) {
  const file = files.find((f) => f.startsWith(`${entry.id} - `));
  if (!file) throw new Error(`article ${entry.id} not found in ${DATASET}/train`);
  const match = /^\d+ - (.+) \((\d{4}-\d{2}-\d{2})\)\.json\.gz$/u.exec(file);
  if (!match) throw new Error(`unexpected file name: ${file}`);
  const json = JSON.parse(gunzipSync(readFileSync(path.join(DATASET, "train", file))).toString("utf8"));
  const title = match[1];
  const date = match[2];
  return { ...entry, index, file, title, date, slug: slugify(title), blocks: toBlocks(json.originalText), time: timeOfDay(index) };
}

/** Paragraphs and sub-headings; wiki leftovers ("Wikinews-Portal: …", trailing headings) dropped. */
function toBlocks(text) {
  const lines = text
    .split(/\n+/u)
    .map((l) => l.replace(/[ \t\u00a0]+/gu, " ").trim())
    .filter((l) => l !== "" && !/^Wikinews/u.test(l));
  while (lines.length > 0 && isHeading(lines[lines.length - 1])) lines.pop();
  return lines.map((l) => ({ kind: isHeading(l) ? "heading" : "paragraph", text: l }));
}

function isHeading(line) {
  return line.length < 80 && !/[.!?:“”"«»)]$/u.test(line);
}

function slugify(title) {
  const ascii = title
    .replace(/ä/gu, "ae").replace(/ö/gu, "oe").replace(/ü/gu, "ue")
    .replace(/Ä/gu, "Ae").replace(/Ö/gu, "Oe").replace(/Ü/gu, "Ue").replace(/ß/gu, "ss")
    .normalize("NFD").replace(/[\u0300-\u036f]/gu, "")
    .toLowerCase().replace(/[^a-z0-9]+/gu, "-").replace(/^-|-$/gu, "");
  if (ascii.length <= 60) return ascii;
  return ascii.slice(0, 60).replace(/-[^-]*$/u, "");
}

// ---------------------------------------------------------------------------
// Dates (deterministic invented times; dates from the file names)
// ---------------------------------------------------------------------------

function timeOfDay(index) {
  return { hour: 7 + ((index * 5) % 12), minute: (index * 17) % 60 };
}

const pad = (n) => String(n).padStart(2, "0");

/** Offset of German local time: CEST between the last Sundays of March and October. */
function berlinOffset(date) {
  const [y, m, d] = date.split("-").map(Number);
  const lastSunday = (month) => {
    const last = new Date(Date.UTC(y, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const summer = (m > 3 && m < 10) || (m === 3 && d >= lastSunday(3)) || (m === 10 && d < lastSunday(10));
  return summer ? "+02:00" : "+01:00";
}

function isoDateTime(article) {
  return `${article.date}T${pad(article.time.hour)}:${pad(article.time.minute)}:00${berlinOffset(article.date)}`;
}

function utcDateTime(article, extraHours = 0) {
  const utc = new Date(Date.parse(isoDateTime(article)) + extraHours * 3600_000);
  return utc.toISOString().replace(/\.\d{3}Z$/u, "Z");
}

function germanDate(date) {
  const [y, m, d] = date.split("-").map(Number);
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}

function numericDate(date) {
  const [y, m, d] = date.split("-");
  return `${d}.${m}.${y}`;
}

function rfc822(article) {
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const offset = berlinOffset(article.date).replace(":", "");
  const [y, m, d] = article.date.split("-").map(Number);
  const weekday = days[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday}, ${pad(d)} ${months[m - 1]} ${y} ${pad(article.time.hour)}:${pad(article.time.minute)}:00 ${offset}`;
}

// ---------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------

/** Headlines of other sample articles, for "related" boxes: the next n in the list. */
function otherHeadlines(article, all, n) {
  return Array.from({ length: n }, (_, k) => all[(article.index + 1 + k * 7) % all.length].title);
}

function articleUrl(article, datedPath = false) {
  const outlet = OUTLETS[article.outlet];
  const [y, m, d] = article.date.split("-");
  if (datedPath) return `https://${outlet.host}/${y}/${m}/${d}/${article.slug}/`;
  return `https://${outlet.host}/${article.section}/${article.slug}-a${1000 + article.index * 37}.html`;
}

function wikinewsUrl(title) {
  const page = encodeURIComponent(title.replace(/ /gu, "_")).replace(/%3A/gu, ":").replace(/%2C/gu, ",");
  return `https://de.wikinews.org/wiki/${page}`;
}

function paragraphs(article) {
  return article.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
}

function escapeHtml(text) {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");
}

/** Corpus files go to sample/corpus/ (what the demo ingests); ATTRIBUTION.md stays beside it. */
function write(relative, content) {
  const target = relative === "ATTRIBUTION.md" ? path.join(OUT, relative) : path.join(OUT, "corpus", relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
}

/** Windows-1252 bytes 0x80–0x9F (undefined positions left as "?"), indexed from 0x80. */
const WINDOWS_1252_EXTRA = new Map([..."€?‚ƒ„…†‡ˆ‰Š‹Œ?Ž??‘’“”•–—˜™š›œ?žŸ"].map((ch, i) => [ch, 0x80 + i]).filter(([ch]) => ch !== "?"));

/** Encodes text as Windows-1252; fails on characters the code page lacks. */
function encodeWindows1252(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped = WINDOWS_1252_EXTRA.get(text[i]);
    if (mapped !== undefined && code > 0xff) bytes[i] = mapped;
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else throw new Error(`character U+${code.toString(16)} is not in Windows-1252`);
  }
  return bytes;
}

// ---------------------------------------------------------------------------
// Text dumps: one layout per invented outlet
// ---------------------------------------------------------------------------

function bodyWithInsertions(article, insertions) {
  const lines = [];
  article.blocks.forEach((block, i) => {
    lines.push(block.text);
    for (const [after, text] of insertions) if (after === i) lines.push(text);
  });
  return lines;
}

const TEXT_LAYOUTS = {
  rr(article, others) {
    const author = AUTHORS[article.author];
    const middle = Math.floor(article.blocks.length / 2);
    return [
      `${article.title} – Rheintaler Rundschau`,
      `${numericDate(article.date)}, ${pad(article.time.hour)}:${pad(article.time.minute)} Uhr`,
      `Von ${author.name}`,
      ...bodyWithInsertions(article, [[0, "Foto: picture alliance/dpa"], [middle, `Mehr zum Thema: ${others[0]}`]]),
      author.bio,
      "Weitere Artikel",
      ...others.slice(1, 5),
      "Kommentar schreiben",
      "Teilen: Facebook Twitter WhatsApp",
    ].join("\n\n");
  },
  nk(article, others) {
    const author = AUTHORS[article.author];
    const middle = Math.max(1, Math.floor(article.blocks.length / 2));
    return [
      `${article.title} – Nordheider Kurier`,
      `Startseite › ${article.section === "wirtschaft" ? "Wirtschaft" : "Nachrichten"}`,
      ...bodyWithInsertions(article, [[0, "Bild: Nordheider Kurier/Archiv"], [1, "Anzeige"], [middle, `Lesen Sie auch: ${others[0]}`]]),
      author.bio,
      "Jetzt den Newsletter abonnieren!",
      "Das könnte Sie auch interessieren:",
      ...others.slice(1, 4),
      "© Nordheider Kurier – Alle Rechte vorbehalten",
    ].join("\n");
  },
  tb(article, others) {
    const author = AUTHORS[article.author];
    const middle = Math.floor(article.blocks.length / 2);
    const minutes = Math.max(1, Math.round(article.blocks.map((b) => b.text).join(" ").split(" ").length / 200));
    return [
      `${article.title} – Tagesblick`,
      `Veröffentlicht am ${germanDate(article.date)} | Lesezeit: ${minutes} ${minutes === 1 ? "Minute" : "Minuten"}`,
      "Artikel teilen",
      ...bodyWithInsertions(article, [[0, "Symbolbild: Tagesblick"], [middle, `ZUM THEMA: ${others[0]}`]]),
      author.bio,
      "Mehr aus dem Ressort",
      ...others.slice(1, 6),
      "Kommentare (0)",
      "Kommentar schreiben",
      "Teilen: Facebook Twitter WhatsApp E-Mail",
    ].join("\n\n");
  },
};

function writeTextDump(article, all) {
  const text = TEXT_LAYOUTS[article.outlet](article, otherHeadlines(article, all, 5)) + "\n";
  const file = `text/${OUTLETS[article.outlet].slug}/${article.slug}.txt`;
  if (article.variant === "cp1252") write(file, encodeWindows1252(text));
  else if (article.variant === "bom") write(file, "\ufeff" + text);
  else if (article.variant === "crlf") write(file, text.replace(/\n/gu, "\r\n"));
  else write(file, text);
  return file;
}

// ---------------------------------------------------------------------------
// HTML pages
// ---------------------------------------------------------------------------

const COMMENTS = [
  ["Rheinblick_62", "Danke für den ausführlichen Bericht. Mal sehen, was davon in einem Jahr noch übrig ist."],
  ["K. aus W.", "Wer soll das am Ende alles bezahlen? Die Frage stellt mal wieder niemand."],
  ["nordlicht", "Gut recherchiert, aber die Überschrift ist mir zu reißerisch."],
  ["Leserin_M", "Ich hätte mir mehr Stimmen aus der Region gewünscht."],
];

function jsonLd(article, url, graph) {
  const outlet = OUTLETS[article.outlet];
  const news = {
    "@type": "NewsArticle",
    headline: article.title,
    datePublished: isoDateTime(article),
    dateModified: isoDateTime(article),
    author: { "@type": "Person", name: AUTHORS[article.author].name },
    publisher: { "@type": "Organization", name: outlet.name, logo: { "@type": "ImageObject", url: `https://${outlet.host}/assets/logo.png` } },
    mainEntityOfPage: url,
    inLanguage: "de-DE",
  };
  const data = graph
    ? { "@context": "https://schema.org", "@graph": [{ "@type": "WebSite", name: outlet.name, url: `https://${outlet.host}/` }, news] }
    : { "@context": "https://schema.org", ...news };
  return `<script type="application/ld+json">${JSON.stringify(data, null, 2)}</script>`;
}

function headTags(article, url) {
  const outlet = OUTLETS[article.outlet];
  const teaser = paragraphs(article)[0].slice(0, 150).replace(/\s\S*$/u, "") + " …";
  const tags = [
    `<meta charset="utf-8">`,
    `<title>${escapeHtml(article.title)} – ${outlet.name}</title>`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="description" content="${escapeHtml(teaser)}">`,
    `<link rel="canonical" href="${url}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${escapeHtml(article.title)}">`,
    `<meta property="og:site_name" content="${outlet.name}">`,
    `<meta property="og:url" content="${url}">`,
    `<link rel="stylesheet" href="/assets/site.css">`,
  ];
  if (article.variant === "meta-date") {
    tags.push(`<meta property="article:published_time" content="${isoDateTime(article)}">`);
    tags.push(`<meta name="author" content="${AUTHORS[article.author].name}">`);
  }
  if (article.variant?.startsWith("jsonld")) tags.push(jsonLd(article, url, article.variant === "jsonld-graph"));
  tags.push(`<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({ pageType: "article" });</script>`);
  return tags.map((t) => `  ${t}`).join("\n");
}

function articleBlocks(article) {
  const blocks = article.blocks.map((b) => (b.kind === "heading" ? `<h2>${escapeHtml(b.text)}</h2>` : `<p>${escapeHtml(b.text)}</p>`));
  if (!article.blocks.some((b) => b.kind === "heading")) blocks.splice(Math.ceil(blocks.length / 2), 0, "<h2>Hintergrund</h2>");
  blocks.splice(Math.min(2, blocks.length), 0, `<div class="ad-slot" aria-hidden="true">Anzeige</div>`);
  return blocks.map((b) => `      ${b}`).join("\n");
}

function byline(article) {
  const author = `Von <a class="author" href="/autoren/${article.author}/">${AUTHORS[article.author].name}</a>`;
  if (article.variant === "canonical-date") return `<p class="byline">${author}</p>`;
  const time = `${pad(article.time.hour)}:${pad(article.time.minute)} Uhr`;
  return `<p class="byline">${author} | <time datetime="${isoDateTime(article)}">${germanDate(article.date)}, ${time}</time></p>`;
}

function relatedBox(article, all) {
  const outlet = OUTLETS[article.outlet];
  const items = otherHeadlines(article, all, 4).map((title) => {
    const href = `https://${outlet.host}/thema/${slugify(title)}/`;
    return `        <li><a href="${href}">${escapeHtml(title)}</a></li>`;
  });
  return [`    <aside class="related">`, `      <h2>Mehr zum Thema</h2>`, `      <ul>`, ...items, `      </ul>`, `    </aside>`].join("\n");
}

function commentSection(article) {
  const picked = [COMMENTS[article.index % COMMENTS.length], COMMENTS[(article.index + 1) % COMMENTS.length]];
  const comments = picked.map(
    ([user, text]) => `      <div class="comment"><p class="comment-author">${escapeHtml(user)}</p><p>${escapeHtml(text)}</p></div>`,
  );
  return [
    `    <section id="comments" class="comments">`,
    `      <h2>Kommentare (${picked.length})</h2>`,
    ...comments,
    `      <form class="comment-form"><textarea placeholder="Ihr Kommentar"></textarea><button type="submit">Kommentar abschicken</button></form>`,
    `    </section>`,
  ].join("\n");
}

/** A complete, realistic news page for one article. */
function htmlPage(article, all) {
  const outlet = OUTLETS[article.outlet];
  const url = articleUrl(article, article.variant === "canonical-date");
  const nav = outlet.nav.map((n) => `<li><a href="/${n.toLowerCase()}/">${n}</a></li>`).join("");
  const section = outlet.nav.find((n) => n.toLowerCase() === article.section) ?? article.section;
  return `<!DOCTYPE html>
<html lang="de">
<head>
${headTags(article, url)}
</head>
<body>
  <div id="cookie-banner" class="consent-banner" role="dialog">
    <p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. Mit „Akzeptieren“ stimmen Sie der Verarbeitung zu. Details finden Sie in unserer Datenschutzerklärung.</p>
    <button class="accept">Akzeptieren</button> <button class="settings">Einstellungen</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">${outlet.name}</a>
    <nav class="main-nav"><ul>${nav}</ul></nav>
    <a class="abo" href="/abo/">Jetzt abonnieren</a>
  </header>
  <main>
    <div class="breadcrumb"><a href="/">Startseite</a> › <a href="/${article.section}/">${section}</a></div>
    <article class="article">
      <header>
        <h1>${escapeHtml(article.title)}</h1>
        ${byline(article)}
      </header>
      <figure><img src="/bilder/${article.slug}.jpg" alt=""><figcaption>Symbolbild. Foto: picture alliance/dpa</figcaption></figure>
${articleBlocks(article)}
      <p class="author-bio">${AUTHORS[article.author].bio}</p>
      <div class="share">Teilen: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>
    </article>
${relatedBox(article, all)}
${commentSection(article)}
  </main>
  <footer class="site-footer">
    <ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/kontakt/">Kontakt</a></li><li><a href="/agb/">AGB</a></li></ul>
    <p>© ${outlet.name}. Alle Rechte vorbehalten.</p>
  </footer>
</body>
</html>
`;
}

function writeHtml(article, all) {
  const html = htmlPage(article, all);
  const file = `html/${article.slug}.html${article.gzip ? ".gz" : ""}`;
  write(file, article.gzip ? gzipSync(html, { level: 9 }) : html);
  return file;
}

// ---------------------------------------------------------------------------
// RSS feed, JSON Lines, WARC
// ---------------------------------------------------------------------------

function writeFeed(articles) {
  const items = articles.map((a) => {
    const link = wikinewsUrl(a.title);
    const html = a.blocks.map((b) => (b.kind === "heading" ? `<h3>${escapeHtml(b.text)}</h3>` : `<p>${escapeHtml(b.text)}</p>`)).join("\n");
    if (html.includes("]]>")) throw new Error(`CDATA end marker in ${a.title}`);
    return `    <item>
      <title>${escapeHtml(a.title)}</title>
      <link>${link}</link>
      <guid isPermaLink="true">${link}</guid>
      <pubDate>${rfc822(a)}</pubDate>
      <dc:creator>Wikinews-Autoren</dc:creator>
      <category>Wikinews</category>
      <description>${escapeHtml(paragraphs(a)[0])}</description>
      <content:encoded><![CDATA[${html}]]></content:encoded>
    </item>`;
  });
  const newest = [...articles].sort((x, y) => y.date.localeCompare(x.date))[0];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Wikinews – Auswahl für die Lagebild-Demo</title>
    <link>https://de.wikinews.org/</link>
    <atom:link href="https://feeds.lagebild.example/wikinews-feed.xml" rel="self" type="application/rss+xml"/>
    <description>Fünf Artikel aus der deutschsprachigen Wikinews (CC BY 2.5), als Demo-Feed zusammengestellt.</description>
    <language>de-de</language>
    <copyright>Texte: Wikinews-Autoren, CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/)</copyright>
    <lastBuildDate>${rfc822(newest)}</lastBuildDate>
${items.join("\n")}
  </channel>
</rss>
`;
  write("feed/wikinews-feed.xml", xml);
  return "feed/wikinews-feed.xml";
}

function writeJsonl(articles) {
  const rows = articles.map((a, i) =>
    JSON.stringify({
      url: articleUrl(a),
      title: a.title,
      text: a.blocks.map((b) => b.text).join("\n\n"),
      published: i === 0 ? isoDateTime(a) : a.date,
      publisher: OUTLETS[a.outlet].name,
      language: "de",
    }),
  );
  write("jsonl/articles.jsonl", rows.join("\n") + "\n");
  return "jsonl/articles.jsonl";
}

/** A stable record id: a UUID-shaped digest of the URL and the record type. */
function recordId(key) {
  const h = createHash("sha1").update(key).digest("hex");
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}>`;
}

async function* bytesOf(text) {
  yield new TextEncoder().encode(text);
}

async function warcResponse(url, date, contentType, body) {
  const record = WARCRecord.create(
    {
      url,
      date,
      type: "response",
      warcVersion: "WARC/1.1",
      warcHeaders: { "WARC-Record-ID": recordId(`response ${url}`) },
      httpHeaders: {
        "Content-Type": contentType,
        Date: new Date(date).toUTCString(),
        Server: "nginx",
        "Cache-Control": "max-age=60",
      },
    },
    bytesOf(body),
  );
  return WARCSerializer.serialize(record, { gzip: true });
}

async function writeWarc(articles, all) {
  const first = articles[0];
  const info = WARCRecord.createWARCInfo(
    {
      filename: "crawl.warc.gz",
      date: utcDateTime(first, -1),
      warcVersion: "WARC/1.1",
      warcHeaders: { "WARC-Record-ID": recordId("warcinfo crawl.warc.gz") },
    },
    {
      software: "Lagebild sample generator (warcio.js)",
      format: "WARC File Format 1.1",
      description: "Demo crawl: Wikinews texts (CC BY 2.5) in invented news pages",
      isPartOf: "lagebild-sample",
    },
  );
  const parts = [await WARCSerializer.serialize(info, { gzip: true })];
  const robotsHost = OUTLETS[first.outlet].host;
  const robots = "User-agent: *\nDisallow: /suche/\nDisallow: /abo/\nSitemap: https://" + robotsHost + "/sitemap.xml\n";
  parts.push(await warcResponse(`https://${robotsHost}/robots.txt`, utcDateTime(first, -1), "text/plain; charset=utf-8", robots));
  for (const article of articles) {
    const url = articleUrl(article);
    parts.push(await warcResponse(url, utcDateTime(article, 2), "text/html; charset=utf-8", htmlPage(article, all)));
  }
  write("warc/crawl.warc.gz", Buffer.concat(parts.map((p) => Buffer.from(p))));
  return "warc/crawl.warc.gz";
}

// ---------------------------------------------------------------------------
// Attribution
// ---------------------------------------------------------------------------

function writeAttribution(articles, usedIn) {
  const rows = articles.map(
    (a) => `| ${a.title.replace(/\|/gu, "\\|")} | ${a.date} | ${wikinewsUrl(a.title)} | \`corpus/${usedIn.get(a.id)}\` |`,
  );
  const text = `# Sample corpus: sources and licence

The article texts in this folder come from **German Wikinews** (https://de.wikinews.org/),
written by the Wikinews contributors and published under the
**Creative Commons Attribution 2.5 licence (CC BY 2.5)**:
https://creativecommons.org/licenses/by/2.5/

The texts were taken from the *quotes-wikinews2024* dataset: Fynn Petersen-Frey and
Chris Biemann (2024), "Dataset of Quotation Attribution in German News Articles",
which contains German Wikinews articles from the April 2022 dump
(https://dumps.wikimedia.org/dewikinews/). Only the plain article texts
(\`originalText\`) and the titles and dates from the file names were used. The
dataset itself, with its quotation annotations, is released under CC BY-NC-SA 4.0;
none of its annotations are included here, and the article texts remain Wikinews
texts under CC BY 2.5. Titles are given as in the dataset; a Wikinews page may have
been renamed since, so a link below may lead to a redirect or a search.

## What is invented

Everything around the texts is invented for the demo: the outlet names
(${Object.values(OUTLETS).map((o) => o.name).join(", ")}), the authors and author
biographies, all URLs (except the de.wikinews.org links in the feed and below),
the page markup, navigation, cookie banners, comments, site furniture lines
("Mehr zum Thema", "Kommentar schreiben", …), times of day, and the sub-heading
"Hintergrund" inserted into some HTML pages. Any resemblance to real outlets or
people is unintended. Wiki leftovers (e.g. "Wikinews-Portal" lines and trailing
section headings without text) were removed and whitespace was normalised; the
texts are otherwise unchanged.

The files are generated by \`scripts/make-sample.mjs\`.

## Articles used (${articles.length})

| Title | Date | Wikinews | Sample file |
| --- | --- | --- | --- |
${rows.join("\n")}
`;
  write("ATTRIBUTION.md", text);
}

// ---------------------------------------------------------------------------

async function main() {
  const files = readdirSync(path.join(DATASET, "train"));
  const articles = SELECTION.map((entry, i) => loadArticle(entry, i, files));
  rmSync(path.join(OUT, "corpus"), { recursive: true, force: true });
  const usedIn = new Map();
  for (const a of articles.filter((x) => x.format === "txt")) usedIn.set(a.id, writeTextDump(a, articles));
  for (const a of articles.filter((x) => x.format === "html")) usedIn.set(a.id, writeHtml(a, articles));
  const feed = writeFeed(articles.filter((x) => x.format === "rss"));
  const warc = await writeWarc(articles.filter((x) => x.format === "warc"), articles);
  const jsonl = writeJsonl(articles.filter((x) => x.format === "jsonl"));
  for (const a of articles) if (!usedIn.has(a.id)) usedIn.set(a.id, { rss: feed, warc, jsonl }[a.format]);
  writeAttribution(articles, usedIn);
  console.log(`sample/ written: ${articles.length} articles from ${DATASET}`);
}

await main();
