/**
 * Word profiles: what unlabelled text says about each frequent word form,
 * as a few small integer codes the tagger turns into features. A code is a
 * statistic and its bucket ("lower-case share 20–50 %", "after ein/eine/sein
 * more than 30 % of the time") or one dimension and sign of the word's dense
 * context vector. Profiles are built at training time
 * (training/word-profiles.ts) and shipped with the model.
 */

export interface WordProfiles {
  /** Word form (as written) → feature codes. */
  readonly codes: Map<string, Uint16Array>;
}

/**
 * The statistics of a profile: the code of statistic s with bucket b is
 * s * 16 + b (training/word-profiles.ts sets them); codes of vector
 * dimensions start at VECTOR_BASE.
 */
export const PROFILE_STAT = {
  Frequency: 0, LowerCase: 1, Initial: 2, AfterIndefinite: 3, AfterDefinite: 4, AfterPlacePreposition: 5, BeforeCapitalised: 6, AfterCapitalised: 7,
} as const;

/** Codes of vector dimensions start here: VECTOR_BASE + 2 * dimension + (positive ? 1 : 0). */
export const VECTOR_BASE = 256;

/** The bucket a profile gives statistic `stat` (see PROFILE_STAT), or undefined when it has none. */
export function profileBucket(codes: Uint16Array, stat: number): number | undefined {
  const code = codes.find((c) => c < VECTOR_BASE && c >> 4 === stat);
  return code === undefined ? undefined : code & 15;
}

/** Codes of a word form, or null when the text did not show it often enough. */
export function profileCodes(profiles: WordProfiles, word: string): Uint16Array | null {
  return profiles.codes.get(word) ?? null;
}

/**
 * Whether the unlabelled text knows the word's lower-case form at least as
 * often as frequency bucket `minFrequency` and, when `minLowerShare` is
 * given, written in lower case at least as often as that share bucket.
 */
export function knownInLowerCase(profiles: WordProfiles, word: string, minFrequency: number, minLowerShare = 0): boolean {
  const low = profileCodes(profiles, word.toLowerCase());
  return low !== null && (profileBucket(low, PROFILE_STAT.Frequency) ?? 0) >= minFrequency && (profileBucket(low, PROFILE_STAT.LowerCase) ?? 0) >= minLowerShare;
}

/** Whether the unlabelled text showed a word often enough to give it a profile (a frequent word); true when there are no profiles, to stay on the safe side. */
export function isFrequentWord(profiles: WordProfiles | null | undefined, word: string): boolean {
  return profiles ? profiles.codes.has(word) : true;
}

/** Profiles as lines "word<TAB>code code …" (for the model file). */
export function serialiseProfiles(profiles: WordProfiles): string {
  return [...profiles.codes].map(([word, codes]) => `${word}\t${codes.join(" ")}`).join("\n");
}

/** Reads the lines written by {@link serialiseProfiles}. */
export function parseProfiles(text: string): WordProfiles {
  const codes = new Map<string, Uint16Array>();
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab <= 0) continue;
    codes.set(line.slice(0, tab), Uint16Array.from(line.slice(tab + 1).split(" "), Number));
  }
  return { codes };
}
