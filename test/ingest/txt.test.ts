import { describe, expect, it } from "vitest";
import { fixture, onlyDraft, onlyRejection, readAll, tempDir } from "./helpers.js";

describe("plain-text dumps", () => {
  it("reads headline, publisher suffix and body with its furniture", async () => {
    const draft = onlyDraft(await readAll([fixture("bahnstreik.txt")]));
    expect(draft).toMatchObject({
      source: fixture("bahnstreik.txt"),
      format: "txt",
      title: "GDL-Streik: Bahn rechnet mit massiven Ausfällen im Fernverkehr",
      publisher: "tagesschau.de",
      url: null,
      extraction: null,
    });
    const lines = draft.body.split("\n");
    expect(lines[0]).toBe("Stand: 12.03.2024 06:15 Uhr");
    expect(lines).toContain("Mehr zum Thema");
    expect(lines).toContain("Teilen auf Facebook");
    // trailing spaces cut, four blank lines collapsed to two
    expect(draft.body).toContain("vor allem im Fernverkehr.\n\n\n„Wir bedauern");
  });

  it("does not split a hyphenated headline without a site name", async () => {
    const draft = onlyDraft(await readAll([fixture("ukraine-krieg.txt")]));
    expect(draft.title).toBe("Ukraine-Krieg - Was wir wissen");
    expect(draft.publisher).toBeNull();
    expect(draft.body).toMatch(/^Die ukrainische Armee meldet schwere Kämpfe/);
  });

  it("normalises CRLF and reads Windows-1252 files with umlauts", async () => {
    const text = "Stadtrat Würzburg: Neue Straßenbahnlinie beschlossen | Main-Post\r\n\r\nBürgermeister Müller äußerte sich zufrieden.   \r\nDie Linie soll 2028 fertig sein.\r\n";
    const { dir, cleanup } = await tempDir({ "wuerzburg.txt": Buffer.from(text, "latin1") });
    try {
      const draft = onlyDraft(await readAll([`${dir}/wuerzburg.txt`]));
      expect(draft.title).toBe("Stadtrat Würzburg: Neue Straßenbahnlinie beschlossen");
      expect(draft.publisher).toBe("Main-Post");
      expect(draft.body).toBe("Bürgermeister Müller äußerte sich zufrieden.\nDie Linie soll 2028 fertig sein.");
    } finally {
      await cleanup();
    }
  });

  it("reads UTF-16 text with a BOM", async () => {
    const text = "Hamburger Hafen meldet Rekordumschlag\n\nDer Hamburger Hafen hat im vergangenen Jahr so viele Container umgeschlagen wie nie zuvor.";
    const { dir, cleanup } = await tempDir({ "hafen.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]) });
    try {
      const draft = onlyDraft(await readAll([`${dir}/hafen.txt`]));
      expect(draft.title).toBe("Hamburger Hafen meldet Rekordumschlag");
      expect(draft.body).toMatch(/^Der Hamburger Hafen hat/);
    } finally {
      await cleanup();
    }
  });

  it("takes a first line that is a whole paragraph as body, not as headline", async () => {
    const paragraph = "Die Landesregierung in Hannover hat am Dienstag beschlossen, die Zahl der Lehrkräfte an Grundschulen deutlich zu erhöhen, um den Unterrichtsausfall zu verringern, der nach Angaben des Kultusministeriums zuletzt gestiegen war.";
    const { dir, cleanup } = await tempDir({ "absatz.txt": `${paragraph}\nDie Opposition spricht von einem Tropfen auf den heißen Stein.\n` });
    try {
      const draft = onlyDraft(await readAll([`${dir}/absatz.txt`]));
      expect(draft.title).toBeNull();
      expect(draft.body.split("\n")).toEqual([paragraph, "Die Opposition spricht von einem Tropfen auf den heißen Stein."]);
    } finally {
      await cleanup();
    }
  });

  it("rejects a headline without a body, empty and undecodable files", async () => {
    const { dir, cleanup } = await tempDir({
      "nur-titel.txt": "Eilmeldung: Regierungserklärung um 13 Uhr\n\n",
      "leer.txt": "",
      "leerzeichen.txt": "   \n\n\t  \r\n",
      "kaputt.txt": Buffer.from([0x44, 0x69, 0x65, 0x20, 0xfc, 0x81, 0x62, 0x65, 0x72]),
    });
    try {
      expect(onlyRejection(await readAll([`${dir}/nur-titel.txt`]))).toEqual({
        source: `${dir}/nur-titel.txt`,
        reason: "no_article_text",
        detail: 'only one line of text, a headline without a body: "Eilmeldung: Regierungserklärung um 13 Uhr"',
      });
      expect(onlyRejection(await readAll([`${dir}/leer.txt`]))).toMatchObject({ reason: "empty", detail: "the input is empty (0 bytes)" });
      expect(onlyRejection(await readAll([`${dir}/leerzeichen.txt`]))).toMatchObject({ reason: "empty" });
      const bad = onlyRejection(await readAll([`${dir}/kaputt.txt`]));
      expect(bad.reason).toBe("invalid_encoding");
      expect(bad.detail).toContain("0x81 at offset 5");
    } finally {
      await cleanup();
    }
  });
});
