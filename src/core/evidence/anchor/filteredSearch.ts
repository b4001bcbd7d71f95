/**
 * The approximate search over a whole document, bounded first by a q-gram count filter
 * (Jokinen & Ukkonen 1991): a span within k edits of a pattern of m characters keeps at least
 * m − q + 1 − k·q of the pattern's q-grams, because each edit touches at most q of them. One
 * pass with a sliding window counts, for every window of m + k characters, how many of the
 * pattern's q-grams it holds; only the windows that reach that count can contain a match, and
 * only they are encoded and given to the bit-parallel pass. Lossless: every match lies inside a
 * window that passes, and overlapping windows are merged, so the matches and their errors are
 * those of the unfiltered search.
 */
import {
  approximateSearch,
  encodeSpans,
  encodeText,
  type ApproximateMatch,
  type EncodedText,
} from './approximateSearch';

const Q = 3;
const TABLE_BITS = 16;
/** Above this share of the text, the filter saves too little and the whole text is searched. */
const MAX_REGION_SHARE = 0.5;

function gramHash(a: number, b: number, c: number): number {
  // Distinct grams may share a bucket: that only raises counts, so no match is ever dropped.
  return Math.imul((a << 16) ^ (b << 5) ^ c ^ (a >>> 16), 0x9e3779b1) >>> (32 - TABLE_BITS);
}

/** A text with its whole encoding, made once when a search the filter cannot narrow needs it. */
export interface SearchableText {
  readonly text: string;
  encoded(): EncodedText;
}

export function searchable(text: string): SearchableText {
  let encoded: EncodedText | undefined;
  return { text, encoded: () => (encoded ??= encodeText(text)) };
}

/**
 * The spans `[from, to)` of the text that can hold a match of `pattern` with at most
 * `maxErrors` edits, merged and in order; undefined when the count cannot rule anything out.
 */
export function candidateRegions(
  target: SearchableText,
  pattern: string,
  maxErrors: number,
): [number, number][] | undefined {
  const m = pattern.length;
  const threshold = m - Q + 1 - maxErrors * Q;
  if (threshold <= 0) return undefined;
  const n = target.text.length;
  const width = Math.min(n, m + maxErrors);
  if (width < Q) return [[0, n]];
  // room[h]: how many more grams of bucket h the window may take in that still count.
  const room = new Int32Array(1 << TABLE_BITS);
  for (let i = 0; i + Q <= m; i += 1) {
    room[gramHash(pattern.charCodeAt(i), pattern.charCodeAt(i + 1), pattern.charCodeAt(i + 2))]! +=
      1;
  }
  // The grams are hashed from the code units as the window slides, in one pass with no table
  // per text: the text is never encoded where the filter rules it out. `ring` holds the
  // window's grams, for the one that leaves as the next enters.
  const text = target.text;
  const inWindow = width - Q + 1;
  const ring = new Uint16Array(inWindow);
  let count = 0;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let p = 0; p < inWindow; p += 1) {
    const c = text.charCodeAt(p + 2);
    const h = gramHash(a, b, c);
    ring[p] = h;
    if (room[h]!-- > 0) count += 1;
    a = b;
    b = c;
  }
  const regions: [number, number][] = [];
  for (let s = 0, slot = 0; ; s += 1) {
    if (count >= threshold) {
      const last = regions[regions.length - 1];
      if (last && s <= last[1]) last[1] = s + width;
      else regions.push([s, s + width]);
    }
    if (s + width >= n) break;
    if (++room[ring[slot]!]! > 0) count -= 1;
    const c = text.charCodeAt(s + width);
    const h = gramHash(a, b, c);
    a = b;
    b = c;
    ring[slot] = h;
    if (room[h]!-- > 0) count += 1;
    slot = slot + 1 === inWindow ? 0 : slot + 1;
  }
  return regions;
}

/** `approximateSearch` over the whole text, searching only where the q-gram count allows. */
export function filteredSearch(
  target: SearchableText,
  pattern: string,
  maxErrors: number,
  limit = 20,
): ApproximateMatch[] {
  const regions = candidateRegions(target, pattern, maxErrors);
  const covered = regions?.reduce((sum, [from, to]) => sum + to - from, 0) ?? Infinity;
  if (!regions || covered > target.text.length * MAX_REGION_SHARE) {
    return approximateSearch(target.encoded(), pattern, maxErrors, limit);
  }
  const encoded = encodeSpans(target.text, regions);
  return regions
    .flatMap(([from, to]) => approximateSearch(encoded, pattern, maxErrors, limit, from, to))
    .sort((a, b) => a.errors - b.errors || a.end - b.end)
    .slice(0, limit);
}
