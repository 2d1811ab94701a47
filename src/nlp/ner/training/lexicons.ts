/**
 * The name lists the shipped gazetteer is built from: surnames (GermaNER,
 * Apache-2.0), state names (German Foreign Office, official work), German
 * geographic names (GN250), and the hand-made lists in src/lang/de. The
 * company list of the gazetteer folder is OpenStreetMap data under
 * CC BY-SA and is not used, so the model stays free of share-alike data.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_FIRST_NAMES, ALL_ORGANISATION_NAMES, ALL_WORLD_PLACES } from "../../../lang/de/ner-lists.js";
import { MISC_NAMES } from "../../../lang/de/ner-misc-names.js";
import { MORE_MISC_NAMES } from "../../../lang/de/ner-misc-more.js";
import { STATE_SHORT_NAMES } from "../../../lang/de/ner-names.js";
import { WELL_KNOWN_PEOPLE } from "../../../lang/de/ner-people.js";
import type { GazetteerKind } from "../gazetteer.js";

const GAZETTEER_DIR = "ner-extra/gazetteers-ccby";

const readList = (dataDir: string, file: string): string[] =>
  readFileSync(join(dataDir, GAZETTEER_DIR, file), "utf8")
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l.length > 1);

/** Name lists by gazetteer kind. */
export function loadNameLists(dataDir: string): Map<GazetteerKind, string[]> {
  return new Map<GazetteerKind, string[]>([
    ["first", [...ALL_FIRST_NAMES]],
    ["surname", [...readList(dataDir, "personennamen.list"), ...WELL_KNOWN_PEOPLE.map((n) => n.split(" ").at(-1) ?? n)]],
    ["country", [...readList(dataDir, "laendernamen.list"), ...STATE_SHORT_NAMES]],
    ["loc", [...readList(dataDir, "landschaftsbezeichnungen.list"), ...ALL_WORLD_PLACES]],
    ["org", [...ALL_ORGANISATION_NAMES]],
    ["misc", [...MISC_NAMES, ...MORE_MISC_NAMES]],
    ["person", [...WELL_KNOWN_PEOPLE]],
  ]);
}
