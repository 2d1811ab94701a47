/**
 * Which mentions of an article are one entity. Mentions of one type merge
 * when their match keys are equal, when one is an acronym the article
 * defines for the other ("Europäische Union (EU)"), and — persons — when a
 * shorter name is the end of exactly one longer one ("Scholz" → "Olaf
 * Scholz", "Gaddafi" → "Muammar al-Gaddafi"; with two persons named
 * Müller, "Müller" stays apart), when their full names are variants of one
 * ("James G. Roche", "Jim Roche") or listed names of one person ("Joseph
 * Ratzinger", "Benedikt XVI."), and —
 * German organisations — when a one-word name is the head noun of exactly
 * one longer name whose other words are inflected adjectives ("Bahn" →
 * "Deutsche Bahn", "Zentralbank" → "Europäische Zentralbank").
 */
import { NAME_ARTICLES } from "../../lang/de/names.js";
import { firstNameGender, type Gender } from "../name-gender.js";
import type { AnalysedMention } from "./analyse.js";
import type { EntityType } from "../../core/article.js";
import { foldName, matchKey, withoutArticle } from "./fold.js";
import { personGroupName } from "./groups.js";
import type { NameLexicon } from "./lexicon.js";
import { nameVariants } from "./variants.js";

/** Union-find over mention indices. */
class Partition {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[i] !== root) [i, this.parent[i]] = [this.parent[i], root];
    return root;
  }

  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Whether `acronym` can abbreviate `name`: its letters, in order, from the name's first letter on ("Bamf" in "Bundesamt für Migration und Flüchtlinge"). */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = (value: string) => value.toLowerCase().normalize("NFD").replace(/[^\p{L}]/gu, "");
  const short = letters(acronym);
  const long = letters(name);
  if (short.length < 2 || short.length >= long.length - 2 || !/\p{Lu}/u.test(acronym) || short[0] !== long[0]) return false;
  let at = 1;
  for (const letter of short.slice(1)) {
    at = long.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Merges mentions with equal type and key. */
function byKey(analysed: readonly AnalysedMention[], p: Partition): void {
  const first = new Map<string, number>();
  analysed.forEach((a, i) => {
    if (!a.valid) return;
    const id = `${a.type}\u0000${a.key}`;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else p.union(seen, i);
  });
}

/** Merges a defined acronym's mentions with the name it was defined for: "Royal Bank of Scotland (RBS)" or "RBS (Royal Bank of Scotland)". */
function byAcronym(analysed: readonly AnalysedMention[], p: Partition): void {
  const joinKey = (i: number, type: EntityType, key: string) =>
    analysed.forEach((b, j) => {
      if (b.valid && b.type === type && b.key === key) p.union(i, j);
    });
  analysed.forEach((a, i) => {
    if (!a.valid || a.type === "PER") return;
    if (a.acronym !== null && abbreviates(a.acronym, a.name)) joinKey(i, a.type, matchKey(a.acronym));
    if (a.expansion !== null && abbreviates(a.name, a.expansion)) joinKey(i, a.type, matchKey(withoutArticle(a.expansion)));
  });
}

/**
 * Merges the full names of a person written in several forms ("James G.
 * Roche", "James Roche", "Jim Roche"; see nameVariants): the forms that are
 * variants of each other, directly or through others, are one person when
 * every two of them are variants — "George Bush" beside "George H. W. Bush"
 * and "George W. Bush" stays apart from both, as does "J. Roche" beside
 * "James Roche" and "John Roche".
 */
function byNameVariant(analysed: readonly AnalysedMention[], p: Partition, lex: NameLexicon): void {
  // Forms by family name (variants share it), each form with its mentions.
  const families = new Map<string, Map<string, { folded: string[]; members: number[] }>>();
  analysed.forEach((a, i) => {
    if (!a.valid || a.type !== "PER" || !isPersonName(a.tokens)) return;
    const folded = a.tokens.map(foldName);
    const forms = families.get(folded[folded.length - 1]) ?? new Map<string, { folded: string[]; members: number[] }>();
    const form = forms.get(a.key) ?? { folded, members: [] };
    form.members.push(i);
    forms.set(a.key, form);
    families.set(folded[folded.length - 1], forms);
  });
  for (const forms of families.values()) if (forms.size > 1) mergeVariants([...forms.values()], p, lex);
}

/** Merges the forms of one family name that are all variants of each other (byNameVariant). */
function mergeVariants(list: readonly { folded: string[]; members: number[] }[], p: Partition, lex: NameLexicon): void {
  const variants = (x: number, y: number): boolean => nameVariants(list[x].folded, list[y].folded, lex.nicknames);
  const linked = new Partition(list.length);
  for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) if (variants(x, y)) linked.union(x, y);
  const groups = new Map<number, number[]>();
  for (let x = 0; x < list.length; x++) {
    const root = linked.find(x);
    groups.set(root, [...(groups.get(root) ?? []), x]);
  }
  for (const group of groups.values()) {
    if (group.length < 2 || !group.every((x) => group.every((y) => x === y || variants(x, y)))) continue;
    const all = group.flatMap((x) => list[x].members);
    for (const i of all) p.union(all[0], i);
  }
}

