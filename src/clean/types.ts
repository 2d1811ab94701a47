import type { RemovedLine } from "../core/article.js";
import type { LineCounts } from "../store/store.js";

/** Kinds of site furniture the cleaner knows; a removed line's reason is `furniture:<category>`. */
export type FurnitureCategory =
  | "teaser"
  | "related-list"
  | "comments"
  | "credit"
  | "newsletter"
  | "share"
  | "cookie"
  | "breadcrumb"
  | "navigation"
  | "bio"
  | "byline"
  | "paywall"
  | "timestamp"
  | "ad"
  | "publisher";

/** Categories whose lines are furniture wherever they stand, recognised by the whole line alone. */
export type LineCategory = Exclude<FurnitureCategory, "teaser" | "related-list" | "bio" | "byline" | "publisher">;

/**
 * The furniture phrases of one language. Every pattern except
 * `journalistRoles` is anchored (`^…$`, or `^…` for prefixes) and is matched
 * against the whole line in match form (see `matchForm` in src/clean/lines.ts).
 */
export interface FurnitureLexicon {
  /** Whole-line patterns that are furniture wherever the line stands. */
  readonly lines: Readonly<Record<LineCategory, readonly RegExp[]>>;
  /** A line that alone introduces links to other articles ("Weitere Artikel", "Lesen Sie auch"). */
  readonly listHeaders: readonly RegExp[];
  /** The start of a line that carries a teaser link ("Mehr zum Thema: …"), separator included. */
  readonly teaserPrefixes: readonly RegExp[];
  /** Author-box sentences ("Max Mustermann ist Redakteur …"): furniture only at the end of the text. */
  readonly bio: readonly RegExp[];
  /** Headers of an author box ("Über die Autorin"): the header and the box line after it are furniture at the end. */
  readonly bioHeaders: readonly RegExp[];
  /** Headers of a person box ("Zur Person") that is an author box only where it names a journalist role. */
  readonly personHeaders: readonly RegExp[];
  /** Journalist roles, searched inside a person box (not anchored). */
  readonly journalistRoles: RegExp;
  /** A bare date or time ("16.05.2024, 08:30 Uhr"): furniture before the first or after the last paragraph, a sub-heading between. */
  readonly dates: readonly RegExp[];
  /** Titles of a list that belongs to the article ("Die wichtigsten Punkte im Überblick"): what follows is kept. */
  readonly listIntros: readonly RegExp[];
  /** Bylines ("Von Anna Schmidt"): furniture only before the first paragraph of prose. */
  readonly byline: readonly RegExp[];
}

export interface CleanOptions {
  /** The article's headline: a first body line repeating it is removed. */
  title?: string | null;
  /** The publisher: a line naming only the publisher is removed. */
  publisher?: string | null;
  /** Corpus evidence for this publisher: how often each normalised line recurs (see `lineKeys`). */
  evidence?: LineCounts;
}

export interface CleanResult {
  /** Kept lines, trimmed, joined by "\n". */
  text: string;
  /** Every non-empty input line that was not kept, with its reason, in input order. */
  removed: RemovedLine[];
}
