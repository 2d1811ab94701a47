/**
 * A pure function of a word form, remembered for the forms seen: the name
 * rules and features ask the same questions of the same words sentence after
 * sentence ("does it end in a kind of company?"). The memory is emptied when
 * it holds `limit` forms, so a long run over many texts stays bounded.
 */
export function memoise<V>(compute: (word: string) => V, limit = 100_000): (word: string) => V {
  const known = new Map<string, V>();
  return (word: string): V => {
    let value = known.get(word);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = compute(word);
      known.set(word, value);
    }
    return value;
  };
}
