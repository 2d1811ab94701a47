import { describe, expect, it } from "vitest";
import { decodeHtml, decodeText } from "../../src/ingest/decode.js";

const GERMAN = "Bürgermeister Müller äußerte sich „überrascht“ über die Entscheidung – Straßenbau kostet 5 €.";

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  if (endian === "le") return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

function cp1252(text: string): Uint8Array {
  // Windows-1252 bytes: latin1 for the Latin-1 range, and the 0x80–0x9F specials by hand.
  const specials: Record<string, number> = { "„": 0x84, "“": 0x93, "”": 0x94, "–": 0x96, "€": 0x80 };
  return Uint8Array.from([...text].map((c) => specials[c] ?? c.charCodeAt(0)));
}

describe("decodeText", () => {
  it("decodes UTF-8 with and without BOM", () => {
    const plain = decodeText(Buffer.from(GERMAN, "utf8"));
    const bom = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN, "utf8")]));
    expect(plain).toEqual({ ok: true, text: GERMAN, encoding: "utf-8" });
    expect(bom).toEqual({ ok: true, text: GERMAN, encoding: "utf-8" });
  });

  it("decodes UTF-16 LE and BE by their BOM", () => {
    expect(decodeText(utf16(GERMAN, "le"))).toEqual({ ok: true, text: GERMAN, encoding: "utf-16le" });
    expect(decodeText(utf16(GERMAN, "be"))).toEqual({ ok: true, text: GERMAN, encoding: "utf-16be" });
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8, umlauts intact", () => {
    const result = decodeText(Buffer.from("Bürgermeister Müller äußerte sich", "latin1"));
    expect(result).toEqual({ ok: true, text: "Bürgermeister Müller äußerte sich", encoding: "windows-1252" });
    expect(decodeText(cp1252(GERMAN))).toEqual({ ok: true, text: GERMAN, encoding: "windows-1252" });
  });

  it("rejects bytes undefined in Windows-1252 that are not UTF-8 either", () => {
    const bytes = Buffer.concat([Buffer.from("Gr", "latin1"), Buffer.from([0xfc, 0x8d]), Buffer.from("e aus Köln", "latin1")]);
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe("invalid_encoding");
      expect(result.detail).toContain("0x8D at offset 3");
      expect(result.detail).toContain("0xFC at offset 2");
    }
  });

  it("rejects text full of control characters", () => {
    const noisy = Buffer.from("Bericht\x01\x02\x03\x04 aus\x1b[0m dem \x07Rathaus", "utf8");
    const result = decodeText(noisy);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.detail).toMatch(/6 control characters .* \(first U\+0001 at offset 7\)/);
  });

  it("accepts a stray control character in a long text", () => {
    const text = `${"Die Landesregierung hat am Montag neue Regeln beschlossen. ".repeat(20)}\x0b`;
    expect(decodeText(Buffer.from(text)).ok).toBe(true);
  });

  it("rejects a UTF-8 BOM followed by invalid UTF-8", () => {
    const result = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Gr\xfc\xdfe", "latin1")]));
    expect(result).toMatchObject({ ok: false, reason: "invalid_encoding" });
  });
});

describe("decodeHtml", () => {
  const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body><p>${body}</p></body></html>`;

  it("honours the HTTP charset over a <meta> declaration", () => {
    const bytes = cp1252(page('<meta charset="utf-8">', GERMAN));
    const result = decodeHtml(bytes, "windows-1252");
    expect(result.ok && result.text).toContain(GERMAN);
  });

  it("honours <meta charset> and <meta http-equiv> in the first 4 KB", () => {
    const meta = decodeHtml(cp1252(page('<meta charset="windows-1252">', GERMAN)));
    const equiv = decodeHtml(cp1252(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', GERMAN)));
    expect(meta).toMatchObject({ ok: true, encoding: "windows-1252" });
    expect(meta.ok && meta.text).toContain(GERMAN);
    expect(equiv.ok && equiv.text).toContain(GERMAN);
  });

  it("decodes ISO-8859-15 with its euro sign, and cp1252 quotes in mislabelled pages", () => {
    const head = Buffer.from('<!doctype html><html><head><meta charset="iso-8859-15"></head><body><p>Preis: 5 ', "latin1");
    const bytes = Buffer.concat([head, Buffer.from([0xa4, 0x20, 0x84, 0x67, 0x75, 0x74, 0x93]), Buffer.from("</p></body></html>")]);
    const result = decodeHtml(bytes);
    expect(result).toMatchObject({ ok: true, encoding: "iso-8859-15" });
    expect(result.ok && result.text).toContain("<p>Preis: 5 € „gut“</p>");
  });

  it("prefers valid UTF-8 over a declared single-byte charset (mislabelled page)", () => {
    const result = decodeHtml(Buffer.from(page('<meta charset="iso-8859-1">', GERMAN), "utf8"), "ISO-8859-1");
    expect(result).toMatchObject({ ok: true, encoding: "utf-8" });
    expect(result.ok && result.text).toContain(GERMAN);
  });

  it("ignores a wrong utf-8 declaration and falls back to Windows-1252", () => {
    const result = decodeHtml(cp1252(page('<meta charset="utf-8">', GERMAN)), "utf-8");
    expect(result).toMatchObject({ ok: true, encoding: "windows-1252" });
    expect(result.ok && result.text).toContain(GERMAN);
  });

  it("reads the encoding of an XML declaration", () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Grüße aus Füssen</title></channel></rss>`;
    const result = decodeHtml(Buffer.from(xml, "latin1"));
    expect(result.ok && result.text).toContain("Grüße aus Füssen");
  });

  it("lets a BOM win over every declaration", () => {
    const result = decodeHtml(utf16(page('<meta charset="windows-1252">', GERMAN), "le"), "iso-8859-1");
    expect(result).toMatchObject({ ok: true, encoding: "utf-16le" });
    expect(result.ok && result.text).toContain(GERMAN);
  });
});
