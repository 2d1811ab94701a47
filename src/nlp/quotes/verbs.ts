/**
 * Frames around a speech verb: where the verb (found by verb-form.ts) stands
 * — second position, opening a clause after a quote, end of a subordinate or
 * relative clause, a passive — and the speaker that goes with that position.
 */
import { clauseEnd, clauseStart, hasVerbLikeWord, QUOTE_MARKS } from "./clause.js";
import type { QuoteDoc } from "./context.js";
import type { Frame } from "./frames.js";
import { agentPhrase, isPassive } from "./passive.js";
import { nounPhrase, phraseHead, type Range } from "./phrase.js";
import { objectAfter, subjectAfter } from "./position.js";
import { isPersonPhrase, overlapsActor, personAfterThing } from "./person.js";
import { relayedBy, relayedInClause, splitRelayed } from "./relay.js";
import { opensWithSentenceAdverb, subjectBefore } from "./english-phrase.js";
import { prepositionalRelativeSubject, relativeClauseSubject, relativeSpeaker } from "./relative.js";
import { openingSource, quotedNameAt, saysSomething } from "./sources.js";
import { coordinatedSubject, frontedSubject, mainSubject, nameApposition, objectPronounAfterSubject, onlyPhraseWords, openingPhrase, phraseBetweenCommas, relativeSkip, subjectAfterPlural } from "./subject.js";
import { isWord, type Tok } from "./tokens.js";
import { verbAt } from "./verb-form.js";
import { isSubjunctive } from "./lexicon.js";

/** The frame of the cue verb at token k, or null when k holds none or it names a title ("Der Name lautet „…“"). */
export function verbFrame(doc: QuoteDoc, toks: Tok[], hard: boolean[], k: number): Frame | null {
  const spoken = speechFrame(doc, toks, hard, k);
  const frame = spoken && withWrittenSource(doc, toks, spoken);
  return frame && !namesTitle(doc, toks, frame) && !saysItLooms(doc, toks, frame) ? withClaimObject(doc, toks, withSourcePhrase(doc, toks, frame)) : null;
}

/**
 * "Sollte es zu einem Prozess kommen, drohen Demirtaş bis zu 24 Jahre Haft",
 * "es droht das Aus", "Dem Niederländer droht ein Ausfall": a verb that also
 * says that something looms, in that sense — its subject neither a person
 * nor a definite phrase ("Die Partei droht, …" speaks; "ein Streik",
 * "juristischer Ärger", "es" loom), or a noun of its `loomsWith` in its
 * clause.
 */
function saysItLooms(doc: QuoteDoc, toks: readonly Tok[], frame: Frame): boolean {
  const nouns = frame.verb?.verb.loomsWith;
  if (!nouns) return false;
  const speaker = frame.speaker;
  if (!speaker || !(isPersonPhrase(doc, toks, speaker) || doc.lex.sets.descriptorArticles.has(toks[speaker.from].lower))) return true;
  const looming = new Set(nouns.split(" "));
  return toks.slice(frame.from, frame.to).some((t) => looming.has(t.lower));
}

/**
 * "Dies geht aus einer Pressemitteilung des Konzerns hervor", "Wie aus dem
 * Urteil hervorgeht, …": the subject of such a verb is what was said, and the
 * object of its source preposition, wherever it stands in the frame, is the
 * speaker — only a phrase whose head names something said or written, else
 * the verb frames nothing ("Als Sieger ging die Partei hervor").
 */
function withWrittenSource(doc: QuoteDoc, toks: readonly Tok[], frame: Frame): Frame | null {
  const verb = frame.verb?.verb;
  if (!verb?.writtenSource) return frame;
  for (let j = frame.from; j < frame.to; j++) {
    if (toks[j].lower !== verb.sourceWith) continue;
    const np = nounPhrase(toks, j + 1, frame.to, doc.lex);
    const head = np ? phraseHead(toks, np, doc.lex) : null;
    if (np && head && saysSomething(doc, head)) return { ...frame, speaker: np };
  }
  return null;
}

