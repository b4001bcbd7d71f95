/**
 * The search: the query as typed, its terms (deferred, so typing stays quick on a large case),
 * the hits in the order the workbench shows them, and stepping through them.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import { matchesFilter, type ClaimFilter } from '../../../core/compare/filters';
import {
  findHits,
  parseSearch,
  type SearchHit,
  type SearchTerms,
} from '../../../core/compare/search';

export interface Search {
  readonly query: string;
  readonly setQuery: (query: string) => void;
  readonly terms: SearchTerms;
  readonly onlyMatches: boolean;
  readonly setOnlyMatches: (only: boolean) => void;
  readonly hits: readonly SearchHit[];
  /** The hit shown, or -1 before the first step (or after the search changed). */
  readonly index: number;
  readonly current: SearchHit | undefined;
  /** Hits per issue area, while there are terms. */
  readonly hitsByIssue: ReadonlyMap<string, number> | undefined;
  /** Moves to the next or previous hit; the first step starts at the issue area on screen. */
  readonly step: (direction: 1 | -1, fromIssue: string) => SearchHit | undefined;
}

export function useSearch(kase: Case, panes: readonly string[], filter: ClaimFilter): Search {
  const [query, setQuery] = useState('');
  const [onlyMatches, setOnlyMatches] = useState(false);
  const deferred = useDeferredValue(query);
  const terms = useMemo(() => parseSearch(deferred), [deferred]);
  const hitsFor = useCallback(
    (t: SearchTerms) => findHits(kase, t, panes, (c) => matchesFilter(c, filter)),
    [kase, panes, filter],
  );
  const hits = useMemo(() => hitsFor(terms), [hitsFor, terms]);
  // A position belongs to one search: new terms, filters or panes start over.
  const keyOf = useCallback(
    (t: SearchTerms) => JSON.stringify([t, panes, filter.modalities, filter.actors, filter.tags]),
    [panes, filter],
  );
  const [position, setPosition] = useState({ key: '', index: -1 });
  const index = position.key === keyOf(terms) ? position.index : -1;
  const hitsByIssue = useMemo(() => {
    if (terms.length === 0) return undefined;
    const map = new Map<string, number>();
    for (const h of hits) map.set(h.issue, (map.get(h.issue) ?? 0) + 1);
    return map;
  }, [hits, terms]);

  const step = useCallback(
    (direction: 1 | -1, fromIssue: string): SearchHit | undefined => {
      // Enter may come before the deferred terms have caught up with the typing.
      const liveTerms = parseSearch(query);
      const live = keyOf(liveTerms) === keyOf(terms);
      const list = live ? hits : hitsFor(liveTerms);
      const at = live ? index : -1;
      if (list.length === 0) return undefined;
      let next: number;
      if (at === -1) {
        const order = kase.issues.map((i) => i.id);
        const here = order.indexOf(fromIssue);
        const ahead = list.findIndex((h) => order.indexOf(h.issue) >= here);
        next =
          direction === 1 ? (ahead === -1 ? 0 : ahead) : (ahead <= 0 ? list.length : ahead) - 1;
      } else {
        next = (at + direction + list.length) % list.length;
      }
      setPosition({ key: keyOf(liveTerms), index: next });
      return list[next];
    },
    [query, terms, hits, hitsFor, index, keyOf, kase.issues],
  );

  return {
    query,
    setQuery,
    terms,
    onlyMatches,
    setOnlyMatches,
    hits,
    index,
    current: index >= 0 ? hits[index] : undefined,
    hitsByIssue,
    step,
  };
}
