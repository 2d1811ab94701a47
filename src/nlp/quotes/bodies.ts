/**
 * Organisations named by their kind in a speaker phrase: "der Bahn" →
 * "Deutsche Bahn", "Die Universität" → "Universität Bayreuth", "Der
 * Hersteller" → the company the text introduced as one, "Die
 * Umweltschutzorganisation" → the organisation the text introduced with that
 * noun ("die Umweltschutzorganisation WWF").
 */
import type { EntityMention } from "../../core/article.js";
import type { QuoteDoc } from "./context.js";
import type { Speaker } from "./found.js";
import { isPluralVerb, pluralVerbNextTo } from "./plural.js";

/** The last word of a name, after its last hyphen, lower case: "bahn" of "Deutsche Bahn", "kommission" of "EU-Kommission". */
const headOf = (name: string): string => (name.split(/[\s-]+/u).pop() ?? "").toLowerCase();

/** The first word of a name, lower case: "universität" of "Universität Bayreuth". */
const firstOf = (name: string): string => (name.split(/\s+/u)[0] ?? "").toLowerCase();

/** The organisation (with an entity) named last before the speaker that `fits` accepts, or null. */
function lastOrganisationBefore(entities: readonly EntityMention[], speaker: Speaker, fits: (e: EntityMention) => boolean = () => true): EntityMention | null {
  const before = entities.filter((e) => e.type === "ORG" && e.entity !== null && e.end <= speaker.start && fits(e));
  return before.length > 0 ? before.reduce((a, b) => (b.start > a.start ? b : a)) : null;
}

/**
 * The noun of a speaker phrase that is a definite article and one noun ("Der
 * Konzern", "the company"), when no plural verb stands next to it or right
 * after it ("die Betreiber sprechen"); else null.
 */
function singularKindNoun(doc: QuoteDoc, speaker: Speaker): string | null {
  const words = speaker.text.trim().split(/\s+/u);
  if (words.length !== 2 || !doc.lex.sets.descriptorArticles.has(words[0].toLowerCase())) return null;
  const next = /^\s+(\p{L}+)/u.exec(doc.text.slice(speaker.end, speaker.end + 40))?.[1];
  if (pluralVerbNextTo(doc, speaker) || (next !== undefined && isPluralVerb(doc, next.toLowerCase()))) return null;
  return words[1];
}

/**
 * The nearest organisation named before the speaker whose name ends in the
 * phrase's last word ("der Bahn" → "Deutsche Bahn", "das Ministerium" →
 * "Finanzministerium") or, for an article and a noun alone, opens with it
 * ("Die Universität" → "Universität Bayreuth", "die Polizei" → "Polizei
 * Hamburg"; not a compound, "der Verband" for "Bundesverband …" was
 * another association), or null.
 */
export function organisationByHead(entities: readonly EntityMention[], speaker: Speaker): EntityMention | null {
  const word = headOf(speaker.text);
  if (word.length < 3) return null;
  const forms = [word, word.replace(/e?s$/u, "")];
  const fits = (head: string): boolean => forms.some((f) => head === f || (f.length >= 6 && head.endsWith(f)));
  // Only a bare noun with its article stands for a name it opens ("Die Universität"; not "der Sportchef von Bayer" for "Bayer Leverkusen").
  const bare = speaker.text.trim().split(/\s+/u).length === 2;
  // The name as the article writes it, too: an English article's "International Atomic Energy Agency" has a German canonical name.
  const named = (e: EntityMention): boolean =>
    [e.name ?? e.text, e.text].some((name) => fits(headOf(name)) || (bare && forms.includes(firstOf(name))));
  return lastOrganisationBefore(entities, speaker, named);
}

/**
 * "Der Konzern", "Das Unternehmen", "Der Hersteller", "the company": the
 * organisation named last before it, when that is a company — one the text
 * introduced with a company noun somewhere ("der Softwarehersteller
 * Microsoft", "die Billigfluggesellschaft Ryanair", "der Firma Euryza"),
 * named with its legal form ("Beate Uhse AG") or one the name lists know
 * as a company ("Apple sträubt sich … Außerdem fürchtet der Konzern").
 * Not for a plural ("die Betreiber sprechen").
 */