/**
 * "Qiangba Puncog wies die Darstellung zurück, die Ausländer seien gezwungen
 * worden", "Borloo hat Berichte der Wochenzeitung „…“ zurückgewiesen, er sei
 * …": after a verb of rejection, a claim noun as its object says what the
 * clause after the comma reports; that clause is the claim's, so its phrase
 * speaks (as the data set marks it). Not when a reason follows ("…
 * zurückgewiesen, da er jeder Grundlage entbehre") or a colon.
 */
function withClaimObject(doc: QuoteDoc, toks: readonly Tok[], frame: Frame): Frame {
  const s = doc.lex.sets;
  const next = toks[frame.to + 1]?.lower ?? "";
  const reason = s.subordinators.has(next) && !s.thatWords.has(next);
  if (!frame.verb?.verb.rejects || toks[frame.to]?.text !== "," || reason) return frame;
  for (let j = frame.from; j < frame.to; j++) {
    if (frame.speaker && j >= frame.speaker.from && j < frame.speaker.to) continue;
    const np = nounPhrase(toks, j, frame.to, doc.lex);
    const head = np ? phraseHead(toks, np, doc.lex) : null;
    if (np && head && s.claimNouns.has(head.lower)) return { ...frame, speaker: np, holder: frame.speaker };
  }
  return frame;
}

/** "Wie aus Unternehmenskreisen verlautete": a verb without a subject of its own takes the object of its source preposition as the speaker. */
function withSourcePhrase(doc: QuoteDoc, toks: readonly Tok[], frame: Frame): Frame {
  const prep = frame.verb?.verb.sourceWith;
  if (frame.speaker || !prep) return frame;
  for (let j = frame.from; j < frame.cueAt; j++) {
    if (toks[j].lower !== prep) continue;
    const np = nounPhrase(toks, j + 1, frame.cueAt, doc.lex);
    if (np) return { ...frame, speaker: np };
  }
  return frame;
}

/**
 * "Der wissenschaftliche Name lautet „Tiktaalik roseae“": a wording verb
 * whose subject is a title noun; "Der Begriff bezeichnet eine afrikanische
 * Philosophie": any verb whose subject is a word or name, which denotes.
 */
function namesTitle(doc: QuoteDoc, toks: readonly Tok[], frame: Frame): boolean {
  if (!frame.speaker) return false;
  // The noun after the article may stand before the name it introduces ("Der Name Ubuntu bezeichnet …").
  const first = toks[frame.speaker.from + (doc.lex.sets.determiners.has(toks[frame.speaker.from].lower) ? 1 : 0)];
  if (first && frame.speaker.to - frame.speaker.from <= 4 && doc.lex.sets.denotingNouns.has(first.lower)) return true;
  const head = phraseHead(toks, frame.speaker, doc.lex);
  if (head === null) return false;
  return doc.lex.sets.denotingNouns.has(head.lower) || (frame.verb?.verb.wording === true && doc.lex.sets.titleNouns.has(head.lower));
}

