/**
 * Entity normalisation inside one article: every mention gets the
 * canonical name of its entity and the entity's stable id.
 */
import type { EntityMention, EntityType } from "../../core/article.js";
import { analyseMentions } from "./analyse.js";
import { cleanName } from "./clean.js";
import { clusterMentions } from "./cluster.js";
import { displayName } from "./display.js";
import { canonicalKey } from "./id.js";
import { nameLexicon } from "./lexicon.js";

/**
 * The same mentions (same spans, same order) with `name` (the canonical
 * name of the entity) and `entity` (its id, see {@link canonicalKey}) set.
 * Mentions of one entity share both: "Bundeskanzler Olaf Scholz", "Scholz",
 * "Scholz'" → "Olaf Scholz" / "per:olaf-scholz". A mention with nothing of
 * a name in it (a lone adjective, no capital letter) gets null for both.
 */
export function normaliseMentions(text: string, mentions: readonly EntityMention[], language: string | null): EntityMention[] {
  const lex = nameLexicon(language);
  const analysed = analyseMentions(text, mentions, lex);
  const names = new Array<string | null>(mentions.length).fill(null);
  for (const cluster of clusterMentions(analysed, lex)) {
    const name = displayName(
      cluster.map((i) => analysed[i]),
      lex,
    );
    for (const i of cluster) names[i] = name;
  }
  return mentions.map((m, i) => {
    const name = names[i];
    return { ...m, name, entity: name === null ? null : canonicalKey(name, m.type) };
  });
}

/**
 * The bare name in a single name phrase, without the evidence of a whole
 * article: determiners, honorifics and roles before a person's name and
 * possessive endings dropped ("Bundeskanzler Olaf Scholz" → "Olaf Scholz").
 * For linking a phrase (a quote's speaker) to an entity by {@link canonicalKey}.
 */
export function bareName(phrase: string, type: EntityType, language: string | null): string {
  return cleanName(phrase, type, nameLexicon(language)).name;
}
