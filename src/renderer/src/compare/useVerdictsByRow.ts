import { useMemo } from 'react';
import type { Case } from '../../../core/case/schema';
import type { IssueRow } from '../../../core/compare/grouping';
import type { PeriodPair } from '../../../core/compare/pairs';
import type { UserLayer } from '../../../core/user/schema';
import { rowVerdicts, type RowVerdicts } from './rowVerdicts';

/** Each row's verdicts, by dimension: worked out once per layer and panes, not on every render. */
export function useVerdictsByRow(
  kase: Case,
  layer: UserLayer,
  issueId: string,
  rows: readonly IssueRow[],
  pairs: readonly PeriodPair[],
): ReadonlyMap<string, RowVerdicts> {
  return useMemo(() => {
    const map = new Map<string, RowVerdicts>();
    for (const r of rows) {
      map.set(r.dimension.id, rowVerdicts(kase, layer, issueId, r.dimension.id, pairs));
    }
    return map;
  }, [kase, layer, issueId, rows, pairs]);
}
