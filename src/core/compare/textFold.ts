/**
 * Case- and accent-insensitive text matching that keeps offsets into the original text, so a
 * search for "shinzo" finds and highlights "Shinzō" exactly where it stands.
 */

export interface FoldedText {
  /** Lower-case, accents removed. */
  readonly folded: string;
  /** For each UTF-16 unit of `folded`: where its character starts and ends in the original. */
  readonly starts: Int32Array | undefined;
  readonly ends: Int32Array | undefined;
}

const COMBINING = /\p{M}/gu;
const ASCII = /^[\x20-\x7e]*$/;

/** Folds one character (code point) the same way everywhere: decompose, drop marks, lower-case. */
function foldChar(ch: string): string {
  return ch.normalize('NFD').replace(COMBINING, '').toLowerCase();
}

export function foldText(text: string): FoldedText {
  // Printable ASCII folds to itself in length: no offset map needed.
  if (ASCII.test(text)) return { folded: text.toLowerCase(), starts: undefined, ends: undefined };
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const ch of text) {
    const out = foldChar(ch);
    for (let k = 0; k < out.length; k++) {
      starts.push(at);
      ends.push(at + ch.length);
    }
    folded += out;
    at += ch.length;
  }
  return { folded, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Folds a search term (no offset map: terms are only looked for, never highlighted). */
export function foldTerm(term: string): string {
  let out = '';
  for (const ch of term) out += foldChar(ch);
  return out;
}

/** A range [start, end) in the original text for a match at [from, to) in the folded text. */
export function originalRange(text: FoldedText, from: number, to: number): [number, number] {
  if (!text.starts || !text.ends) return [from, to];
  return [text.starts[from]!, text.ends[to - 1]!];
}
