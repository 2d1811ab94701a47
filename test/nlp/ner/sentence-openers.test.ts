import { describe, expect, it } from "vitest";
import type { EntityMention } from "../../../src/core/article.js";
import { withoutSentenceOpeners } from "../../../src/nlp/ner/sentence-openers.js";
import { articleEntities } from "../../../src/nlp/ner/stage.js";
import { loadNerModel } from "../../../src/nlp/ner/tagger.js";
import { splitSentences } from "../../../src/nlp/sentences.js";

/** A person mention of the `nth` (0-based) occurrence of `word` in `text`. */
function at(text: string, word: string, nth = 0): EntityMention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(word, start + 1);
  return { text: word, start, end: start + word.length, type: "PER", entity: `per:${word.toLowerCase()}`, name: word };
}

describe("English common words that only a sentence's opening capitalised", () => {
  const text =
    "Aid workers arrived in Banda Aceh on Monday. The aid reached the coast a day later.\n" +
    "Bush said the aid would go on. Back in Washington, the Bush administration held back further funds.\n" +
    "\"Uncertainty remains,\" an official said. Subsequently, nothing happened.";
  const kept = (mentions: EntityMention[]) => withoutSentenceOpeners(text, splitSentences(text, "en"), mentions).map((m) => m.text);

  it("drops a one-word mention capitalised only where a sentence opens when the article writes the word in lower case", () => {
    expect(kept([at(text, "Aid"), at(text, "Back")])).toEqual([]);
  });

  it("keeps a word the article capitalises elsewhere, one it never writes in lower case, and names of two words", () => {
    const banda: EntityMention = { ...at(text, "Banda Aceh"), type: "LOC" };
    expect(kept([banda, at(text, "Bush"), at(text, "Uncertainty")])).toEqual(["Banda Aceh", "Bush", "Uncertainty"]);
  });

  it("drops a word in -ly that only opens sentences with a comma after it, but not a name written elsewhere too", () => {
    expect(kept([at(text, "Subsequently")])).toEqual([]);
    const names = "Connolly, the mayor, agreed. Later Connolly left. Kelly, too, agreed.";
    const sentences = splitSentences(names, "en");
    expect(withoutSentenceOpeners(names, sentences, [at(names, "Connolly"), at(names, "Kelly")]).map((m) => m.text)).toEqual(["Connolly", "Kelly"]);
  });

  it("drops a person span of common words the article writes in lower case, unless one of them is a given name", () => {
    const page =
      "Read the White Paper on the Death Penalty. The paper argues that the death penalty deters no one, as Bill Gates and Tom Price said. " +
      "A bill on gates and the price of white paper failed. Theresa May met Grace Hill.";
    const sentences = splitSentences(page, "en");
    const spans = ["White Paper", "Death Penalty", "Bill Gates", "Tom Price", "Theresa May", "Grace Hill"].map((w) => at(page, w));
    expect(withoutSentenceOpeners(page, sentences, spans).map((m) => m.text)).toEqual(["Bill Gates", "Tom Price", "Theresa May", "Grace Hill"]);
  });

  it("is part of the English entity stage, and the German one keeps its capitalised nouns", () => {
    const english = "Aid workers from across the world have joined the locals in Banda Aceh. The aid reached the city on Monday.";
    const model = loadNerModel();
    expect(articleEntities(model, english, splitSentences(english, "en"), "en").map((e) => e.text)).toEqual(["Banda Aceh"]);
    const german = "Merkel reiste am Montag nach Paris. Merkel sprach dort mit Macron über die Hilfe.";
    expect(articleEntities(model, german, splitSentences(german, "de"), "de").map((e) => e.text)).toEqual(["Merkel", "Paris", "Merkel", "Macron"]);
  });
});
