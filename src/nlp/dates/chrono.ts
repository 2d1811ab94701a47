/**
 * The chrono-node set-up per language: the parsers of chrono's own German or
 * English configuration that read explicit dates and casual day words, plus
 * the rules of ./rules (weekdays with tense, months, cued years, parts of
 * periods, relative expressions). Chrono's weekday, time, duration and
 * relative-unit parsers are left out: they read "am fr" out of "am frühen",
 * "2:1" as a time and "vergangene Woche" as a day. No chrono refiner runs:
 * overlaps are settled after our filters (./merge.ts), so a dropped false hit
 * cannot hide a true date it overlapped.
 */
import * as chrono from "chrono-node";
import type { Parser, ParsedResult } from "chrono-node";
import type { Ymd } from "./calendar.js";
import { agoParser, countedDayParser, laterParser, relativePhraseParser, yearPartParser } from "./rules/relative.js";
import { cuedMonthParser, monthYearParser } from "./rules/month.js";
import { periodParser } from "./rules/period.js";
import { shortNumericParser } from "./rules/numeric.js";
import { weekdayParser } from "./rules/weekday.js";
import { weekendParser } from "./rules/weekend.js";
import { holidayParser } from "./rules/holiday.js";
import { seasonParser } from "./rules/season.js";
import { yearParser } from "./rules/year.js";
import type { RuleEnv } from "./rules/shared.js";

/** Chrono's own parsers kept, by class name. */
const KEPT_PARSERS: Record<"de" | "en", readonly string[]> = {
  de: ["ISOFormatParser", "SlashDateFormatParser", "DEMonthNameLittleEndianParser", "DECasualDateParser"],
  en: [
    "ISOFormatParser", "SlashDateFormatParser", "ENYearMonthDayParser", "ENMonthNameLittleEndianParser",
    "ENMonthNameMiddleEndianParser", "ENCasualDateParser",
  ],
};

function chronoParsers(language: "de" | "en"): Parser[] {
  const config = language === "de" ? chrono.de.createCasualConfiguration(true) : chrono.en.configuration.createCasualConfiguration(false);
  const seen = new Set<string>();
  return config.parsers.filter((p) => {
    const name = p.constructor.name;
    if (!KEPT_PARSERS[language].includes(name) || seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

const BASE = { de: chronoParsers("de"), en: chronoParsers("en") };

/** Chrono's parsers plus ours for one call (our rules read the call's sentence spans). */
function chronoFor(env: RuleEnv): chrono.Chrono {
  const ours = [
    weekdayParser(env), monthYearParser(env), cuedMonthParser(env), yearParser(env), periodParser(env),
    agoParser(env), laterParser(env), relativePhraseParser(env), shortNumericParser(env), weekendParser(env), holidayParser(env), seasonParser(env), countedDayParser(env), yearPartParser(env),
  ].filter((p): p is Parser => p !== null);
  return new chrono.Chrono({ parsers: [...BASE[env.lex.language], ...ours], refiners: [] });
}

/** Runs chrono with our rules over `text`, seen from the reference day (local noon, so no day shifts). */
export function parseWithChrono(text: string, env: RuleEnv, ref: Ymd): ParsedResult[] {
  const instant = new Date(ref.year, ref.month - 1, ref.day, 12);
  return chronoFor(env).parse(text, { instant });
}
