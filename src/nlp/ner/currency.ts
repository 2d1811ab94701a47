/**
 * Currencies after an amount are MISC mentions, as GermEval tags them
 * ("30 Cent", "7,401 Mio US-Dollar", "100.000 Franken"): the model learns
 * "Euro" and "Dollar" from the training data but misses the rarer ones or
 * takes a code for an organisation ("Mio CHF") and "Franken" for the region,
 * and never tags a symbol ("67,50 $", "5,6 Mrd. €"; GermEval tags all three
 * symbols after amounts in its development file OTH).
 * A currency word right after a number or an amount word becomes a one-token
 * MISC span unless it stands inside a longer span. Tags change in place.
 */
import { AMOUNT_WORDS, CURRENCY_NAMES } from "../../lang/de/ner-cues.js";

const CURRENCIES = new Set(CURRENCY_NAMES);
const AMOUNTS = new Set(AMOUNT_WORDS);

/** Whether a mention's text is a currency ("Euro", "US-Dollar", "CHF"). */
export function isCurrency(text: string): boolean {
  return CURRENCIES.has(text);
}

/** A number ("30", "1,5", "100.000") or an amount word ("Mio", "Millionen"). */
function endsAmount(word: string | undefined): boolean {
  return word !== undefined && (/^\d[\d.,]*$/u.test(word) || AMOUNTS.has(word.toLowerCase()));
}

/** Whether token i of the sentence is part of a span of two or more tokens. */
function inLongerSpan(tags: readonly string[], i: number): boolean {
  return tags[i].startsWith("I-") || (tags[i].startsWith("B-") && (tags[i + 1] ?? "").startsWith("I-"));
}

/** Tags currencies after amounts as MISC, in every sentence. */
export function tagCurrencies(words: readonly (readonly string[])[], tags: string[][]): void {
  words.forEach((sentence, s) => {
    for (let i = 1; i < sentence.length; i++) {
      // "115 Mio . €": the tokenizer may split the dot off an abbreviated amount word.
      const before = sentence[i - 1] === "." && i >= 2 ? `${sentence[i - 2]}.` : sentence[i - 1];
      if (CURRENCIES.has(sentence[i]) && endsAmount(before) && !inLongerSpan(tags[s], i)) tags[s][i] = "B-MISC";
    }
  });
}
