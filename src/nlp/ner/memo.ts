/**
 * Memory of what was worked out for word forms. The name rules and features
 * ask the same questions of the same words sentence after sentence ("does
 * it end in a kind of company?"); a stream of articles keeps bringing new
 * forms, so the memory is bounded: two generations, the words of the
 * current one and of the one before it. A word found in the older
 * generation moves to the current one; when the current one holds `limit`
 * words, it becomes the older one and the oldest words are forgotten. The
 * words in use stay, at most 2 × `limit` are kept.
 */
export class WordMemory<V> {
  private current = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The value remembered for `word`, or undefined. */
  get(word: string): V | undefined {
    const value = this.current.get(word);
    if (value !== undefined) return value;
    const old = this.older.get(word);
    if (old !== undefined) this.set(word, old);
    return old;
  }

  set(word: string, value: V): void {
    if (this.current.size >= this.limit) {
      this.older = this.current;
      this.current = new Map();
    }
    this.current.set(word, value);
  }
}

/** A pure function of a word form, remembered for the forms in use (WordMemory). */
export function memoise<V>(compute: (word: string) => V, limit = 10_000): (word: string) => V {
  const memory = new WordMemory<V>(limit);
  return (word: string): V => {
    let value = memory.get(word);
    if (value === undefined) {
      value = compute(word);
      memory.set(word, value);
    }
    return value;
  };
}
