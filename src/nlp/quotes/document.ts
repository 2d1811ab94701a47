/**
 * "Die Staatsanwaltschaft gab eine Stellungnahme ab. Darin steht: „…“": a
 * quote without a speaker in a sentence that opens with an adverb pointing
 * back into a document ("darin", "hierin") is that document's wording; the
 * speaker is the last phrase of the sentence before that names a document
 * (lexicon `documentNouns`, compounds included: "Pressemitteilung").
 */
import type { QuoteDoc } from "./context.js";
import { sentenceAt } from "./context.js";
import { speakerOf, type Found } from "./found.js";
import { isAdjective, nounPhrase, type Range } from "./phrase.js";
import type { Tok } from "./tokens.js";

/** Gives quotes without a speaker in "Darin …" sentences the document named in the sentence before. */
export function documentSpeakers(doc: QuoteDoc, quotes: Found[]): void {
  const s = doc.lex.sets;
  if (s.documentAdverbs.size === 0) return;
  for (const q of quotes) {
    if (q.speaker) continue;
    const here = sentenceAt(doc, q.start);
    const before = here ? doc.sentences[here.index - 1] : undefined;
    if (!here || !before || !opensWithDocumentAdverb(doc, here.toks)) continue;
    const phrase = lastDocument(doc, before.toks);
    if (phrase) q.speaker = speakerOf(doc, before.toks, phrase);
  }
}

function opensWithDocumentAdverb(doc: QuoteDoc, toks: readonly Tok[]): boolean {
  let j = 0;
  while (j < toks.length && doc.lex.sets.coordinators.has(toks[j].lower)) j++;
  return j < toks.length && doc.lex.sets.documentAdverbs.has(toks[j].lower);
}

/** Whether a capitalised word is a document noun or a compound ending in one. */
function isDocumentNoun(doc: QuoteDoc, tok: Tok): boolean {
  if (!/^\p{Lu}/u.test(tok.text)) return false;
  for (const noun of doc.lex.sets.documentNouns) if (tok.lower === noun || (tok.lower.endsWith(noun) && tok.lower.length > noun.length + 2)) return true;
  return false;
}

/** How far before its noun the article of a document phrase may stand ("aus einem an zu Guttenberg gerichteten Schreiben"). */
const MAX_PHRASE_REACH = 10;

/**
 * The last phrase naming a document: its determiner, adjectives and noun
 * ("eine Stellungnahme", "die feierliche Petition"), or the phrase with an
 * extended attribute that ends in it ("einem an zu Guttenberg gerichteten
 * Schreiben": the nearest article before the noun whose phrase ends there;
 * not one whose phrase only holds it as an attachment, "den Worten aus …").
 */
function lastDocument(doc: QuoteDoc, toks: readonly Tok[]): Range | null {
  for (let k = toks.length - 1; k >= 0; k--) {
    if (!isDocumentNoun(doc, toks[k])) continue;
    let from = k;
    while (from > 0 && isAdjective(toks[from - 1], doc.lex)) from--;
    if (from > 0 && doc.lex.sets.determiners.has(toks[from - 1].lower)) from--;
    for (let d = from - 1; d >= Math.max(0, k - MAX_PHRASE_REACH); d--) {
      if (/^[,;:.!?]$/u.test(toks[d].text)) break;
      if (doc.lex.sets.determiners.has(toks[d].lower) && nounPhrase(toks, d, k + 1, doc.lex)?.to === k + 1) {
        from = d;
        break;
      }
    }
    return { from, to: k + 1 };
  }
  return null;
}
