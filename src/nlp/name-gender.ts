/**
 * The gender a person's first name usually stands for ("Gisela Piltz" → f,
 * "Tony Blair" → m), from the listed first names and their endings
 * (src/lang/de/first-name-gender.ts); null for an unlisted or ambiguous name.
 */
import { FEMALE_NAMES_ENDING_MASCULINE, MALE_NAMES_ENDING_FEMININE, NAMES_OF_EITHER_GENDER } from "../lang/de/first-name-gender.js";
import { ALL_FIRST_NAMES } from "../lang/de/ner-lists.js";

export type Gender = "m" | "f";

let genders: Map<string, Gender> | null = null;

/** The gender of a listed first name by its ending, or null where the ending tells nothing ("-i", "-y", "-u"). */
function byEnding(name: string): Gender | null {
  const last = name.slice(-1).toLowerCase();
  if ("aeäàáâéèê".includes(last)) return "f";
  if ("iyuüíìîúùûýöô".includes(last) || !/\p{L}/u.test(last)) return null;
  return "m";
}

function table(): Map<string, Gender> {
  if (genders) return genders;
  const either = new Set(NAMES_OF_EITHER_GENDER);
  genders = new Map();
  for (const name of ALL_FIRST_NAMES) {
    if (either.has(name)) continue;
    const gender = byEnding(name);
    if (gender) genders.set(name, gender);
  }
  for (const name of FEMALE_NAMES_ENDING_MASCULINE) genders.set(name, "f");
  for (const name of MALE_NAMES_ENDING_FEMININE) genders.set(name, "m");
  return genders;
}

/** The gender of the first word of a person's name when it is a listed first name ("Angela" of "Angela Merkel"), else null. */
export function firstNameGender(name: string): Gender | null {
  const first = name.trim().split(/\s+/u)[0] ?? "";
  return table().get(first) ?? null;
}
