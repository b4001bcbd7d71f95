/** Levenshtein distances for short strings: quotes' context and the ends of approximate matches. */

/** The edit distance between `a` and `b` (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** How well `context` (a selector's prefix or suffix) matches `found`: 1 is a perfect match. */
export function similarity(context: string, found: string): number {
  if (context.length === 0) return 1;
  return Math.max(0, 1 - editDistance(context, found) / context.length);
}

/**
 * Where a match of `pattern` that ends at `end` in `text` best starts: the start whose span
 * `text[start, end)` is nearest to the pattern. Computed on the reversed strings, so the match
 * is anchored at `end` and free at its start.
 */
export function bestStart(
  text: string,
  end: number,
  pattern: string,
  maxErrors: number,
): { readonly start: number; readonly errors: number } {
  const m = pattern.length;
  const width = Math.min(end, m + maxErrors);
  // column[i]: distance between the last i pattern characters and the last j text characters.
  let column = Array.from({ length: m + 1 }, (_, i) => i);
  let best = { start: end, errors: column[m]! };
  for (let j = 1; j <= width; j += 1) {
    const next = new Array<number>(m + 1);
    next[0] = j;
    const ct = text.charCodeAt(end - j);
    for (let i = 1; i <= m; i += 1) {
      const cost = pattern.charCodeAt(m - i) === ct ? 0 : 1;
      next[i] = Math.min(column[i]! + 1, next[i - 1]! + 1, column[i - 1]! + cost);
    }
    column = next;
    const errors = column[m]!;
    // Prefer fewer errors; at equal errors, the span whose length is nearest the pattern's.
    if (
      errors < best.errors ||
      (errors === best.errors && Math.abs(j - m) < Math.abs(end - best.start - m))
    ) {
      best = { start: end - j, errors };
    }
  }
  return best;
}
