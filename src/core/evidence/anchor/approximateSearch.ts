/**
 * Approximate string search: every place where `pattern` occurs in `text` with at most
 * `maxErrors` edits. Myers' bit-parallel algorithm (1999) in the blocked form of Hyyrö, as the
 * approx-string-match library used by Hypothesis implements it, with Ukkonen's cut-off: about
 * O(n · ⌈k/32⌉) for a text of n characters and k allowed errors. The ends come from the bit vectors; each best end's start
 * from a small dynamic programme over at most m + maxErrors characters.
 *
 * A text searched for many patterns is encoded once (`encodeText`): each character becomes a
 * small number in the text's own alphabet, so the inner loop reads typed arrays only.
 */
import { bestStart } from './editDistance';

export interface ApproximateMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** A text as indices into its alphabet (0 is reserved for characters not in the text). */
export interface EncodedText {
  readonly text: string;
  readonly ids: Uint16Array | Uint32Array;
  readonly alphabet: ReadonlyMap<number, number>;
}

const WORD = 32;

export function encodeText(text: string): EncodedText {
  // A table over every UTF-16 code unit instead of a Map lookup per character: megabytes of
  // text are encoded in one pass over typed arrays.
  const table = new Uint32Array(0x10000);
  const ids = new Uint32Array(text.length);
  let size = 0;
  for (let j = 0; j < text.length; j += 1) {
    const code = text.charCodeAt(j);
    let id = table[code]!;
    if (id === 0) {
      size += 1;
      id = size;
      table[code] = id;
    }
    ids[j] = id;
  }
  const alphabet = new Map<number, number>();
  for (let code = 0; code < table.length; code += 1) {
    if (table[code] !== 0) alphabet.set(code, table[code]!);
  }
  return { text, ids: size < 0xffff ? new Uint16Array(ids) : ids, alphabet };
}

/**
 * The text encoded only within `spans` (`[from, to)`, in order, not overlapping): a search
 * confined to those spans finds what it would in the whole text's encoding, since it compares
 * only characters inside them, and megabytes outside are never touched.
 */
export function encodeSpans(
  text: string,
  spans: readonly (readonly [number, number])[],
): EncodedText {
  const table = new Map<number, number>();
  const ids = new Uint32Array(text.length);
  for (const [from, to] of spans) {
    for (let j = Math.max(0, from); j < Math.min(to, text.length); j += 1) {
      const code = text.charCodeAt(j);
      let id = table.get(code);
      if (id === undefined) {
        id = table.size + 1;
        table.set(code, id);
      }
      ids[j] = id;
    }
  }
  return { text, ids: table.size < 0xffff ? new Uint16Array(ids) : ids, alphabet: table };
}

/**
 * The best match of each run of matching ends, fewest errors first, at most `limit`; within
 * `[from, to)` of the text when given.
 */
