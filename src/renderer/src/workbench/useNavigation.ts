/**
 * Where the analyst is in the workbench: the issue area, the overview or the grid, and the row or
 * claim the grid should take them to next (after a search step, an overview click, a link in a
 * note).
 */
import { useCallback, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import type { CaseIndex } from '../../../core/compare/caseIndex';
import { isShown } from '../../../core/compare/narrowing';
import type { GridTarget } from '../compare/ComparisonGrid';
import type { NarrowingHandle } from './useNarrowing';
import type { Panes } from './usePanes';
import { useIssue, type CurrentIssue } from './useIssue';
import type { SettingsHandle } from './useSettings';

export interface Navigation {
  readonly current: CurrentIssue;
  readonly overview: boolean;
  readonly setOverview: (open: boolean | ((open: boolean) => boolean)) => void;
  /** Where the grid should go once it shows; cleared when it got there. */
  readonly target: GridTarget | undefined;
  readonly clearTarget: () => void;
  /** Shows an issue area in the grid. */
  readonly showIssue: (issueId: string) => void;
  /** Shows a row in the grid and focuses it (from the overview). */
  readonly openRow: (issueId: string, dimension: string) => void;
  /** Shows a claim, undoing whatever hides it (its period not in a pane, a filter). */
  readonly jumpToClaim: (claimId: string) => void;
  /** Moves to the next or previous search hit. */
  readonly stepHit: (direction: 1 | -1) => void;
}

export function useNavigation(
  kase: Case,
  settings: SettingsHandle,
  index: CaseIndex,
  panes: Panes,
  narrowing: NarrowingHandle,
): Navigation {
  const current = useIssue(kase, settings);
  const { issue, select } = current;
  const [overview, setOverview] = useState(false);
  const [target, setTarget] = useState<GridTarget | undefined>(undefined);
  const clearTarget = useCallback(() => setTarget(undefined), []);

  const showIssue = useCallback(
    (issueId: string) => {
      setOverview(false);
      select(issueId);
    },
    [select],
  );

  const openRow = useCallback(
    (issueId: string, dimension: string) => {
      showIssue(issueId);
      setTarget({ issue: issueId, dimension, focus: true });
    },
    [showIssue],
  );

  const { show: showPeriod } = panes;
  const { narrowing: narrowed, showAll, search } = narrowing;
  const jumpToClaim = useCallback(
    (claimId: string) => {
      const claim = index.claimById.get(claimId);
      if (!claim) return;
      showPeriod(claim.period);
      if (!isShown(claim, narrowed)) showAll();
      showIssue(claim.issue);
      setTarget({ issue: claim.issue, dimension: claim.dimension, claimId, focus: true });
    },
    [index, showPeriod, narrowed, showAll, showIssue],
  );

  const stepHit = (direction: 1 | -1): void => {
    const hit = search.step(direction, issue.id);
    if (!hit) return;
    showIssue(hit.issue);
    setTarget({ issue: hit.issue, dimension: hit.dimension, claimId: hit.claimId, focus: false });
  };

  return {
    current,
    overview,
    setOverview,
    target,
    clearTarget,
    showIssue,
    openRow,
    jumpToClaim,
    stepHit,
  };
}
