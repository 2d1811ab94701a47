/**
 * Infinitives with "zu" that make a clause a reported complement ("…,
 * sein Mandat niederzulegen", "forderte ihn auf, zu gehen"), told apart from
 * "zu" as a preposition ("zu den Opfern") and adjectives ("zuständigen").
 */
import type { QuoteDoc } from "./context.js";
import type { Tok } from "./tokens.js";

/** A "zu" infinitive in one word, with a particle before "zu" or none ("abzugeben", "zuzustimmen"). */
const ZU_INFINITIVE = /^(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zurück|zusammen|weiter|frei|statt|teil|fort|los|um|dar|durch|ein)?zu\p{Ll}{3,}en$/u;

/** Whether the region holds a "zu" infinitive anywhere: one word ("einzurichten") or "zu" before an infinitive ("zu gehen"). */
export function hasZuInfinitive(region: readonly Tok[]): boolean {
  return region.some((t, i) => ZU_INFINITIVE.test(t.lower) || (t.lower === "zu" && /^\p{Ll}+(?:en|ern|eln)$/u.test(region[i + 1]?.text ?? "") && !NOT_AFTER_ZU.has(region[i + 1].lower)));
}

/** Articles and pronouns in "-en" after the preposition "zu" ("zu den Vorgängen", "zu denen", "zu seinen Plänen"): no infinitive. */
const NOT_AFTER_ZU = new Set(["den", "denen", "einen", "seinen", "ihren", "meinen", "deinen", "unseren", "euren", "diesen", "jenen", "allen", "vielen", "beiden", "anderen", "keinen", "welchen", "solchen", "manchen", "wenigen", "einigen", "mehreren", "eigenen"]);

/** Words that may follow the infinitive that closes a complement ("… zu sein und …", "… zu gehen, welche …"). */
const AFTER_INFINITIVE = new Set([",", ".", ";", ":", "–", "—", ")", "und", "oder", "sowie", "!", "?"]);
/** A particle-verb infinitive with "zu" inside it ("niederzulegen", "voranzutreiben", "einzurichten"). */
const JOINED_ZU = /^\p{Ll}{2,}zu\p{Ll}{2,}(?:en|ern|eln)$/u;
/** A bare infinitive after "zu" ("zu sein", "zu halten", "zu verändern", "zu tun"). */
const BARE_INFINITIVE = /^\p{Ll}{2,}(?:en|ern|eln)$|^(?:sein|tun)$/u;
/** Infinitives of modals and auxiliaries that may follow the "zu" infinitive ("gewesen zu sein", "halten zu können"). */
const ZU_AUXILIARIES = new Set(["sein", "haben", "werden", "können", "wollen", "dürfen", "müssen", "lassen"]);

/**
 * Whether the region holds an infinitive with "zu" that closes a clause:
 * "…, Mitglieder einer Vereinigung zu sein", "…, sein Mandat
 * niederzulegen", "…, die Frau halten zu können". The infinitive must stand
 * at the end of its clause, which keeps out "zu den Opfern" and adjectives
 * such as "zuständigen".
 */
export function hasClosingZuInfinitive(doc: QuoteDoc, region: readonly Tok[]): boolean {
  const s = doc.lex.sets;
  for (let i = 0; i < region.length; i++) {
    const t = region[i];
    const closes = (j: number) => j >= region.length || AFTER_INFINITIVE.has(region[j].lower) || (ZU_AUXILIARIES.has(region[j].lower) && (j + 1 >= region.length || AFTER_INFINITIVE.has(region[j + 1].lower)));
    if (t.lower === "zu" && region[i + 1] && BARE_INFINITIVE.test(region[i + 1].text) && (region[i + 1].lower === "sein" || !s.determiners.has(region[i + 1].lower)) && closes(i + 2)) return true;
    if (JOINED_ZU.test(t.text) && closes(i + 1)) return true;
  }
  return false;
}