export function approximateSearch(
  text: string | EncodedText,
  pattern: string,
  maxErrors: number,
  limit = 20,
  from = 0,
  to?: number,
): ApproximateMatch[] {
  const encoded = typeof text === 'string' ? encodeText(text) : text;
  const m = pattern.length;
  if (m === 0) return [];
  const blocks = Math.ceil(m / WORD);
  const size = encoded.alphabet.size + 1;
  // peq[b * size + id]: the bits of block b where the pattern has the character `id`.
  const peq = new Int32Array(blocks * size);
  for (let i = 0; i < m; i += 1) {
    const id = encoded.alphabet.get(pattern.charCodeAt(i));
    if (id !== undefined) peq[Math.floor(i / WORD) * size + id]! |= 1 << (i % WORD);
  }
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const lastBlock = blocks - 1;
  const lastRows = m - lastBlock * WORD;
  const lastBit = 1 << (lastRows - 1);
  const ids = encoded.ids;
  const n = Math.min(to ?? ids.length, ids.length);

  /** One column step of block b with the horizontal delta `hIn` from above; returns its own. */
  const advance = (b: number, id: number, hIn: number): number => {
    const last = b === lastBlock ? lastBit : 1 << 31;
    const hInNeg = hIn < 0 ? 1 : 0;
    const eq = peq[b * size + id]! | hInNeg;
    const pV = pv[b]!;
    const mV = mv[b]!;
    const xV = eq | mV;
    const xH = (((eq & pV) + pV) ^ pV) | eq;
    let pH = mV | ~(xH | pV);
    let mH = pV & xH;
    const hOut = (pH & last) !== 0 ? 1 : (mH & last) !== 0 ? -1 : 0;
    pH = (pH << 1) | (hIn > 0 ? 1 : 0);
    mH = (mH << 1) | hInNeg;
    pv[b] = mH | ~(xV | pH);
    mv[b] = pH & xV;
    return hOut;
  };

  // Ukkonen's cut-off, in Myers' blocked form: only blocks 0..y can hold a cell within
  // maxErrors; the others are not computed, and are reset when the active zone reaches them.
  const score = new Int32Array(blocks);
  for (let b = 0; b < blocks; b += 1) score[b] = b === lastBlock ? m : (b + 1) * WORD;
  let y = Math.min(lastBlock, Math.max(0, Math.ceil(maxErrors / WORD) - 1));

  // Ends where the score is within bounds, one (the lowest score) per contiguous run.
  const ends: { end: number; errors: number }[] = [];
  let best: { end: number; errors: number } | undefined;
  let previousEnd = -2;
  for (let j = from; j < n; j += 1) {
    const id = ids[j]!;
    let carry = 0;
    for (let b = 0; b <= y; b += 1) {
      carry = advance(b, id, carry);
      score[b]! += carry;
    }
    if (
      score[y]! - carry <= maxErrors &&
      y < lastBlock &&
      ((peq[(y + 1) * size + id]! & 1) !== 0 || carry < 0)
    ) {
      y += 1;
      pv[y] = -1;
      mv[y] = 0;
      score[y] = score[y - 1]! - carry + (y === lastBlock ? lastRows : WORD);
      score[y]! += advance(y, id, carry);
    } else {
      while (y > 0 && score[y]! >= maxErrors + WORD) y -= 1;
    }
    if (y === lastBlock && score[y]! <= maxErrors) {
      const errors = score[y]!;
      if (best && j === previousEnd) {
        if (errors < best.errors) best = { end: j + 1, errors };
      } else {
        if (best) ends.push(best);
        best = { end: j + 1, errors };
      }
      previousEnd = j + 1;
    }
  }
  if (best) ends.push(best);
  return ends
    .sort((a, b) => a.errors - b.errors || a.end - b.end)
    .slice(0, limit)
    .map(({ end }) => {
      const { start, errors } = bestStart(encoded.text, end, pattern, maxErrors);
      return { start: Math.max(start, from), end, errors };
    });
}

/**
 * The fast path for a quote that was edited a little: a match with few errors almost always
 * keeps one quarter of the quote intact, so only windows around the exact occurrences of each
 * quarter are searched. Finds nothing (and the caller searches the whole text) otherwise.
 */
export function seededSearch(
  text: string,
  pattern: string,
  maxErrors: number,
  limit = 20,
): ApproximateMatch[] {
  const piece = Math.floor(pattern.length / 4);
  if (piece < 8) return [];
  const windows: [number, number][] = [];
  for (let p = 0; p < 4; p += 1) {
    const seed = pattern.slice(p * piece, (p + 1) * piece);
    let at = text.indexOf(seed);
    for (let count = 0; at !== -1 && count < 50; count += 1) {
      const start = at - p * piece - maxErrors;
      windows.push([
        Math.max(0, start),
        Math.min(text.length, start + pattern.length + 2 * maxErrors),
      ]);
      at = text.indexOf(seed, at + 1);
    }
  }
  if (windows.length === 0) return [];
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  const encoded = encodeSpans(text, merged);
  const found = merged.flatMap(([from, to]) =>
    approximateSearch(encoded, pattern, maxErrors, limit, from, to),
  );
  return found.sort((a, b) => a.errors - b.errors || a.end - b.end).slice(0, limit);
}
