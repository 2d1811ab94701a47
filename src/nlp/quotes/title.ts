/**
 * Quoted names and titles: words in quotation marks that name a work, a law,
 * an organisation or a motto ("das Buch „Cobra II – die wirkliche
 * Geschichte“", "ein „Gesetz zur Änderung des Passgesetzes“", "des
 * „Wikimedia Deutschland e.V.“") rather than repeat what someone said. Such
 * a pair stands as a noun phrase of its sentence: a title noun or an article
 * before it, or it is one of a list of quoted names, or an abbreviation in
 * brackets follows it.
 */
import type { QuoteDoc, Sentence } from "./context.js";
import type { QuotePair } from "./marks.js";
import type { Tok } from "./tokens.js";

/**
 * True when the quoted words of `pair` name something instead of quoting it;
 * `afterCue`: the pair follows a speech verb, so a list of quotes there is
 * what was said; `reported`: the pair stands inside another's reported words.
 */
export function looksLikeTitle(doc: QuoteDoc, sentence: Sentence, pair: QuotePair, afterCue = false, reported = false): boolean {
  const inner = doc.text.slice(pair.innerStart, pair.innerEnd).trim();
  const before = sentence.toks.filter((t) => t.end <= pair.start);
  if (WEB_ADDRESS.test(inner) || afterNamingNoun(doc, before) || isNamedActor(doc, pair) || namedByContext(doc, sentence, pair)) return true;
  if (endsSentence(inner) || hasFiniteVerb(doc, inner)) return false;
  if (isSubtitledTitle(doc, inner)) return true;
  // "des Magazins „auto, motor und sport“", "von „heise online“": a title noun names also what starts in lower case.
  if (!/^[\p{Lu}\p{N}]/u.test(inner)) return afterTitleNoun(doc, before) && inner.split(/\s+/u).length <= MAX_APPOSED_NAME_WORDS;
  return foreignTitle(doc, inner) || opensWithTitleNoun(doc, inner) || afterTitleNoun(doc, before) || afterNounHead(doc, before, inner) || (afterArticle(doc, before) && inner.split(/\s+/u).length >= 2 && !(reported && readsAsWording(doc, inner))) || (inList(doc, pair) && !afterCue && !sloganList(doc, before)) || beforeAbbreviation(doc, pair);
}

/** How far before the marks a reflexive or a bracket may stand ("die sich selbst „…“ nennt", "(übersetzt etwa: „…“)"). */
const NAMING_REACH = 4;

/**
 * What stands around the marks makes the quoted words a name or a
 * translation: a hyphen glues them into a compound ("„Eins zu Eins“-Begegnung");
 * a naming word follows ("das als „Dschungel von Calais“ bekannte Lager",
 * "„Serie FB“ genannt", "„Uncle Ted“, wie der Senator genannt wurde"); a
 * reflexive before and a naming verb after ("die sich selbst „…“ nennt"); or
 * brackets that translate ("(übersetzt etwa: „…“)", "„Cast Lead“ („gegossenes Blei“)").
 */
