/**
 * Finds a TextQuoteSelector's quote in a document, as Hypothesis anchors its annotations:
 *
 * 1. exact: the quote occurs verbatim (whitespace runs compared as one space). Several
 *    occurrences are told apart by how well the text around each matches `prefix` and `suffix`;
 *    if that cannot tell them apart the first is taken and the anchor says it is ambiguous.
 * 2. approximate: the quote occurs with a few edits (a corrected typo, a changed word), found by
 *    a bounded edit-distance search, or it is whatever lies between an intact prefix and suffix.
 *    Candidates are scored on the quote (weight 50), prefix (20) and suffix (20) as Hypothesis
 *    does, and the best is taken.
 * 3. notFound.
 *
 * Offsets are UTF-16 code-unit offsets into the document's text, `[start, end)`.
 */
import type { TextQuoteSelector } from '../../case/schema';
import { seededSearch } from './approximateSearch';
import { editDistance, similarity } from './editDistance';
import { filteredSearch, searchable, type SearchableText } from './filteredSearch';
import { normalizeQuote, searchTextOf, type SearchText } from './searchText';

export type AnchorQuality = 'exact' | 'approximate' | 'notFound';

export type Anchor =
  | {
      readonly quality: 'exact' | 'approximate';
      readonly start: number;
      readonly end: number;
      /** Edits between the quote and the text found (0 when exact). */
      readonly errors: number;
      /** 0…1: how well quote, prefix and suffix together match. */
      readonly score: number;
      /** More than one place matched equally well; the first was taken. */
      readonly ambiguous: boolean;
    }
  | { readonly quality: 'notFound' };

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const MAX_EXACT_CANDIDATES = 1000;
/** A quote shorter than this is too short to be found approximately without its context. */
const MIN_APPROXIMATE_LENGTH = 8;

/** The share of a quote's characters that may differ in an approximate match. */
export const MAX_ERROR_RATIO = 0.25;
/** With both prefix and suffix intact around it, the quote itself may differ this much. */
export const MAX_ERROR_RATIO_IN_CONTEXT = 0.5;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** Anchors one selector in a document's text. */
export function anchorQuote(text: string, selector: TextQuoteSelector): Anchor {
  return anchorIn(prepare(text), selector);
}

/** Anchors many selectors in one text, preparing the text once. */
export function anchorQuotes(text: string, selectors: readonly TextQuoteSelector[]): Anchor[] {
  const prepared = prepare(text);
  return selectors.map((selector) => anchorIn(prepared, selector));
}

/** A document's search text, and (made when first needed) what approximate search needs. */
export interface PreparedText {
  readonly search: SearchText;
  readonly searchable: SearchableText;
}

export function prepare(text: string): PreparedText {
  const search = searchTextOf(text);
  return { search, searchable: searchable(search.text) };
}

export function anchorIn(prepared: PreparedText, selector: TextQuoteSelector): Anchor {
  const search = prepared.search;
  const exact = normalizeQuote(selector.exact).trim();
  if (exact.length === 0) return { quality: 'notFound' };
  const prefix = normalizeQuote(selector.prefix ?? '');
  const suffix = normalizeQuote(selector.suffix ?? '');
  const text = search.text;

  const exactHits: Candidate[] = [];
  for (
    let at = text.indexOf(exact);
    at !== -1 && exactHits.length < MAX_EXACT_CANDIDATES;
    at = text.indexOf(exact, at + 1)
  ) {
    exactHits.push({ start: at, end: at + exact.length, errors: 0 });
  }
  if (exactHits.length > 0) return pick('exact', exactHits, search, exact, prefix, suffix);

  const candidates: Candidate[] = [];
  if (exact.length >= MIN_APPROXIMATE_LENGTH) {
    const maxErrors = Math.floor(exact.length * MAX_ERROR_RATIO);
    const seeded = seededSearch(text, exact, maxErrors);
    candidates.push(
      ...(seeded.length > 0 ? seeded : filteredSearch(prepared.searchable, exact, maxErrors)),
    );
  }
  candidates.push(...betweenContext(text, exact, prefix, suffix));
  if (candidates.length === 0) return { quality: 'notFound' };
  return pick('approximate', candidates, search, exact, prefix, suffix);
}

/** The best-scored candidate, mapped back to the original text. */
function pick(
  quality: 'exact' | 'approximate',
  candidates: readonly Candidate[],
  search: SearchText,
  exact: string,
  prefix: string,
  suffix: string,
): Anchor {
  const scored = candidates.map((c) => ({
    c,
    score: scoreOf(c, search.text, exact, prefix, suffix),
  }));
  scored.sort((a, b) => b.score - a.score || a.c.start - b.c.start);
  const best = scored[0]!;
  const second = scored[1];
  const ambiguous = second !== undefined && Math.abs(second.score - best.score) < 1e-9;
  const { start, end } = search.rangeToOriginal(best.c.start, best.c.end);
  return { quality, start, end, errors: best.c.errors, score: best.score, ambiguous };
}

function scoreOf(
  c: Candidate,
  text: string,
  exact: string,
  prefix: string,
  suffix: string,
): number {
  const quoteScore = Math.max(0, 1 - c.errors / exact.length);
  const before = text.slice(Math.max(0, c.start - prefix.length), c.start);
  const after = text.slice(c.end, c.end + suffix.length);
  // Compare without the space at the seam: "…word " + "Quote" and "…word" + " Quote" agree.
  const prefixScore = similarity(prefix.trimEnd(), before.trimEnd());
  const suffixScore = similarity(suffix.trimStart(), after.trimStart());
  return (
    (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore) /
    (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT)
  );
}

/**
 * Whatever lies between an intact prefix and an intact suffix, when its length is near the
 * quote's and it differs from the quote by at most half its characters: a quote rewritten in
 * place, whose surroundings locate it.
 */
function betweenContext(text: string, exact: string, prefix: string, suffix: string): Candidate[] {
  const before = prefix.trim();
  const after = suffix.trim();
  if (before.length < 8 || after.length < 8) return [];
  const found: Candidate[] = [];
  for (
    let p = text.indexOf(before);
    p !== -1 && found.length < 20;
    p = text.indexOf(before, p + 1)
  ) {
    const from = p + before.length;
    const s = text.indexOf(after, from);
    if (s === -1) continue;
    const between = text.slice(from, s);
    const start = from + (between.length - between.trimStart().length);
    const end = s - (between.length - between.trimEnd().length);
    if (end <= start) continue;
    const span = end - start;
    if (span < exact.length / 2 || span > exact.length * 2) continue;
    const errors = editDistance(exact, text.slice(start, end));
    if (errors <= exact.length * MAX_ERROR_RATIO_IN_CONTEXT) found.push({ start, end, errors });
  }
  return found;
}
