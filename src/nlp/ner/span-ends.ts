/**
 * A person or place span does not end in a lower-case word: the tagger
 * sometimes runs a name on into the verb or particle after it ("Um Edward
 * wiederzusehen begibt sich …" tagged PER "Edward wiederzusehen", "rast sie
 * mit David von einer Brücke" PER "David von"). In the GermEval development
 * file one person or place of 1,900 ends in a word of lower-case letters
 * only (the Czech "… údolí"), while names of organisations and works do
 * ("dpa", "vhs", titles), so those are left alone. Trailing lower-case words
 * leave the span, and so do symbols ("Mikko @" in a blog's "Posted by Mikko
 * @ 10:05 GMT"; no person or place of the development file ends in one); a
 * span of nothing else is none. Also here: spans split at a lone dash and
 * cut before a score (splitAtDashes), a lower-case adjective of origin
 * taken off a span's start (trimLeadingAdjectives) and a stray closing
 * bracket off its end (trimUnbalancedBrackets). Tags change in place.
 */
import { spansFromTags } from "./labels.js";

/** A word of lower-case letters only ("von", "wiederzusehen"; not "d'Or", "al-Nuaimi", "t-online.de"), or a symbol no name ends in ("Posted by Mikko @ 10:05 GMT"; not the dot of "Chr ." or a bracket). */
const NO_NAME_END = /^(?:\p{Ll}+|[@#/|&+*–—-]+)$/u;

/** The types whose spans lose trailing lower-case words. */
const TRIMMED = new Set(["PER", "LOC"]);

/** Trims lower-case words off the end of person and place spans, in every sentence. */
export function trimLowerCaseEnds(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    for (const span of spansFromTags(tags[s])) {
      if (!TRIMMED.has(span.type)) continue;
      for (let i = span.end - 1; i >= span.start && NO_NAME_END.test(sentence[i]); i--) tags[s][i] = "O";
    }
  });
}

/** A dash standing alone, between two names ("Borussia Mönchengladbach - Hamburger SV"). */
const DASH = /^[–—-]$/u;
/** A score or a time ("3:1", "0:0", "10:05"). */
const SCORE = /^\d{1,3}:\d{1,3}$/u;
/** A measured value: a time with seconds or fractions, a decimal, a signed number ("3:35:49,5", "1:41,983", "99,11", "+0,20", "+0:23,0"). */
const MEASURE = /^(?:[+−-]\d[\d.,:]*|\d+(?::\d+)*,\d+|\d+:\d+:\d+)$/u;
const SIGN = /^[+−±]$/u;
/** The types whose spans a lone dash splits: names of works keep theirs ("The Rat Pack - live from Las Vegas"). */
const SPLIT = new Set(["PER", "ORG", "LOC"]);

/**
 * A person, organisation or place span does not run over a dash standing
 * alone or end in a score: "1. FC Nürnberg - VfB Stuttgart", tagged as one
 * organisation, is two; "Werder Bremen 3:1" ends before the score. In the
 * GermEval development file a lone dash is inside no such span (only inside
 * six titles, OTH), and no span holds a score. No span of any type runs
 * over a measured value either (a time with seconds, a decimal, a signed
 * number: "VW Polo 3:35:49,5 Std", "Mercedes 1:41,983", "Franz VOVES 99,11"
 * in results tables), which no span of GermEval holds. Tags change in place.
 */
export function splitAtDashes(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (const span of spansFromTags(t)) {
      // "VW Polo 3:35:49,5 Std", "Franz VOVES 99,11" of a results table: a name ends before a measured value, whatever its type.
      const measured = sentence.slice(span.start + 1, span.end).findIndex((w) => MEASURE.test(w));
      let cut = measured < 0 ? span.end : span.start + 1 + measured;
      // Its sign, when the tokeniser split it off ("+ 0:23,0").
      while (cut < span.end && cut - 1 > span.start && SIGN.test(sentence[cut - 1])) cut--;
      for (let i = cut; i < span.end; i++) t[i] = "O";
      if (!SPLIT.has(span.type)) continue;
      for (let i = span.start + 1; i < span.end - 1; i++) {
        if (!DASH.test(sentence[i])) continue;
        t[i] = "O";
        t[i + 1] = `B-${span.type}`;
      }
      for (let i = span.end - 1; i > span.start && SCORE.test(sentence[i]); i--) t[i] = "O";
    }
  });
}

/** A lower-case adjective of origin or nationality ("deutsche", "baden-württembergischen", "österreichischen"). */
const LOWER_ORIGIN_ADJECTIVE = /^\p{Ll}[\p{Ll}-]*sch(?:e|en|er|es|em)?$/u;

/**
 * A span does not open with a lower-case adjective of origin: "der
 * baden-württembergischen Landesregierung", "des österreichischen Institute
 * of Science and Technology Austria" were tagged with the adjective, which
 * GermEval leaves outside every name (as LOCderiv: no span of its
 * development file opens with one). The adjective leaves the span; a span of
 * nothing else is none. Tags change in place.
 */
export function trimLeadingAdjectives(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (const span of spansFromTags(t)) {
      let start = span.start;
      while (start < span.end && LOWER_ORIGIN_ADJECTIVE.test(sentence[start])) t[start++] = "O";
      if (start > span.start && start < span.end) t[start] = `B-${span.type}`;
    }
  });
}

const count = (tokens: readonly string[], mark: string): number => tokens.join("").split(mark).length - 1;

/**
 * A span does not end in a closing bracket whose opening one lies before it:
 * "(Maria)" tagged "Maria )", "(Polícia Rodoviária Federal)" — the bracket
 * leaves the span. The one bracketed span of the GermEval development file,
 * "Mollenkott(en )", holds both brackets. (A bracket inside a span, "Voreqe
 * (Frank) Bainirama" tagged "Frank ) Bainirama", is left: cut to
 * "Bainirama", the name would no longer be one of two words, and the
 * article's later bare "Bainirama" would go untagged.) Tags change in place.
 */
export function trimUnbalancedBrackets(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    for (const span of spansFromTags(t)) {
      if (span.end - span.start < 2 || sentence[span.end - 1] !== ")") continue;
      const tokens = sentence.slice(span.start, span.end);
      if (count(tokens, ")") > count(tokens, "(")) t[span.end - 1] = "O";
    }
  });
}
