/**
 * What narrows the comparison: the filters and the search, and what they leave on screen (claims
 * per issue area, how many are hidden).
 */
import { useCallback, useMemo, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import { EMPTY_FILTER, type ClaimFilter } from '../../../core/compare/filters';
import { countByIssue } from '../../../core/compare/grouping';
import { isNarrowed, isShown, type Narrowing } from '../../../core/compare/narrowing';
import { useSearch, type Search } from './useSearch';

export interface NarrowingHandle {
  readonly filter: ClaimFilter;
  readonly setFilter: (filter: ClaimFilter) => void;
  readonly search: Search;
  readonly narrowing: Narrowing;
  readonly narrowed: boolean;
  /** Claims per issue area, in the panes, as narrowed. */
  readonly counts: ReturnType<typeof countByIssue>;
  /** Claims in the panes that the filters or the search hide. */
  readonly hiddenTotal: number;
  /** Only rows with claims on both sides of every pair on screen. */
  readonly bothSides: boolean;
  readonly setBothSides: (on: boolean) => void;
  /** Drops the filters and "only matches", so every claim shows again. */
  readonly showAll: () => void;
}

export function useNarrowing(kase: Case, panes: readonly string[]): NarrowingHandle {
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [bothSides, setBothSides] = useState(false);
  const search = useSearch(kase, panes, filter);
  const { terms, onlyMatches, setOnlyMatches } = search;
  const narrowing = useMemo<Narrowing>(
    () => ({ filter, terms, onlyMatches }),
    [filter, terms, onlyMatches],
  );
  const narrowed = isNarrowed(narrowing);
  const counts = useMemo(() => countByIssue(kase, panes, narrowing), [kase, panes, narrowing]);
  const hiddenTotal = useMemo(
    () =>
      narrowed
        ? kase.claims.filter((c) => panes.includes(c.period) && !isShown(c, narrowing)).length
        : 0,
    [kase, panes, narrowing, narrowed],
  );
  const showAll = useCallback(() => {
    setFilter(EMPTY_FILTER);
    setBothSides(false);
    setOnlyMatches(false);
  }, [setOnlyMatches]);
  return {
    filter,
    setFilter,
    search,
    narrowing,
    narrowed,
    counts,
    hiddenTotal,
    bothSides,
    setBothSides,
    showAll,
  };
}
