import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { weekdayCases } from "../../src/eval/weekdays.js";
import { lexiconFor } from "../../src/nlp/dates/lexicon.js";
import { runCli } from "../cli/run-cli.js";

const lex = lexiconFor("de");
if (!lex) throw new Error("no German date lexicon");

/** Made-up articles in the quotation data set's format; the article date is in the name. */
const ARTICLES: Record<string, string> = {
  "1 - Verfahren eingestellt (2006-03-31)":
    "Die Staatsanwaltschaft gab am Montag, dem 27. März, die Einstellung des Verfahrens bekannt. " +
    "Das Urteil im zweiten Verfahren soll am Mittwoch (5.4.) verkündet werden. Der Unfall hatte sich am Freitag, dem 3. März, ereignet.",
  "2 - Stadtrat (2024-06-05)":
    "Der Stadtrat hat am Dienstag, den 4. Juni, den Haushalt beschlossen. Die Sitzung, die für Montag, den 10. Juni, angesetzt ist, soll öffentlich sein.",
  "3 - Ohne Datum": "Am Montag, dem 3. Juni, begann der Prozess.",
};

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "lagebild-eval-weekdays-"));
  for (const [name, originalText] of Object.entries(ARTICLES)) writeFileSync(join(work, `${name}.json`), JSON.stringify({ originalText, annotations: [] }));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("weekday cases from the texts' own weekday-date pairs", () => {
  it("cuts the date out, resolves the weekday alone and keeps the text's date as gold", () => {
    const text = ARTICLES["1 - Verfahren eingestellt (2006-03-31)"];
    const { cases, beyondReach } = weekdayCases("1", text, "2006-03-31", lex);
    expect(cases.map((c) => [c.text, c.gold, c.predicted])).toEqual([
      ["Montag, dem 27. März", "2006-03-27", "2006-03-27"],
      ["Mittwoch (5.4.)", "2006-04-05", "2006-04-05"],
    ]);
    expect(cases[0].context).toContain("am Montag, die Einstellung");
    // 3 March lies four weeks back: a weekday alone cannot name it.
    expect(beyondReach).toBe(1);
  });

  it("records a wrong reading of the weekday alone", () => {
    // "Montag" alone in a clause without a tense cue reads as the past Monday, 2024-06-03; the text says 10 June.
    const { cases } = weekdayCases("x", "Die Anhörung ist am Montag, den 10. Juni, in Saal 3.", "2024-06-05", lex);
    expect(cases).toEqual([expect.objectContaining({ gold: "2024-06-10", predicted: "2024-06-03" })]);
  });
});

describe("lagebild eval weekdays", () => {
  it("scores a folder of dated articles, skips undated ones and writes the cases", () => {
    const out = join(work, "cases.jsonl");
    const result = runCli(["eval", "weekdays", "--data", work, "--out", out, "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout.trim().split("\n").at(-1) as string);
    expect(report).toEqual({ task: "weekdays", documents: 3, cases: 4, correct: 4, accuracy: 1, beyondReach: 1, undated: 1 });
    const cases = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { gold: string });
    expect(cases.map((c) => c.gold)).toEqual(["2006-03-27", "2006-04-05", "2024-06-04", "2024-06-10"]);
  });

  it("fails with exit code 1 when the folder does not exist", () => {
    const missing = runCli(["eval", "weekdays", "--data", join(work, "nowhere")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/EVAL_DATA_MISSING|not found/i);
  });
});
