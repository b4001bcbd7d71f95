/**
 * The text quotes are searched in: every run of whitespace (line breaks, tabs, no-break spaces)
 * becomes one space and invisible characters (soft hyphens, zero-width spaces, BOMs) are
 * dropped, so a quote matches across a document's line wrapping. Offsets map back to the
 * original text, which is what the viewer highlights.
 */

/** Whitespace as JavaScript's \s knows it (less U+FEFF, which is invisible here). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    (c > 0x7f &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000))
  );
}

/** Soft hyphen, zero-width spaces and joiners, word joiner, BOM. */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

export interface SearchText {
  readonly text: string;
  /** The offset in the original text of the character at `index` of the search text. */
  toOriginal(index: number): number;
  /** The original range `[start, end)` of the search text's range `[start, end)`. */
  rangeToOriginal(start: number, end: number): { readonly start: number; readonly end: number };
}

/** A quote, prefix or suffix normalised the same way as the text it is searched in. */
export function normalizeQuote(text: string): string {
  return searchTextOf(text).text;
}

/** Where plain text ends: whitespace other than a single space, two spaces, or an invisible. */
const SPECIAL =
  /[\t-\r\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/g;

export function searchTextOf(original: string): SearchText {
  // Unchanged runs are copied as slices: a document of megabytes has few changes per line.
  const out: string[] = [];
  // Breakpoints where (original index − search index) changes; sorted by search index.
  const at: number[] = [0];
  const delta: number[] = [0];
  let length = 0;
  let previousSpace = false;
  let runStart = 0;
  const n = original.length;
  let i = 0;
  while (i < n) {
    // Jump over plain text (no whitespace but single spaces, nothing invisible) in one search.
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(original)?.index ?? n;
    if (next > i) {
      length += next - i;
      previousSpace = original.charCodeAt(next - 1) === 0x20;
      i = next;
    }
    for (; i < n; i += 1) {
      const code = original.charCodeAt(i);
      const invisible = code > 0x7f && isInvisible(code);
      const space = !invisible && isSpace(code);
      if (!invisible && !space) {
        previousSpace = false;
        length += 1;
        i += 1;
        break;
      }
      if (code === 0x20 && !previousSpace) {
        previousSpace = true;
        length += 1;
        continue;
      }
      // A character that is dropped or replaced: close the run before it.
      if (runStart < i) out.push(original.slice(runStart, i));
      runStart = i + 1;
      if (invisible || previousSpace) {
        // Every later character lies one further on in the original than before.
        const last = at.length - 1;
        if (at[last] === length) delta[last]! += 1;
        else {
          at.push(length);
          delta.push(delta[last]! + 1);
        }
        continue;
      }
      previousSpace = true;
      out.push(' ');
      length += 1;
    }
  }
  if (runStart < original.length) out.push(original.slice(runStart));
  const text = out.join('');
  const toOriginal = (index: number): number => {
    if (index >= text.length) return original.length;
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return index + delta[lo]!;
  };
  return {
    text,
    toOriginal,
    rangeToOriginal: (start, end) => ({
      start: toOriginal(start),
      end: end <= start ? toOriginal(start) : toOriginal(end - 1) + 1,
    }),
  };
}
