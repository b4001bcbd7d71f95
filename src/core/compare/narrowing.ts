/**
 * What narrows the claims on screen: the filters, and optionally the search ("only matches").
 * A narrowing has a key, so groupings computed for it can be memoised.
 */
import type { Claim } from '../case/schema';
import { EMPTY_FILTER, isFilterActive, matchesFilter, type ClaimFilter } from './filters';
import { claimMatchesSearch, type SearchTerms } from './search';

export interface Narrowing {
  readonly filter: ClaimFilter;
  readonly terms: SearchTerms;
  /** Hide the claims the search does not match (when there are terms). */
  readonly onlyMatches: boolean;
}

export const NO_NARROWING: Narrowing = Object.freeze({
  filter: EMPTY_FILTER,
  terms: Object.freeze([]),
  onlyMatches: false,
});

export function isNarrowed(n: Narrowing): boolean {
  return isFilterActive(n.filter) || (n.onlyMatches && n.terms.length > 0);
}

export function narrowingKey(n: Narrowing): string {
  if (!isNarrowed(n)) return '';
  const search = n.onlyMatches ? n.terms : [];
  return JSON.stringify([n.filter.modalities, n.filter.actors, n.filter.tags, search]);
}

/** Whether a claim stays on screen under the narrowing. */
export function isShown(claim: Claim, n: Narrowing): boolean {
  if (!matchesFilter(claim, n.filter)) return false;
  if (n.onlyMatches && n.terms.length > 0 && !claimMatchesSearch(claim, n.terms)) return false;
  return true;
}
