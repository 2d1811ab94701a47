/**
 * The canonical (display) name of a cluster of mentions: for a person known
 * by two names, the listed one ("Joseph Ratzinger" → "Benedikt XVI.");
 * else the fullest form
 * (most tokens, a person's initials not counted; a person's full given name
 * before its short form, "Donald" before "Don"; a written-out name before
 * an acronym), then the most
 * frequent, then the longest, then the first; German adjectives put into
 * the nominative ("der Bayerische Landtag" → "Bayerischer Landtag"); a
 * person's name written in capitals only in mixed case ("RUMSFELD" →
 * "Rumsfeld"); a well-known person's full name as the name list spells it,
 * so that articles in other spellings or languages name one entity
 * ("Vladimir Putin" → "Wladimir Putin", "Jose Manuel Barroso" → "José
 * Manuel Barroso").
 */
import type { AnalysedMention } from "./analyse.js";
import { nominativeTokens } from "./adjectives.js";
import { foldName } from "./fold.js";
import { listedFullName, listedSpelling, listedSurnameSpelling, personGroupName } from "./groups.js";
import type { NameLexicon } from "./lexicon.js";

interface KeyGroup {
  forms: AnalysedMention[];
  order: number;
}

/** Whether a name looks like an acronym ("EU", "AfD", "EuGH"). */
function isAcronym(name: string): boolean {
  if (name.includes(" ")) return false;
  return /^[\p{Lu}\p{N}&.-]+$/u.test(name) || (name.length <= 6 && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2);
}

/** A single letter with or without its dot ("G.", "J"). */
const INITIAL = /^\p{Lu}\.?$/u;

/** How full a name is: its words; for a person, the words other than initials ("James G. Roche" is as full as "James Roche", "S. Snyder" less than "Scott Snyder"). */
const fullness = (m: AnalysedMention): number => (m.type === "PER" ? m.tokens.filter((t) => !INITIAL.test(t)).length : m.tokens.length);

/** Compares two key groups: better first. A group is `short` when its given name is the short form of another group's ("Don Rumsfeld" beside "Donald H. Rumsfeld"). */
function rank(a: KeyGroup & { short: boolean }, b: KeyGroup & { short: boolean }): number {
  const [x, y] = [a.forms[0], b.forms[0]];
  return (
    fullness(y) - fullness(x) ||
    Number(a.short) - Number(b.short) ||
    Number(isAcronym(x.name)) - Number(isAcronym(y.name)) ||
    b.forms.length - a.forms.length ||
    y.name.length - x.name.length ||
    a.order - b.order
  );
}

/** Whether a name is written in capitals only ("BERLIN" of a dateline). */
const shouted = (name: string): boolean => !/\p{Ll}/u.test(name);

/** The most frequent name among forms of one key (the first on ties); a form in mixed case over one in capitals ("Berlin", not "BERLIN"). */
function commonest(all: readonly AnalysedMention[]): AnalysedMention {
  const mixed = all.filter((form) => !shouted(form.name));
  const forms = mixed.length > 0 ? mixed : all;
  const counts = new Map<string, { form: AnalysedMention; n: number }>();
  for (const form of forms) {
    const entry = counts.get(form.name) ?? { form, n: 0 };
    entry.n++;
    counts.set(form.name, entry);
  }
  let best: { form: AnalysedMention; n: number } | null = null;
  for (const entry of counts.values()) if (best === null || entry.n > best.n) best = entry;
  return (best as { form: AnalysedMention }).form;
}

/** A word in capitals of five letters or more with a vowel after its first letter ("RUMSFELD"; not an acronym, "GPRS", "EADS"). */
const SHOUTED_WORD = "\\p{Lu}(?=\\p{Lu}*[AEIOUYÄÖÜ])\\p{Lu}{4,}";
/** A name written in capitals only ("RUMSFELD" of a transcript's speaker labels, "REIJI YOSHIDA" of a byline, "WASHINGTON" of a dateline). */
const SHOUTED_NAME = new RegExp(`^${SHOUTED_WORD}(?: ${SHOUTED_WORD})*$`, "u");

/** A person's or place's name in capitals only, as names are written ("RUMSFELD" → "Rumsfeld", "WASHINGTON —" of a dateline → "Washington"); any other name as it is (organisations keep theirs: "NHTSA", "JCPOA" are acronyms with vowels too). */
function inMixedCase(name: string): string {
  if (!SHOUTED_NAME.test(name)) return name;
  return name.split(" ").map((w) => w[0] + w.slice(1).toLowerCase()).join(" ");
}

/** The listed name of a person known by two names when a member is written with one of them ("Joseph Ratzinger" → "Benedikt XVI."), else null. */
function listedPersonName(members: readonly AnalysedMention[]): string | null {
  for (const m of members) {
    const listed = personGroupName(m.name);
    if (listed !== null) return listed;
  }
  return null;
}

/** The display name of a cluster (members in article order). */
export function displayName(members: readonly AnalysedMention[], lex: NameLexicon): string {
  const groups = new Map<string, KeyGroup>();
  members.forEach((m, order) => {
    const group = groups.get(m.key) ?? { forms: [], order };
    group.forms.push(m);
    groups.set(m.key, group);
  });
  const firsts = new Set(members.filter((m) => m.type === "PER").map((m) => foldName(m.tokens[0])));
  const isShort = (m: AnalysedMention): boolean =>
    m.type === "PER" && [...(lex.nicknames.get(foldName(m.tokens[0])) ?? [])].some((full) => firsts.has(full));
  const [best] = [...groups.values()].map((g) => ({ ...g, short: isShort(g.forms[0]) })).sort(rank);
  const chosen = commonest(best.forms);
  if (chosen.type === "PER") {
    const name = inMixedCase(chosen.name);
    return listedPersonName(members) ?? listedSpelling(name) ?? listedSurnameSpelling(name) ?? listedFullName(name) ?? name;
  }
  const name = lex.german ? nominativeTokens(chosen.tokens, best.forms).join(" ") : chosen.name;
  return chosen.type === "LOC" ? inMixedCase(name) : name;
}
