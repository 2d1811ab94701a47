import type { SourceLine } from "./lines.js";
import type { FurnitureCategory } from "./types.js";

/** The removal reason of a furniture line. */
export function furniture(category: FurnitureCategory): string {
  return `furniture:${category}`;
}

/**
 * The lines of a body and, for each, its removal reason once a rule has decided
 * (null: kept so far). The first rule to decide a line wins.
 */
export class Verdicts {
  private readonly reasons: (string | null)[];

  constructor(readonly lines: readonly SourceLine[]) {
    this.reasons = lines.map(() => null);
  }

  get length(): number {
    return this.lines.length;
  }

  /** The line at position i (among the non-empty lines). */
  at(i: number): SourceLine {
    return this.lines[i];
  }

  reason(i: number): string | null {
    return this.reasons[i];
  }

  isKept(i: number): boolean {
    return this.reasons[i] === null;
  }

  /** Removes line i with the reason, unless an earlier rule already removed it. */
  remove(i: number, reason: string): void {
    if (this.reasons[i] === null) this.reasons[i] = reason;
  }

  /** Positions of the lines still kept, in order. */
  keptPositions(): number[] {
    return this.reasons.flatMap((r, i) => (r === null ? [i] : []));
  }

  /** The next kept position after i, or -1. */
  nextKept(i: number): number {
    for (let j = i + 1; j < this.reasons.length; j++) if (this.reasons[j] === null) return j;
    return -1;
  }
}