/** The Arabic article before a family name ("al-" of "al-Gaddafi"). */
const NAME_ARTICLE = new RegExp(`^(?:${NAME_ARTICLES.join("|")})-(?=\\p{L}{3})`, "iu");

/** A word of a person's name folded for matching, without an Arabic article ("al-Gaddafi" → "gadafi", as "Gaddafi"). */
const foldNameWord = (word: string): string => foldName(word.replace(NAME_ARTICLE, ""));

const opens = (folded: readonly string[], n: number): readonly string[] => folded.slice(0, n);
const ends = (folded: readonly string[], n: number): readonly string[] => folded.slice(-n);

/** The items by a key, each group in the items' order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Merges a person's shorter name with the one longer name it ends ("Merkel"
 * → "Angela Merkel", "Gaddafi" → "Muammar al-Gaddafi": an Arabic article
 * before the family name is left out); ambiguous ones stay apart. A one-word name that ends
 * no longer name merges with the one longer name it opens: a family name
 * written first ("Kim" → "Kim Jong-un", "Xi" → "Xi Jinping") or a person
 * called by the first name ("Serena" → "Serena Williams") — when the longer
 * name was written out before the one word was first used, as news
 * introduces a person ("Sears" … "Sears Grand" is a company and its store),
 * looks like a person's name (isPersonName) and, in English, where any word
 * opening a sentence is capitalised, the word stands somewhere else than at
 * a sentence start ("Whether" → "Whether Trump" was a tagging slip). An
 * honorific of one gender before the short name and a listed first name of
 * the other in the longer one keep them apart ("Mr. Trump" and "Melania
 * Trump").
 */
function bySurname(analysed: readonly AnalysedMention[], p: Partition, lex: NameLexicon): void {
  const persons = analysed.map((a, i) => ({ a, i, folded: a.tokens.map(foldNameWord) })).filter(({ a }) => a.valid && a.type === "PER");
  // The names a short name can open or end share its first or last word: only those are compared (a list page names thousands).
  const byFirst = groupBy(persons, (x) => x.folded[0] ?? "");
  const byLast = groupBy(persons, (x) => x.folded.at(-1) ?? "");
  const longer = (short: (typeof persons)[number], part: typeof opens | typeof ends, before = Infinity): Set<number> => {
    const n = short.folded.length;
    const roots = new Set<number>();
    const candidates = n === 0 ? persons : ((part === opens ? byFirst.get(short.folded[0]) : byLast.get(short.folded[n - 1])) ?? []);
    for (const long of candidates) {
      if (long.i < before && long.folded.length > n && part(long.folded, n).every((t, k) => t === short.folded[k])) roots.add(p.find(long.i));
    }
    return roots;
  };
  // Where a one-word name is first used: a name it opens must have been written out before that.
  const firstUse = new Map<string, number>();
  for (const { a, i } of persons) if (!firstUse.has(a.key)) firstUse.set(a.key, i);
  // Where words at a sentence start are capitalised anyway (English), a one-word name needs one use elsewhere.
  const inside = new Set(persons.filter(({ a }) => lex.german || !a.initial).map(({ a }) => a.key));
  /** The one person name a one-word name opens, when it was written out before the word's first use and looks like a person's; else null. */
  const opened = (short: (typeof persons)[number]): number | null => {
    const roots = longer(short, opens);
    if (roots.size !== 1 || longer(short, opens, firstUse.get(short.a.key)).size === 0) return null;
    const [root] = roots;
    return persons.some(({ a, i }) => p.find(i) === root && a.tokens.length > 1 && isPersonName(a.tokens)) ? root : null;
  };
  // "Mr. Trump" … "Melania Trump": an honorific of one gender before a short name (or a pronoun opening the sentence after it), and a first name of the other in the longer one, are two people.
  const honorifics = new Map<string, Set<Gender>>();
  for (const { a } of persons) {
    const gender = a.honorific ?? a.pronoun;
    if (gender) honorifics.set(a.key, (honorifics.get(a.key) ?? new Set()).add(gender));
  }
  const otherGender = (short: (typeof persons)[number], root: number): boolean => {
    const genders = honorifics.get(short.a.key);
    if (genders === undefined || genders.size !== 1) return false;
    const [gender] = genders;
    return persons.some(({ a, i }) => p.find(i) === root && a.tokens.length > 1 && (firstNameGender(a.name) ?? gender) !== gender);
  };
  for (const short of persons) {
    const ended = longer(short, ends);
    const root = ended.size === 1 ? [...ended][0] : ended.size === 0 && short.folded.length === 1 && inside.has(short.a.key) ? opened(short) : null;
    if (root !== null && !otherGender(short, root)) p.union(short.i, root);
  }
}