/** The frame of the speech verb at token k by where the verb stands (subordinate clause, passive, second position, after a quote), or null. */
function speechFrame(doc: QuoteDoc, toks: Tok[], hard: boolean[], k: number): Frame | null {
  const lex = doc.lex;
  const hit = verbAt(doc, toks, hard, k);
  if (!hit) return null;
  // The frame's clause starts where its finite verb's does (an auxiliary before a name in apposition).
  const start = Math.min(clauseStart(toks, hard, k), hit.finiteAt >= 0 ? clauseStart(toks, hard, hit.finiteAt) : k);
  const end = thatBefore(doc, toks, k + 1, clauseEnd(toks, hard, Math.max(k + 1, hit.particle + 1)));
  const cueText = hit.particle >= 0 ? `${toks[k].text} ${toks[hit.particle].text}` : toks[k].text;
  const base = { type: "verb" as const, cue: cueText, cueAt: k, verb: hit.entry };
  const extend = (speaker: Range | null) => Math.max(end, speaker && speaker.to > end ? clauseEnd(toks, hard, speaker.to) : end);
  // "…, das teilte das Institut mit.": a demonstrative after a comma right before the finite verb opens a main clause that points back.
  const pointing = demonstrativeAfterComma(doc, toks, start, hit.finiteAt, end);
  if (pointing) return { ...base, speaker: pointing, from: start, to: extend(pointing), inverted: true, verbFinal: false };
  const relative = relativeSpeaker(doc, toks, start, k);
  if (relative) return { ...base, speaker: relative, from: start, to: end, inverted: false, verbFinal: true };
  const relativeSubject = relativeClauseSubject(doc, toks, start, k, end, hit);
  if (relativeSubject) return { ...base, speaker: relativeSubject, from: start, to: end, inverted: false, verbFinal: true, relative: true };
  // The clause after ", von dem die Polizei glaubt," is what the subject says: the frame is not confined to its relative clause.
  const prepositional = prepositionalRelativeSubject(doc, toks, start, k, end, hit);
  if (prepositional) return { ...base, speaker: prepositional, from: start, to: end, inverted: false, verbFinal: false };
  const sub = asClauseAcrossApposition(doc, toks, start, k) ?? subordinatorAt(doc, toks, start, k);
  const opener = toks[sub]?.lower;
  const verbLast = toks.slice(k + 1, end).every((t) => lex.sets.auxiliaries.has(t.lower) || lex.sets.causatives.has(t.lower) || t.lower === hit.entry.verb.particle) && !toks.slice(Math.max(sub + 1, start), k).some((t) => lex.sets.passiveAuxiliaries.has(t.lower));
  if (sub < k && verbLast && lex.sets.subordinators.has(opener) && !(start > 0 && toks[start - 1].text === ":")) {
    // "Wie „heise online“ berichtet, …": a quoted name right before the verb is the subject.
    const quotedName = quotedNameAt(toks, sub + 1);
    // "…, dass der DFB aufgefordert wurde, …": a participle with a passive auxiliary after it (not a conditional "würde") has the agent for its speaker, not its subject.
    // "Wie vom Bundesgerichtshof entschieden, …": a "wie" clause that ends in the participle has left out the passive auxiliary.
    const elliptic = opener === lex.data.asWord && hit.joined && hit.entry.verb.participle === toks[k].lower && hit.finiteAt < 0 && k + 1 >= end;
    const passive = hit.joined && !hit.entry.verb.objectSpeaker && (elliptic || toks.slice(k + 1, end).some((t) => lex.sets.passiveAuxiliaries.has(t.lower) && !isSubjunctive(lex, t)));
    const subject = passive ? agentPhrase(doc, toks, sub + 1, k) : (subjectAfter(toks, sub + 1, k, lex) ?? (quotedName?.to === k ? quotedName : null));
    // "„Trap“, wie er genannt wird, …": a passive "wie" clause of naming, or one with a subject (the one named), and no agent reports nothing;
    // one of saying without either ("…, wie weiter erklärt wurde") reports the main clause, by someone it leaves unnamed.
    const naming = lex.sets.namingAfter.has(toks[k].lower) || lex.sets.selfNamingVerbs.has(toks[k].lower);
    if (passive && !subject && opener === lex.data.asWord && (naming || subjectAfter(toks, sub + 1, k, lex))) return null;
    const relayed = hit.entry.verb.objectSpeaker && subject ? relayedInClause(doc, toks, subject, k, end) : null;
    const type = opener === lex.data.asWord ? ("as" as const) : ("verb" as const);
    const from = Math.min(start, sub);
    return { ...base, type, speaker: relayed?.speaker ?? subject, from, to: end, inverted: from > 0 && toks[from - 1].text === ",", verbFinal: true, source: relayed?.source ?? null };
  }
  const pivot = hit.finiteAt;
  if (pivot < 0) return null;
  if (hit.joined && isPassive(toks, pivot, k, lex) && !hit.entry.verb.objectSpeaker) {
    const agent = agentPhrase(doc, toks, start, end);
    const opening = agent ? null : openingSource(doc, toks, start);
    return { ...base, speaker: agent ?? opening, from: opening ? 0 : start, to: end, inverted: false, verbFinal: false };
  }
  if (isDemonstrativeOpening(doc, toks, pivot)) {
    const speaker = subjectAfter(toks, pivot + 1, end, lex);
    return { ...base, speaker, from: 0, to: extend(speaker), inverted: false, verbFinal: false, backward: true };
  }
  // '"Don't worry," said Smith', "„Wir gehen.“ sagte sie": a quotation closed by its own punctuation fills the first position; the subject follows the verb.
  const quoteFirst = pivot >= 2 && QUOTE_MARKS.has(toks[pivot - 1].text) && /^[,.!?…]$/u.test(toks[pivot - 2].text);
  // Where nouns are lower case (English), the phrase before the verb is its subject in the order of English ("Iran's security chief warned").
  const svo = !lex.data.capitalisedNouns;
  const pronounAfter = toks[pivot + 1] && lex.sets.pronouns.has(toks[pivot + 1].lower) && toks[pivot + 1].lower !== "es" && !lex.sets.determiners.has(toks[pivot + 1].lower) ? { from: pivot + 1, to: pivot + 2 } : null;
  // "The mayor dismissed it as …": in English a pronoun after the verb is its object, unless a quotation fills the first position ('"…," said he').
  const pronoun = pronounAfter && !objectPronounAfterSubject(doc, toks, hard, pivot) && (!svo || quoteFirst) ? pronounAfter : null;
  const opensClause = start === pivot && pivot > 0 && (toks[pivot - 1].text === "," || QUOTE_MARKS.has(toks[pivot - 1].text) || toks[pivot - 1].text === "–");
  // Only a phrase (no preposition first, no clause) may stand before the aside: "In einer Videobotschaft, die … eingespielt wurde, sagte Thaksin, …" is a main clause.
  const phraseBefore = start >= 2 && !lex.sets.prepositions.has(toks[0].lower) && onlyPhraseWords(doc, toks, 0, start - 1);
  const aside = opensClause && pivot === k && phraseBefore ? parentheticalSubject(doc, toks, k, end) : null;
  if (aside) return { ...base, speaker: aside, from: start, to: end, inverted: true, verbFinal: false, aside: true };
  // "„…“, so lautet der Titel", "…, so sagte er": "so" fills the first position, the subject follows the verb.
  const soOpened = pivot >= 2 && toks[pivot - 1].lower === lex.data.soWord && (toks[pivot - 2].text === "," || QUOTE_MARKS.has(toks[pivot - 2].text));
  // "Yesterday's plea, said Keith Ashdown, vice president …, „…“": in English a cue right after a comma with a name closed by punctuation after it is inverted.
  const invertedEnglish = svo && opensClause && closedSubjectAfter(doc, toks, pivot, end);
  const opening = pronoun || soOpened || quoteFirst || invertedEnglish ? null : ((svo ? englishSubject(doc, toks, start, pivot) : null) ?? frontedSubject(doc, toks, hard, pivot) ?? openingPhrase(doc, toks, hard, pivot, opensClause) ?? appositionOpening(doc, toks, hard, pivot, opensClause) ?? subjectAfterCoordinator(doc, toks, start, pivot));
  // "Admittedly, authors … might believe that …": an English sentence adverb opening the clause is no subject.
  const adverb = opening !== null && svo && opening.to === opening.from + 1 && opensWithSentenceAdverb(doc, toks, opening.from);
  const fronted = opening && !adverb ? withNamesBefore(doc, toks, opening) : null;
  const objectSpeaker = hit.entry.verb.objectSpeaker && !hit.joined;
  const passiveSource = hit.joined && hit.entry.verb.objectSpeaker && isPassive(toks, pivot, k, lex) ? relayedBy(doc, toks, start, pivot, k) : null;
  if (fronted) {
    const object = objectSpeaker ? objectAfter(toks, pivot + 1, end, lex) : null;
    // In English the subject stands before the verb: a person after it is an object ("criticized Trump's moves").
    const after = objectSpeaker || svo ? null : (personAfterThing(doc, toks, fronted, pivot, end) ?? subjectAfterPlural(doc, toks, fronted, pivot, end));
    const speaker = object ?? after ?? fronted;
    return { ...base, speaker, from: Math.min(fronted.from, start), to: extend(speaker), inverted: false, verbFinal: false, source: object ? fronted : passiveSource };
  }
  // In English a phrase after a verb that does not invert is its object ("told a Westminster Institute audience that …", "tweeted the news"), unless a quotation fills the first position — also after a comma ("Pompeo, as a congressman, told an audience that …").
  const objectOnly = svo && !quoteFirst && !soOpened && !lex.sets.invertingCues.has(toks[k].lower);
  const after = objectOnly ? null : pronoun ?? particleName(doc, toks, pivot + 1) ?? coordinatedSubject(doc, toks, hard, pivot) ?? withoutZuObject(doc, toks, withoutObjectNoun(doc, toks, withoutActObject(toks, subjectAfter(toks, pivot + 1, end, lex), hit.entry.verb.actWith)), k);
  const elliptic = !after && opensClause && toks[pivot - 1].text === "," ? (phraseBetweenCommas(doc, toks, pivot - 1) ?? mainSubject(doc, toks, hard, pivot - 1)) : null;
  const subject = after ?? elliptic ?? (opensClause ? nameApposition(doc, toks, pivot - 1) : null);
  const object = objectSpeaker && subject ? objectAfter(toks, subject.to, end, lex) : null;
  const split = objectSpeaker && subject && !object ? splitRelayed(doc, toks, subject) : null;
  const speaker = object ?? split?.speaker ?? withNameAfter(doc, toks, subject);
  return { ...base, speaker, from: start, to: extend(speaker), inverted: opensClause && !elliptic, verbFinal: false, source: object ? subject : (split?.source ?? passiveSource) };
}

