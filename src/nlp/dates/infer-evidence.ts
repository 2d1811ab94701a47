/** The pieces of evidence inferPublished weighs for one explicit date of a text. */
import type { DateMention } from "../../core/article.js";
import { alternation, countOf, perLexicon, type DateLexicon } from "./lexicon.js";
import { agoPattern } from "./rules/relative.js";
import { leanBefore, sentenceAt, type RuleEnv } from "./rules/shared.js";
import { speaksOfFuture } from "./tense.js";

/** How far from a date "vor N Jahren" may stand to date the article from it. */
const AGO_REACH = 40;

/** Capitalised weekday names, with a part of the day glued on ("Montagabend"); group `day`. */
const weekdayWords = perLexicon((lex) => {
  const parts = lex.dayParts.length > 0 ? `(?:${alternation(lex.dayParts)})?` : "";
  return new RegExp(`(?<![\\p{L}])(?<day>${alternation(Object.keys(lex.weekdays))})${parts}(?![\\p{L}])`, "giu");
});

/**
 * What a dateline carries before its date, from the start of a paragraph: a
 * place ("Berlin", "BAD HOMBURG", "Frankfurt am Main"), an agency in
 * brackets ("(dpa)"), a comma or dash, maybe a weekday ("Montag,"). A date
 * alone at the head ("9. November 1989: …") is as often a chronicle's.
 */
const PLACE = "\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:(?:am|an|der|ob|im|bei|in)\\s+)?\\p{Lu}[\\p{L}.'-]*){0,3}";
const DATELINE_HEAD = new RegExp(`(?:^|\\n)[^\\S\\n]*${PLACE}(?:\\s*\\([^()\\n]{1,30}\\))?\\s*[,–—-]\\s*(?:\\p{Lu}\\p{L}+,?\\s+)?$`, "u");
/** What may follow a dateline's date: a time, then a full stop, colon, dash or an agency in brackets. */
const DATELINE_TAIL = /^\s*(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?\s*(?:[.:–—-]|\()/u;

/** Whether the mention opens a paragraph as a dateline ("Berlin, 5. Juni 2024. …", "München (dpa), 05.06.2024 – …"). */
export function isDateline(text: string, mention: DateMention): boolean {
  const head = text.slice(Math.max(0, mention.start - 60), mention.start);
  const fromStart = mention.start <= 60 ? `\n${text.slice(0, mention.start)}` : head;
  return DATELINE_HEAD.test(fromStart) && DATELINE_TAIL.test(text.slice(mention.end, mention.end + 16));
}

/** Weekday numbers of the capitalised weekday names in a piece of text, with their offsets. */
function weekdaysIn(text: string, lex: DateLexicon): { weekday: number; at: number }[] {
  const out: { weekday: number; at: number }[] = [];
  for (const m of text.matchAll(weekdayWords(lex))) {
    const day = m.groups?.day ?? "";
    if (/^\p{Lu}/u.test(day)) out.push({ weekday: lex.weekdays[day.toLowerCase()], at: m.index ?? 0 });
  }
  return out;
}

/** The weekday a mention names, if it names one. */
export function namedWeekday(mention: DateMention, lex: DateLexicon): number | null {
  return weekdaysIn(mention.text, lex)[0]?.weekday ?? null;
}

/** Weekdays named outside the given mentions ("am Montag"): how often each occurs. */
export function loneWeekdays(text: string, mentions: readonly DateMention[], lex: DateLexicon): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { weekday, at } of weekdaysIn(text, lex)) {
    if (mentions.some((d) => d.start <= at && at < d.end)) continue;
    counts.set(weekday, (counts.get(weekday) ?? 0) + 1);
  }
  return counts;
}

/** Days from the date to the article when a casual word leads it ("gestern, 3. Juni", "am gestrigen Montag, …" → 1), or null. */
export function anchorShift(text: string, mention: DateMention, lex: DateLexicon): number | null {
  const first = /^\p{L}+/u.exec(mention.text)?.[0].toLowerCase();
  if (first !== undefined && lex.anchorWords[first] !== undefined) return lex.anchorWords[first];
  const before = text.slice(Math.max(0, mention.start - 24), mention.start);
  const words = alternation(Object.keys(lex.anchorWords));
  const m = new RegExp(`(?<![\\p{L}])(${words})[\\s,(]*(?:(?:${alternation(lex.datePrepositions)})\\s+)?$`, "iu").exec(before);
  return m ? (lex.anchorWords[m[1].toLowerCase()] ?? null) : null;
}

/** Whether the mention speaks of the future: a future preposition before it ("bis zum 23. Oktober"), a "kommenden", or a future clause; never with "vergangenen". */
export function spokenOfAsFuture(text: string, mention: DateMention, env: RuleEnv): boolean {
  const { lex } = env;
  const modifiers = mention.text.toLowerCase().split(/[^\p{L}]+/u).map((w) => lex.modifiers[w]);
  if (modifiers.includes("last")) return false;
  if (modifiers.includes("next") || modifiers.includes("future")) return true;
  const lean = leanBefore(text, mention.start, lex);
  if (lean === "future" || lean === "next") return true;
  return speaksOfFuture(text, sentenceAt(env, text, mention.start), mention.start, mention.end, lex);
}

/** Years from the date to the article when "vor N Jahren" stands next to it ("am 29. Januar 1886, also vor 125 Jahren"), or null. */
export function yearsAgoNearby(text: string, mention: DateMention, env: RuleEnv): number | null {
  const sentence = sentenceAt(env, text, mention.start);
  const from = Math.max(sentence.start, mention.start - AGO_REACH);
  const to = Math.min(sentence.end, mention.end + AGO_REACH);
  for (const m of text.slice(from, to).matchAll(agoPattern(env.lex, true))) {
    const count = countOf(m.groups?.count ?? "", env.lex);
    if (count !== null && env.lex.ago.units[(m.groups?.unit ?? "").toLowerCase()] === "year") return count;
  }
  return null;
}
