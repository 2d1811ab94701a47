import { describe, expect, it } from "vitest";
import { tagRouteStarts } from "../../../src/nlp/ner/routes.js";
import { applyRule } from "./rule-helper.js";

const route = (words: string, tags: string): string[] => applyRule(tagRouteStarts, words, tags);

describe("routes from place to place", () => {
  it("makes the start of a route a place when its end is one", () => {
    expect(route("von Port Harcourt nach Abuja .", "O B-PER I-PER O B-LOC O")).toEqual(["O", "B-LOC", "I-LOC", "O", "B-LOC", "O"]);
    expect(route("aus Siemens bis Berlin", "O B-ORG O B-LOC")).toEqual(["O", "B-LOC", "O", "B-LOC"]);
  });

  it("leaves spans alone without a place at the other end or without von/aus before them", () => {
    expect(route("von Merkel nach Gesprächen", "O B-PER O O")).toEqual(["O", "B-PER", "O", "O"]);
    expect(route("von Merkel nach Scholz", "O B-PER O B-PER")).toEqual(["O", "B-PER", "O", "B-PER"]);
    expect(route("mit Merkel nach Berlin", "O B-PER O B-LOC")).toEqual(["O", "B-PER", "O", "B-LOC"]);
  });
});
