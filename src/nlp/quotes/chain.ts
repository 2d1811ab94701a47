/**
 * "Mr. Kudlow said he expected Mr. Abe to petition Mr. Trump … He also
 * tamped down expectations about the pact, which Mr. Trump pulled out of.
 * “We are in the pre-preliminary stages,” he said.": a pronoun that is a
 * speaker goes on with the subject its text has kept — the person who opens
 * the sentence before it, past a run of sentences that open with the same
 * pronoun — not with the person named last inside them.
 */
import type { EntityMention } from "../../core/article.js";
import { sentenceAt, type QuoteDoc, type Sentence } from "./context.js";
import type { Speaker } from "./found.js";
import { openingSubject } from "./subject.js";

/** How many sentences opening with the pronoun the chain reaches back over. */
const MAX_RUN = 3;

/** The first word of a sentence, past a coordinator ("And he …", "Und er …"), lower case. */
function firstWord(doc: QuoteDoc, sentence: Sentence): string | undefined {
  const toks = sentence.toks;
  return (toks[0] && doc.lex.sets.coordinators.has(toks[0].lower) ? toks[1] : toks[0])?.lower;
}

/**
 * The person a pronoun speaker continues: the named person that is the
 * opening subject of the sentence before the pronoun's (or before the run of
 * sentences opening with the same pronoun that precedes it); null when the
 * pronoun's own sentence names a person before it or opens with another
 * pronoun, or that subject is no named person.
 */
export function chainedSubject(doc: QuoteDoc, speaker: Speaker, pronoun: string, persons: readonly EntityMention[]): EntityMention | null {
  const here = sentenceAt(doc, speaker.start);
  if (!here || persons.some((p) => p.start >= here.start && p.end <= speaker.start)) return null;
  // "Dieser habe aber abgelehnt, wie er betont": a sentence opening with another pronoun has moved on to someone else.
  const opening = firstWord(doc, here);
  if (opening !== undefined && opening !== pronoun && doc.lex.sets.pronouns.has(opening)) return null;
  let k = here.index - 1;
  for (let run = 0; k >= 0 && run < MAX_RUN && firstWord(doc, doc.sentences[k]) === pronoun; run++) k--;
  const sentence = doc.sentences[k];
  const subject = sentence ? openingSubject(doc, sentence, sentence.toks.length) : null;
  if (!sentence || !subject) return null;
  const from = sentence.toks[subject.from].start;
  const to = sentence.toks[subject.to - 1].end;
  return persons.find((p) => p.start >= from && p.end <= to) ?? null;
}
