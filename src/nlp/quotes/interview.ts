/**
 * Interview transcripts: "STANDARD: Was jetzt? Kaiser: Es ist schlicht ein
 * Desaster. … STANDARD: Und die Mindestsicherung? Kaiser: …". Turns open
 * with a label and a colon at the start of the text, of a line or after a
 * sentence. The interviewee's turns are their own words: each is one direct
 * quote whose speaker is the label ("Kaiser", resolved like any speaker
 * phrase), or, for "Antwort:", the person the questions address ("Frage:
 * Herr Urmson, Sie betonen …"; with no one addressed, as in an explainer of
 * questions and answers, the answers are nobody's quotes).
 *
 * A transcript is one when the interviewer's label (lexicon
 * `interviewerLabels`: "STANDARD", "Frage", "Q") opens two turns or more and
 * other labels open two or more; those others answer when a person mention
 * covers one of them or they open two turns. Transcripts whose questions
 * carry no label ("::Dr. Robert Kelly: Ich bin Professor …" with the
 * questions set as headings, "SEC. RUMSFELD: …" with the reporters' "Q …"
 * lines) are left to the finder: nothing there tells where an answer ends
 * and the next question begins.
 *
 * Inside the turns, what the finder read as speech of the interviewer or the
 * interviewee themself goes: a quote without a speaker, or whose speaker is
 * "ich"/"wir" or the one addressed ("Haben Sie damals daran geglaubt, …"
 * is no quote of "Sie"); quotes of third parties stay ("Merkel hat gesagt,
 * …" inside an answer).
 */
import type { EntityMention, Span } from "../../core/article.js";
import { lastStartingBy, startingWithin } from "../../core/sorted.js";
import type { QuoteDoc } from "./context.js";
import type { Found, Speaker } from "./found.js";

interface Label extends Span {
  /** The label's last word: "Dr. Robert Kelly" and "R. Kelly" open turns of one person. */
  key: string;
  /** Where the turn's own words start, after the colon and its spaces. */
  body: number;
}

interface Turn {
  label: Label;
  /** The turn's words, trimmed. */
  start: number;
  end: number;
  answer: boolean;
}

