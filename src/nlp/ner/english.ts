/**
 * English text read by the German model, and repairs around it. German
 * capitalises nouns, so to the model an English sentence looks like a run of
 * names, and its name lists hold German spellings ("Ungarn").
 *
 * - Before tagging, a possessive "'s" becomes a token of its own
 *   ("Hungary's" → "Hungary" "'s").
 * - After tagging, a span ends before the first lower-case word English
 *   names do not keep small and before a possessive ("Scholz had warned that
 *   failure would …" was one MISC span), loses small words left at its end
 *   ("Comey to") and a word that opens the sentence ("On Tuesday",
 *   "Although Mueller", a lone "What"); what is left of a sentence at its
 *   start goes ("This is a historic day").
 * - A span of adjectives of nationality alone is none ("the North Korean
 *   leader").
 * - A title inside an organisation's or place's span splits it: the words
 *   before the title keep the span's type, the words after it are a person
 *   ("European Commission President Ursula von der Leyen").
 * - An institution named by its seat or English name is an organisation
 *   ("White House", "Kremlin").
 * - A state's or city's English name is a place (a state's also when the
 *   model split it into two spans, "North" PER, "Korea" LOC), as is a place
 *   of the German lists before a possessive ("Israel's") and a city in
 *   capitals opening a dateline ("BRUSSELS, June 28 —").
 *
 * Tags change in place; the caller runs these for English only.
 */
import {
  ENGLISH_CITY_NAMES,
  ENGLISH_DOCUMENT_HEADS,
  ENGLISH_INSTITUTION_NAMES,
  ENGLISH_LABEL_WORDS,
  ENGLISH_LEADING_TITLES,
  ENGLISH_NAME_POSSESSIVES,
  ENGLISH_NATIONALITY_WORDS,
  ENGLISH_OPENERS_THAT_ARE_NAMES,
  ENGLISH_PLACE_HEADS,
  ENGLISH_PLACE_PREPOSITIONS,
  ENGLISH_QUALIFYING_PARTICIPLES,
  ENGLISH_REGION_NAMES,
  ENGLISH_SENTENCE_OPENERS,
  ENGLISH_STATE_NAMES,
  ENGLISH_TITLE_MODIFIERS,
  ENGLISH_TITLE_SMALL_WORDS,
  ENGLISH_WEEKDAY_MODIFIERS,
} from "../../lang/en/ner-cues.js";
import { NAME_PARTICLES } from "../../lang/de/ner-cues.js";
import { ONE_WORD_ORGANISATION_NAMES } from "../../lang/de/ner-lists.js";
import { ENGLISH_DATE_MONTHS, ENGLISH_WEEKDAYS } from "../../lang/en/dates.js";
import type { Token } from "../tokens.js";
import { kindMask, unitTypes, wordKinds, type Gazetteer } from "./gazetteer.js";
import { asName } from "./dateline.js";
import { spansFromTags } from "./labels.js";

