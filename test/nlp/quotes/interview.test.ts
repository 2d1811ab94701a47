import { describe, expect, it } from "vitest";
import type { EntityMention, QuoteSpan } from "../../../src/core/article.js";
import { buildQuoteDoc } from "../../../src/nlp/quotes/context.js";
import type { Found } from "../../../src/nlp/quotes/found.js";
import { withInterviews } from "../../../src/nlp/quotes/interview.js";
import { lexiconFor } from "../../../src/nlp/quotes/lexicon.js";
import { splitSentences } from "../../../src/nlp/sentences.js";
import { quotesOf } from "./helpers.js";

/** Every mention of `surface` in `text`, as the NER stage and the normaliser would give them. */
function everyMention(text: string, surface: string, type: EntityMention["type"], entity: string, name: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
    out.push({ text: surface, start: at, end: at + surface.length, type, entity, name });
  }
  return out;
}

/** Mentions of a person by full name and by surname alone (as in "Stöger:"), all resolved to the full name. */
function person(text: string, full: string, surname: string, id: string): EntityMention[] {
  const whole = everyMention(text, full, "PER", id, full);
  const alone = everyMention(text, surname, "PER", id, full).filter((m) => !whole.some((w) => w.start <= m.start && m.end <= w.end));
  return [...whole, ...alone];
}

const byStart = (a: EntityMention, b: EntityMention): number => a.start - b.start;

/** The direct quotes of a transcript with one interviewee, as [words, speaker entity, speaker name]. */
function answersOf(text: string, language: string, full: string, surname: string, id: string): [string, string | null, string | null][] {
  const direct = quotesOf(text, language, person(text, full, surname, id).sort(byStart)).filter((q) => q.kind === "direct");
  return direct.map((q) => [q.text, q.speaker_entity, q.speaker_name]);
}

const view = (q: QuoteSpan) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.text ?? null, name: q.speaker_name });

const STANDARD =
  "Alois Stöger will als Sozialminister die Mindestsicherung retten. " +
  "STANDARD: Vor drei Jahren hätte kaum jemand auf Sie gesetzt. Haben Sie damals selbst daran geglaubt, noch in eines der wichtigsten Regierungsämter aufzusteigen? " +
  "Stöger: Ich habe nie nach anderen Ämtern geschielt. Kanzler Faymann sagte, ich sei der Richtige. " +
  "STANDARD: Und die Mindestsicherung? " +
  "Stöger: Die will ich zentralisieren, aber vor der Kürzung retten. (Irene Brickner, 23.9.2015)";

function standardEntities(text: string): EntityMention[] {
  return [
    ...person(text, "Alois Stöger", "Stöger", "per:alois-stoger"),
    ...everyMention(text, "STANDARD", "ORG", "org:standard", "STANDARD"),
    ...everyMention(text, "Faymann", "PER", "per:werner-faymann", "Werner Faymann"),
  ].sort(byStart);
}

