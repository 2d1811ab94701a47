/**
 * A date in apposition to a weekday ("am Donnerstag, dem 7. Oktober, hatte
 * er gesagt", "on Monday, Oct. 7, he said") is an aside: its commas do not
 * bound the clause around it. The finder's clause edges are commas in many
 * places, so such a date hid the speech verb from its subject ("Gysi hatte
 * am Donnerstag, dem 7. Oktober, gesagt, …" gave no quote). The sentence's
 * tokens leave the aside out, with its closing comma: the clause goes on
 * after it ("…, gesagt", "gab am Montag, dem 27. März, die Einstellung des
 * Verfahrens bekannt"), unless a clause of its own follows, opened by a
 * conjunction ("…, dass") or with a subjunctive before its next comma
 * ("sagte am Donnerstag, dem 7. Oktober, die Partei sei am Ende").
 * What the finder reports are character offsets, so a quote or speaker span
 * over the aside still covers its text.
 */
import { isSubjunctive, type QuoteLexicon } from "./lexicon.js";
import type { Tok } from "./tokens.js";

const DAY = /^\d{1,2}$/u;
/** A numeric day and month in one token ("7.10", "05.05.2005"). */
const DAY_MONTH = /^\d{1,2}\.\d{1,2}(?:\.\d{2,4})?$/u;
const YEAR = /^\d{4}$/u;

/** The sentence's tokens without the date asides after its weekdays. */
export function withoutDateAsides(toks: Tok[], lex: QuoteLexicon): Tok[] {
  const s = lex.sets;
  if (s.weekdays.size === 0) return toks;
  let out: Tok[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const end = s.weekdays.has(toks[i].lower) && toks[i + 1]?.text === "," ? dateAsideEnd(toks, i + 2, lex) : -1;
    if (end < 0) {
      out?.push(toks[i]);
      continue;
    }
    out ??= toks.slice(0, i);
    out.push(toks[i]);
    i = toks[end]?.text === "," && !opensClause(toks, end + 1, lex) ? end : end - 1;
  }
  return out ?? toks;
}

/**
 * A clause of its own starts at token `k`: a conjunction opens it ("…, dass",
 * "…, weil"), or it has a subjunctive before the next comma ("sagte am
 * Donnerstag, dem 7. Oktober, die Partei sei am Ende"). The comma before it stays.
 */
function opensClause(toks: readonly Tok[], k: number, lex: QuoteLexicon): boolean {
  const s = lex.sets;
  const tok = toks[k];
  if (!tok) return false;
  if ([s.complementizers, s.subordinators, s.thatWords].some((set) => set.has(tok.lower))) return true;
  for (let j = k; j < toks.length && toks[j].text !== ","; j++) if (isSubjunctive(lex, toks[j])) return true;
  return false;
}

/**
 * Where a date that starts at token `k` ends (the index after it), or -1:
 * an optional article ("dem", "den"), then day and month in either order
 * ("7. Oktober", "Oct. 7", "7.10."), then perhaps a year ("2006", ", 2024").
 */
function dateAsideEnd(toks: readonly Tok[], k: number, lex: QuoteLexicon): number {
  const s = lex.sets;
  let j = k;
  if (toks[j] && s.dateArticles.has(toks[j].lower)) j++;
  const dot = (at: number) => (toks[at]?.text === "." ? at + 1 : at);
  if (toks[j] && DAY_MONTH.test(toks[j].text)) {
    j = dot(j + 1);
  } else if (toks[j] && DAY.test(toks[j].text) && toks[j + 1]?.text === "." && toks[j + 2] && s.months.has(toks[j + 2].lower)) {
    j += 3;
  } else if (toks[j] && s.months.has(toks[j].lower)) {
    j = dot(j + 1);
    if (!toks[j] || !DAY.test(toks[j].text)) return -1;
    j++;
  } else {
    return -1;
  }
  if (toks[j] && YEAR.test(toks[j].text)) return j + 1;
  if (toks[j]?.text === "," && toks[j + 1] && YEAR.test(toks[j + 1].text)) return j + 2;
  return j;
}
