/**
 * How well a weekday alone is put on its day ("am Montag" → 2006-03-27),
 * measured with gold the texts carry themselves: news often names a weekday
 * together with its date ("am Montag, dem 27. März", "am 27. März (Montag)").
 * Each such pair within six days of the article date becomes a case: the
 * date is cut out of the text ("am Montag, die Einstellung …"), the weekday
 * is resolved against the article date, and the result is compared with the
 * date the text gave. The article date is read from the document's name
 * ("… (2006-03-31)"), as in the German Wikinews documents of the quotation
 * data set; documents without one are skipped.
 */
import type { DateMention } from "../core/article.js";
import { findDates } from "../nlp/dates/index.js";
import { alternation, lexiconFor, type DateLexicon } from "../nlp/dates/lexicon.js";
import { loadQuoteDocuments } from "./quotes.js";

/** How far from the article date a weekday alone can be resolved: the week around it. */
const REACH_DAYS = 6;
const DAY_MS = 86_400_000;
const NAME_DATE = /\((\d{4}-\d{2}-\d{2})\)/u;

/** One weekday whose date the text gave. */
export interface WeekdayCase {
  document: string;
  reference: string;
  /** The joined mention as the text has it ("Montag, dem 27. März"). */
  text: string;
  gold: string;
  /** The value found for the weekday alone, or null when none was found. */
  predicted: string | null;
  /** The sentence around the weekday once the date was cut out, for reading errors. */
  context: string;
}

export interface WeekdaysReport {
  task: "weekdays";
  documents: number;
  cases: number;
  correct: number;
  accuracy: number;
  /** Weekday-date pairs further than six days from the article date: a weekday alone cannot name them. */
  beyondReach: number;
  /** Documents without a date in their name. */
  undated: number;
}

/** A mention that opens with a weekday and goes on with the explicit date: the weekday part's end and the cut. */
interface Pair {
  weekdayEnd: number;
  cutEnd: number;
}

const PAIR_PATTERNS = new WeakMap<DateLexicon, RegExp>();

/** A mention that opens with a weekday before its date: "Montag, dem 27. März", "Freitag (31.5.)"; built once per language. */
function pairPattern(lex: DateLexicon): RegExp {
  const cached = PAIR_PATTERNS.get(lex);
  if (cached) return cached;
  const day = `(?:${alternation(Object.keys(lex.weekdays))})(?:${alternation(lex.dayParts)})?`;
  const lead = `(?:(?:${alternation([...Object.keys(lex.modifiers), ...lex.weekdayAdjectives])})\\s+)*`;
  const pattern = new RegExp(`^${lead}${day}(?=\\s*,?\\s*(?:(?:den|dem|the)\\s+)?\\(?\\s*\\d)`, "iu");
  PAIR_PATTERNS.set(lex, pattern);
  return pattern;
}

/** Where the weekday of a joined mention ends and what to cut (the rest of the mention), or null for a mention that is no such pair. */
function pairOf(m: DateMention, lex: DateLexicon): Pair | null {
  if (m.granularity !== "day") return null;
  const weekday = pairPattern(lex).exec(m.text);
  return weekday ? { weekdayEnd: m.start + weekday[0].length, cutEnd: m.end } : null;
}

/** The text with the date of a pair cut out, so that the weekday stands alone. */
function withoutDate(text: string, pair: Pair): string {
  return text.slice(0, pair.weekdayEnd) + text.slice(pair.cutEnd);
}

/** The sentence-sized stretch around an offset, on one line. */
function around(text: string, at: number): string {
  return text.slice(Math.max(0, at - 100), at + 80).replace(/\s+/gu, " ");
}

/** The cases of one document. */
export function weekdayCases(name: string, text: string, reference: string, lex: DateLexicon): { cases: WeekdayCase[]; beyondReach: number } {
  const cases: WeekdayCase[] = [];
  let beyondReach = 0;
  for (const m of findDates(text, { language: lex.language, reference })) {
    const pair = pairOf(m, lex);
    if (!pair) continue;
    if (Math.abs(Date.parse(m.value) - Date.parse(reference)) > REACH_DAYS * DAY_MS) {
      beyondReach++;
      continue;
    }
    const stripped = withoutDate(text, pair);
    const alone = findDates(stripped, { language: lex.language, reference }).find((d) => d.start < pair.weekdayEnd && d.end > m.start);
    cases.push({ document: name, reference, text: m.text, gold: m.value, predicted: alone?.value ?? null, context: around(stripped, pair.weekdayEnd) });
  }
  return { cases, beyondReach };
}

/** Evaluates weekday resolution on every dated German document of a folder. */
export function evaluateWeekdays(dir: string, opts: { limit?: number; onCase?: (c: WeekdayCase) => void } = {}): WeekdaysReport {
  const lex = lexiconFor("de");
  if (!lex) throw new Error("the German date lexicon is missing");
  const report: WeekdaysReport = { task: "weekdays", documents: 0, cases: 0, correct: 0, accuracy: 0, beyondReach: 0, undated: 0 };
  for (const doc of loadQuoteDocuments(dir, opts.limit)) {
    report.documents++;
    const reference = NAME_DATE.exec(doc.name)?.[1];
    if (!reference || Number.isNaN(Date.parse(reference))) {
      report.undated++;
      continue;
    }
    const { cases, beyondReach } = weekdayCases(doc.name, doc.text, reference, lex);
    report.beyondReach += beyondReach;
    for (const c of cases) {
      report.cases++;
      if (c.predicted === c.gold) report.correct++;
      opts.onCase?.(c);
    }
  }
  report.accuracy = report.cases ? report.correct / report.cases : 0;
  return report;
}
