import { describe, expect, it } from "vitest";
import { splitHeadline } from "../../src/ingest/headline.js";

describe("splitHeadline", () => {
  it.each([
    ["GDL-Streik: Bahn rechnet mit massiven Ausfällen – tagesschau.de", "GDL-Streik: Bahn rechnet mit massiven Ausfällen", "tagesschau.de"],
    ["Koalition einigt sich auf Haushalt | ZEIT ONLINE", "Koalition einigt sich auf Haushalt", "ZEIT ONLINE"],
    ["Mietpreisbremse wird verlängert - Süddeutsche Zeitung", "Mietpreisbremse wird verlängert", "Süddeutsche Zeitung"],
    ["Wie sicher ist die Rente? :: Frankfurter Allgemeine Zeitung", "Wie sicher ist die Rente?", "Frankfurter Allgemeine Zeitung"],
    ["Bundesliga – Bayern verliert in Bochum | BR24", "Bundesliga – Bayern verliert in Bochum", "BR24"],
  ])("splits %j at the last separator", (line, title, publisher) => {
    expect(splitHeadline(line)).toEqual({ title, publisher });
  });

  it.each([
    "Ukraine-Krieg - Was wir wissen",
    "Ukraine-Krieg: Selenskyj bittet um Flugabwehr",
    "Scholz – „Wir stehen an der Seite Israels“",
    "Nahost-Konflikt - Hilfsgüter erreichen den Gazastreifen über das Meer",
    "Tarifstreit bei der Bahn - Einigung in Sicht?",
  ])("leaves %j whole", (line) => {
    expect(splitHeadline(line)).toEqual({ title: line, publisher: null });
  });
});
