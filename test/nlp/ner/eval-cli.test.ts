import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreTagSequences } from "../../../src/eval/ner-score.js";
import { mapGermEvalTags, parseGermEval } from "../../../src/nlp/ner/germeval.js";
import { loadNerModel, tagSentence, tagTokens } from "../../../src/nlp/ner/tagger.js";
import { runCli } from "../../cli/run-cli.js";

const FIXTURE = "test/fixtures/ner/mini.tsv";
const TYPES = ["PER", "ORG", "LOC", "MISC"];

interface Report {
  task: string;
  sentences: number;
  tokens: number;
  mapping: string;
  f1: number;
  overall: { gold: number; predicted: number; correct: number; f1: number };
  types: { type: string; gold: number }[];
  timing: { seconds: number; tokensPerSecond: number; secondPass: { seconds: number; tokensPerSecond: number } };
}

describe("lagebild eval ner", () => {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-ner-"));
  const predictions = join(dir, "predictions.tsv");
  const result = runCli(["eval", "ner", "--data", FIXTURE, "--predictions", predictions, "--json"]);
  const lines = result.stdout.trim().split("\n");
  const report = JSON.parse(lines[lines.length - 1]) as Report;

  it("scores the fixture with the deriv/part mapping applied to gold", () => {
    expect(result.code).toBe(0);
    expect(report).toMatchObject({ task: "ner", sentences: 4, tokens: 41 });
    expect(report.mapping).toMatch(/deriv.*part.*O/u);
    expect(Object.fromEntries(report.types.map((t) => [t.type, t.gold]))).toEqual({ PER: 2, ORG: 1, LOC: 3, MISC: 2 });
    expect(report.overall.gold).toBe(8);
  });

  it("times the scored pass and a second pass over the same tokens", () => {
    const { timing } = report;
    expect(timing.secondPass.seconds).toBeGreaterThan(0);
    expect(timing.tokensPerSecond).toBeCloseTo(report.tokens / timing.seconds, 3);
    expect(timing.secondPass.tokensPerSecond).toBeCloseTo(report.tokens / timing.secondPass.seconds, 3);
    const text = runCli(["eval", "ner", "--data", FIXTURE]).stdout;
    expect(text).toMatch(/Tagging: [\d.]+ s, \d+ tokens\/s \(start-up included\); a second pass [\d.]+ s, \d+ tokens\/s/u);
  });

  it("writes the file back with our tags, and the report agrees with them", () => {
    const gold = parseGermEval(readFileSync(FIXTURE, "utf8"));
    const ours = parseGermEval(readFileSync(predictions, "utf8"));
    expect(ours.map((s) => s.rows.map((r) => [r.index, r.token, r.inner]))).toEqual(gold.map((s) => s.rows.map((r) => [r.index, r.token, r.inner])));
    expect(ours.map((s) => s.comment)).toEqual(gold.map((s) => s.comment));
    const rescored = scoreTagSequences(
      gold.map((s) => mapGermEvalTags(s.rows.map((r) => r.outer))),
      ours.map((s) => s.rows.map((r) => r.outer)),
      TYPES,
    );
    expect(rescored.overall).toMatchObject({ predicted: report.overall.predicted, correct: report.overall.correct });
    const tagged = ours.flatMap((s) => s.rows.filter((r) => r.outer !== "O").map((r) => `${r.token} ${r.outer}`));
    expect(tagged).toEqual(expect.arrayContaining(["Olaf B-PER", "Scholz I-PER", "Paris B-LOC", "München B-LOC", "Berlin B-LOC"]));
  });

  it("scores 1.0 when the gold file is our own output", () => {
    const again = runCli(["eval", "ner", "--data", predictions, "--json"]);
    const out = JSON.parse(again.stdout.trim().split("\n").pop() ?? "{}") as Report;
    expect(out.f1).toBe(1);
  });

  it("scores the model's own tags with --no-rules and the tags after the name rules without it", () => {
    const gold = parseGermEval(readFileSync(FIXTURE, "utf8"));
    const model = loadNerModel();
    for (const [flags, tagger] of [[["--no-rules"], tagTokens], [[], tagSentence]] as const) {
      const out = join(dir, `rules-${flags.length}.tsv`);
      const run = runCli(["eval", "ner", "--data", FIXTURE, "--predictions", out, "--json", ...flags]);
      expect(JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}")).toMatchObject({ rules: flags.length === 0, part: "all" });
      const written = parseGermEval(readFileSync(out, "utf8")).map((s) => s.rows.map((r) => r.outer));
      expect(written).toEqual(gold.map((s) => tagger(model, s.rows.map((r) => r.token))));
    }
  });

  it("refuses --held-out together with --second-half", () => {
    const both = runCli(["eval", "ner", "--data", FIXTURE, "--held-out", "--second-half"]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain("--held-out and --second-half");
  });

  it("prints a table without --json and fails clearly on a missing file", () => {
    const table = runCli(["eval", "ner", "--data", FIXTURE]);
    expect(table.stdout).toMatch(/overall\s+8\s+/u);
    expect(table.stdout).toContain("*deriv and *part → O");
    const missing = runCli(["eval", "ner", "--data", join(dir, "nope.tsv")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("EVAL_DATA_MISSING");
  });
});