export function namedByContext(doc: QuoteDoc, sentence: Sentence, pair: QuotePair): boolean {
  if (doc.text[pair.end] === "-") return true;
  const s = doc.lex.sets;
  const toks = sentence.toks;
  const after = toks.filter((t) => t.start >= pair.end);
  const before = toks.filter((t) => t.end <= pair.start).slice(-NAMING_REACH);
  if (after[0] && s.namingAfter.has(after[0].lower)) return true;
  if (after[0]?.text === "," && after[1]?.lower === doc.lex.data.asWord) {
    const end = after.findIndex((t, i) => i > 1 && /^[,;:.]$/u.test(t.text));
    if (after.slice(2, end < 0 ? after.length : end).some((t) => s.namingAfter.has(t.lower))) return true;
  }
  if (after[0] && s.selfNamingVerbs.has(after[0].lower) && before.some((t) => s.reflexive.has(t.lower))) return true;
  const bracket = before.map((t) => t.text).lastIndexOf("(");
  if (bracket < 0) return false;
  if (before.slice(bracket + 1).some((t) => s.translationMarkers.has(t.lower))) return true;
  return bracket === before.length - 1 && /[“”"»«]\s*$/u.test(doc.text.slice(Math.max(0, before[bracket].start - 3), before[bracket].start));
}

/**
 * "Mitglieder von „Al-Qaida“": the quotation marks hold exactly a person or
 * organisation the recogniser found, and no indefinite article or "als"
 * stands before them.
 */
function isNamedActor(doc: QuoteDoc, pair: QuotePair): boolean {
  const wordBefore = /(?:^|\s)(\p{L}+)\s*$/u.exec(doc.text.slice(Math.max(0, pair.start - 12), pair.start))?.[1].toLowerCase();
  if (wordBefore && doc.lex.sets.wordingArticles.has(wordBefore)) return false;
  const inner = doc.text.slice(pair.innerStart, pair.innerEnd);
  const start = pair.innerStart + (inner.length - inner.trimStart().length);
  const end = pair.innerEnd - (inner.length - inner.trimEnd().length);
  return doc.actors.some((a) => a.start === start && a.end === end);
}

/** "laut „tagesschau.de“", "die Website „icelandreview.com“": a web address names a site. */
const WEB_ADDRESS = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,4}$/u;

/** Whether a word is a web address ("ndr.de", "news.bbc.co.uk"). */
export function isWebAddress(word: string): boolean {
  return WEB_ADDRESS.test(word);
}

/** A foreign title has at most this many words ("Piper at the Gates of Dawn"); a longer foreign quote is a statement. */
const MAX_FOREIGN_TITLE_WORDS = 6;

/** "…: „Have a nice day“": a short foreign title that fills its quotation marks, without sentence punctuation (which makes it a statement). */
export function isForeignTitle(doc: QuoteDoc, inner: string): boolean {
  return !endsSentence(inner) && foreignTitle(doc, inner);
}

/**
 * "„Have a nice day“", "„Le Grand Macabre“", "„Мемориал Михаила Таля“": a
 * few words in another language or script, without sentence punctuation
 * (checked by the caller), name a work rather than quote a German speaker.
 */
function foreignTitle(doc: QuoteDoc, inner: string): boolean {
  const words = inner.split(/[\s:,–-]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > MAX_FOREIGN_TITLE_WORDS) return false;
  if (!/\p{Script=Latin}/u.test(inner)) return true;
  return words.some((w) => doc.lex.sets.foreignTitleWords.has(w.toLowerCase()));
}

/** "ein „Gesetz zur Änderung des Passgesetzes“": the quoted words open with a title noun (not a compound that merely ends in one: "Beispiel") and say no more. */
function opensWithTitleNoun(doc: QuoteDoc, inner: string): boolean {
  const words = inner.split(/\s+/u);
  const first = words[0].toLowerCase();
  return words.length >= 2 && doc.lex.sets.titleNouns.has(first.slice(first.lastIndexOf("-") + 1));
}

/** A dash with spaces between two parts: a title and its subtitle. */
const SUBTITLE = /^\p{Lu}[^–—]*\s[–—-]\s\S/u;

/** "„Karol Wojtyla – Geheimnisse eines Papstes“", "„Schule ohne Rassismus – Schule mit Courage“": a title with its subtitle (no verb, no closing punctuation). */
export function isSubtitledTitle(doc: QuoteDoc, inner: string): boolean {
  if (!SUBTITLE.test(inner) || /[.!?]\s/u.test(inner) || inner.split(/\s+/u).length > MAX_SUBTITLED_WORDS) return false;
  return !endsSentence(inner) && !hasFiniteVerb(doc, inner);
}

/** A title with a subtitle is short; longer quoted words with a dash are a statement. */
const MAX_SUBTITLED_WORDS = 10;