const POSSESSIVE = /^(\p{Lu}[\p{L}.-]*)(['’]s)$/u;

const NAME_POSSESSIVES = new Set(ENGLISH_NAME_POSSESSIVES);

/** Tokens with a possessive "'s" after a capitalised word split off ("Hungary's" → "Hungary", "'s"); not after a plural that names a group inside a name ("People's"). */
export function splitPossessives(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((t) => {
    const m = POSSESSIVE.exec(t.text);
    if (!m || NAME_POSSESSIVES.has(m[1])) return [t];
    const cut = t.start + m[1].length;
    return [
      { text: m[1], start: t.start, end: cut },
      { text: m[2], start: cut, end: t.end },
    ];
  });
}

/** Lower-case words an English name may hold: those titles keep small and the particles of names ("Ursula von der Leyen"). */
const SMALL = new Set([...ENGLISH_TITLE_SMALL_WORDS, ...NAME_PARTICLES.flatMap((p) => p.split(" "))]);
const TITLES = new Set(ENGLISH_LEADING_TITLES);
const MODIFIERS = new Set(ENGLISH_TITLE_MODIFIERS);

/** Tokens before which a capital shows nothing: the start of a sentence and opening quotation marks. */
const OPENERS = new Set(["\"", "“", "‘", "'", "„", "(", "—", "–", "-"]);
const PLACE = kindMask("loc", "country");
const PLACES = new Set([...ENGLISH_STATE_NAMES, ...ENGLISH_CITY_NAMES, ...ENGLISH_REGION_NAMES]);
const PLACE_HEADS = new Set(ENGLISH_PLACE_HEADS);
const DOCUMENT_HEADS = new Set(ENGLISH_DOCUMENT_HEADS);
const SENTENCE_OPENERS = new Set(ENGLISH_SENTENCE_OPENERS);
const OPENER_NAMES = new Set(ENGLISH_OPENERS_THAT_ARE_NAMES);
const NATIONALITY = new Set(ENGLISH_NATIONALITY_WORDS);
/** A compound participle that qualifies a nationality ("U.S.-trained Iraqi", "Saudi-led", "Iranian-backed"). */
const QUALIFIER = new RegExp(`^\\S+-(?:${ENGLISH_QUALIFYING_PARTICIPLES.join("|")})$`, "u");
/** Whether a word belongs to a phrase of nationality that names no one ("North Korean", "U.S.-trained Iraqi"). */
const nationalityWord = (word: string): boolean => NATIONALITY.has(word) || QUALIFIER.test(word);
const INSTITUTIONS = new Set(ENGLISH_INSTITUTION_NAMES);
/** "tuesday" → "Tuesday": the lists of English dates are lower case. */
const capitalised = (word: string): string => word[0].toUpperCase() + word.slice(1);

/** Weekdays and months: after a small word they end a name ("Paul on Wednesday"). */
const TIME_WORDS = new Set([...Object.keys(ENGLISH_WEEKDAYS), ...Object.keys(ENGLISH_DATE_MONTHS)].map(capitalised));
/** Weekdays alone, and the words that may stand before one in a time phrase ("Early Tuesday", "Last Friday"). */
const WEEKDAYS = new Set(Object.keys(ENGLISH_WEEKDAYS).map(capitalised));
const WEEKDAY_MODIFIERS = new Set(ENGLISH_WEEKDAY_MODIFIERS);
/** State names of two or more words as token lists by their first word, longest first ("United Arab Emirates" before "United Kingdom"). */
const STATE_TOKENS = new Map<string, string[][]>();
for (const name of ENGLISH_STATE_NAMES.map((n) => n.split(" ")).filter((n) => n.length > 1).sort((a, b) => b.length - a.length)) {
  STATE_TOKENS.set(name[0], [...(STATE_TOKENS.get(name[0]) ?? []), name]);
}
/** The places as datelines write them ("BRUSSELS", "NEW YORK"). */
const CAPITALISED_PLACES = new Set([...PLACES].map((p) => p.toUpperCase()));
const DATELINE_MARKS = new Set([",", "(", "-", "–", "—"]);
const PLACE_PREPOSITIONS = new Set(ENGLISH_PLACE_PREPOSITIONS);
const PERSON = kindMask("first", "surname", "person");

/** The repairs after tagging (see above), in every sentence. */
export function repairEnglishSpans(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  words.forEach((sentence, s) => {
    const t = tags[s];
    dropLeadingThe(sentence, t);
    splitLists(sentence, t);
    tagDateline(sentence, t);
    joinStateNames(sentence, t);
    tagListedPlaces(sentence, t);
    tagListedNames(sentence, t);
    tagStateNames(sentence, t, gazetteer);
    joinShortNameEnds(sentence, t);
    for (const span of spansFromTags(t)) repairSpan(sentence, t, span, gazetteer);
    joinStateOrganisations(sentence, t);
  });
}

/** Labels before a colon in every sentence (run last: the surname rule may have tagged "Subj" of "SAF/AQ Subj" everywhere). Tags change in place. */
export function repairEnglishLabels(words: readonly (readonly string[])[], tags: string[][], gazetteer: Gazetteer | null): void {
  words.forEach((sentence, s) => retypeLabels(sentence, tags[s], gazetteer));
}

const LABELS = new Set(ENGLISH_LABEL_WORDS);
const PERSON_NAME = kindMask("surname", "person");
const OTHER_NAME = kindMask("loc", "country", "org", "misc");

/** Whether the lists know a word as a surname and as nothing else ("Rumsfeld"; not "Washington", also a place). */
function isOnlyPersonName(gazetteer: Gazetteer | null, word: string): boolean {
  const kinds = wordKinds(gazetteer, word);
  return (kinds & PERSON_NAME) !== 0 && (kinds & OTHER_NAME) === 0;
}

/**
 * A word before a colon: a header or caption label is no name ("Subj: Re:
 * …", "Photo: …"), nor the end of one ("James Roche Sent: …"); a surname in
 * capitals is the speaker of a transcript ("RUMSFELD: Well, …", tagged ORG),
 * a person.
 */
function retypeLabels(sentence: readonly string[], t: string[], gazetteer: Gazetteer | null): void {
  for (let i = 0; i + 1 < sentence.length; i++) {
    if (sentence[i + 1] !== ":" || t[i] === "O" || t[i + 1].startsWith("I-")) continue;
    const word = sentence[i];
    // A label alone, or at the end of a name the tagger ran on into it ("James Roche Sent:", "SAF/OS Date:").
    if (LABELS.has(word)) t[i] = "O";
    else if (t[i].startsWith("B-") && /^\p{Lu}{3,}$/u.test(word) && isOnlyPersonName(gazetteer, asName(word))) t[i] = "B-PER";
  }
}

/** "The Trump administration" tagged "The Trump" (which then named every "Trump" of the article): a person's name does not open with "The". */
function dropLeadingThe(sentence: readonly string[], t: string[]): void {
  for (let i = 0; i + 1 < sentence.length; i++) {
    if (t[i] === "B-PER" && sentence[i] === "The" && t[i + 1] === "I-PER") {
      t[i] = "O";
      t[i + 1] = "B-PER";
    }
  }
}

/**
 * "the European Union, Canada and Mexico": the German model may run one span
 * over a list. A comma ends a name, and "and"/"or" between two English place
 * names does too (each place keeps its own span).
 */
function splitLists(sentence: readonly string[], t: string[]): void {
  for (let i = 1; i < sentence.length; i++) {
    if (!t[i].startsWith("I-")) continue;
    const type = t[i].slice(2);
    if (sentence[i] === ",") {
      t[i] = "O";
      if (t[i + 1]?.startsWith("I-")) t[i + 1] = `B-${type}`;
    } else if (/^(?:and|or)$/u.test(sentence[i]) && PLACES.has(sentence[i - 1]) && PLACES.has(sentence[i + 1] ?? "") && t[i + 1]?.startsWith("I-")) {
      t[i] = "O";
      t[i + 1] = `B-${type}`;
    }
  }
}

/** The repairs of one span: its opener, its end, adjectives of nationality, a title inside it, a place's English name. */
function repairSpan(sentence: readonly string[], t: string[], whole: { start: number; end: number; type: string }, gazetteer: Gazetteer | null): void {
  const span = withoutOpener(sentence, t, whole);
  if (span.start >= span.end) return;
  if (isDateMonth(sentence, span.start, span.end)) {
    for (let i = span.start; i < span.end; i++) t[i] = "O";
    return;
  }
  const cut = beforeWeekday(sentence, span.start, firstForeignWord(sentence, span.start, span.end));
  // "This is a historic day": what is left of a sentence taken for a name is its opening word; "turn Europe into …" opens with no name at all.
  // "the North Korean leader": adjectives of nationality alone name no one; "House Minority Leader" (before the name, in a span of its own) is a title.
  const words = sentence.slice(span.start, cut);
  // "North Korean and South Korean", "Central and South American": adjectives joined by a coordinator name no one either.
  // "British Prime" of "British Prime Minister Theresa May", the title untagged: modifiers of a title before it are part of the title ("U.S." before "President" stays the place it is).
  const titleLead = words.every((w) => MODIFIERS.has(w) || nationalityWord(w)) && !STATES.has(words.join(" ")) && TITLES.has(sentence[cut] ?? "") && t[cut] === "O";
  // "A British government spokeswoman": an article before the adjective changes nothing.
  const bare = /^(?:A|An|The)$/u.test(words[0] ?? "") ? words.slice(1) : words;
  const nationality =
    (bare.every((w) => nationalityWord(w) || w === "and" || w === "or") && bare.some(nationalityWord)) ||
    (span.type === "PER" && words.every((w) => TITLES.has(w) || MODIFIERS.has(w))) ||
    titleLead;
  const opener = (cut < span.end && (span.start === 0 || OPENERS.has(sentence[span.start - 1]))) || /^\p{Ll}/u.test(sentence[span.start]);
  for (let i = nationality || opener ? span.start : cut; i < span.end; i++) t[i] = "O";
  if (nationality || opener) return;
  if (span.type === "ORG" || span.type === "LOC" || span.type === "MISC" || titleToPlace(sentence, span.start, cut)) splitAtTitle(sentence, t, span.start, cut, span.type);
  const name = sentence.slice(span.start, cut).join(" ");
  const possessivePlace = span.type === "PER" && cut === span.start + 1 && /^['’]s$/u.test(sentence[cut] ?? "") && isPlaceOnly(gazetteer, name);
  // "President Trump" with "Trump" tagged MISC: a name right after an untagged title is a person.
  const afterTitle = span.start > 0 && TITLES.has(sentence[span.start - 1]) && t[span.start - 1] === "O" && !PLACES.has(name) && !INSTITUTIONS.has(name);
  const building = span.type === "PER" && cut - span.start >= 2 && PLACE_HEADS.has(sentence[cut - 1]);
  // "North American Free Trade Agreement" (tagged LOC), "Panama Canal Treaty" (PER): a treaty or law is another name.
  const document = cut - span.start >= 2 && DOCUMENT_HEADS.has(sentence[cut - 1]);
  const type = INSTITUTIONS.has(name) ? "ORG" : document ? "MISC" : PLACES.has(name) || possessivePlace || building ? "LOC" : afterTitle ? "PER" : span.type;
  if (type !== span.type) for (let i = span.start; i < cut; i++) t[i] = i === span.start ? `B-${type}` : `I-${type}`;
}

const MONTHS = new Set(Object.keys(ENGLISH_DATE_MONTHS).map(capitalised));

/**
 * "of December 1, 2003", "17 December", "On December 2, 2003" (after a
 * colon, where "On" is no sentence opener): a month with a day number next
 * to it, perhaps after "On", "Early" …, is part of a date, no name ("April"
 * or "June" alone may be a person).
 */
function isDateMonth(sentence: readonly string[], start: number, end: number): boolean {
  const number = (w: string | undefined): boolean => w !== undefined && /^\d{1,4}(?:st|nd|rd|th)?,?$/u.test(w);
  const lead = sentence.slice(start, end - 1).every((w) => WEEKDAY_MODIFIERS.has(w));
  return lead && MONTHS.has(sentence[end - 1]) && (number(sentence[end]) || (end - start === 1 && number(sentence[start - 1])));
}

/** "On Tuesday", "Although Mueller", "What": a word that opens the sentence is no part of a name ("May" alone stays: Theresa May). The span without it (tags set). */
function withoutOpener(sentence: readonly string[], t: string[], span: { start: number; end: number; type: string }): { start: number; end: number; type: string } {
  const first = sentence[span.start];
  const atStart = span.start === 0 || OPENERS.has(sentence[span.start - 1]);
  if (!SENTENCE_OPENERS.has(first) || !atStart || (span.end - span.start === 1 && OPENER_NAMES.has(first))) return span;
  t[span.start] = "O";
  if (span.start + 1 < span.end) t[span.start + 1] = `B-${span.type}`;
  return { ...span, start: span.start + 1 };
}

/**
 * "North" "Korea" tagged PER and LOC, or one of them untagged: a state's
 * English name made of tagged words, none of whose spans reaches beyond it,
 * is one place span.
 */
function joinStateNames(sentence: readonly string[], t: string[]): void {
  for (let i = 0; i < sentence.length; i++) {
    const name = STATE_TOKENS.get(sentence[i])?.find((n) => n.every((w, k) => sentence[i + k] === w));
    if (!name) continue;
    const end = i + name.length;
    const inside = t.slice(i, end);
    if (inside.every((x) => x === "O") || inside[0].startsWith("I-") || (t[end] ?? "O").startsWith("I-")) continue;
    for (let k = i; k < end; k++) t[k] = k === i ? "B-LOC" : "I-LOC";
    i = end - 1;
  }
}

/** The English names of states of one word ("Britain", "Germany"). */
const ONE_WORD_STATES = new Set(ENGLISH_STATE_NAMES.filter((n) => !n.includes(" ")));
/** The English names of states, of any length. */
const STATES = new Set(ENGLISH_STATE_NAMES);

/**
 * "said Britain would leave the EU": a state's one-word English name the
 * model left untagged is a place, unless the name lists know it as a name of
 * a person too ("Jordan", also a surname).
 */
function tagStateNames(sentence: readonly string[], t: string[], gazetteer: Gazetteer | null): void {
  sentence.forEach((w, i) => {
    if (t[i] === "O" && ONE_WORD_STATES.has(w) && (gazetteer === null || (unitTypes(gazetteer, w) & PERSON) === 0)) t[i] = "B-LOC";
  });
}

/**
 * "Kim Jong Un": the last part of an East Asian name in Latin letters is
 * short and, to the German model, no name ("Un"); a capitalised word of two
 * or three letters (not in capitals, "UN") right after a person of two words
 * or more ends that person's span.
 */
function joinShortNameEnds(sentence: readonly string[], t: string[]): void {
  for (const span of spansFromTags(t)) {
    const next = sentence[span.end];
    if (span.type !== "PER" || span.end - span.start < 2 || t[span.end] !== "O" || !next) continue;
    if (/^\p{Lu}\p{Ll}{1,2}$/u.test(next) && !SENTENCE_OPENERS.has(next)) t[span.end] = "I-PER";
  }
}

/** "BRUSSELS, June 28 —": a place of the English lists in capitals opening the sentence before a comma, bracket or dash. */
function tagDateline(sentence: readonly string[], t: string[]): void {
  const mark = sentence.findIndex((w) => DATELINE_MARKS.has(w));
  if (mark < 1 || mark > 3 || (t[mark] ?? "O").startsWith("I-")) return;
  if (!CAPITALISED_PLACES.has(sentence.slice(0, mark).join(" "))) return;
  for (let i = 0; i < mark; i++) t[i] = i === 0 ? "B-LOC" : "I-LOC";
}

/** Places of the English lists the model left untagged after "in", "from", "near" … or after "and" or a comma right behind a place ("in Warsaw and Prague", "Warsaw, Prague"). */
function tagListedPlaces(sentence: readonly string[], t: string[]): void {
  for (let i = 1; i < sentence.length; i++) {
    const before = sentence[i - 1];
    const afterPlace = (before === "and" || before === "or" || before === ",") && (t[i - 2] ?? "").endsWith("-LOC");
    if (t[i] !== "O" || !(PLACE_PREPOSITIONS.has(before) || afterPlace)) continue;
    for (const size of [3, 2, 1]) {
      const words = sentence.slice(i, i + size);
      if (words.length < size || !PLACES.has(words.join(" ")) || t.slice(i, i + size).some((x) => x !== "O")) continue;
      for (let k = i; k < i + size; k++) t[k] = k === i ? "B-LOC" : "I-LOC";
      break;
    }
  }
}

/** Listed names of two or more words (places) and institutions of any length, by their first word, longest first. */
const LISTED_NAMES = new Map<string, { words: string[]; type: string }[]>();
for (const [names, type] of [
  [[...PLACES].filter((n) => n.includes(" ")), "LOC"],
  [[...INSTITUTIONS], "ORG"],
] as const) {
  for (const words of names.map((n) => n.split(" "))) LISTED_NAMES.set(words[0], [...(LISTED_NAMES.get(words[0]) ?? []), { words, type }]);
}
for (const entries of LISTED_NAMES.values()) entries.sort((a, b) => b.words.length - a.words.length);

/** A capitalised word that may continue a name ("Force" of "United States Air Force"), not a possessive or a mark. */
const continuesName = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);

/**
 * "the United States was in direct talks", "the Kremlin and the White
 * House": a listed place of two or more words or a listed institution the
 * model left untagged whole is that place or institution — English
 * capitals mean nothing to a German model after "the", and it missed "the
 * United States" almost every time. Not inside a longer run of capitalised
 * words ("United States Air Force", "New York Times"), which is another name.
 */
function tagListedNames(sentence: readonly string[], t: string[]): void {
  for (let i = 0; i < sentence.length; i++) {
    const entry = LISTED_NAMES.get(sentence[i])?.find(({ words }) => words.every((w, k) => sentence[i + k] === w));
    if (!entry) continue;
    const end = i + entry.words.length;
    const before = sentence[i - 1];
    const alone = !continuesName(sentence[end]) && (i === 0 || before === "The" || OPENERS.has(before) || !continuesName(before));
    if (alone && t.slice(i, end).every((x) => x === "O")) for (let k = i; k < end; k++) t[k] = k === i ? `B-${entry.type}` : `I-${entry.type}`;
    i = end - 1;
  }
}

/**
 * "USA TODAY", "Russia Today", "China Daily": a state's English name right
 * before an organisation of one word (four letters or more, not listed as
 * an organisation of its own) is part of that organisation's name; the
 * state rules above had made it a place of its own.
 */
function joinStateOrganisations(sentence: readonly string[], t: string[]): void {
  for (const span of spansFromTags(t)) {
    const next = span.end;
    // Not an organisation of its own ("India WHO") nor a short acronym ("Vanuatu PM", a title the model took for one).
    const word = sentence[next] ?? "";
    const org = t[next] === "B-ORG" && (t[next + 1] ?? "O") !== "I-ORG" && word.length >= 4 && !ONE_WORD_ORGANISATION_NAMES.has(word);
    if (span.type !== "LOC" || !org || !STATES.has(sentence.slice(span.start, span.end).join(" "))) continue;
    t[span.start] = "B-ORG";
    for (let k = span.start + 1; k <= next; k++) t[k] = "I-ORG";
  }
}

/** A listed place or state that no name list holds as a person ("Hungary", not "Jordan"). */
function isPlaceOnly(gazetteer: Gazetteer | null, word: string): boolean {
  if (gazetteer === null) return false;
  const kinds = unitTypes(gazetteer, word);
  return (kinds & PLACE) !== 0 && (kinds & PERSON) === 0;
}

/** Where the name of [start, end) ends: before the first lower-case word that is no small word of names or a possessive "'s", and before small words left at its end. */
function firstForeignWord(sentence: readonly string[], start: number, end: number): number {
  let cut = end;
  for (let i = start + 1; i < end; i++) {
    // "Paul on Wednesday", "Merkel in March": a small word before a weekday or month ends the name.
    const beforeTime = SMALL.has(sentence[i]) && TIME_WORDS.has(sentence[i + 1] ?? "");
    if ((/^\p{Ll}/u.test(sentence[i]) && !SMALL.has(sentence[i])) || /^['’]s$/u.test(sentence[i]) || beforeTime) {
      cut = i;
      break;
    }
  }
  // "Comey to", "May or": a small word ends no name.
  while (cut - 1 > start && /^\p{Ll}/u.test(sentence[cut - 1])) cut--;
  return cut;
}

/**
 * "White House Tuesday", "Early Tuesday" (tagged as names): a weekday ends a
 * name, and a span of a weekday with at most a word of time before it is no
 * name at all (the start: nothing left of the span).
 */
function beforeWeekday(sentence: readonly string[], start: number, end: number): number {
  const day = sentence.slice(start, end).findIndex((w) => WEEKDAYS.has(w));
  if (day < 0) return end;
  const at = start + day;
  return sentence.slice(start, at).every((w) => WEEKDAY_MODIFIERS.has(w)) ? start : at;
}

/** "European Commission President Ursula", "President Trump" (tagged MISC): the words before the title (and its modifiers) keep `type`, those after it become a person. */
/** "U.S. Ambassador to China Terry Branstad" in one person span: a title, a small word and a listed place before the name. */
function titleToPlace(sentence: readonly string[], start: number, end: number): boolean {
  for (let i = start; i + 3 < end; i++) if (TITLES.has(sentence[i]) && /^\p{Ll}/u.test(sentence[i + 1]) && PLACES.has(sentence[i + 2])) return true;
  return false;
}

function splitAtTitle(sentence: readonly string[], t: string[], start: number, end: number, type: string): void {
  // "President Trump" tagged MISC: a title at the start of the span leaves the person after it.
  const title = sentence.findIndex((w, i) => i >= start && i < end - 1 && TITLES.has(w));
  if (title < 0) return;
  let first = title;
  while (first > start && MODIFIERS.has(sentence[first - 1])) first--;
  for (let i = start; i < first; i++) t[i] = i === start ? `B-${type}` : `I-${type}`;
  // "Ambassador to China Terry Branstad": a small word after the title takes the place it names into the title.
  let name = title + 1;
  if (name < end && /^\p{Ll}/u.test(sentence[name])) {
    name++;
    while (name < end && PLACES.has(sentence[name])) name++;
  }
  for (let i = first; i < name; i++) t[i] = "O";
  for (let i = name; i < end; i++) t[i] = i === name ? "B-PER" : "I-PER";
}
