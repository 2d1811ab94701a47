/**
 * Web and e-mail addresses written in the text ("unter Lightfeather.de",
 * "im t-online.de Live-Ticker", "unter karten-dinnertheater@gmx.de") are
 * MISC mentions, as GermEval tags them (five of the six domain names in its
 * development file, one of them "Musicload.de" an organisation; the one
 * e-mail address). The model rarely tags them: their shape is unlike any
 * name. A token the model left untagged that is such an address becomes a
 * one-token MISC span; a token it tagged (an outlet as ORG) keeps its tag.
 * Tags change in place.
 */

/** Top-level domains common in German news text. */
const TOP_LEVEL = "de|at|ch|com|org|net|eu|info|biz|io|tv|fm|uk|fr|it|es|nl|be|pl|ru|us|lu|li|dk|se|no|fi|cz";
const DOMAIN = new RegExp(`^(?:https?://)?(?:[\\p{L}\\d](?:[\\p{L}\\d-]*[\\p{L}\\d])?\\.)+(?:${TOP_LEVEL})(?:/\\S*)?$`, "iu");
const EMAIL = /^[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}$/u;

/** Whether a token is a web address ("stern.de", "www.yasni.de") or an e-mail address. */
export function isWebAddress(word: string): boolean {
  // Most tokens hold neither a dot nor an at sign: no regular expression for them.
  if (word.length < 4 || (!word.includes(".") && !word.includes("@"))) return false;
  return /\p{L}{2}/u.test(word) && (DOMAIN.test(word) || EMAIL.test(word));
}

/** Tags untagged web and e-mail addresses as MISC, in every sentence. */
export function tagWebAddresses(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    sentence.forEach((word, i) => {
      if (tags[s][i] === "O" && isWebAddress(word)) tags[s][i] = "B-MISC";
    });
  });
}