/** Sentence punctuation at the end; the dot of an abbreviation ("e.V.", "Inc.") does not count. */
function endsSentence(inner: string): boolean {
  return /[!?…]$/u.test(inner) || (/\.$/u.test(inner) && !ABBREVIATION_END.test(inner));
}

/** A capitalised short abbreviation ("Inc.", "Co.") or one of several dotted parts ("e.V.") at the end; a short lower-case word there ("… lasse ich nicht zu.") ends a sentence. */
const ABBREVIATION_END = /(?:^|[\s-])(?:\p{Lu}\p{L}{0,2}\.|(?:\p{L}{1,3}\.){2,})$/u;

/** A statement, not a name: an auxiliary or modal among the quoted words ("Die Menschen sollen wissen"). */
function hasFiniteVerb(doc: QuoteDoc, inner: string): boolean {
  return inner.split(/[\s,;:()]+/u).some((w) => doc.lex.sets.auxiliaries.has(w) || doc.lex.finite.has(w));
}

/** "unter dem Motto „50 Jahre sind genug!“", "(Motto: „…“)", "ihr Erstwerk: „…“": a naming noun right before the marks, or before a colon there. */
export function afterNamingNoun(doc: QuoteDoc, before: readonly Tok[]): boolean {
  const last = before.length - (before[before.length - 1]?.text === ":" ? 2 : 1);
  return isNounOf(before[last], doc.lex.data.namingNouns);
}

const NO_EXCEPTIONS: ReadonlySet<string> = new Set();

/** A capitalised noun that is one of `nouns` or a compound ending in one, also in the genitive ("Magazins", "Kinofilm", "Buches"). */
function isNounOf(tok: Tok | undefined, nouns: Iterable<string>, except: ReadonlySet<string> = NO_EXCEPTIONS): boolean {
  if (!tok || !/^\p{Lu}/u.test(tok.text)) return false;
  return endsInNoun(tok.lower, nouns, except);
}

/**
 * A lower-case word that is one of `nouns` or a compound ending in one (also
 * in the genitive unless `genitive` is false), unless it only looks like such
 * a compound ("Beispiel" is no "Spiel", "Antwort" no "Wort", "Mitglied" no
 * "Lied").
 */
export function endsInNoun(lower: string, nouns: Iterable<string>, except: ReadonlySet<string>, genitive = true): boolean {
  const forms = genitive ? [lower, lower.replace(/e?s$/u, "")] : [lower];
  if (forms.some((f) => except.has(f))) return false;
  for (const noun of nouns) if (forms.some((f) => f === noun || (noun.length > 3 && f.endsWith(noun)))) return true;
  return false;
}

/** "der Film „…“", "unter dem Motto „…“", "das Buch „…“", "trägt den Titel „…“" (compounds and genitives too: "Gesetzentwurf", "Kinofilm", "des Magazins"). */
function afterTitleNoun(doc: QuoteDoc, before: readonly Tok[]): boolean {
  return isNounOf(before[before.length - 1], doc.lex.sets.titleNouns, doc.lex.sets.notTitleCompounds);
}

/** A name in apposition has at most this many words ("die Meeresschnecke „Chelidonura hirundinina“"). */
const MAX_APPOSED_NAME_WORDS = 4;

/**
 * "bei der Meeresschnecke „Chelidonura hirundinina“", "das Elektrofahrzeug
 * „Mindset“": a noun with its article right before the marks, and a few
 * capitalised words in them, give the noun's name.
 */
function afterNounHead(doc: QuoteDoc, before: readonly Tok[], inner: string): boolean {
  const noun = before[before.length - 1];
  const article = before[before.length - 2];
  if (!noun || !article || !/^\p{Lu}\p{Ll}/u.test(noun.text) || inner.split(/\s+/u).length > MAX_APPOSED_NAME_WORDS) return false;
  // "Parolen wie zum Beispiel „Stoppt den Überwachungswahn“": not the name of an example.
  if (doc.lex.sets.notTitleCompounds.has(noun.lower)) return false;
  return doc.lex.sets.determiners.has(article.lower) || doc.lex.sets.fusedArticles.has(article.lower);
}

