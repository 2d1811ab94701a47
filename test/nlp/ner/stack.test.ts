import { describe, expect, it } from "vitest";
import { emissionScores } from "../../../src/nlp/ner/decode.js";
import { extractFeatures } from "../../../src/nlp/ner/features.js";
import { TAG_INDEX, TAGS } from "../../../src/nlp/ner/labels.js";
import { parseModel, serialiseModel } from "../../../src/nlp/ner/model-file.js";
import { emptyModel, TAG_COUNT, type NerModel } from "../../../src/nlp/ner/model.js";
import { decodeStacked, passOne, stackFeatures, type StackModel } from "../../../src/nlp/ner/stack.js";
import { tagTokens } from "../../../src/nlp/ner/tagger.js";
import { trainPerceptron, type TrainingSentence } from "../../../src/nlp/ner/train.js";
import { mixStack, trainStack, type StackSentence } from "../../../src/nlp/ner/training/stack.js";

const NONE = { gazetteer: null, clusters: null };
const tagIndex = (tag: string): number => TAG_INDEX.get(tag) ?? 0;

function parse(text: string): { tokens: string[]; gold: Int32Array } {
  const pairs = text.split(" ").map((t) => t.split("/"));
  return { tokens: pairs.map(([w]) => w), gold: Int32Array.from(pairs, ([, tag]) => tagIndex(tag ?? "O")) };
}

const TRAINING = [
  "Frau/O Anna/B-PER Berger/I-PER wohnt/O in/O Ulm/B-LOC ./O",
  "Herr/O Jonas/B-PER Keller/I-PER arbeitet/O bei/O Bosch/B-ORG ./O",
  "Die/O Firma/O Bosch/B-ORG baut/O in/O Ulm/B-LOC ./O",
  "Anna/B-PER fuhr/O nach/O Kiel/B-LOC ./O",
  "Die/O Stadt/O Ulm/B-LOC wächst/O ./O",
].map(parse);

function trainedPassOne(): NerModel {
  const data: TrainingSentence[] = TRAINING.map((s) => ({ features: extractFeatures(s.tokens, NONE), gold: s.gold, weight: 1 }));
  return trainPerceptron(emptyModel(12, NONE), data, { epochs: 5, seed: 1 });
}

describe("the stacked second pass", () => {
  const model = trainedPassOne();
  const tokens = ["Frau", "Anna", "Berger", "wohnt", "in", "Ulm", "."];

  it("gets pass 1's Viterbi tags and positive max-marginal margins", () => {
    const features = extractFeatures(tokens, NONE);
    const first = passOne(model.transitions, emissionScores(model, features), tokens.length);
    expect(Array.from(first.tags, (t) => TAGS[t])).toEqual(tagTokens(model, tokens));
    expect(Array.from(first.margins).every((m) => m >= 0)).toBe(true);
  });

  it("gives the tokens of a pass-1 span features of the words around the span", () => {
    const tags = Int32Array.from(["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"], tagIndex);
    const margins = new Float64Array(tokens.length).fill(4);
    const features = stackFeatures(tokens, { tags, margins });
    expect(features).toHaveLength(tokens.length);
    // "Anna" and "Berger" share the span features (type, words before and after the span) but not their position.
    const shared = features[1].filter((f) => features[2].includes(f));
    expect(shared.length).toBeGreaterThanOrEqual(2);
    // A different pass-1 type for the same span changes those features.
    const asOrg = stackFeatures(tokens, { tags: Int32Array.from(["O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"], tagIndex), margins });
    expect(asOrg[1].filter((f) => features[1].includes(f)).length).toBeLessThan(features[1].length);
  });

  it("tags like pass 1 when pass 2 has learnt nothing", () => {
    const stack: StackModel = { bits: 10, weights: new Float32Array((1 << 10) * TAG_COUNT), transitions: model.transitions, entityBias: [0, 0, 0, 0] };
    const features = extractFeatures(tokens, NONE);
    expect(Array.from(decodeStacked(model, stack, tokens, features), (t) => TAGS[t])).toEqual(tagTokens(model, tokens));
  });

  it("learns to correct pass 1, and survives the model file", () => {
    // Pass 1 always says LOC for "Bosch"; the gold says ORG after "bei".
    const sentences: StackSentence[] = ["Er/O arbeitet/O bei/O Bosch/B-ORG ./O", "Sie/O war/O bei/O Bosch/B-ORG ./O"].map((text) => {
      const s = parse(text);
      const base = new Float64Array(s.tokens.length * TAG_COUNT);
      base[3 * TAG_COUNT + tagIndex("B-LOC")] = 2;
      const tags = Int32Array.from(s.tokens, (_, i) => (i === 3 ? tagIndex("B-LOC") : 0));
      return { features: stackFeatures(s.tokens, { tags, margins: new Float64Array(s.tokens.length).fill(2) }), base, baseTransitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT), gold: s.gold, weight: 1 };
    });
    const stack = mixStack([trainStack(sentences, 10, 5, 1)], 10, { ...emptyModel(10, NONE) });
    const copy = parseModel(serialiseModel({ ...model, stack }));
    expect(copy.stack?.bits).toBe(10);
    const test = parse("Er/O arbeitet/O bei/O Bosch/B-ORG ./O");
    const scores = Float64Array.from(sentences[0].base);
    const mask = (1 << 10) - 1;
    sentences[0].features.forEach((feats, i) => {
      for (const f of feats) for (let t = 0; t < TAG_COUNT; t++) scores[i * TAG_COUNT + t] += copy.stack?.weights[(f & mask) * TAG_COUNT + t] ?? 0;
    });
    const row = 3 * TAG_COUNT;
    expect(scores[row + tagIndex("B-ORG")]).toBeGreaterThan(scores[row + tagIndex("B-LOC")]);
    expect(test.gold[3]).toBe(tagIndex("B-ORG"));
  });
});
