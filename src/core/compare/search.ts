/**
 * Search over claims: the statement and the verbatim quote. Every term must occur (in either);
 * matching ignores case and accents. Hits are claims, in the order the workbench shows them.
 */
import type { Case, Claim } from '../case/schema';
import { indexCase } from './caseIndex';
import { foldTerm, foldText, originalRange, type FoldedText } from './textFold';

/** Search terms, folded. Build with `parseSearch`. */
export type SearchTerms = readonly string[];

const MAX_TERMS = 12;

/** Splits a query into terms: words, or "quoted phrases"; duplicates and blanks dropped. */
export function parseSearch(query: string): SearchTerms {
  const terms: string[] = [];
  for (const match of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const term = foldTerm((match[1] ?? match[2] ?? '').trim().replace(/\s+/g, ' '));
    if (term !== '' && !terms.includes(term)) terms.push(term);
  }
  return terms.slice(0, MAX_TERMS);
}

interface FoldedClaim {
  readonly statement: FoldedText;
  readonly quote: FoldedText;
}

const foldCache = new WeakMap<Claim, FoldedClaim>();
const textCache = new Map<string, FoldedText>();

function foldedClaim(claim: Claim): FoldedClaim {
  let folded = foldCache.get(claim);
  if (!folded) {
    folded = {
      statement: foldText(claim.statement),
      quote: foldText(claim.evidence.selector.exact),
    };
    foldCache.set(claim, folded);
  }
  return folded;
}

export function claimMatchesSearch(claim: Claim, terms: SearchTerms): boolean {
  if (terms.length === 0) return false;
  const { statement, quote } = foldedClaim(claim);
  return terms.every((t) => statement.folded.includes(t) || quote.folded.includes(t));
}

export interface TextSegment {
  readonly text: string;
  readonly hit: boolean;
}

/** The text cut into plain and matching pieces, for rendering hits as `<mark>`. */
export function highlightSegments(text: string, terms: SearchTerms): readonly TextSegment[] {
  if (terms.length === 0 || text === '') return [{ text, hit: false }];
  const folded = cachedFold(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let from = folded.folded.indexOf(term);
    while (from !== -1) {
      ranges.push(originalRange(folded, from, from + term.length));
      from = folded.folded.indexOf(term, from + Math.max(term.length, 1));
    }
  }
  if (ranges.length === 0) return [{ text, hit: false }];
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const segments: TextSegment[] = [];
  let at = 0;
  let open: [number, number] | undefined;
  const close = (): void => {
    if (!open) return;
    if (open[0] > at) segments.push({ text: text.slice(at, open[0]), hit: false });
    segments.push({ text: text.slice(open[0], open[1]), hit: true });
    at = open[1];
    open = undefined;
  };
  for (const range of ranges) {
    if (open && range[0] <= open[1]) open[1] = Math.max(open[1], range[1]);
    else {
      close();
      open = [range[0], range[1]];
    }
  }
  close();
  if (at < text.length) segments.push({ text: text.slice(at), hit: false });
  return segments;
}

function cachedFold(text: string): FoldedText {
  let folded = textCache.get(text);
  if (!folded) {
    // A bounded cache: the texts on screen, not every text ever searched.
    if (textCache.size > 5000) textCache.clear();
    folded = foldText(text);
    textCache.set(text, folded);
  }
  return folded;
}

export interface SearchHit {
  readonly claimId: string;
  readonly issue: string;
  readonly dimension: string;
  readonly period: string;
}

/**
 * The claims matching the terms, in the order the workbench shows them: by issue area, then
 * dimension (both in case order), then pane, then the claim's place in the case. Only claims in
 * the compared periods that pass `visible` count.
 */
export function findHits(
  kase: Case,
  terms: SearchTerms,
  periods: readonly string[],
  visible: (claim: Claim) => boolean = () => true,
): readonly SearchHit[] {
  if (terms.length === 0) return [];
  const index = indexCase(kase);
  const hits: SearchHit[] = [];
  for (const issue of kase.issues) {
    const claims = index.claimsByIssue.get(issue.id);
    if (!claims) continue;
    const matching = claims.filter(
      (c) => periods.includes(c.period) && visible(c) && claimMatchesSearch(c, terms),
    );
    if (matching.length === 0) continue;
    for (const dimension of issue.dimensions) {
      for (const period of periods) {
        for (const claim of matching) {
          if (claim.dimension === dimension.id && claim.period === period) {
            hits.push({ claimId: claim.id, issue: issue.id, dimension: dimension.id, period });
          }
        }
      }
    }
  }
  return hits;
}
