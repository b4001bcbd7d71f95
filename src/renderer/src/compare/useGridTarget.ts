import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect } from 'react';
import type { IssueRow } from '../../../core/compare/grouping';
import type { GridTarget } from './ComparisonGrid';
import { reveal } from './gridNavigation';

interface GridTargetArgs {
  readonly scrollRef: React.RefObject<HTMLDivElement | null>;
  readonly issueId: string;
  readonly rows: readonly IssueRow[];
  readonly target: GridTarget | undefined;
  /** The row virtualizer when rows are rendered as they scroll into view. */
  readonly virtualizer: Virtualizer<HTMLDivElement, Element> | undefined;
  readonly onTargetShown: () => void;
}

/**
 * Where the grid scrolls to: a new issue area starts at its top, unless the analyst is being taken
 * to a claim or a row, which is brought into view (and focused when asked) once it is drawn.
 */
export function useGridTarget(args: GridTargetArgs): void {
  const { scrollRef, issueId, rows, target, virtualizer, onTargetShown } = args;

  useLayoutEffect(() => {
    if (!target && scrollRef.current) scrollRef.current.scrollTop = 0;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the issue area changes
  }, [issueId]);

  useEffect(() => {
    if (!target || target.issue !== issueId) return;
    const index = rows.findIndex((r) => r.dimension.id === target.dimension);
    if (virtualizer && index !== -1) virtualizer.scrollToIndex(index, { align: 'start' });
    let tries = 0;
    let frame = requestAnimationFrame(function find() {
      const scroller = scrollRef.current;
      const selector = target.claimId
        ? `[data-claim-id="${CSS.escape(target.claimId)}"]`
        : `[data-row-head="${CSS.escape(target.dimension)}"]`;
      const element = scroller?.querySelector<HTMLElement>(selector);
      if (!element && tries++ < 10) {
        frame = requestAnimationFrame(find);
        return;
      }
      if (element) {
        if (target.focus) element.focus({ preventScroll: true });
        reveal(element, target.claimId ? 'center' : 'start');
      }
      onTargetShown();
    });
    return () => cancelAnimationFrame(frame);
  }, [scrollRef, target, issueId, rows, virtualizer, onTargetShown]);
}
