/** Listed names of one organisation or place ("EU" / "Europäische Union"), by match key → display name. */
import { NAME_GROUPS } from "../../lang/de/names.js";
import { NAME_VARIANTS } from "../../lang/en/names.js";
import { matchKey } from "./fold.js";

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const group of NAME_GROUPS) {
    const display = group[0];
    for (const name of [...group, ...(NAME_VARIANTS[display] ?? [])]) index.set(matchKey(name), display);
  }
  return index;
}

const INDEX = buildIndex();

/** The listed display name of a (non-person) name, or null when it is in no group. */
export function groupName(name: string): string | null {
  return INDEX.get(matchKey(name)) ?? null;
}
