import { furnitureDe } from "../lang/de/furniture.js";
import { furnitureEn } from "../lang/en/furniture.js";
import type { FurnitureLexicon, LineCategory } from "./types.js";

/** The lexicons the cleaner applies; the language is not known yet when cleaning runs, so all of them. */
export const LEXICONS: readonly FurnitureLexicon[] = [furnitureDe, furnitureEn];

/** A line longer than this is never matched by a lexicon pattern (furniture lines are short). */
const MAX_FURNITURE_LINE = 500;

const anyMatch = (patterns: readonly RegExp[], form: string): boolean => patterns.some((p) => p.test(form));
const fits = (form: string): boolean => form.length > 0 && form.length <= MAX_FURNITURE_LINE;

/** The furniture category of a line recognised by its whole text alone, or null. */
export function lineCategory(form: string): LineCategory | null {
  if (!fits(form)) return null;
  for (const lexicon of LEXICONS) {
    for (const [category, patterns] of Object.entries(lexicon.lines) as [LineCategory, readonly RegExp[]][]) {
      if (anyMatch(patterns, form)) return category;
    }
  }
  return null;
}

/** A line that alone introduces a list of other articles ("Weitere Artikel"). */
export function isListHeader(form: string): boolean {
  return fits(form) && LEXICONS.some((l) => anyMatch(l.listHeaders, form));
}

/** For a teaser line ("Lesen Sie auch: …"), the text after the prefix; otherwise null. */
export function teaserRest(form: string): string | null {
  if (!fits(form)) return null;
  for (const lexicon of LEXICONS) {
    for (const prefix of lexicon.teaserPrefixes) {
      const match = prefix.exec(form);
      if (match) return form.slice(match[0].length);
    }
  }
  return null;
}

/** An author-box sentence or an author-box header with its text ("Über die Autorin: …"). */
export function isBioLine(form: string): boolean {
  return fits(form) && LEXICONS.some((l) => anyMatch(l.bio, form));
}

/** A header that starts an author box ("Über die Autorin"). */
export function isBioHeader(form: string): boolean {
  return fits(form) && LEXICONS.some((l) => anyMatch(l.bioHeaders, form));
}

/** A person box ("Zur Person …") that names a journalist role in `form` or in `next`. */
export function isAuthorPersonBox(form: string, next: string | null): boolean {
  return LEXICONS.some(
    (l) =>
      fits(form) &&
      anyMatch(l.personHeaders, form) &&
      (l.journalistRoles.test(form) || (next !== null && l.journalistRoles.test(next))),
  );
}

/** Whether the line names a journalist role (used for the line after a person-box header). */
export function namesJournalistRole(form: string): boolean {
  return LEXICONS.some((l) => l.journalistRoles.test(form));
}

/** A bare date or time line ("Donnerstag, 16. Mai 2024"). */
export function isBareDate(form: string): boolean {
  return fits(form) && LEXICONS.some((l) => anyMatch(l.dates, form));
}

/** The title of a list that belongs to the article ("Die wichtigsten Punkte im Überblick"). */
export function isListIntro(form: string): boolean {
  return fits(form) && LEXICONS.some((l) => anyMatch(l.listIntros, form));
}

/** A byline ("Von Anna Schmidt", "By Jane Doe"). */
export function isByline(form: string): boolean {
  return form.length <= 160 && LEXICONS.some((l) => anyMatch(l.byline, form));
}
