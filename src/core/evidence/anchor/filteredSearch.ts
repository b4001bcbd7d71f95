/**
 * The approximate search over a whole document, bounded first by a q-gram count filter
 * (Jokinen & Ukkonen 1991): a span within k edits of a pattern of m characters keeps at least
 * m − q + 1 − k·q of the pattern's q-grams, because each edit touches at most q of them. One
 * pass with a sliding window counts, for every window of m + k characters, how many of the
 * pattern's q-grams it holds; only the windows that reach that count can contain a match, and
 * only they are given to the bit-parallel pass. Lossless: every match lies inside a window that
 * passes, and overlapping windows are merged, so the matches and their errors are those of the
 * unfiltered search.
 */
import { approximateSearch, type ApproximateMatch, type EncodedText } from './approximateSearch';
import { onePerObject } from '../../onePerObject';

const Q = 3;
const TABLE_BITS = 16;
/** Above this share of the text, the filter saves too little and the whole text is searched. */
const MAX_REGION_SHARE = 0.5;

function gramHash(a: number, b: number, c: number): number {
  // Distinct grams may share a bucket: that only raises counts, so no match is ever dropped.
  return Math.imul((a << 16) ^ (b << 8) ^ c ^ (a >>> 16), 0x9e3779b1) >>> (32 - TABLE_BITS);
}

/** The bucket of the q-gram at each position of a text; made once per text, for every quote. */
const grams = onePerObject((encoded: EncodedText): Uint16Array => {
  const ids = encoded.ids;
  const found = new Uint16Array(Math.max(0, ids.length - Q + 1));
  for (let p = 0; p < found.length; p += 1) found[p] = gramHash(ids[p]!, ids[p + 1]!, ids[p + 2]!);
  return found;
});

/**
 * The spans `[from, to)` of the text that can hold a match of `pattern` with at most
 * `maxErrors` edits, merged and in order; undefined when the count cannot rule anything out.
 */
export function candidateRegions(
  encoded: EncodedText,
  pattern: string,
  maxErrors: number,
): [number, number][] | undefined {
  const m = pattern.length;
  const threshold = m - Q + 1 - maxErrors * Q;
  if (threshold <= 0) return undefined;
  const n = encoded.ids.length;
  const width = Math.min(n, m + maxErrors);
  if (width < Q) return [[0, n]];
  const wanted = new Int32Array(1 << TABLE_BITS);
  const patternIds = Array.from(pattern, (_, i) => encoded.alphabet.get(pattern.charCodeAt(i)));
  for (let i = 0; i + Q <= m; i += 1) {
    const [a, b, c] = [patternIds[i], patternIds[i + 1], patternIds[i + 2]];
    // A gram with a character the text lacks occurs nowhere: it can never be counted.
    if (a !== undefined && b !== undefined && c !== undefined) wanted[gramHash(a, b, c)]! += 1;
  }
  const gram = grams(encoded);
  // room[h]: how many more grams of bucket h the window may take in that still count.
  const room = wanted;
  let count = 0;
  const inWindow = width - Q + 1;
  for (let p = 0; p < inWindow; p += 1) if (room[gram[p]!]!-- > 0) count += 1;
  const regions: [number, number][] = [];
  for (let s = 0; ; s += 1) {
    if (count >= threshold) {
      const last = regions[regions.length - 1];
      if (last && s <= last[1]) last[1] = s + width;
      else regions.push([s, s + width]);
    }
    if (s + width >= n) break;
    if (++room[gram[s]!]! > 0) count -= 1;
    if (room[gram[s + inWindow]!]!-- > 0) count += 1;
  }
  return regions;
}

/** `approximateSearch` over the whole text, searching only where the q-gram count allows. */
export function filteredSearch(
  encoded: EncodedText,
  pattern: string,
  maxErrors: number,
  limit = 20,
): ApproximateMatch[] {
  const regions = candidateRegions(encoded, pattern, maxErrors);
  const covered = regions?.reduce((sum, [from, to]) => sum + to - from, 0) ?? Infinity;
  if (!regions || covered > encoded.ids.length * MAX_REGION_SHARE) {
    return approximateSearch(encoded, pattern, maxErrors, limit);
  }
  return regions
    .flatMap(([from, to]) => approximateSearch(encoded, pattern, maxErrors, limit, from, to))
    .sort((a, b) => a.errors - b.errors || a.end - b.end)
    .slice(0, limit);
}
