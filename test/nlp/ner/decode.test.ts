import { describe, expect, it } from "vitest";
import { decode, emissionScores, tokenEmissionScores, viterbi } from "../../../src/nlp/ner/decode.js";
import { extractFeatures, extractTokenFeatures } from "../../../src/nlp/ner/features.js";
import { bioOf, modelTagIndices, TAGS } from "../../../src/nlp/ner/labels.js";
import { parseModel, serialiseModel } from "../../../src/nlp/ner/model-file.js";
import { emptyModel, TAG_COUNT } from "../../../src/nlp/ner/model.js";
import { trainPerceptron, type TrainingSentence } from "../../../src/nlp/ner/train.js";

const NONE = { gazetteer: null, clusters: null };

function sentence(text: string): TrainingSentence {
  const tokens = text.split(" ").map((t) => t.split("/"));
  return {
    features: extractFeatures(tokens.map(([w]) => w), NONE),
    gold: modelTagIndices(tokens.map(([, tag]) => tag ?? "O")),
    weight: 1,
  };
}

const TRAINING = [
  "Frau/O Anna/B-PER Berger/I-PER wohnt/O in/O Ulm/B-LOC ./O",
  "Herr/O Jonas/B-PER Keller/I-PER arbeitet/O bei/O Bosch/B-ORG ./O",
  "Die/O Firma/O Bosch/B-ORG baut/O in/O Ulm/B-LOC ./O",
  "Anna/B-PER fuhr/O nach/O Kiel/B-LOC ./O",
  "Der/O Film/O Metropolis/B-MISC lief/O in/O Kiel/B-LOC ./O",
  "Die/O Firma/O wächst/O ./O",
  "Die/O Stadt/O Ulm/B-LOC wächst/O ./O",
].map(sentence);

describe("Viterbi decoding", () => {
  it("never opens a span it does not close, nor continues one of another type", () => {
    const model = emptyModel(8, NONE);
    const n = 5;
    const emissions = new Float64Array(n * TAG_COUNT);
    for (let i = 0; i < n; i++) emissions[i * TAG_COUNT + TAGS.indexOf(i % 2 ? "I-PER" : "B-LOC")] = 5;
    const tags = Array.from(viterbi(model, emissions, n), (t) => TAGS[t]);
    tags.forEach((tag, i) => {
      if (tag[0] === "I" || tag[0] === "L") expect(["B", "I"]).toContain(tags[i - 1]?.[0]);
      if (tag[0] === "I" || tag[0] === "L") expect(tags[i - 1]?.slice(2)).toBe(tag.slice(2));
      if (tag[0] === "B" || tag[0] === "I") expect(tags[i + 1]?.slice(2)).toBe(tag.slice(2));
    });
    expect(["B", "I"]).not.toContain(tags[n - 1][0]);
  });

  it("follows transition weights when emissions tie", () => {
    const model = emptyModel(8, NONE);
    model.transitions[TAGS.indexOf("B-PER") * TAG_COUNT + TAGS.indexOf("L-PER")] = 3;
    const emissions = new Float64Array(2 * TAG_COUNT);
    emissions[TAGS.indexOf("B-PER")] = 2;
    expect(bioOf(viterbi(model, emissions, 2))).toEqual(["B-PER", "I-PER"]);
  });
});

describe("perceptron training and the model file", () => {
  const model = trainPerceptron(emptyModel(16, NONE), TRAINING, { epochs: 10, seed: 3 });

  it("learns the training sentences", () => {
    for (const s of TRAINING) expect(Array.from(decode(model, s.features))).toEqual(Array.from(s.gold));
  });

  it("is reproducible with the same seed", () => {
    const again = trainPerceptron(emptyModel(16, NONE), TRAINING, { epochs: 10, seed: 3 });
    expect(again.weights).toEqual(model.weights);
  });

  it("survives serialisation with the same predictions", () => {
    const gazetteer = { entries: new Map([["Ulm", 4]]) };
    const clusters = { levels: 2, paths: new Map([["Ulm", [1, 2]]]) };
    const copy = parseModel(serialiseModel({ ...model, entityBias: [1.5, 0, 0, -1], resources: { gazetteer, clusters } }));
    expect(copy.bits).toBe(16);
    expect(copy.entityBias).toEqual([1.5, 0, 0, -1]);
    expect(copy.resources.gazetteer?.entries.get("Ulm")).toBe(4);
    expect(copy.resources.clusters?.paths.get("Ulm")).toEqual([1, 2]);
    const plain = { ...copy, entityBias: [0, 0, 0, 0] };
    for (const s of TRAINING) expect(Array.from(decode(plain, s.features))).toEqual(Array.from(decode(model, s.features)));
    expect(() => parseModel(Buffer.from("not a model"))).toThrow();
  });

  it("scores a token's features given in two parts exactly as given in one, also after the weights change (a model in training)", () => {
    const frozen = parseModel(serialiseModel({ ...model, entityBias: [1.5, 0, 0.5, -1] }));
    const words = "Anna Berger wohnt in Ulm bei Bosch und Anna fährt nach Kiel .".split(" ");
    for (const m of [frozen, model]) expect(tokenEmissionScores(m, extractTokenFeatures(words, NONE))).toEqual(emissionScores(m, extractFeatures(words, NONE)));
    expect(frozen.frozen).toBe(true);
    expect(model.frozen).toBeUndefined();
    const training = trainPerceptron(emptyModel(16, NONE), TRAINING.slice(0, 2), { epochs: 2, seed: 1 });
    const before = tokenEmissionScores(training, extractTokenFeatures(words, NONE));
    for (let i = 0; i < training.weights.length; i++) training.weights[i] += (i % 7) - 3;
    const after = tokenEmissionScores(training, extractTokenFeatures(words, NONE));
    expect(after).toEqual(emissionScores(training, extractFeatures(words, NONE)));
    expect(after).not.toEqual(before);
  });
});
