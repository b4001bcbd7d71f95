/** The rows of the issue on screen for the panes compared, narrowed as the filters and search say. */
import { useMemo } from 'react';
import type { Case } from '../../../core/case/schema';
import { groupIssue, type IssueRow } from '../../../core/compare/grouping';
import { claimsOnBothSides } from '../compare/claimsOnBothSides';
import type { NarrowingHandle } from './useNarrowing';

export function useIssueRows(
  kase: Case,
  issueId: string,
  panes: readonly string[],
  narrowing: NarrowingHandle,
): readonly IssueRow[] {
  const { bothSides } = narrowing;
  return useMemo(() => {
    const all = groupIssue(kase, issueId, panes, narrowing.narrowing);
    return bothSides
      ? all.filter((r) => claimsOnBothSides(kase, issueId, r.dimension.id, panes))
      : all;
  }, [kase, issueId, panes, narrowing.narrowing, bothSides]);
}