/**
 * "äußerte sich der Vorstandsvorsitzende der Initiative, Wolfgang Grader,
 * zu …": a name between commas right after the subject is its apposition
 * (the comma cut the clause before it).
 */
function withNameAfter(doc: QuoteDoc, toks: readonly Tok[], subject: Range | null): Range | null {
  if (!subject || toks[subject.to]?.text !== "," || !doc.lex.data.capitalisedNouns) return subject;
  let close = subject.to + 1;
  while (close < toks.length && !/^[,:.;]$/u.test(toks[close].text)) close++;
  if (toks[close]?.text !== "," && toks[close]?.text !== ":") return subject;
  const name = nameApposition(doc, toks, close);
  return name && name.from === subject.to + 1 ? { from: subject.from, to: name.to } : subject;
}

/**
 * "Seit Juni ist die Kamera ausgefallen, das teilte das Institut mit.": "das"
 * or "dies" after a comma with the finite verb right after it (a relative
 * pronoun would leave the verb to the end) and a subject after the verb.
 * Returns that subject, else null.
 */
function demonstrativeAfterComma(doc: QuoteDoc, toks: readonly Tok[], start: number, finiteAt: number, end: number): Range | null {
  if (start === 0 || toks[start - 1].text !== "," || finiteAt !== start + 1 || !/^(das|dies)$/u.test(toks[start].lower)) return null;
  const subject = subjectAfter(toks, finiteAt + 1, end, doc.lex);
  return subject && !(subject.to === subject.from + 1 && doc.lex.sets.pronouns.has(toks[subject.from].lower)) ? subject : null;
}

