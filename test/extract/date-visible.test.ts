import { describe, expect, it } from "vitest";
import { EARLIEST_WEB_DATE } from "../../src/extract/date.js";
import { visibleDateFeatures, visibleDates, visibleWeight } from "../../src/extract/date-visible.js";
import { pageZones, toLocalTime } from "../../src/extract/date-zone.js";
import { parseDocument } from "../../src/extract/dom.js";

const now = new Date("2024-06-01T12:00:00Z");
const options = { title: "Stadtrat beschließt Haushalt für 2025", order: "dmy" as const, now, earliest: EARLIEST_WEB_DATE };
const page = (body: string): ReturnType<typeof parseDocument> => parseDocument(`<html><body>${body}</body></html>`);
const PROSE = "<p>Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Haushalt für das kommende Jahr beschlossen. Die Opposition kritisierte die hohen Ausgaben für den Straßenbau.</p>";

describe("visible dates", () => {
  it("weighs the date line under the headline above dates in the text and in teasers", () => {
    const body = `<div class="masthead">Mittwoch, 29. Mai 2024</div><nav><a href="/">Start</a></nav>${"<p>Rubrik</p>".repeat(40)}`
      + `<article><h1>Stadtrat beschließt Haushalt für 2025</h1><p class="meta">Von Anna Berger, 14.05.2024, 18:30 Uhr</p>${PROSE}`
      + `<p>Die nächste Sitzung ist für den 12. Juni 2024 geplant, die Bürgerversammlung fand am 2. Mai 2024 statt.</p></article>`
      + `<aside class="teaser-list"><p>Neue Kita eröffnet</p><span>10.05.2024</span><p>Bahnhof wird saniert</p><span>08.05.2024</span><p>Freibad öffnet</p><span>07.05.2024</span></aside>`;
    const dates = visibleDates(page(body), options);
    const best = dates.reduce((a, b) => (b.weight > a.weight ? b : a));
    expect(best.iso).toBe("2024-05-14");
    expect(dates.map((d) => d.iso)).not.toContain("2024-06-12");
  });

  it("reads labels: published dates count more, updates become modification dates", () => {
    const body = `<h1>Stadtrat beschließt Haushalt für 2025</h1><p>Aktualisiert am 20.05.2024</p><p>Erschienen am: 14.05.2024</p>${PROSE}`;
    const features = visibleDateFeatures(page(body), options);
    expect(features.map((d) => [d.iso, d.kind])).toEqual([["2024-05-20", "modified"], ["2024-05-14", "published"]]);
    expect(features[1].features.publishCue).toBe(1);
  });

  it("skips dates of other things (member since, born) and keeps copyright dates only as a last resort", () => {
    const body = `<h1>Stadtrat beschließt Haushalt für 2025</h1><div class="user">Mitglied seit 11.05.2017</div>${PROSE}<footer>Copyright © 19.12.2019 - 12:14 h by Beispiel GmbH</footer>`;
    const dates = visibleDates(page(body), options);
    expect(dates.map((d) => d.iso)).toEqual(["2019-12-19"]);
    expect(dates[0].weight).toBeLessThan(0.5);
  });

  it("marks ranges and dates with a time", () => {
    const body = `<h1>Stadtrat beschließt Haushalt für 2025</h1><p>Ausstellung vom 6. April 2024 bis 7. Mai 2024</p><p>14.05.2024, 08:30 Uhr</p>`;
    const features = visibleDateFeatures(page(body), options).map((d) => d.features);
    expect(features[0].range).toBe(1);
    expect(features[2].withTime).toBe(1);
  });

  it("reads two-digit years only on short date lines", () => {
    const dates = visibleDates(page(`<h1>Stadtrat beschließt Haushalt für 2025</h1><p>Mi, 15.05.24 08:30 Uhr</p>${PROSE}`), options);
    expect(dates.map((d) => d.iso)).toEqual(["2024-05-15"]);
  });

  it("gives a bare date in prose less weight than a labelled date line", () => {
    const base = { publishCue: 0, dateLabel: 0, dated: 0, short: 0, afterHeadline: 0, nearBeforeHeadline: 0, farBeforeHeadline: 0, foreign: 0, footer: 0, range: 0, withTime: 0, laterInList: 0 };
    expect(visibleWeight({ ...base, publishCue: 1, short: 1, afterHeadline: 1 })).toBeGreaterThan(visibleWeight(base));
    expect(visibleWeight({ ...base, short: 1, foreign: 1, laterInList: 1 })).toBeLessThan(visibleWeight({ ...base, short: 1 }));
  });
});

describe("time zones", () => {
  it("places pages by language tag, then by country domain", () => {
    expect(pageZones(["de-DE"], null)).toEqual(["Europe/Berlin"]);
    expect(pageZones(["en", "en_US"], null)).toHaveLength(4);
    expect(pageZones(["en"], "https://www.example.co.uk/x")).toEqual(["Europe/London"]);
    expect(pageZones(["en"], "https://example.com/x")).toEqual([]);
  });

  it("writes UTC date-times in local time when the zones agree on the day", () => {
    expect(toLocalTime("2024-05-16T22:30:00Z", ["Europe/Berlin"])).toBe("2024-05-17T00:30:00+02:00");
    expect(toLocalTime("2024-01-16T22:30:00Z", ["Europe/Berlin"])).toBe("2024-01-16T23:30:00+01:00");
    const us = pageZones(["en-US"], null);
    expect(toLocalTime("2020-05-02T02:54:29Z", us)).toBe("2020-05-01T22:54:29-04:00");
    expect(toLocalTime("2020-05-02T06:00:00Z", us)).toBe("2020-05-02T06:00:00Z");
    expect(toLocalTime("2024-05-16T22:30:00+02:00", ["Europe/Berlin"])).toBe("2024-05-16T22:30:00+02:00");
    expect(toLocalTime("2024-05-16", ["Europe/Berlin"])).toBe("2024-05-16");
  });
});

describe("comment dates", () => {
  it("skips the dates of readers' comments but not a headline ending in 'says'", () => {
    const comment = visibleDates(page(`<h1>Stadtrat beschließt Haushalt für 2025</h1>${PROSE}<p>Jonas sagt: 16. Mai 2024 um 21:12</p>`), options);
    expect(comment.map((d) => d.iso)).toEqual([]);
    const headline = visibleDates(page("<h1>Envoy says</h1><p>13 May 2024 18:29</p>"), { ...options, title: "Envoy says" });
    expect(headline.map((d) => d.iso)).toEqual(["2024-05-13"]);
  });
});
