import { describe, expect, it } from "vitest";
import { withoutDateAsides } from "../../../src/nlp/quotes/date-aside.js";
import { lexiconFor } from "../../../src/nlp/quotes/lexicon.js";
import { tokenize } from "../../../src/nlp/quotes/tokens.js";
import { briefs } from "./helpers.js";

/** The words the finder sees of a sentence. */
function seen(text: string, language = "de"): string {
  return withoutDateAsides(tokenize(text), lexiconFor(language))
    .map((t) => t.text)
    .join(" ");
}

describe("a date in apposition to a weekday", () => {
  it("is left out of the tokens, with its closing comma where the clause goes on", () => {
    expect(seen("Gysi hatte am Donnerstag, dem 7. Oktober, gesagt")).toBe("Gysi hatte am Donnerstag gesagt");
    expect(seen("Die Staatsanwaltschaft gab am Montag, dem 27. März, die Einstellung bekannt.")).toBe("Die Staatsanwaltschaft gab am Montag die Einstellung bekannt .");
    expect(seen("am Montagabend, den 20. Februar 2006, erklärt")).toBe("am Montagabend erklärt");
    expect(seen("am Donnerstag, den 7.10., gesagt")).toBe("am Donnerstag gesagt");
    expect(seen("am Freitag, 8. Februar 2008")).toBe("am Freitag");
  });

  it("keeps the closing comma before a clause of its own: after a conjunction, or in the subjunctive", () => {
    expect(seen("Gysi erklärte am Montag, den 20. Februar 2006, dass die Partei am Ende sei.")).toBe("Gysi erklärte am Montag , dass die Partei am Ende sei .");
    expect(seen("Gysi sagte am Donnerstag, dem 7. Oktober, die Partei sei am Ende.")).toBe("Gysi sagte am Donnerstag , die Partei sei am Ende .");
  });

  it("reads English dates with the month first and a year after a comma", () => {
    expect(seen("Smith said on Monday, Oct. 7, that", "en")).toBe("Smith said on Monday , that");
    expect(seen("On Monday, October 7, 2024, Smith told", "en")).toBe("On Monday Smith told");
  });

  it("leaves a weekday in a list or before anything but a date alone", () => {
    expect(seen("am Montag, Dienstag und Mittwoch")).toBe("am Montag , Dienstag und Mittwoch");
    expect(seen("am Montag, 7 Menschen starben")).toBe("am Montag , 7 Menschen starben");
  });

  it("no longer hides the speech verb from its subject", () => {
    const text = "Der Minister kam. Gysi hatte am Donnerstag, dem 7. Oktober, gesagt, die Partei sei am Ende.";
    expect(briefs(text)).toEqual([{ kind: "indirect", text: "die Partei sei am Ende", speaker: "Gysi", cue: "gesagt" }]);
    const before = "Am Donnerstag, dem 7. Oktober, sagte Gysi, die Partei sei am Ende.";
    expect(briefs(before)).toEqual([{ kind: "indirect", text: "die Partei sei am Ende", speaker: "Gysi", cue: "sagte" }]);
    const after = "Gysi sagte am Donnerstag, dem 7. Oktober, die Partei sei am Ende.";
    expect(briefs(after)).toEqual([{ kind: "indirect", text: "die Partei sei am Ende", speaker: "Gysi", cue: "sagte" }]);
  });

  it("keeps offsets into the text: a quote over the aside covers it", () => {
    const text = "„Wir haben am Montag, dem 3. Juni, verloren“, sagte Gysi.";
    expect(briefs(text)).toEqual([{ kind: "direct", text: "„Wir haben am Montag, dem 3. Juni, verloren“", speaker: "Gysi", cue: "sagte" }]);
  });
});
