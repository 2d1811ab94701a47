/** Search in arrays sorted by a number. */

/** The first index of `items` (sorted ascending by `key`) whose key is greater than `x`: items.length when none is. */
export function upperBound<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last item of `items` (sorted ascending by `start`) that starts at or before `at`, or undefined. */
export function lastStartingBy<T extends { start: number }>(items: readonly T[], at: number): T | undefined {
  return items[upperBound(items, at, (item) => item.start) - 1];
}

/** The items of `items` (sorted ascending by `start`) that start at `from` or later and before `to`. */
export function startingWithin<T extends { start: number }>(items: readonly T[], from: number, to: number): readonly T[] {
  const start = (item: T) => item.start;
  return items.slice(upperBound(items, from - 1, start), upperBound(items, to - 1, start));
}