describe("interview transcripts", () => {
  it("reads each answer as a direct quote of the person its label names, and the questions as no one's quotes", () => {
    const quotes = quotesOf(STANDARD, "de", standardEntities(STANDARD));
    const answers = quotes.filter((q) => q.kind === "direct");
    expect(answers.map(view)).toEqual([
      { kind: "direct", text: "Ich habe nie nach anderen Ämtern geschielt. Kanzler Faymann sagte, ich sei der Richtige.", speaker: "Stöger", name: "Alois Stöger" },
      // The byline after the last answer is not the interviewee's.
      { kind: "direct", text: "Die will ich zentralisieren, aber vor der Kürzung retten.", speaker: "Stöger", name: "Alois Stöger" },
    ]);
    expect(answers.every((q) => q.speaker_entity === "per:alois-stoger")).toBe(true);
    // "Haben Sie damals selbst daran geglaubt, …" asks the interviewee; it is no quote of "Sie".
    expect(quotes.some((q) => q.speaker?.text === "Sie")).toBe(false);
  });

  it("keeps what the interviewee reports of a third person inside an answer", () => {
    const quotes = quotesOf(STANDARD, "de", standardEntities(STANDARD));
    const reported = quotes.filter((q) => q.kind === "indirect");
    expect(reported.map(view)).toEqual([{ kind: "indirect", text: "ich sei der Richtige", speaker: "Kanzler Faymann", name: "Werner Faymann" }]);
  });

  it("resolves a pronoun in an answer to a person the answer names: the interviewee's words are the text's own narration", () => {
    const text =
      "Die Philosophin Bettina Bussmann über Ethik. STANDARD: Wer hilft uns? Bussmann: Die Philosophen. " +
      "STANDARD: Und was fehlt? Bussmann: Harald Welzer hat ein Buch darüber geschrieben. Er sagt, uns fehlten Unterscheidungskriterien.";
    const entities = [...person(text, "Bettina Bussmann", "Bussmann", "per:bettina-bussmann"), ...everyMention(text, "Harald Welzer", "PER", "per:harald-welzer", "Harald Welzer")].sort(byStart);
    const reported = quotesOf(text, "de", entities).filter((q) => q.kind === "indirect");
    expect(reported.map((q) => [q.text, q.speaker?.text, q.speaker_entity])).toEqual([["uns fehlten Unterscheidungskriterien", "Er", "per:harald-welzer"]]);
  });

  it("gives an answer label the NER missed its fullest form as the speaker's name", () => {
    const text =
      "Viele wählen die FPÖ, sagt Politologe Laurenz Ennser-Jedenastik. " +
      "STANDARD: Wer regiert, verliert? Laurenz Ennser-Jedenastik: In gewissem Maße ja. Es gibt seit 30 Jahren diesen Trend. " +
      "STANDARD: Und die Flüchtlinge? Ennser-Jedenastik: Das ist schwer zu interpretieren.";
    const answers = quotesOf(text, "de", []).filter((q) => q.kind === "direct");
    expect(answers.map(view)).toEqual([
      { kind: "direct", text: "In gewissem Maße ja. Es gibt seit 30 Jahren diesen Trend.", speaker: "Laurenz Ennser-Jedenastik", name: "Laurenz Ennser-Jedenastik" },
      { kind: "direct", text: "Das ist schwer zu interpretieren.", speaker: "Ennser-Jedenastik", name: "Laurenz Ennser-Jedenastik" },
    ]);
  });

  it("gives \"Antwort:\" turns to the person the questions address", () => {
    const text =
      "Projektchef Chris Urmson sprach mit der Presse-Agentur. " +
      "Frage: Herr Urmson, warum verzichten Sie auf das Lenkrad? Antwort: Es war eine schwierige Entscheidung. " +
      "Frage: Wie oft fahren Sie selbst mit? Antwort: Mindestens einmal pro Woche.";
    expect(answersOf(text, "de", "Chris Urmson", "Urmson", "per:chris-urmson")).toEqual([
      ["Es war eine schwierige Entscheidung.", "per:chris-urmson", "Chris Urmson"],
      ["Mindestens einmal pro Woche.", "per:chris-urmson", "Chris Urmson"],
    ]);
  });

  it("reads questions and answers that address no one as the journalist's explanation, not as quotes", () => {
    const text =
      "Darf der Bürgermeister das? Einige Fragen und Antworten. " +
      "Frage: Welche Folgen hätte das? Antwort: Finanziell hätte es keine gravierenden Auswirkungen. " +
      "Frage: Ist das rechtlich haltbar? Antwort: Das ist umstritten.";
    expect(quotesOf(text, "de", []).filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("reads an English transcript with \"Q:\" labels", () => {
    const text =
      "Defense Secretary Jim Mattis spoke to reporters on Tuesday.\n" +
      "Q: Will the troops stay in Syria?\n" +
      "Mattis: We are not leaving until the job is done.\n" +
      "Q: How long will that take?\n" +
      "Mattis: I won't put a date on it.";
    expect(answersOf(text, "en", "Jim Mattis", "Mattis", "per:jim-mattis")).toEqual([
      ["We are not leaving until the job is done.", "per:jim-mattis", "Jim Mattis"],
      ["I won't put a date on it.", "per:jim-mattis", "Jim Mattis"],
    ]);
  });

  it("reads a government transcript whose questions open with a bare \"Q\" at the start of a line", () => {
    const text =
      "Defense Secretary Jim Mattis briefed reporters.\n" +
      "SEC. MATTIS: Good afternoon. We will stay in Syria.\n" +
      "Q Mr. Secretary, how long will that take?\n" +
      "SEC. MATTIS: As long as it takes.\n" +
      "Q And who pays for it?\n" +
      "SEC. MATTIS: Congress decides that.";
    const entities = [...everyMention(text, "Jim Mattis", "PER", "per:jim-mattis", "Jim Mattis"), ...everyMention(text, "MATTIS", "PER", "per:jim-mattis", "Jim Mattis")].sort(byStart);
    const direct = quotesOf(text, "en", entities).filter((q) => q.kind === "direct");
    expect(direct.map((q) => [q.text, q.speaker?.text, q.speaker_entity])).toEqual([
      ["Good afternoon. We will stay in Syria.", "SEC. MATTIS", "per:jim-mattis"],
      ["As long as it takes.", "SEC. MATTIS", "per:jim-mattis"],
      ["Congress decides that.", "SEC. MATTIS", "per:jim-mattis"],
    ]);
  });

  it("leaves labelled lines without an interviewer's label to the finder", () => {
    // Questions set as headings, with no label: nothing tells where an answer ends.
    const text = "Interviewt wurde Robert Kelly.\n::Robert Kelly: Ich bin Professor in Busan.\n\n::Robert Kelly: Für sehr unwahrscheinlich.\n\n::Robert Kelly: Das glaube ich nicht.";
    const entities = everyMention(text, "Robert Kelly", "PER", "per:robert-kelly", "Robert Kelly");
    expect(quotesOf(text, "de", entities).filter((q) => q.kind === "direct")).toEqual([]);
    // A one-off heading with a colon is no label either.
    expect(quotesOf("Das Ergebnis: Die Regierung bleibt im Amt. STANDARD: Warum? Fazit: Es bleibt alles beim Alten.", "de", []).filter((q) => q.kind === "direct")).toEqual([]);
  });
});

describe("the finder's quotes around a transcript's labels", () => {
  it("drops a quote that runs over a label into the next turn, whoever its speaker", () => {
    const text = "Der Politologe im Gespräch. STANDARD: Manche meinen, das sei ein Ventil. Kern: Da wäre ich skeptisch. STANDARD: Und jetzt? Kern: Abwarten.";
    const doc = buildQuoteDoc(text, splitSentences(text, "de"), lexiconFor("de"));
    const at = (words: string) => text.indexOf(words);
    const speaker = (words: string) => ({ start: at(words), end: at(words) + words.length, text: words });
    const running: Found = { start: at("das sei"), end: at("Da wäre") + "Da wäre ich skeptisch".length, kind: "indirect", cue: "meinen", speaker: speaker("Manche"), by: "indirect" };
    const inside: Found = { start: at("das sei"), end: at("ein Ventil") + "ein Ventil".length, kind: "indirect", cue: "meinen", speaker: speaker("Manche"), by: "indirect" };
    const kept = withInterviews(doc, [running, inside], []);
    expect(kept.filter((q) => q.by !== "interview")).toEqual([inside]);
    expect(kept.filter((q) => q.by === "interview").map((q) => text.slice(q.start, q.end))).toEqual(["Da wäre ich skeptisch.", "Abwarten."]);
  });
});