export function companyOfKind(doc: QuoteDoc, entities: readonly EntityMention[], speaker: Speaker): EntityMention | null {
  const sets = doc.lex.sets;
  const isCompanyNoun = (word: string): boolean => doc.lex.data.companyNouns.some((n) => word.toLowerCase().endsWith(n));
  const noun = singularKindNoun(doc, speaker);
  if (noun === null || !isCompanyNoun(noun)) return null;
  const introduced = (e: EntityMention): boolean => {
    const before = /(\S+)\s+$/u.exec(doc.text.slice(Math.max(0, e.start - 40), e.start))?.[1] ?? "";
    const parts = e.text.split(/\s+/u);
    return isCompanyNoun(before) || (parts.length > 1 && isCompanyNoun(parts[0])) || sets.legalForms.has(parts[parts.length - 1]) || sets.companyNames.has(e.name ?? e.text);
  };
  // "Der Apple-Zulieferer Japan Display": an organisation that opens a compound ending in a noun of another company's relation to it names that other company.
  const otherCompany = (e: EntityMention): boolean => {
    const rest = /^-(\p{L}+)/u.exec(doc.text.slice(e.end, e.end + 40))?.[1]?.toLowerCase() ?? "";
    const forms = [rest, rest.replace(/n$/u, ""), rest.replace(/e?s$/u, ""), rest.replace(/en$/u, "")];
    return rest !== "" && doc.lex.data.companyRelationNouns.some((n) => forms.some((f) => f.endsWith(n)));
  };
  // The organisation named last must be the company: "Lycos Europe … The company says" is not the company introduced before it.
  const last = lastOrganisationBefore(entities, speaker, (e) => !otherCompany(e));
  return last && entities.some((e) => e.entity === last.entity && introduced(e)) ? last : null;
}

/** The noun right before a mention, as written ("Nachrichtenagentur" before "Xinhua"), or "". */
function nounBefore(doc: QuoteDoc, e: EntityMention): string {
  return /(\p{Lu}\p{Ll}+)\s+$/u.exec(doc.text.slice(Math.max(0, e.start - 40), e.start))?.[1] ?? "";
}

/** The shortest noun that may stand for a compound that ends in it ("Agentur" for "Nachrichtenagentur"; not "Rat"). */
const MIN_KIND_NOUN = 6;

/**
 * "Die Umweltschutzorganisation", "die Nachrichtenagentur", "Die Agentur":
 * an article and a noun alone name the organisation the text introduced last
 * with that noun, or with a compound that ends in it, right before its name
 * ("die Umweltschutzorganisation WWF", "der Nachrichtenagentur Xinhua", in
 * the genitive "des Digitalverbands Bitkom").
 * Not for a plural ("die Organisationen", "die Veranstalter erklärten").
 * Before this rule such speakers stayed without an entity: 12 quotes of the
 * Wikinews quotation data, all resolved right by it.
 */
export function organisationIntroducedAs(doc: QuoteDoc, entities: readonly EntityMention[], speaker: Speaker): EntityMention | null {
  const noun = singularKindNoun(doc, speaker);
  if (noun === null || !/^\p{Lu}\p{Ll}+$/u.test(noun)) return null;
  const kind = noun.toLowerCase();
  // The noun may stand in the genitive before the name ("einer Umfrage des Digitalverbands Bitkom" … "Dem Digitalverband zufolge").
  const fits = (before: string): boolean =>
    [before.toLowerCase(), before.toLowerCase().replace(/e?s$/u, "")].some((b) => b === kind || (kind.length >= MIN_KIND_NOUN && b.endsWith(kind)));
  return lastOrganisationBefore(entities, speaker, (e) => fits(nounBefore(doc, e)));
}