/** The phrase right after the verb at `pivot` ends at a comma, and the sentence goes on ("…, said Keith Ashdown, makes …"; not "…, confirmed the report."). */
function closedSubjectAfter(doc: QuoteDoc, toks: readonly Tok[], pivot: number, end: number): boolean {
  const subject = subjectAfter(toks, pivot + 1, end, doc.lex);
  return subject !== null && subject.from === pivot + 1 && toks[subject.to]?.text === "," && subject.to + 2 < toks.length;
}

/**
 * "Die Reform, sagte der Minister, komme zu spät.", "Die Reform – sagte der
 * Minister – komme zu spät.": a verb of saying between commas or dashes,
 * its subject right after it and nothing else in the aside, inside a
 * sentence that goes on in the subjunctive: the aside's subject speaks the
 * sentence around it (not the phrase before the aside, as in "Die
 * Politikerin, Anja Hajduk, kritisierte …"). Null otherwise.
 */
function parentheticalSubject(doc: QuoteDoc, toks: readonly Tok[], k: number, end: number): Range | null {
  const s = doc.lex.sets;
  const subject = subjectAfter(toks, k + 1, end, doc.lex);
  if (!subject || subject.from !== k + 1 || subject.to !== end || !/^[,–—]$/u.test(toks[end]?.text ?? "")) return null;
  // "sagte Reportern, dass …": a bare plural is the addressee, and a "dass" clause is what was said, not the rest of the sentence.
  if (!s.determiners.has(toks[subject.from].lower) && !overlapsActor(doc, toks, subject)) return null;
  const next = toks[end + 1]?.lower ?? "";
  if (s.complementizers.has(next) || s.thatWords.has(next)) return null;
  return toks.slice(end + 1).some((t) => isSubjunctive(doc.lex, t)) ? subject : null;
}