/** A word of a person's name: a capital and lower-case letters (hyphens and apostrophes inside), an initial ("S."), or a lower-case particle ("da", "zu", "bin"). */
const NAME_WORD = /^(?:\p{Lu}\p{Ll}+(?:['’-]\p{L}\p{Ll}*)*|\p{Lu}\.|\p{Ll}{1,4})$/u;

/** Whether the words of a name look like a person's: two to four, each a name word, the first and last capitalised ("Kim Jong-un", "Lula da Silva"; not "January 4", "CALIFORNIA By"). */
function isPersonName(tokens: readonly string[]): boolean {
  if (tokens.length < 2 || tokens.length > 4 || !tokens.every((t) => NAME_WORD.test(t))) return false;
  return /^\p{Lu}/u.test(tokens[0]) && /^\p{Lu}/u.test(tokens[tokens.length - 1]);
}

/** German adjective forms before a head noun: "Deutsche", "Europäischen", "Vereinten". */
const INFLECTED_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en|er|es)$/u;

/** Merges a German organisation's one-word name with the one longer name that is it with adjectives before ("Bahn" → "Deutsche Bahn"). */
function byHeadNoun(analysed: readonly AnalysedMention[], p: Partition, lex: NameLexicon): void {
  if (!lex.german) return;
  const orgs = analysed.map((a, i) => ({ a, i })).filter(({ a }) => a.valid && a.type === "ORG");
  for (const short of orgs) {
    if (short.a.tokens.length !== 1 || lex.ambiguousHeads.has(short.a.tokens[0].toLowerCase())) continue;
    const head = foldName(short.a.tokens[0]);
    const roots = new Set<number>();
    for (const long of orgs) {
      const t = long.a.tokens;
      if (t.length < 2 || foldName(t[t.length - 1]) !== head || !t.slice(0, -1).every((w) => INFLECTED_ADJECTIVE.test(w))) continue;
      roots.add(p.find(long.i));
    }
    if (roots.size === 1) p.union(short.i, [...roots][0]);
  }
}

/** Merges an organisation's brand ("Vattenfall") with the one longer name in the article that is the brand and a regional tail ("Vattenfall Europe"). */
function byRegionalTail(analysed: readonly AnalysedMention[], p: Partition, lex: NameLexicon): void {
  const orgs = analysed.map((a, i) => ({ a, i })).filter(({ a }) => a.valid && a.type === "ORG");
  for (const short of orgs) {
    const brand = short.a.tokens.map(foldName);
    const roots = new Set<number>();
    for (const long of orgs) {
      const t = long.a.tokens;
      if (t.length !== brand.length + 1 || !lex.regionalTails.has(t[t.length - 1].toLowerCase()) || !brand.every((w, k) => foldName(t[k]) === w)) continue;
      roots.add(p.find(long.i));
    }
    if (roots.size === 1) p.union(short.i, [...roots][0]);
  }
}

/** Merges the clusters of persons known by two names ("Joseph Ratzinger" … "Benedikt XVI.", see PERSON_NAME_GROUPS), after the surnames found their full names. */
function byPersonGroup(analysed: readonly AnalysedMention[], p: Partition): void {
  const first = new Map<string, number>();
  analysed.forEach((a, i) => {
    const group = a.valid && a.type === "PER" ? personGroupName(a.name) : null;
    if (group === null) return;
    const seen = first.get(group);
    if (seen === undefined) first.set(group, i);
    else p.union(seen, i);
  });
}

/** The cluster of each valid mention (indices into `analysed`, grouped), in order of first mention. */
export function clusterMentions(analysed: readonly AnalysedMention[], lex: NameLexicon): number[][] {
  const p = new Partition(analysed.length);
  byKey(analysed, p);
  byAcronym(analysed, p);
  byNameVariant(analysed, p, lex);
  bySurname(analysed, p, lex);
  byPersonGroup(analysed, p);
  byHeadNoun(analysed, p, lex);
  byRegionalTail(analysed, p, lex);
  const clusters = new Map<number, number[]>();
  analysed.forEach((a, i) => {
    if (!a.valid) return;
    const root = p.find(i);
    clusters.set(root, [...(clusters.get(root) ?? []), i]);
  });
  return [...clusters.values()];
}
