import { describe, expect, it } from "vitest";
import { tagNamesAfterRoleNouns } from "../../../src/nlp/ner/role-names.js";
import { applyWithResources } from "./rule-helper.js";

const tag = (sentence: string): string[] => applyWithResources(tagNamesAfterRoleNouns, sentence);

describe("names right after a noun for a role", () => {
  it("tags rare or listed names after a role noun as a person", () => {
    expect(tag("mit dem Rapper Ice-T aufnahm")).toEqual(["O", "O", "O", "B-PER", "O"]);
    expect(tag("bei seinem Vorgänger Steinmeier völlig")).toEqual(["O", "O", "O", "B-PER", "O"]);
    expect(tag("bekommt Chefinspektor Hadden Dolores in")).toEqual(["O", "O", "B-PER", "I-PER", "O"]);
  });

  it("joins the untagged words after the role noun to a person span right after them", () => {
    expect(tag("von EZB-Direktor Benoit Coeure/B-PER beraten")).toEqual(["O", "O", "B-PER", "I-PER", "O"]);
    expect(tag("der Präsident Ricardo Lagos/B-PER Escobar/I-PER sagte")).toEqual(["O", "O", "B-PER", "I-PER", "I-PER", "O"]);
  });

  it("leaves common nouns, abstract nouns, genitives, titles and tagged words alone", () => {
    expect(tag("Gruppensieger Spiel 1")).toEqual(["O", "O", "O"]);
    expect(tag("wirft dem Künstler Betriebsblindheit vor")).toEqual(["O", "O", "O", "O", "O"]);
    expect(tag("der Vorgänger Merkels im")).toEqual(["O", "O", "O", "O"]);
    // a title after the noun is no name; the name after the title is
    expect(tag("Seine Frau Fürstin Gracia")).toEqual(["O", "O", "O", "B-PER"]);
    expect(tag("der Rapper Bushido/B-PER sagte")).toEqual(["O", "O", "B-PER", "O"]);
  });
});
