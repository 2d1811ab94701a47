import { describe, expect, it } from "vitest";
import { cleanTitle, foldName, hostName, isSiteName, siteNameFromTitle, titleSiteName } from "../../src/extract/title.js";

describe("cleanTitle", () => {
  it("removes a known site name after the headline", () => {
    expect(cleanTitle("Stadtrat beschließt Haushalt für 2025 | Elbtal-Zeitung", ["Elbtal-Zeitung"])).toBe("Stadtrat beschließt Haushalt für 2025");
    expect(cleanTitle("Stadtrat beschließt Haushalt für 2025 – Elbtal-Zeitung", ["Elbtal-Zeitung"])).toBe("Stadtrat beschließt Haushalt für 2025");
    expect(cleanTitle("Stadtrat beschließt Haushalt für 2025 - ELBTAL-ZEITUNG", ["Elbtal-Zeitung"])).toBe("Stadtrat beschließt Haushalt für 2025");
  });

  it("removes a site name before the headline", () => {
    expect(cleanTitle("Hanse-Bote: Warnstreik legt Hafen lahm", ["Hanse-Bote"])).toBe("Warnstreik legt Hafen lahm");
    expect(cleanTitle("BMJV | Transparenz bei Preisanpassungen", ["BMJV"])).toBe("Transparenz bei Preisanpassungen");
  });

  it("recognises the site by the page's domain", () => {
    const url = "https://www.kuestenpost.de/ruegen/binz";
    expect(cleanTitle("Glasverbot am Strand – was Urlauber in Binz wissen müssen - Küstenpost", [], url)).toBe(
      "Glasverbot am Strand – was Urlauber in Binz wissen müssen",
    );
    expect(cleanTitle("Neue Regeln für E-Scooter | ZEIT ONLINE", [], "https://www.zeit.de/mobilitaet/x")).toBe("Neue Regeln für E-Scooter");
    expect(cleanTitle("Flixbus attackiert Deutsche Bahn - Süddeutsche Zeitung", [], "https://www.sueddeutsche.de/x")).toBe("Flixbus attackiert Deutsche Bahn");
  });

  it("never cuts a headline that contains a dash", () => {
    expect(cleanTitle("Merz gegen Scholz – wer hat das TV-Duell gewonnen?", ["Elbtal-Zeitung"], "https://www.elbtal-zeitung.de/a")).toBe(
      "Merz gegen Scholz – wer hat das TV-Duell gewonnen?",
    );
    expect(cleanTitle("Tarifstreit - Verdi ruft erneut zum Warnstreik auf", [], "https://www.zeit.de/x")).toBe(
      "Tarifstreit - Verdi ruft erneut zum Warnstreik auf",
    );
  });

  it("does not take a headline word for the site when it only starts like the domain", () => {
    expect(cleanTitle("Klimakrise - Zeitgeschichtliche Parallelen", [], "https://www.zeit.de/x")).toBe("Klimakrise - Zeitgeschichtliche Parallelen");
  });

  it("decodes entities and collapses whitespace", () => {
    expect(cleanTitle("  Bahn &amp; Bund einigen sich\n | Hanse-Bote ", ["Hanse-Bote"])).toBe("Bahn & Bund einigen sich");
  });
});

describe("site names", () => {
  it("folds names for comparison", () => {
    expect(foldName("Süddeutsche Zeitung")).toBe("sueddeutschezeitung");
    expect(foldName("n-tv.de")).toBe("ntvde");
  });

  it("reads the name part of a host", () => {
    expect(hostName("https://www.bbc.co.uk/news/x")).toEqual({ label: "bbc", domain: "bbc.co.uk" });
    expect(hostName("https://politik.faz.net/x")).toEqual({ label: "faz", domain: "faz.net" });
    expect(hostName("http://127.0.0.1/x")).toBeNull();
    expect(hostName(null)).toBeNull();
  });

  it("matches site names by domain", () => {
    expect(isSiteName("tagesschau.de", [], "https://www.tagesschau.de/inland/x")).toBe(true);
    expect(isSiteName("RP ONLINE", [], "https://rp-online.de/x")).toBe(true);
    expect(isSiteName("Politik", [], "https://rp-online.de/x")).toBe(false);
  });

  it("derives a site name from a title only with evidence", () => {
    expect(siteNameFromTitle("Lake County voters approve school bond | The Lakeshore Ledger")).toBe("The Lakeshore Ledger");
    expect(siteNameFromTitle("Neckar-Echo – Pegel steigt: Hochwasserwarnung", "https://www.neckar-echo.de/x")).toBe("Neckar-Echo");
    expect(siteNameFromTitle("Merz gegen Scholz - wer hat gewonnen?")).toBeNull();
    expect(siteNameFromTitle("BMJV | Transparenz bei Preisanpassungen")).toBeNull();
  });
});

describe("site names with taglines and short domain names", () => {
  it("cuts a site name with the tagline after it", () => {
    expect(cleanTitle("Drei Tote bei Unfall auf der B 188 | Kreisbote 24 - Nachrichten aus dem Kreis", [], "https://kreisbote24.de/x")).toBe(
      "Drei Tote bei Unfall auf der B 188",
    );
  });

  it("recognises a site name that is most of the domain label", () => {
    expect(isSiteName("Investment Watch", [], "https://www.investmentwatchblog.com/x")).toBe(true);
    expect(isSiteName("Invest", [], "https://www.investmentwatchblog.com/x")).toBe(false);
    expect(isSiteName("http://www.tafelblog.com", [], "https://www.tafelblog.de/x")).toBe(true);
  });

  it("finds the title part that a known name or the domain names", () => {
    expect(titleSiteName("Parken in Paris – jovelblog", ["jovelblog"], "https://www.jovelstefan.de/x")).toBe("jovelblog");
    expect(titleSiteName("Parken in Paris – jovelblog", [], "https://www.jovelstefan.de/x")).toBeNull();
    expect(titleSiteName("Kreisbote 24: Unfall auf der B 188", [], "https://kreisbote24.de/x")).toBe("Kreisbote 24");
  });
});
