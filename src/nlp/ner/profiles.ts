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

/** Codes of a word form, or null when the text did not show it often enough. */
export function profileCodes(profiles: WordProfiles, word: string): Uint16Array | null {
  return profiles.codes.get(word) ?? null;
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
