import { isListHeader, lineCategory, teaserRest } from "./lexicon.js";
import { foldLine } from "./lines.js";
import { furniture, type Verdicts } from "./verdicts.js";

/** A teaser line's headline part is at most this long; longer, the line is prose that merely starts alike. */
const TEASER_REST_MAX = 200;
/** Headlines do not end with a full stop; a teaser prefix followed by a sentence is prose ("Auch interessant: Der Umsatz stieg."). */
const FULL_STOP = /\.[)"'“”»«]*$/u;

/** A line without a single letter or digit: a divider ("***", "—"), an invisible character. */
const NO_TEXT = /^[^\p{L}\p{N}]*$/u;

/** Removes lines that are furniture by their whole text: dividers, lexicon phrases, teaser lines, the bare publisher name. */
export function markWholeLines(v: Verdicts, publisher: string | null | undefined): void {
  const publisherForms = publisher ? namesOf(publisher) : new Set<string>();
  for (let i = 0; i < v.length; i++) {
    const { form } = v.at(i);
    if (NO_TEXT.test(form)) {
      v.remove(i, "separator");
      continue;
    }
    if (isListHeader(form)) continue; // decided with its list (see lists.ts)
    const category = lineCategory(form);
    if (category !== null) {
      v.remove(i, furniture(category));
    } else if (isTeaserLine(form)) {
      v.remove(i, furniture("teaser"));
    } else if (publisherForms.has(foldLine(form))) {
      v.remove(i, furniture("publisher"));
    }
  }
}

function isTeaserLine(form: string): boolean {
  const rest = teaserRest(form);
  return rest !== null && rest.length <= TEASER_REST_MAX && !FULL_STOP.test(rest);
}

/** The folded forms a publisher's name takes in a body: as given, and without "www." and a domain ending. */
function namesOf(publisher: string): Set<string> {
  const bare = publisher.trim().replace(/^www\./iu, "").replace(/\.(?:de|com|at|ch|net|org|eu|info|co\.uk|news)$/iu, "");
  return new Set([foldLine(publisher), foldLine(bare)].filter((f) => f !== ""));
}
