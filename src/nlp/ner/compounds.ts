/**
 * Names inside hyphenated compounds. GermEval marks "EU-Mitglied" or
 * "SPD-Chef" as compounds containing a name (`*part`), which is not a
 * mention of its own; the model is trained to leave such tokens untagged.
 * This rule then reports the name part alone ("SPD" in "SPD-Chef") when the
 * first element is a name the article mentions elsewhere (a person's
 * surname too: "Scholz-Regierung" after "Olaf Scholz"), or a well-known
 * organisation or a state in the gazetteer; a compound the name lists hold
 * as an organisation ("EU-Kommission", "VW-Konzern") is reported whole.
 */
import type { EntityType, Span } from "../../core/article.js";
import type { Token } from "../tokens.js";
import { kindMask, type Gazetteer } from "./gazetteer.js";

const ORG_BIT = kindMask("org");
const STATE_BIT = kindMask("country");
const CAPITALISED = /^\p{Lu}/u;

/** Compound parts among untagged tokens: typed spans covering the first element of "X-Y". */
export function findCompoundParts(
  untagged: readonly Token[],
  mentions: readonly { text: string; type: EntityType }[],
  gazetteer: Gazetteer | null,
): (Span & { type: EntityType })[] {
  const known = new Map<string, EntityType>();
  for (const m of mentions) {
    if (!known.has(m.text)) known.set(m.text, m.type);
    const surname = m.type === "PER" ? /\s(\p{Lu}[\p{L}'’]+)$/u.exec(m.text)?.[1] : undefined;
    if (surname && !known.has(surname)) known.set(surname, "PER");
  }
  const parts: (Span & { type: EntityType })[] = [];
  for (const token of untagged) {
    const dash = token.text.indexOf("-");
    if (dash < 1 || dash === token.text.length - 1) continue;
    if (CAPITALISED.test(token.text) && gazetteerType(gazetteer, token.text) === "ORG") {
      // "EU-Kommission", "VW-Konzern", "F-Secure": a listed organisation as a whole, which GermEval tags as a compound (organisations.ts).
      parts.push({ start: token.start, end: token.end, type: "ORG" });
      continue;
    }
    const first = token.text.slice(0, dash);
    if (dash < 2 || !CAPITALISED.test(first)) continue;
    const type = known.get(first) ?? gazetteerType(gazetteer, first);
    if (type) parts.push({ start: token.start, end: token.start + dash, type });
  }
  return parts;
}

function gazetteerType(gazetteer: Gazetteer | null, word: string): EntityType | null {
  const bits = gazetteer?.entries.get(word) ?? 0;
  if (bits & ORG_BIT) return "ORG";
  if (bits & STATE_BIT) return "LOC";
  return null;
}