/**
 * "hatte Steinbrück Positives zu vermelden": a subject that runs up to the
 * "zu" of the infinitive has taken in the object; its last word is left out
 * unless the subject is one name the NER stage found ("Olaf Scholz").
 */
function withoutZuObject(doc: QuoteDoc, toks: readonly Tok[], subject: Range | null, k: number): Range | null {
  if (!subject || subject.to !== k - 1 || subject.to - subject.from < 2 || toks[k - 1].lower !== "zu") return subject;
  const start = toks[subject.from].start;
  const end = toks[subject.to - 1].end;
  if (doc.actors.some((a) => a.start <= start && a.end >= end)) return subject;
  return { from: subject.from, to: subject.to - 1 };
}

/**
 * "verspricht sich der Konzern Synergieeffekte": after the verb, an article,
 * a noun and a bare noun are subject and object; the bare noun is an
 * apposition only where the entities name it ("der Konzern Volkswagen").
 */
function withoutObjectNoun(doc: QuoteDoc, toks: readonly Tok[], subject: Range | null): Range | null {
  if (!subject || subject.to - subject.from !== 3 || !doc.lex.data.capitalisedNouns || !doc.lex.sets.determiners.has(toks[subject.from].lower)) return subject;
  const last = toks[subject.from + 2];
  // "die Deutsche Bank", "die Münchener Polizei": a capitalised adjective before the noun; "der Sprecher Müller": a role before a name.
  const middle = toks[subject.from + 1];
  const inflected = [...doc.lex.sets.adjectiveEndings].some((e) => e !== "" && middle.lower.endsWith(e));
  if (!/^\p{Lu}\p{Ll}+$/u.test(last.text) || !/^\p{Lu}\p{Ll}+$/u.test(middle.text) || inflected) return subject;
  if (doc.actors.some((a) => a.start <= last.start && a.end >= last.end)) return subject;
  return { from: subject.from, to: subject.from + 2 };
}

/** "spricht die Polizei von weniger Auseinandersetzungen": the verb's own preposition ends the subject after it. */
function withoutActObject(toks: readonly Tok[], subject: Range | null, actWith: string | undefined): Range | null {
  if (!subject || !actWith) return subject;
  const prepositions = actWith.split(" ");
  for (let j = subject.from + 1; j < subject.to; j++) if (prepositions.includes(toks[j].lower)) return { from: subject.from, to: j };
  return subject;
}

/**
 * "Auch die größte deutsche Privatbank, die Deutsche Bank, meldete …": a
 * noun phrase with an apposition fills the first position, so the verb after
 * the comma opens no inverted frame; its subject is the opening phrase.
 * Only noun-phrase words (no verb, no quotation) stand before the comma.
 */
function appositionOpening(doc: QuoteDoc, toks: readonly Tok[], hard: readonly boolean[], pivot: number, opensClause: boolean): Range | null {
  if (!opensClause || toks[pivot - 1].text !== ",") return null;
  const before = toks.slice(0, pivot - 1);
  if (!before.some((t) => t.text === ",") || before.some((t, i) => QUOTE_MARKS.has(t.text) || hard[i]) || !onlyPhraseWords(doc, toks, 0, pivot - 1)) return null;
  const s = doc.lex.sets;
  let j = 0;
  while (j < pivot - 1 && (s.coordinators.has(toks[j].lower) || s.focusParticles.has(toks[j].lower))) j++;
  return nounPhrase(toks, j, pivot - 1, doc.lex);
}

/**
 * "Das war nicht die erste Auseinandersetzung und die Hongkonger befürchten,
 * dass …": a clause joined by a coordinator without a comma; the noun phrase
 * between the coordinator and the verb is the subject.
 */