/**
 * An article right before the mark, with at most two lower-case adjectives
 * between ("der „Polizei von DeLand“", "der neue „Oberste Rat“", "einem
 * „Gesetz zur Bekämpfung …“"): the quoted words are the noun of the phrase.
 */
function afterArticle(doc: QuoteDoc, before: readonly Tok[]): boolean {
  const s = doc.lex.sets;
  for (let i = before.length - 1, skipped = 0; i >= 0 && skipped <= 2; i--, skipped++) {
    const w = before[i];
    if (s.titleArticles.has(w.lower) || s.fusedArticles.has(w.lower)) return true;
    if (!/^\p{Ll}+$/u.test(w.text) || !/(e|en|er|es|em)$/u.test(w.text)) return false;
  }
  return false;
}

/** A name this long is rare; quoted words of this many are someone's wording. */
const MAX_NAME_WORDS = 8;

/**
 * "dem „Vorwurf des Täuschungsvorsatzes weiter in der Kommission
 * Selbstkontrolle“", "im „Regelfall um vier Jahre verschoben“": the
 * lower-case words of a name are articles, prepositions, conjunctions and
 * adjectives before a noun ("Rat für nationale Sicherheit", "BILD am
 * Sonntag"); any other (an adverb, a number, a participle), or more words
 * than names have, makes the quoted words wording.
 */
function readsAsWording(doc: QuoteDoc, inner: string): boolean {
  const words = inner.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length >= MAX_NAME_WORDS) return true;
  const s = doc.lex.sets;
  const endings = [...s.adjectiveEndings];
  const nameWord = (w: string, next: string | undefined) =>
    !/^\p{Ll}/u.test(w) ||
    s.titleArticles.has(w) || s.fusedArticles.has(w) || s.prepositions.has(w) || s.coordinators.has(w) ||
    (endings.some((e) => w.endsWith(e)) && /^\p{Lu}/u.test(next ?? ""));
  return words.some((w, i) => !nameWord(w.replace(/[^\p{L}\p{N}-]/gu, ""), words[i + 1]));
}

/** One of a list of quoted names: „A“, „B“ oder „C“. */
function inList(doc: QuoteDoc, pair: QuotePair): boolean {
  const after = doc.text.slice(pair.end, pair.end + 8);
  const before = doc.text.slice(Math.max(0, pair.start - 8), pair.start);
  return /^\s*(,|und|oder|sowie)\s*[„"»“]/u.test(after) || /[“"«”]\s*(,|und|oder|sowie)\s*$/u.test(before);
}

/** How far before a quote the "Parolen wie" of a list of slogans may stand (the items before it included). */
const SLOGAN_REACH = 20;

/**
 * "skandierten Parolen wie zum Beispiel „Stoppt den Überwachungswahn“ oder
 * „…“", "schrieben Hassparolen wie „…“ und „…“": a list after a noun of
 * slogans and "wie" holds words someone chanted or wrote, not names.
 */
function sloganList(doc: QuoteDoc, before: readonly Tok[]): boolean {
  const s = doc.lex.sets;
  const near = before.slice(-SLOGAN_REACH);
  // "Hassparolen in Hebräisch wie": a short phrase may stand between the noun and "wie".
  return near.some((t, i) => t.lower === doc.lex.data.asWord && near.slice(Math.max(0, i - 3), i).some((n) => isNounOf(n, s.sloganNouns)));
}

/** „United Front for Democracy“ (UDD): a name followed by its abbreviation. */
function beforeAbbreviation(doc: QuoteDoc, pair: QuotePair): boolean {
  return /^\s*\(\p{Lu}[\p{Lu}\p{N}.-]+\)/u.test(doc.text.slice(pair.end, pair.end + 16));
}
