/** Ordered pairs of periods: what a verdict compares, read from the panes on screen. */
import type { PeriodPair } from '../user/verdict';

export type { PeriodPair };

/**
 * The first pair the verdict column judges: the first pane → the second. With three panes the
 * second and third panes are a pair of their own (see `adjacentPairs`).
 */
export function pairOfPanes(panes: readonly string[]): PeriodPair | undefined {
  const [from, to] = panes;
  return from !== undefined && to !== undefined && from !== to ? { from, to } : undefined;
}

/** Every adjacent pair of the panes, left to right. */
export function adjacentPairs(panes: readonly string[]): PeriodPair[] {
  const pairs: PeriodPair[] = [];
  for (let i = 0; i + 1 < panes.length; i += 1) {
    const pair = pairOfPanes(panes.slice(i, i + 2));
    if (pair) pairs.push(pair);
  }
  return pairs;
}

export function samePair(a: PeriodPair, b: PeriodPair): boolean {
  return a.from === b.from && a.to === b.to;
}

export function reversePair(pair: PeriodPair): PeriodPair {
  return { from: pair.to, to: pair.from };
}

/** "Trump 1.0 → Trump 2.0", with the case's labels (an unknown id is shown as it is). */
export function pairLabel(pair: PeriodPair, labels: ReadonlyMap<string, string>): string {
  return `${labels.get(pair.from) ?? pair.from} → ${labels.get(pair.to) ?? pair.to}`;
}
