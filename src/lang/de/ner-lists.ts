/**
 * The hand-made name lists, each kind in one array: the short lists of
 * ner-names.ts followed by the larger ones of their own files. Read by the
 * gazetteer's training (nlp/ner/training/lexicons.ts) and by the name rules
 * that know listed places and organisations.
 */
import { EXTRA_COMPANY_NAMES } from "./ner-companies-extra.js";
import { MORE_FIRST_NAMES } from "./ner-first-names-more.js";
import { COMPANY_NAMES, FIRST_NAMES, ORGANISATION_NAMES, WORLD_PLACES } from "./ner-names.js";
import { GROUP_ORGANISATION_NAMES } from "./ner-organisations-groups.js";
import { MORE_COMPANY_NAMES, MORE_ORGANISATION_NAMES } from "./ner-organisations-more.js";
import { EXTRA_PLACES } from "./ner-places-extra.js";
import { MORE_WORLD_PLACES } from "./ner-places-more.js";

export const ALL_FIRST_NAMES: readonly string[] = [...FIRST_NAMES, ...MORE_FIRST_NAMES];
export const ALL_WORLD_PLACES: readonly string[] = [...WORLD_PLACES, ...MORE_WORLD_PLACES, ...EXTRA_PLACES];
export const ALL_ORGANISATION_NAMES: readonly string[] = [...ORGANISATION_NAMES, ...MORE_ORGANISATION_NAMES, ...EXTRA_COMPANY_NAMES, ...GROUP_ORGANISATION_NAMES];
/** The listed organisations that are companies ("Apple", "Novomatic", "Unicredit"). */
export const ALL_COMPANY_NAMES: readonly string[] = [...COMPANY_NAMES, ...MORE_COMPANY_NAMES, ...EXTRA_COMPANY_NAMES];
/** The listed organisations of one word, as written ("Reuters", "dpa", "Google"). */
export const ONE_WORD_ORGANISATION_NAMES: ReadonlySet<string> = new Set(ALL_ORGANISATION_NAMES.filter((n) => !n.includes(" ")));
