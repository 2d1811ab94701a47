import { describe, expect, it } from "vitest";
import { buildGazetteer } from "../../../src/nlp/ner/gazetteer.js";
import { splitJoinedPersons } from "../../../src/nlp/ner/joined-persons.js";
import { loadNerModel, recogniseEntities } from "../../../src/nlp/ner/tagger.js";

describe("splitJoinedPersons", () => {
  const lists = buildGazetteer(
    new Map([
      ["first", ["Hans", "Peter", "Helmut", "Martin", "John", "Karl", "Theodor"]],
      ["loc", ["Stuttgart"]],
    ]),
  );
  const split = (tokens: string[][], tags: string[][]): string[][] => {
    splitJoinedPersons(tokens, tags, lists);
    return tags;
  };

  it("splits two persons the document names in full elsewhere", () => {
    const tokens = [
      ["Hans", "Niessl", "und", "Hans", "Peter", "Doskozil", "kamen", "."],
      ["Später", "holte", "Niessl", "Doskozil", "nach", "Eisenstadt", "."],
    ];
    const tags = [["B-PER", "I-PER", "O", "B-PER", "I-PER", "I-PER", "O", "O"], ["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]];
    expect(split(tokens, tags)[1]).toEqual(["O", "O", "B-PER", "B-PER", "O", "B-LOC", "O"]);
  });

  it("drops a descriptor before a person the document names in full", () => {
    const tokens = [
      ["Helmut", "Hofer", "und", "Martin", "Harnik", "."],
      ["Das", "sagt", "IHS-Mann", "Hofer", "."],
      ["Stuttgarts", "Harnik", "traf", "."],
    ];
    const tags = [["B-PER", "I-PER", "O", "B-PER", "I-PER", "O"], ["O", "O", "B-PER", "I-PER", "O"], ["B-PER", "I-PER", "O", "O"]];
    const out = split(tokens, tags);
    expect(out[1]).toEqual(["O", "O", "O", "B-PER", "O"]);
    expect(out[2]).toEqual(["O", "B-PER", "O", "O"]);
  });

  it("keeps full names: a first name, an initial, a compound first name or another first name before the surname", () => {
    const tokens = [
      ["Helmut", "Hofer", "und", "Shanai", "Hofer", "."],
      ["John", "W.", "Kluge", "und", "Karl-Theodor", "Kluge", "und", "Eva", "Kluge", "."],
      ["John", "W.", "kam", "."],
    ];
    const tags = [
      ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O"],
      ["B-PER", "I-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O"],
      ["B-PER", "I-PER", "O", "O"],
    ];
    const before = tags.map((t) => [...t]);
    expect(split(tokens, tags)).toEqual(before);
  });

  it("needs a full name elsewhere: a one-word span alone is no evidence", () => {
    const tokens = [["Rapids", "Debakel", "war", "groß", "."], ["Das", "Debakel", "blieb", "."]];
    const tags = [["B-PER", "I-PER", "O", "O", "O"], ["O", "B-PER", "O", "O"]];
    expect(split(tokens, tags)[0]).toEqual(["B-PER", "I-PER", "O", "O", "O"]);
  });
});

describe("recogniseEntities with the shipped model", () => {
  it("gives two persons side by side after the verb apart", () => {
    const text = "Hans Niessl ist Landeshauptmann, Hans Peter Doskozil sein Büroleiter. Später holte Niessl Doskozil nach Eisenstadt.";
    const persons = recogniseEntities(loadNerModel(), text, { language: "de" }).filter((e) => e.type === "PER").map((e) => e.text);
    expect(persons).not.toContain("Niessl Doskozil");
    expect(persons).toEqual(expect.arrayContaining(["Niessl", "Doskozil"]));
  });
});