function subjectAfterCoordinator(doc: QuoteDoc, toks: readonly Tok[], start: number, pivot: number): Range | null {
  for (let j = pivot - 1; j > start; j--) {
    if (!doc.lex.sets.coordinators.has(toks[j - 1].lower)) continue;
    // Only a whole clause before the coordinator ("Das war … und die Hongkonger befürchten"), not a coordinated phrase ("Vorstand und Betriebsrat").
    if (!hasVerbLikeWord(doc, toks.slice(start, j - 1))) return null;
    const np = nounPhrase(toks, j, pivot, doc.lex);
    return np && np.to === pivot && !doc.lex.sets.pronouns.has(toks[j].lower) ? np : null;
  }
  return null;
}

/** How far before the verb a "wie" may stand when an apposition lies between. */
const MAX_AS_CLAUSE = 25;
/** A relative clause after the speaker may carry the verb this much further ("Wie der Sprecher, der namentlich nicht genannt werden wollte, sagte, …"). */
const MAX_AS_RELATIVE = 20;

/**
 * "Wie der Sprecher der Kommission, Gerald Braun, in Luxemburg mitteilte, …":
 * the commas of an apposition cut the "wie" clause, so the clause of the verb
 * starts after them. Returns the index of "wie" when a noun phrase follows it
 * and only words that fit in noun phrases (and commas) lead from there to the
 * comma before that clause start; else null.
 */
function asClauseAcrossApposition(doc: QuoteDoc, toks: readonly Tok[], start: number, k: number): number | null {
  if (start === 0 || toks[start - 1].text !== ",") return null;
  for (let j = start - 2; j >= Math.max(0, k - MAX_AS_CLAUSE - MAX_AS_RELATIVE); j--) {
    if (toks[j].lower !== doc.lex.data.asWord || (j > 0 && toks[j - 1].text !== "," && !doc.lex.sets.coordinators.has(toks[j - 1].lower))) continue;
    const np = nounPhrase(toks, j + 1, start, doc.lex);
    if (!np) return null;
    if (k - j <= MAX_AS_CLAUSE && onlyPhraseWords(doc, toks, np.to, start - 1)) return j;
    return relativeSkip(doc, toks, j + 1, start) ? j : null;
  }
  return null;
}

/**
 * Index of the word that opens a sentence after leading conjunctions: "Denn
 * wie die Zeitung berichtete" opens with "wie". Inside a sentence "…,
 * sondern wie …" is a content clause, so only the sentence start counts.
 */
function subordinatorAt(doc: QuoteDoc, toks: readonly Tok[], start: number, k: number): number {
  let j = start;
  while (start === 0 && j < k - 1 && doc.lex.sets.coordinators.has(toks[j].lower) && doc.lex.sets.subordinators.has(toks[j + 1].lower)) j++;
  return j;
}

/** The subject before the verb at `pivot` in English word order, after leading conjunctions ("But Ms. Sanders said"). */
function englishSubject(doc: QuoteDoc, toks: readonly Tok[], start: number, pivot: number): Range | null {
  let from = start;
  while (from < pivot && doc.lex.sets.coordinators.has(toks[from].lower)) from++;
  // '… problems," Trump said': the closing mark of a quote begun in an earlier sentence opens the clause; the subject follows it.
  const afterMark = from > 0 && from < pivot && QUOTE_MARKS.has(toks[from].text) && /^[,.!?…]$/u.test(toks[from - 1].text) ? subjectBefore(doc, toks, from + 1, pivot) : null;
  if (afterMark) return afterMark;
  // "Jo Swinson, Liberal Democrat deputy leader said": the clause starts after the comma, the name before it.
  const sentenceSubject = from > 0 && toks[from - 1].text === "," ? subjectBefore(doc, toks, 0, pivot) : null;
  return sentenceSubject ?? subjectBefore(doc, toks, from, pivot) ?? subjectAfterBoundary(doc, toks, from, pivot) ?? pronounRightBefore(doc, toks, from, pivot);
}

