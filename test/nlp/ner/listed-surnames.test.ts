import { describe, expect, it } from "vitest";
import { tagListedSurnames } from "../../../src/nlp/ner/listed-surnames.js";
import { loadNerModel } from "../../../src/nlp/ner/tagger.js";

/** The tags the rule gives sentences (space-separated tokens) that the model left untagged, except where `tagged` says otherwise. */
function tagged(sentences: string[], pre: Record<string, string> = {}): string[][] {
  const model = loadNerModel();
  const tokens = sentences.map((s) => s.split(" "));
  const tags = tokens.map((t) => t.map((w) => pre[w] ?? "O"));
  tagListedSurnames(tokens, tags, model.resources.gazetteer, model.resources.profiles ?? null);
  return tags;
}

describe("well-known persons' surnames the model left untagged in a whole article", () => {
  it("are persons where the article uses them as names throughout", () => {
    const tags = tagged(["Strache hatte ein Foto veröffentlicht .", "Verliert Strache den Prozess , muss er zahlen ."]);
    expect(tags).toEqual([
      ["B-PER", "O", "O", "O", "O", "O"],
      ["O", "B-PER", "O", "O", "O", "O", "O", "O", "O"],
    ]);
  });

  it("are left where the word once follows an article, is written in lower case, stands once or only at sentence starts, or is tagged elsewhere", () => {
    expect(tagged(["Strache sagte nichts .", "Der Strache kam ."]).flat()).not.toContain("B-PER");
    expect(tagged(["Hollande sagte nichts .", "Danach sprach hollande ."]).flat()).not.toContain("B-PER");
    expect(tagged(["Danach sprach Hollande ."]).flat()).not.toContain("B-PER");
    expect(tagged(["Hollande sagte nichts .", "Hollande schwieg ."]).flat()).not.toContain("B-PER");
    expect(tagged(["Danach sprach Hollande .", "Auch Hollande schwieg ."], { Hollande: "B-LOC" }).flat()).not.toContain("B-PER");
  });

  it("are left where the unlabelled text reads the word as a noun or a title, however the article writes it", () => {
    // "Kaiser" (Roland Kaiser) and "Glück" (Luise Glück) are listed surnames; the word profiles know them as nouns.
    expect(tagged(["Danach sprach Kaiser .", "Auch Kaiser schwieg ."]).flat()).not.toContain("B-PER");
    expect(tagged(["Danach kam Glück .", "Auch Glück half ."]).flat()).not.toContain("B-PER");
  });
});
