import { describe, expect, it } from "vitest";
import type { Draft } from "../../src/core/article.js";
import { LagebildError } from "../../src/core/errors.js";
import { buildPipeline, contentHash, hashStage, idFromHash, rerunStages, type Stage } from "../../src/core/pipeline.js";

const draft: Draft = {
  source: "fixture.txt",
  format: "txt",
  url: null,
  title: "Bundestag beschließt Haushalt",
  publisher: "Tagesblick",
  author: null,
  published: "2024-06-03",
  publishedSource: "metadata",
  declaredLanguage: null,
  body: "Der Bundestag hat am Montag den Haushalt beschlossen.\nDie Opposition stimmte dagegen.",
  extraction: null,
};

const upper: Stage = { name: "upper", requires: ["draft"], produces: ["text"], run: (a) => ({ text: a.raw.toUpperCase() }) };

describe("buildPipeline", () => {
  it("runs stages in order and records the layers they produced", async () => {
    const article = await buildPipeline([hashStage, upper]).run(draft, undefined);
    expect(article.text).toBe(draft.body.toUpperCase());
    expect(article.layers).toEqual(["draft", "hash", "text"]);
    expect(article.id).toBe(contentHash(draft.body).slice(0, 16));
  });

  it("rejects a stage whose requirement no earlier stage produces", () => {
    const needsSentences: Stage = { name: "ner", requires: ["sentences"], produces: ["entities"], run: () => ({ entities: [] }) };
    expect(() => buildPipeline([hashStage, needsSentences])).toThrow(/requires layer "sentences"/);
  });

  it("rejects two stages producing the same layer", () => {
    try {
      buildPipeline([upper, upper]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LagebildError);
      expect((error as LagebildError).code).toBe("PIPELINE_LAYER_REWRITE");
    }
  });

  it("runs stages again on a finished article: their layers replaced, the others kept, requirements checked", async () => {
    const article = await buildPipeline([hashStage, upper]).run(draft, undefined);
    const lower: Stage = { name: "lower", requires: ["draft"], produces: ["text"], run: (a) => ({ text: a.raw.toLowerCase() }) };
    const again = await rerunStages(article, [lower], undefined);
    expect([again.text, again.id, again.layers]).toEqual([draft.body.toLowerCase(), article.id, ["draft", "hash", "text"]]);
    const needsSentences: Stage = { name: "ner", requires: ["sentences"], produces: ["entities"], run: () => ({ entities: [] }) };
    await expect(rerunStages(article, [needsSentences], undefined)).rejects.toThrow(/requires layer "sentences"/);
  });

  it("refuses a stage that returns fields outside its declared layers", async () => {
    const sneaky: Stage = { name: "sneaky", requires: ["draft"], produces: ["text"], run: () => ({ text: "x", title: "changed" }) };
    await expect(buildPipeline([sneaky]).run(draft, undefined)).rejects.toThrow(/field "title"/);
  });
});

describe("contentHash", () => {
  it("ignores whitespace differences and keeps case", () => {
    expect(contentHash("Ein  Satz.\r\n\nNoch einer. ")).toBe(contentHash("Ein Satz. Noch einer."));
    expect(contentHash("ein satz.")).not.toBe(contentHash("Ein Satz."));
    expect(idFromHash(contentHash("x"))).toHaveLength(16);
  });

  it("treats composed and decomposed umlauts as the same text", () => {
    expect(contentHash("Bu\u0308rger")).toBe(contentHash("Bürger"));
  });
});