/** "In 2002 he claimed in a memo that …": a personal pronoun right before the verb is its subject, whatever opens the clause. */
function pronounRightBefore(doc: QuoteDoc, toks: readonly Tok[], from: number, pivot: number): Range | null {
  const before = toks[pivot - 1];
  return pivot - 1 > from && before && /^\p{Ll}/u.test(before.text) && doc.lex.sets.pronouns.has(before.lower) && !doc.lex.sets.expletives.has(before.lower) ? { from: pivot - 1, to: pivot } : null;
}

/**
 * "The aid came after critics claimed that …": the phrase after the last
 * subordinator before the verb, when the clause's start gives none; not after
 * a plain preposition ("in a Twitter message posted …", "Lawyers who went to
 * Tijuana denied …").
 */
function subjectAfterBoundary(doc: QuoteDoc, toks: readonly Tok[], from: number, pivot: number): Range | null {
  const s = doc.lex.sets;
  for (let j = pivot - 1; j > from; j--) {
    if (s.subordinators.has(toks[j].lower)) return subjectBefore(doc, toks, j + 1, pivot);
    if (s.npLinks.has(toks[j].lower) || s.prepositions.has(toks[j].lower)) return null;
  }
  return null;
}

/** The most words one name of a list may have ("Deutschland, Frankreich und Italien", "Die Linke, die Grünen und die SPD"). */
const MAX_LIST_NAME = 3;

/**
 * "Deutschland, Frankreich und Italien erklärten …": a subject joined by
 * "und"/"oder" that names after commas stand before, from the sentence's
 * start, is the whole list. Null when the list opens the sentence with a
 * preposition ("In Berlin, Paris und Rom erklärten die Regierungen"): the
 * phrase is an adverbial and the subject follows the verb.
 */
function withNamesBefore(doc: QuoteDoc, toks: readonly Tok[], range: Range): Range | null {
  const s = doc.lex.sets;
  // English lists are read with the subject (english-phrase.ts); there a capitalised word before a comma is as often an adverb ("Second,").
  if (!doc.lex.data.capitalisedNouns || !toks.slice(range.from, range.to).some((t) => s.coordinators.has(t.lower))) return range;
  let from = range.from;
  // "…, die Grünen und die SPD": the list item's article may have been left outside the phrase.
  if (from >= 3 && s.determiners.has(toks[from - 1].lower) && toks[from - 2].text === ",") from--;
  while (from >= 2 && toks[from - 1].text === ",") {
    let item = from - 1;
    const nameWord = (t: Tok) => (/^\p{Lu}/u.test(t.text) && isWord(t)) || s.determiners.has(t.lower);
    while (item > 0 && from - 1 - item < MAX_LIST_NAME && nameWord(toks[item - 1])) item--;
    if (item === 0 && s.prepositions.has(toks[0].lower)) return null;
    if (item === from - 1 || (item > 0 && toks[item - 1].text !== ",") || s.prepositions.has(toks[item].lower)) break;
    from = item;
  }
  return from === 0 ? { ...range, from } : range;
}

/**
 * "„…“, sagte von der Leyen": a name that opens with a particle which is
 * also a preposition or article reads like a prepositional phrase; where the
 * entities name a person or body starting at that particle, it is the subject.
 */
function particleName(doc: QuoteDoc, toks: readonly Tok[], i: number): Range | null {
  const first = toks[i];
  if (!first || !doc.lex.sets.nameParticles.has(first.lower)) return null;
  const actor = doc.actors.find((a) => a.start === first.start);
  if (!actor) return null;
  let to = i;
  while (to < toks.length && toks[to].end <= actor.end) to++;
  return to > i + 1 ? { from: i, to } : null;
}

/** "Das sagte …", "Dies teilte … mit": a lone demonstrative fills the first position before the verb. */
function isDemonstrativeOpening(doc: QuoteDoc, toks: readonly Tok[], pivot: number): boolean {
  let j = 0;
  while (j < pivot && doc.lex.sets.coordinators.has(toks[j].lower)) j++;
  return j === pivot - 1 && doc.lex.sets.demonstratives.has(toks[j].lower);
}

/** A clause end moved forward to a "that"/"dass" that opens the reported clause without a comma. */
function thatBefore(doc: QuoteDoc, toks: readonly Tok[], from: number, end: number): number {
  for (let j = from; j < end; j++) if (doc.lex.sets.thatWords.has(toks[j].lower)) return j;
  return end;
}