/** A name word of a label: capitalised, an initial, or a noble particle between them. */
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*\.?)`;
const PARTICLE = String.raw`(?:von|van|de|der|den|da|di|zu|del|dos|ten|ter|al|bin)`;
/** What may stand before a label: the start of a line (with wiki indentation colons), or the end of a sentence. */
const LABEL_BEFORE = new RegExp(
  String.raw`(?:\n[ \t:]*|[.?!…][“”"»«)]?[ \t]+)(?:(?:Dr|Prof|Mag)\.[ \t]+)?(${NAME}(?:[ \t]+(?:${NAME}|${PARTICLE})){0,3})$`,
  "u",
);
/** How far before its colon a label may start. */
const MAX_LABEL = 48;
/** A byline after the last turn: "(Birgit Riegler, 30.5.2016)", "(APA, 18.9. 2015". */
const BYLINE = /\s*\([^()]{1,80},[^()]{0,40}\d[^()]{0,40}\)?\s*$/u;

/**
 * The labels of a text: a name-like phrase right before ": " that opens a
 * line or follows a sentence, and an interviewer's label written without a
 * colon at the start of a line (lexicon `bareQuestionLabels`: the "Q" of
 * "Q General Myers, can you explain …" in a government transcript).
 */
function labelsOf(text: string, bare: ReadonlySet<string>): Label[] {
  const labels: Label[] = [...bareLabels(text, bare)];
  for (const colon of text.matchAll(/:[ \t]+(?=\S)/gu)) {
    const at = colon.index;
    const from = Math.max(0, at - MAX_LABEL);
    const before = (from === 0 ? "\n" : "") + text.slice(from, at);
    const m = LABEL_BEFORE.exec(before);
    if (!m) continue;
    const name = m[1];
    const words = name.split(/[ \t]+/u);
    labels.push({ start: at - name.length, end: at, key: words[words.length - 1].replace(/\.$/u, ""), body: at + colon[0].length });
  }
  return labels.sort((a, b) => a.start - b.start);
}

/** Interviewer's labels without a colon at the start of a line ("Q Mr. Secretary, …"). */
function* bareLabels(text: string, bare: ReadonlySet<string>): Generator<Label> {
  if (bare.size === 0) return;
  for (const m of text.matchAll(/(?<=^|\n)[ \t]*(\p{Lu}+)[ \t]+(?=\S)/gu)) {
    if (!bare.has(m[1])) continue;
    const start = m.index + m[0].indexOf(m[1]);
    yield { start, end: start + m[1].length, key: m[1], body: m.index + m[0].length };
  }
}

const covers = (e: Span, label: Span): boolean => e.start < label.end && label.start < e.end;

/** Whether a span of `spans` (sorted by start, none inside another) overlaps `span`. */
const anyOverlaps = (spans: readonly Span[], span: Span): boolean => {
  const last = lastStartingBy(spans, span.end - 1);
  return last !== undefined && covers(last, span);
};

/** The labels that open turns of the interview (in text order) and which of them answer; empty when the text is no transcript. */
function interviewLabels(doc: QuoteDoc, persons: readonly EntityMention[]): { turns: Label[]; answers: Set<Label> } {
  const sets = doc.lex.sets;
  const labels = labelsOf(doc.text, sets.bareQuestionLabels);
  const asking = new Set(labels.filter((l) => sets.interviewerLabels.has(doc.text.slice(l.start, l.end))));
  const none = { turns: [], answers: new Set<Label>() };
  if (asking.size < 2) return none;
  const byKey = new Map<string, Label[]>();
  for (const l of labels) {
    if (asking.has(l)) continue;
    const group = byKey.get(l.key);
    if (group) group.push(l);
    else byKey.set(l.key, [l]);
  }
  const isPerson = (group: readonly Label[]): boolean => group.some((l) => anyOverlaps(persons, l));
  const answers = new Set([...byKey.values()].filter((group) => group.length >= 2 || isPerson(group)).flat());
  return answers.size < 2 ? none : { turns: labels.filter((l) => answers.has(l) || asking.has(l)), answers };
}

/** The turns of an interview transcript, each with its trimmed words. */
function turnsOf(doc: QuoteDoc, persons: readonly EntityMention[]): Turn[] {
  const { turns, answers } = interviewLabels(doc, persons);
  const text = doc.text;
  return turns.map((label, i) => {
    const next = turns[i + 1];
    let end = next ? next.start : paragraphEnd(text, label.body);
    if (!next) end -= BYLINE.exec(text.slice(label.body, end))?.[0].length ?? 0;
    let start = label.body;
    while (end > start && /[\s:]/u.test(text[end - 1])) end--;
    while (start < end && /\s/u.test(text[start])) start++;
    return { label, start, end, answer: answers.has(label) };
  });
}

/** The end of the paragraph a last turn opens: the next blank line, or the end of the text. */
function paragraphEnd(text: string, from: number): number {
  const blank = text.indexOf("\n\n", from);
  return blank < 0 ? text.length : blank;
}

/** For "Antwort:" turns: the person the questions address ("Herr Urmson, Sie …"), as a speaker phrase. */
function addressedPerson(doc: QuoteDoc, questions: readonly Turn[], persons: readonly EntityMention[]): Speaker | null {
  const sets = doc.lex.sets;
  for (const q of questions) {
    const words = doc.text.slice(q.start, q.end);
    for (const m of words.matchAll(/(\p{Lu}\p{Ll}*\.?)[ \t]+(\p{Lu}[\p{L}'’-]+)/gu)) {
      const title = m[1].toLowerCase();
      if (!(sets.maleWords.has(title) || sets.femaleWords.has(title)) || sets.pronouns.has(title)) continue;
      const at = q.start + m.index + m[1].length + (m[0].length - m[1].length - m[2].length);
      const person = lastStartingBy(persons, at);
      const named = person && at < person.end ? person : null;
      const span = named ?? { start: at, end: at + m[2].length };
      return { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
    }
  }
  return null;
}

/**
 * Whether a quote the finder read inside a turn is the interviewer's or the
 * interviewee's own speech: without a speaker, with "ich"/"wir", the one
 * addressed or a turn's label as its speaker, or a free continuation (in an
 * answer the subjunctives are the interviewee's: "Würde ich eine Umfrage
 * machen, …").
 */
function ownSpeech(doc: QuoteDoc, q: Found, labels: readonly Span[]): boolean {
  if (!q.speaker || q.by === "free") return true;
  const speaker = q.speaker;
  const words = speaker.text.trim();
  return doc.lex.sets.firstPersonWords.has(words.toLowerCase()) || doc.lex.sets.addressWords.has(words) || anyOverlaps(labels, speaker);
}

/** The fullest label of each participant ("Laurenz Ennser-Jedenastik" over "Ennser-Jedenastik"), by key. */
function fullestLabels(doc: QuoteDoc, turns: readonly Turn[]): Map<string, string> {
  const fullest = new Map<string, string>();
  for (const { label } of turns) {
    const words = doc.text.slice(label.start, label.end);
    if (words.length > (fullest.get(label.key) ?? "").length) fullest.set(label.key, words);
  }
  return fullest;
}

/** The interviewee's turns as direct quotes: the label speaks, or for "Antwort:" the person addressed. */
function answerQuotes(doc: QuoteDoc, turns: readonly Turn[], addressed: Speaker | null, answerLabel: (t: Turn) => boolean): Found[] {
  const fullest = fullestLabels(doc, turns);
  const answers: Found[] = [];
  for (const t of turns) {
    if (!t.answer || t.end <= t.start) continue;
    const byLabel = !answerLabel(t);
    const speaker = byLabel ? { start: t.label.start, end: t.label.end, text: doc.text.slice(t.label.start, t.label.end) } : addressed;
    if (speaker) answers.push({ start: t.start, end: t.end, kind: "direct", cue: null, speaker, by: "interview", speakerName: byLabel ? fullest.get(t.label.key) : undefined });
  }
  return answers;
}

/**
 * The quotes of a text with its interview transcript read: the
 * interviewee's turns as direct quotes, and the finder's quotes inside the
 * turns that are the interviewer's or the interviewee's own speech dropped,
 * as are quotes running over a label into the next turn ("STANDARD: Manche
 * meinen, … Ennser-Jedenastik: Da wäre ich skeptisch."). Quotes of a text
 * without one come back as they are.
 */
export function withInterviews(doc: QuoteDoc, quotes: readonly Found[], entities: readonly EntityMention[]): Found[] {
  const persons = entities.filter((e) => e.type === "PER").sort((a, b) => a.start - b.start);
  const turns = turnsOf(doc, persons);
  const answerLabel = (t: Turn): boolean => doc.lex.sets.answerLabels.has(doc.text.slice(t.label.start, t.label.end));
  const addressed = turns.some(answerLabel) ? addressedPerson(doc, turns.filter((t) => !t.answer), persons) : null;
  // "Einige Fragen und Antworten": with no one addressed, "Antwort:" turns are the journalist's own explanation, no transcript.
  if (!turns.some((t) => t.answer && (addressed || !answerLabel(t)))) return [...quotes];
  const labels = turns.map((t) => t.label);
  const byStart = turns.map((t) => ({ start: t.label.start, end: t.end }));
  const inTurn = (q: Found): boolean => (lastStartingBy(byStart, q.start)?.end ?? -1) > q.start;
  const crosses = (q: Found): boolean => startingWithin(labels, q.start - MAX_LABEL, q.end).some((l) => covers(l, q));
  const kept = quotes.filter((q) => !crosses(q) && (!inTurn(q) || !ownSpeech(doc, q, labels)));
  return [...kept, ...answerQuotes(doc, turns, addressed, answerLabel)].sort((a, b) => a.start - b.start || b.end - a.end);
}
